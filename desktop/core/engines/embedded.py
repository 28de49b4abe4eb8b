"""The embedded engine: llama.cpp in-process through ``xllamacpp``, any GGUF file.

This is the offline default: no server to install, the bundled Gemma 3 270M
model, nothing leaves the laptop. A base model runs in completion mode on the
few-shot document prompt; an instruction-tuned GGUF gets chat mode.
``n_ctx``, threads and ``n_predict`` are always set explicitly so behaviour
does not depend on llama.cpp's defaults. One loaded model is kept per process
(loading takes a second or two and a few hundred MB).

llama.cpp also opens an HTTP listener on loopback. Any program on the PC, or
a web page through the browser, could otherwise read the cached prompt (the
company's facts) from it, so it gets a random key known only to this process,
and its slot, property and metrics endpoints are switched off.

Threading: ``stream`` runs llama.cpp on a helper thread and hands chunks over
a queue; cancelling makes the token callback ask llama.cpp to stop.
"""

from __future__ import annotations

import json
import os
import queue
import secrets
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.core.engines.base import (
    Engine,
    GenerationRequest,
    Likelihood,
    ModelInfo,
    TextStream,
    Usage,
    estimate_tokens,
    is_chat_model,
)
from desktop.core.engines.bundled_model import BUNDLED_MODEL_NAME, bundled_model_path, model_file_is_usable
from desktop.core.engines.capability import ModelCapability, billions_from_label
from desktop.core.engines.gguf_meta import read_metadata
from desktop.core.errors import EngineError, ModelMissing

DEFAULT_CONTEXT = 8192


def default_threads() -> int:
    """One core fewer than the PC has (at least one): the window, Kiwi and the user's other programs keep a core.

    llama.cpp's threads wait for each other at every step; when another program holds one of a
    two-core laptop's cores, two threads spin instead of working. Measured on two cores under load:
    one thread 72 ms a token, two threads 0.7 to 2 s a token (the same prompt speed, ~220 tokens/s).
    """
    return max(1, (os.cpu_count() or 2) - 1)


_DONE = object()


class EmbeddedEngine(Engine):
    kind = "embedded"

    def __init__(
        self,
        model_path: Path | None = None,
        n_ctx: int = DEFAULT_CONTEXT,
        threads: int = 0,
        chat: bool | None = None,
        template_kwargs: dict[str, Any] | None = None,
    ) -> None:
        """``chat``: True/False from the model catalogue; None guesses from the file name.

        ``template_kwargs`` go to the GGUF's own chat template (e.g. Qwen3's enable_thinking).
        """
        self.model_path = model_path
        self.n_ctx = n_ctx
        self.threads = threads or default_threads()
        super().__init__(model_path.name if model_path else BUNDLED_MODEL_NAME)
        #: The catalogue's word on chat mode; None reads it from the GGUF header.
        self.chat_override = chat
        self.template_kwargs = dict(template_kwargs or {})
        #: The last likelihood context and its token ids (the judge asks many times after one context).
        self._last_context: tuple[str, list[int]] = ("", [])

    def _server(self) -> LoadedModel:
        path = self.model_path or bundled_model_path()
        if not model_file_is_usable(path):
            raise ModelMissing(
                f"GGUF 모델 파일을 열 수 없습니다: {path}. 설정에서 다른 파일을 고르세요.",
                f"Cannot open the GGUF model file {path}. Choose another file in Settings.",
            )
        return _load_server(str(path), self.n_ctx, self.threads)

    def context_window(self) -> int:
        return self.n_ctx

    def count_tokens(self, text: str) -> int:
        try:
            return len(self._tokenize(text))
        except EngineError:
            return estimate_tokens(text)

    def list_models(self) -> list[ModelInfo]:
        path = self.model_path or bundled_model_path()
        return [ModelInfo(self.model, self.kind, path.stat().st_size, self.n_ctx, str(path))]

    def capability(self) -> ModelCapability:
        """From the GGUF header: size label or parameter count, and a chat template or an '-it' name."""
        found = file_capability(self.model_path or bundled_model_path())
        if self.chat_override is None:
            return found
        return ModelCapability(self.chat_override, found.parameters_billion)

    def stream(self, request: GenerationRequest) -> TextStream:
        server = self._server().server
        stream = TextStream(iter(()))
        stream.chunks = self._chunks(server, request, stream)
        return stream

    def likelihood(
        self, context: str, continuations: Sequence[str], deadline: float | None = None
    ) -> list[Likelihood] | None:
        """Each continuation's log-probability after ``context``, as the model itself rates it.

        llama.cpp is made to write exactly the continuation's own tokens (a grammar of token ids,
        so the text is read as the model would write it, not spelled out byte by byte; greedy
        sampling) and reports, for every token it was made to write, the model's own probability
        before sampling (``n_probs``). The context stays in llama.cpp's prompt cache, so only the
        continuation's few tokens cost time. Past ``deadline`` the forced writing is stopped
        token by token (a busy laptop can take a second a token) and the scores so far returned.
        """
        server = self._server().server
        scores: list[Likelihood] = []
        for text in continuations:
            ids = self._continuation_ids(context, text)
            chunks: list[Any] = []
            payload = {
                "prompt": context,
                "grammar": "root ::= " + " ".join(f"<[{token}]>" for token in ids),
                "n_predict": len(ids),
                "n_probs": 1,
                "temperature": 0.0,
                "top_k": 1,
                "cache_prompt": True,
                "stream": True,
            }
            server.handle_completions(payload, _collector(chunks, deadline))
            found = _forced_likelihood(chunks, ids)
            if found is None:
                break  # stopped at the deadline
            scores.append(found)
        return scores

    def _continuation_ids(self, context: str, text: str) -> list[int]:
        """The token ids ``text`` has when it follows ``context`` (how the model would write it)."""
        before = self._context_ids(context)
        joined = self._tokenize(context + text)
        if joined[: len(before)] == before and len(joined) > len(before):
            return joined[len(before) :]
        return self._tokenize(text, special=False)

    def _context_ids(self, context: str) -> list[int]:
        if self._last_context[0] != context:
            self._last_context = (context, self._tokenize(context))
        return self._last_context[1]

    def _tokenize(self, text: str, special: bool = True) -> list[int]:
        loaded = self._server()
        body = json.dumps({"content": text, "add_special": special}).encode("utf-8")
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {loaded.api_key}"}
        request = urllib.request.Request(f"{loaded.server.listening_address}/tokenize", data=body, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return [int(token) for token in json.load(response)["tokens"]]
        except OSError as exc:
            raise EngineError(
                f"내장 모델의 토큰 분석이 실패했습니다: {exc}", f"The embedded model could not tokenize: {exc}"
            ) from None

    def _chunks(self, server: Any, request: GenerationRequest, stream: TextStream) -> Iterator[str]:
        chat = self.capability().instruction_tuned
        payload = self._payload(request, chat)
        handoff: queue.Queue[Any] = queue.Queue()
        consumer_gone = threading.Event()

        def on_chunk(chunk: dict[str, Any]) -> bool:
            handoff.put(chunk)
            return stream.cancelled.is_set() or consumer_gone.is_set()

        def run() -> None:
            try:
                handler = server.handle_chat_completions if chat else server.handle_completions
                handler(payload, on_chunk)
            except Exception as exc:  # noqa: BLE001 - relayed to the consuming thread
                handoff.put(exc)
            finally:
                handoff.put(_DONE)

        worker = threading.Thread(target=run, name="prstudio-embedded", daemon=True)
        worker.start()
        try:
            while (item := handoff.get()) is not _DONE:
                text = _read_chunk(item, chat, stream.usage)
                if text:
                    yield text
        finally:
            consumer_gone.set()
            worker.join()

    def _payload(self, request: GenerationRequest, chat: bool) -> dict[str, Any]:
        sampling = request.sampling
        payload: dict[str, Any] = {
            "stream": True,
            "n_predict": request.prompt.max_tokens,
            "max_tokens": request.prompt.max_tokens,
            "temperature": sampling.temperature,
            "top_p": sampling.top_p,
            "top_k": sampling.top_k,
            "min_p": sampling.min_p,
            "repeat_penalty": sampling.repeat_penalty,
            "stop": list(request.prompt.stop),
            "cache_prompt": True,
        }
        if sampling.seed is not None:
            payload["seed"] = sampling.seed
        if chat:
            payload["messages"] = request.prompt.messages()
            payload["stream_options"] = {"include_usage": True}  # chat streams report tokens only when asked
            if self.template_kwargs:
                payload["chat_template_kwargs"] = self.template_kwargs
        else:
            payload["prompt"] = request.prompt.text
        return payload


def _read_chunk(item: Any, chat: bool, usage: Usage) -> str:
    if isinstance(item, Exception):
        raise EngineError(f"내장 모델 실행 중 오류: {item}", f"The embedded model failed: {item}")
    if "choices" not in item:
        message = item.get("message") or item.get("error") or item
        raise EngineError(f"내장 모델 오류: {message}", f"Embedded model error: {message}")
    if "usage" in item:
        details = item["usage"].get("prompt_tokens_details") or {}
        usage.prompt_tokens = item["usage"].get("prompt_tokens", 0)
        usage.cached_tokens = details.get("cached_tokens", 0)
        usage.output_tokens = item["usage"].get("completion_tokens", 0)
    if not item["choices"]:
        return ""
    choice = item["choices"][0]
    if choice.get("finish_reason"):
        usage.finish_reason = choice["finish_reason"]
        usage.done = True
    if chat:
        return str((choice.get("delta") or {}).get("content") or "")
    return str(choice.get("text") or "")


def _collector(chunks: list[Any], deadline: float | None) -> Callable[[Any], bool]:
    """A callback keeping llama.cpp's chunks that asks it to stop once ``deadline`` has passed."""

    def on_chunk(chunk: Any) -> bool:
        chunks.append(chunk)
        return deadline is not None and time.monotonic() > deadline

    return on_chunk


def _forced_likelihood(chunks: list[Any], ids: list[int]) -> Likelihood | None:
    """The forced tokens' log-probabilities from llama.cpp's streamed answer; None when it was stopped early."""
    tokens: list[dict[str, Any]] = []
    for chunk in chunks:
        if not isinstance(chunk, dict) or "choices" not in chunk:
            message = chunk.get("error") if isinstance(chunk, dict) else chunk
            raise EngineError(f"내장 모델 오류: {message}", f"Embedded model error: {message}")
        for choice in chunk["choices"]:
            tokens += (choice.get("logprobs") or {}).get("content") or []
    found = [token.get("id") for token in tokens]
    if found != ids[: len(found)]:
        raise EngineError(
            "내장 모델이 문장의 자연스러움을 재지 못했습니다.", "The embedded model could not rate a wording."
        )
    if len(found) < len(ids):
        return None
    return Likelihood(sum(float(token["logprob"]) for token in tokens), len(tokens))


def file_capability(path: Path) -> ModelCapability:
    """What a GGUF file's header says of its model (also for a llama.cpp server on this PC serving it)."""
    stat = path.stat()
    return _file_capability(str(path), stat.st_size, stat.st_mtime)


@lru_cache(maxsize=8)
def _file_capability(path: str, size: int, mtime: float) -> ModelCapability:
    """Cached per file version: the header is read once, not before every section."""
    try:
        meta = read_metadata(Path(path))
    except (OSError, ValueError, KeyError, UnicodeDecodeError):
        meta = {}
    names = " ".join(str(meta.get(key, "")) for key in ("general.name", "general.finetune", "general.basename"))
    names = f"{names} {Path(path).stem}"
    count = meta.get("general.parameter_count")
    billions = (
        billions_from_label(str(meta.get("general.size_label", "")))
        or (int(count) / 1e9 if isinstance(count, int) and count > 0 else None)
        or billions_from_label(Path(path).stem)
    )
    base_named = "base" in names.lower().split("-") or " base" in names.lower()
    tuned = any(is_chat_model(word) for word in names.split()) or (
        bool(meta.get("tokenizer.chat_template")) and not base_named
    )
    return ModelCapability(tuned, billions)


@dataclass(frozen=True)
class LoadedModel:
    server: Any
    api_key: str


@lru_cache(maxsize=1)
def _load_server(path: str, n_ctx: int, threads: int) -> LoadedModel:
    import xllamacpp

    api_key = secrets.token_urlsafe(24)
    params = xllamacpp.CommonParams()
    params.model.path = path
    params.n_ctx = n_ctx
    params.n_parallel = 1
    params.n_predict = 512
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.verbosity = 0
    params.api_keys = [api_key]
    params.endpoint_slots = False
    params.endpoint_props = False
    params.endpoint_metrics = False
    try:
        return LoadedModel(xllamacpp.Server(params), api_key)
    except Exception as exc:  # noqa: BLE001 - llama.cpp reports load failures as generic errors
        raise ModelMissing(
            f"모델을 불러오지 못했습니다({path}): {exc}. 올바른 GGUF 파일인지 확인하세요.",
            f"Could not load the model {path}: {exc}. Check that it is a valid GGUF file.",
        ) from None
