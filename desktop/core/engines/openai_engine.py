"""OpenAI-compatible engine through the ``openai`` SDK.

Works with OpenAI itself and with servers that speak its API: a company's own
vLLM or llama.cpp server, LM Studio. Base models get the completions endpoint
with the few-shot document; chat models get chat completions. Sampling
parameters OpenAI lacks (``min_p``, ``top_k``) are sent only to servers that
understand them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

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
        self.chat = is_chat_model(model) if chat is None else chat
        host = urlparse(base_url).hostname if base_url else "api.openai.com"
        self.official = host in OPENAI_HOSTS
        self.client = openai.OpenAI(
            api_key=api_key,
            base_url=base_url,
            max_retries=MAX_RETRIES,
            timeout=timeout,
        )

    def context_window(self) -> int:
        return self._context_window

    def capability(self) -> ModelCapability:
        """Chat models are instruction-tuned; the completions endpoint serves base models."""
        return ModelCapability(self.chat, billions_from_label(self.model) if not self.official else None)

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
