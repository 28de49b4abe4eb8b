"""OpenAI-compatible engine through the ``openai`` SDK.

Works with OpenAI itself and with servers that speak its API: a company's own
vLLM or llama.cpp server, LM Studio. Base models get the completions endpoint
with the few-shot document; chat models get chat completions. Such servers
serve chat models, so a model is taken for one unless it is said to be base:
by the person (``--model-kind``, the setting), by the server (a llama.cpp server
on this PC names its GGUF file, whose metadata says), or by its name
('…-base', '…-pt', '…-text'). The parameter count comes from the server's model
list where it gives one (llama.cpp's ``meta.n_params``), else from the name.
Sampling parameters OpenAI lacks (``min_p``, ``top_k``) are sent only to
servers that understand them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
import openai

from desktop.core.engines.api_errors import translate_api_error
from desktop.core.engines.base import (
    Engine,
    GenerationRequest,
    ModelInfo,
    TextStream,
    Usage,
    estimate_tokens,
    is_chat_model,
)
from desktop.core.engines.capability import ModelCapability, billions_from_label
from desktop.core.engines.endpoints import OFFICIAL_ADDRESSES
from desktop.core.engines.retries import MAX_RETRIES

OPENAI_HOSTS = {"api.openai.com"}
#: Names that say base: 'qwen3-4b-base', 'gemma-3-4b-pt', 'gemma3:4b-text', 'davinci-002'.
_BASE_NAME = re.compile(r"(^|[-_.:/])(base|pt|text)([-_.:/]|$)|^(davinci|babbage)-\d+$")
#: The OpenAI completions API accepts at most four stop sequences.
MAX_STOPS = 4


class OpenAIEngine(Engine):
    kind = "openai"

    def __init__(
        self,
        model: str,
        api_key: str,
        base_url: str | None = None,
        context_window: int = 8192,
        chat: bool | None = None,
        timeout: float = 120.0,
    ) -> None:
        super().__init__(model)
        self.base_url = base_url
        self.endpoint = base_url or OFFICIAL_ADDRESSES["openai"]
        self._context_window = context_window
        host = urlparse(base_url).hostname if base_url else "api.openai.com"
        self.official = host in OPENAI_HOSTS
        #: The person's choice (``--model-kind``); None means: find out (``_capability``).
        self._chat = chat
        self._found: ModelCapability | None = None
        self.client = openai.OpenAI(
            api_key=api_key,
            base_url=base_url,
            max_retries=MAX_RETRIES,
            timeout=timeout,
        )

    def context_window(self) -> int:
        return self._context_window

    @property
    def chat(self) -> bool:
        return self._chat if self._chat is not None else self.capability().instruction_tuned

    def capability(self) -> ModelCapability:
        """Chat models are instruction-tuned; the completions endpoint serves base models."""
        if self._found is None:
            self._found = self._capability()
        return self._found

    def _capability(self) -> ModelCapability:
        if self.official:
            return ModelCapability(True if self._chat is None else self._chat, None)
        listed = self._listed_model()
        meta = listed.get("meta") if isinstance(listed.get("meta"), dict) else {}
        count = meta.get("n_params") if meta else None
        billions = int(count) / 1e9 if isinstance(count, int) and count > 0 else billions_from_label(self.model)
        served = Path(str(listed.get("id") or ""))
        if served.suffix == ".gguf" and served.is_file():  # a llama.cpp server on this PC: the file says
            from desktop.core.engines.embedded import file_capability

            found = file_capability(served)
            tuned = found.instruction_tuned
            billions = billions or found.parameters_billion
        else:
            tuned = not _BASE_NAME.search(self.model.lower().rsplit("/", 1)[-1]) or is_chat_model(self.model)
        return ModelCapability(tuned if self._chat is None else self._chat, billions)

    def _listed_model(self) -> dict[str, Any]:
        """The server's entry for this model (or its only model), {} when it lists none or cannot be asked."""
        try:
            response = httpx.get(
                f"{self.endpoint.rstrip('/')}/models",
                headers={"Authorization": f"Bearer {self.client.api_key}"},
                timeout=5.0,
            )
            entries = response.json().get("data") or [] if response.is_success else []
        except (httpx.HTTPError, ValueError, AttributeError):
            return {}
        entries = [entry for entry in entries if isinstance(entry, dict)]
        named = [entry for entry in entries if entry.get("id") == self.model]
        return named[0] if named else entries[0] if len(entries) == 1 else {}

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

    def list_models(self) -> list[ModelInfo]:
        try:
            return [ModelInfo(item.id, self.kind) for item in self.client.models.list()]
        except openai.OpenAIError as exc:
            raise translate_api_error(exc, "OpenAI API", self.model, openai) from None

    def stream(self, request: GenerationRequest) -> TextStream:
        stream = TextStream(iter(()))
        stream.chunks = self._chunks(request, stream.usage)
        return stream

    def _chunks(self, request: GenerationRequest, usage: Usage) -> Iterator[str]:
        try:
            response = self._create(request)
            with response:
                for chunk in response:
                    if chunk.usage:
                        _record_usage(chunk.usage, usage)
                    if not chunk.choices:
                        continue
                    choice = chunk.choices[0]
                    usage.finish_reason = choice.finish_reason or usage.finish_reason
                    usage.done = usage.done or bool(choice.finish_reason)
                    text = (choice.delta.content if self.chat else choice.text) or ""
                    if text:
                        yield text
        except openai.OpenAIError as exc:
            raise translate_api_error(exc, "OpenAI API", self.model, openai) from None

    def _create(self, request: GenerationRequest) -> Any:
        prompt = request.prompt
        arguments: dict[str, Any] = {
            "model": self.model,
            "max_tokens": prompt.max_tokens,
            "temperature": request.sampling.temperature,
            "top_p": request.sampling.top_p,
            "stop": list(prompt.stop)[:MAX_STOPS] or None,
            "stream": True,
            "stream_options": {"include_usage": True},
            "extra_body": self.extra_parameters(request),
        }
        if request.sampling.seed is not None:
            arguments["seed"] = request.sampling.seed
        if self.chat:
            messages: Any = prompt.messages()
            return self.client.chat.completions.create(messages=messages, **arguments)
        return self.client.completions.create(prompt=prompt.text, **arguments)

    def extra_parameters(self, request: GenerationRequest) -> dict[str, Any]:
        """``min_p``/``top_k``/``repeat_penalty`` for llama.cpp, vLLM and LM Studio; nothing for OpenAI."""
        if self.official:
            return {}
        sampling = request.sampling
        return {"min_p": sampling.min_p, "top_k": sampling.top_k, "repeat_penalty": sampling.repeat_penalty}


def _record_usage(reported: Any, usage: Usage) -> None:
    usage.prompt_tokens = int(reported.prompt_tokens or 0)
    usage.output_tokens = int(reported.completion_tokens or 0)
    details = getattr(reported, "prompt_tokens_details", None)
    usage.cached_tokens = int(getattr(details, "cached_tokens", 0) or 0) if details else 0
