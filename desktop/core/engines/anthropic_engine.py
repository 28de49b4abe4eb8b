"""Anthropic engine through the ``anthropic`` SDK (Messages API, streamed).

Claude models are instruction-tuned, so the prompt goes as a chat. The shared
prefix (instructions, examples, company facts) is marked for prompt caching,
so the sections of a long document pay for it once. The current Messages API
takes no sampling parameters at all (no temperature, top-k or min-p), so the
creativity preset maps to nothing here; the model's own defaults apply.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anthropic

from desktop.core.engines.api_errors import translate_api_error
from desktop.core.engines.base import Engine, GenerationRequest, ModelInfo, TextStream, Usage, estimate_tokens
from desktop.core.engines.capability import ModelCapability
from desktop.core.engines.endpoints import OFFICIAL_ADDRESSES
from desktop.core.engines.retries import MAX_RETRIES
from desktop.core.prompting import CHAT_SYSTEM


class AnthropicEngine(Engine):
    kind = "anthropic"

    def __init__(
        self,
        model: str,
        api_key: str,
        base_url: str | None = None,
        context_window: int = 200_000,
        timeout: float = 120.0,
    ) -> None:
        super().__init__(model)
        self.base_url = base_url
        self.endpoint = base_url or OFFICIAL_ADDRESSES["anthropic"]
        self._context_window = context_window
        self.client = anthropic.Anthropic(api_key=api_key, base_url=base_url, max_retries=MAX_RETRIES, timeout=timeout)

    def context_window(self) -> int:
        return self._context_window

    def capability(self) -> ModelCapability:
        """Every Claude model is instruction-tuned and large; the API does not say how large."""
        return ModelCapability(instruction_tuned=True, parameters_billion=None)

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

    def list_models(self) -> list[ModelInfo]:
        try:
            return [ModelInfo(item.id, self.kind, details=item.display_name) for item in self.client.models.list()]
        except anthropic.AnthropicError as exc:
            raise translate_api_error(exc, "Anthropic API", self.model, anthropic) from None

    def stream(self, request: GenerationRequest) -> TextStream:
        stream = TextStream(iter(()))
        stream.chunks = self._chunks(request, stream.usage)
        return stream

    def _chunks(self, request: GenerationRequest, usage: Usage) -> Iterator[str]:
        try:
            events = self.client.messages.create(**self.arguments(request))
            with events:
                for event in events:
                    text = _read_event(event, usage)
                    if text:
                        yield text
        except anthropic.AnthropicError as exc:
            raise translate_api_error(exc, "Anthropic API", self.model, anthropic) from None

    def arguments(self, request: GenerationRequest) -> dict[str, Any]:
        prompt = request.prompt
        content = [
            {"type": "text", "text": prompt.prefix, "cache_control": {"type": "ephemeral"}},
            {"type": "text", "text": prompt.tail or "."},
        ]
        arguments: dict[str, Any] = {
            "model": self.model,
            "max_tokens": prompt.max_tokens,
            "system": CHAT_SYSTEM[prompt.language],
            "messages": [{"role": "user", "content": content}],
            "stream": True,
        }
        stops = [stop for stop in prompt.stop if stop.strip()]
        if stops:
            arguments["stop_sequences"] = stops
        return arguments


def _read_event(event: Any, usage: Usage) -> str:
    if event.type == "message_start":
        reported = event.message.usage
        usage.prompt_tokens = int(reported.input_tokens or 0) + int(reported.cache_read_input_tokens or 0)
        usage.cached_tokens = int(reported.cache_read_input_tokens or 0)
    elif event.type == "message_delta":
        usage.output_tokens = int(event.usage.output_tokens or 0)
        usage.finish_reason = str(event.delta.stop_reason or "")
    elif event.type == "content_block_delta" and event.delta.type == "text_delta":
        return str(event.delta.text)
    elif event.type == "message_stop":
        usage.done = True
    return ""
