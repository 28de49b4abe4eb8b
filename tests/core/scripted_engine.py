"""A scripted engine for testing the pipeline's own decisions, with answers chosen by the test.

Generation quality is tested on the real model elsewhere; this one makes the
rare cases (an empty answer, a model that only copies facts, a capable model
that invents a figure) happen on demand. ``answers`` are given in call order,
or ``respond`` picks an answer from the prompt (its ``ask`` names the part).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from desktop.core.engines.base import Engine, GenerationRequest, ModelInfo, TextStream, Usage, estimate_tokens
from desktop.core.engines.capability import ModelCapability
from desktop.core.prompting import Prompt


class ScriptedEngine(Engine):
    kind = "scripted"

    def __init__(
        self,
        answers: list[str] | None = None,
        *,
        respond: Callable[[Prompt], str] | None = None,
        capability: ModelCapability | None = None,
    ) -> None:
        super().__init__("scripted")
        self.answers = answers or [""]
        self.respond = respond
        self._capability = capability or ModelCapability(instruction_tuned=False, parameters_billion=0.27)
        self.prompts: list[str] = []
        self.requests: list[Prompt] = []

    def capability(self) -> ModelCapability:
        return self._capability

    def stream(self, request: GenerationRequest) -> TextStream:
        self.prompts.append(request.prompt.text)
        self.requests.append(request.prompt)
        if self.respond:
            answer = self.respond(request.prompt)
        else:
            answer = self.answers[min(len(self.prompts), len(self.answers)) - 1]
        stream = TextStream(iter(()))
        stream.chunks = self._pieces(answer, stream.usage)
        return stream

    def _pieces(self, answer: str, usage: Usage) -> Iterator[str]:
        yield from (answer[i : i + 7] for i in range(0, len(answer), 7))
        usage.done = True  # a scripted answer always ends as a real engine's does

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

    def context_window(self) -> int:
        return 32768

    def list_models(self) -> list[ModelInfo]:
        return [ModelInfo("scripted", self.kind)]


CAPABLE = ModelCapability(instruction_tuned=True, parameters_billion=4.0)
