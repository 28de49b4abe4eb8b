"""The Ollama engine: Ollama's native API through the ``ollama`` client.

Lessons from Ollama's behaviour shape this file. Ollama silently truncates a
prompt longer than ``num_ctx`` (2048 by default), so we always send
``num_ctx``, sized from ``/api/show`` and the prompt's need, and rounded to a
few sizes so the model is not reloaded for every request. Options go as a
plain dict (the typed ``Options`` drops ``min_p``), thinking is off, and a
read timeout doubles as the no-first-token watchdog for a server that stalls.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import ollama

from desktop.core.engines.api_errors import readable_reason
from desktop.core.engines.base import (
    Engine,
    GenerationRequest,
    ModelInfo,
    TextStream,
    Usage,
    estimate_tokens,
)
from desktop.core.engines.capability import ModelCapability, billions_from_label
from desktop.core.engines.endpoints import is_official_host, redact_url
from desktop.core.engines.retries import ollama_transport
from desktop.core.errors import EngineError, EngineUnreachable, ModelMissing

DEFAULT_HOST = "http://127.0.0.1:11434"
CONTEXT_SIZES = (2048, 4096, 8192, 16384, 32768, 65536, 131072)
#: Largest num_ctx we ask for on an office laptop; the KV cache grows with it.
MEMORY_CAP = 32768


@dataclass(frozen=True)
class PullProgress:
    status: str
    completed: int = 0
    total: int = 0


class OllamaEngine(Engine):
    kind = "ollama"

    def __init__(
        self,
        model: str,
        host: str = DEFAULT_HOST,
        first_token_timeout: float = 120.0,
        memory_cap: int = MEMORY_CAP,
        chat: bool | None = None,
    ) -> None:
        super().__init__(model)
        self.host = host
        self.endpoint = host if "://" in host else f"http://{host}"
        self.memory_cap = memory_cap
        #: The person's choice (``--model-kind``); None means: ask ``/api/show``.
        self._chat = chat
        timeout = httpx.Timeout(connect=5.0, read=first_token_timeout, write=30.0, pool=5.0)
        self.client = ollama.Client(host=host, timeout=timeout, transport=ollama_transport(self.endpoint))
        if not is_official_host("ollama", self.endpoint):
            # ollama-python adds OLLAMA_API_KEY, a key for ollama.com, to requests to any host.
            self.client._client.headers.pop("authorization", None)
        self._context_length: int | None = None
        self._shown: Any = None

    def _show(self) -> Any:
        """``/api/show`` once per engine: context length, parameter size, family."""
        if self._shown is None:
            self._shown = self._call(lambda: self.client.show(self.model))
        return self._shown

    def context_window(self) -> int:
        if self._context_length is None:
            self._context_length = _context_length(self._show().modelinfo or {})
        return min(self._context_length, self.memory_cap)

    @property
    def chat(self) -> bool:
        """Instruction-tuned, by the person's choice or ``/api/show``: a base model's template passes the prompt
        through untouched ('{{ .Prompt }}'), and its tag usually ends in ``-text``. Ollama not answering: chat,
        which is what Ollama serves."""
        if self._chat is None:
            if self.model.endswith("-text"):
                self._chat = False
            else:
                try:
                    template = str(getattr(self._show(), "template", "") or "")
                except EngineError:
                    return True
                self._chat = template.strip() not in ("{{ .Prompt }}", "{{.Prompt}}")
        return self._chat

    def capability(self) -> ModelCapability:
        """Base or chat (``chat``); ``details.parameter_size`` says e.g. '4.3B'."""
        details = self._show().details
        size = str(getattr(details, "parameter_size", "") or "") if details else ""
        return ModelCapability(self.chat, billions_from_label(size) or billions_from_label(self.model))

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

    def num_ctx_for(self, needed: int) -> int:
        """The smallest standard size that holds ``needed`` tokens, within the model's limit."""
        limit = self.context_window()
        size = next((size for size in CONTEXT_SIZES if size >= needed), CONTEXT_SIZES[-1])
        return min(size, limit)

    def list_models(self) -> list[ModelInfo]:
        listing = self._call(self.client.list)
        return [
            ModelInfo(str(item.model), self.kind, int(item.size or 0), details=_details(item))
            for item in listing.models
        ]

    def pull(self, model: str) -> Iterator[PullProgress]:
        """Download a model, yielding Ollama's progress events (bytes done and total)."""
        parts = self._call(lambda: self.client.pull(model, stream=True))
        try:
            for part in parts:
                yield PullProgress(str(part.status or ""), int(part.completed or 0), int(part.total or 0))
        except Exception as exc:  # noqa: BLE001 - mapped to a typed error
            raise _translate(exc, model, redact_url(self.host)) from None

    def stream(self, request: GenerationRequest) -> TextStream:
        stream = TextStream(iter(()))
        stream.chunks = self._chunks(request, stream.usage)
        return stream

    def _chunks(self, request: GenerationRequest, usage: Usage) -> Iterator[str]:
        prompt = request.prompt
        num_ctx = self.num_ctx_for(self.count_tokens(prompt.text) + prompt.max_tokens)
        options = self.options(request, num_ctx)
        try:
            for part, text in self._parts(request, options):
                if part.done:
                    _record_usage(part, usage, num_ctx)
                    usage.done = True
                if text:
                    yield text
        except EngineError:
            raise
        except Exception as exc:  # noqa: BLE001 - every transport failure becomes a typed error
            raise _translate(exc, self.model, redact_url(self.host)) from None

    def _parts(self, request: GenerationRequest, options: dict[str, Any]) -> Iterator[tuple[Any, str]]:
        """Chat models get /api/chat; base models (tags ending in -text) get raw /api/generate."""
        prompt = request.prompt
        if self.chat:
            for chat_part in self.client.chat(
                self.model, prompt.messages(), stream=True, think=False, options=options, keep_alive="10m"
            ):
                yield chat_part, chat_part.message.content or ""
        else:
            for part in self.client.generate(
                self.model, prompt.text, raw=True, stream=True, think=False, options=options, keep_alive="10m"
            ):
                yield part, part.response or ""

    def options(self, request: GenerationRequest, num_ctx: int) -> dict[str, Any]:
        """Ollama's option names, as a plain dict so ``min_p`` survives."""
        sampling = request.sampling
        options: dict[str, Any] = {
            "num_ctx": num_ctx,
            "num_predict": request.prompt.max_tokens,
            "temperature": sampling.temperature,
            "top_p": sampling.top_p,
            "top_k": sampling.top_k,
            "min_p": sampling.min_p,
            "repeat_penalty": sampling.repeat_penalty,
            "stop": list(request.prompt.stop),
        }
        if sampling.seed is not None:
            options["seed"] = sampling.seed
        return options

    def _call(self, action: Any) -> Any:
        try:
            return action()
        except Exception as exc:  # noqa: BLE001 - mapped to a typed error
            raise _translate(exc, self.model, redact_url(self.host)) from None


def _record_usage(part: Any, usage: Usage, num_ctx: int) -> None:
    usage.prompt_tokens = int(part.prompt_eval_count or 0)
    usage.output_tokens = int(part.eval_count or 0)
    usage.finish_reason = str(part.done_reason or "")
    # Ollama drops the start of a prompt that overflows num_ctx without saying so;
    # a prompt that filled the whole window is the tell.
    usage.truncated = usage.prompt_tokens >= num_ctx


def _context_length(model_info: Any) -> int:
    for key, value in dict(model_info).items():
        if key.endswith(".context_length"):
            return int(value)
    return CONTEXT_SIZES[0]


def _details(item: Any) -> str:
    details = item.details
    if not details:
        return ""
    return " ".join(str(part) for part in (details.parameter_size, details.quantization_level) if part)


def _translate(exc: Exception, model: str, host: str) -> EngineError:
    if isinstance(exc, ollama.ResponseError):
        if exc.status_code == 404 or "not found" in str(exc.error).lower():
            return ModelMissing(
                f"Ollama에 '{model}' 모델이 없습니다. 설정에서 모델을 내려받거나 'ollama pull {model}'을 실행하세요.",
                f"Ollama has no model '{model}'. Download it in Settings or run 'ollama pull {model}'.",
            )
        status = f"HTTP {exc.status_code}" if exc.status_code and exc.status_code > 0 else "Ollama"
        reason = readable_reason(exc.error)
        return EngineError(f"Ollama 오류({status}): {reason}", f"Ollama error ({status}): {reason}")
    if isinstance(exc, httpx.TimeoutException):
        return EngineUnreachable(
            f"Ollama({host})가 제한 시간 안에 응답하지 않았습니다. Ollama를 다시 시작하거나 내장 모델로 계속하세요.",
            f"Ollama at {host} did not answer in time. Restart Ollama or continue with the built-in model.",
        )
    if isinstance(exc, (ConnectionError, httpx.ConnectError)):
        return EngineUnreachable(
            f"Ollama가 실행 중이 아닙니다({host}). Ollama를 실행하거나 내장 모델로 계속하세요.",
            f"Ollama is not running at {host}. Start Ollama or continue with the built-in model.",
        )
    if isinstance(exc, httpx.TransportError):
        return EngineUnreachable(
            f"Ollama({host})와의 연결이 도중에 끊겼습니다. Ollama가 다시 시작되었거나 메모리가 모자랐을 수 있습니다. "
            "잠시 뒤 다시 생성하거나 내장 모델로 계속하세요.",
            f"The connection to Ollama at {host} dropped in the middle of the answer. Ollama may have restarted "
            "or run out of memory. Generate again shortly or continue with the built-in model.",
        )
    return EngineError(f"Ollama 호출 실패: {exc}", f"Ollama call failed: {exc}")
