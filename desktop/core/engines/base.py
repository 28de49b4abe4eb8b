"""The one interface every engine implements: stream text, cancel, report usage.

Engines differ in transport (in-process llama.cpp, Ollama's HTTP API, paid
APIs) but the pipeline sees only ``Engine.stream``: a ``TextStream`` that
yields text chunks, can be cancelled from another thread, and carries the
usage figures once it ends. Failures arrive as the typed errors in
``desktop.core.errors``.
"""

from __future__ import annotations

import re
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from desktop.core.engines.capability import ModelCapability, billions_from_label
from desktop.core.engines.endpoints import leaves_machine as endpoint_leaves_machine
from desktop.core.engines.sampling import SamplingSettings
from desktop.core.prompting import Prompt


@dataclass(frozen=True)
class GenerationRequest:
    prompt: Prompt
    sampling: SamplingSettings


@dataclass
class Usage:
    """What one call cost: tokens in, tokens served from cache, tokens out, and timing."""

    prompt_tokens: int = 0
    cached_tokens: int = 0
    output_tokens: int = 0
    time_to_first_token: float | None = None
    seconds: float = 0.0
    finish_reason: str = ""
    truncated: bool = False
    #: The engine said the answer ended (Ollama's ``done``, a ``finish_reason``, Anthropic's
    #: ``message_stop``). A stream that stops without it was cut short, however quietly.
    done: bool = False

    @property
    def tokens_per_second(self) -> float:
        generating = self.seconds - (self.time_to_first_token or 0.0)
        return self.output_tokens / generating if generating > 0 else 0.0

    def add(self, other: Usage) -> None:
        self.prompt_tokens += other.prompt_tokens
        self.cached_tokens += other.cached_tokens
        self.output_tokens += other.output_tokens
        self.seconds += other.seconds
        self.truncated = self.truncated or other.truncated
        if self.time_to_first_token is None:
            self.time_to_first_token = other.time_to_first_token


@dataclass(frozen=True)
class Likelihood:
    """How likely a model finds a text after a context: the sum of its tokens' log-probabilities."""

    logprob: float
    tokens: int

    @property
    def per_token(self) -> float:
        return self.logprob / max(1, self.tokens)


@dataclass(frozen=True)
class ModelInfo:
    name: str
    engine: str
    size_bytes: int = 0
    context_length: int = 0
    details: str = ""


@dataclass
class TextStream:
    """Chunks of generated text; ``cancel()`` may be called from any thread."""

    chunks: Iterator[str]
    usage: Usage = field(default_factory=Usage)
    cancelled: threading.Event = field(default_factory=threading.Event)

    def __iter__(self) -> Iterator[str]:
        started = time.perf_counter()
        try:
            for chunk in self.chunks:
                if self.cancelled.is_set():
                    break
                if chunk and self.usage.time_to_first_token is None:
                    self.usage.time_to_first_token = time.perf_counter() - started
                yield chunk
        finally:
            self.close()
            self.usage.seconds = time.perf_counter() - started

    def cancel(self) -> None:
        self.cancelled.set()

    def close(self) -> None:
        close = getattr(self.chunks, "close", None)
        if close:
            close()


class Engine(ABC):
    """A language model that can write text for PR Studio."""

    kind: str = ""
    #: Where requests go ("" for an in-process engine); may hold credentials, so show ``redact_url(endpoint)``.
    endpoint: str = ""

    def __init__(self, model: str) -> None:
        self.model = model
        #: Set by the router when it picked the model itself, e.g. ("설치된 'gemma3:4b' 모델을 씁니다.", ...).
        self.choice_note: tuple[str, str] | None = None

    @property
    def leaves_machine(self) -> bool:
        """True when prompts travel to another computer: consent, the privacy ledger and the status bar apply."""
        return endpoint_leaves_machine(self.endpoint)

    @abstractmethod
    def stream(self, request: GenerationRequest) -> TextStream: ...

    @abstractmethod
    def count_tokens(self, text: str) -> int: ...

    @abstractmethod
    def context_window(self) -> int: ...

    @abstractmethod
    def list_models(self) -> list[ModelInfo]: ...

    def describe(self) -> str:
        return f"{self.kind}:{self.model}"

    def likelihood(
        self, context: str, continuations: Sequence[str], deadline: float | None = None
    ) -> list[Likelihood] | None:
        """How likely the model finds each continuation after ``context``; None when this engine cannot say.

        PR Studio uses it to let a small model judge which of several correct wordings reads most
        naturally (``desktop.core.writing.fluency``); engines that cannot measure it are never asked to write
        instead. Past ``deadline`` (``time.monotonic()``) the engine stops and returns the scores it has,
        so the list may be shorter than ``continuations``.
        """
        return None

    def capability(self) -> ModelCapability:
        """Base or instruction-tuned, and how big; engines that know better override this."""
        return ModelCapability(is_chat_model(self.model), billions_from_label(self.model))


def estimate_tokens(text: str) -> int:
    """A cautious token count for engines with no tokenizer endpoint.

    Hangul syllables are about one token each in current tokenizers, other
    text about four bytes a token; rounding up keeps the budget on the safe side.
    """
    hangul = len(re.findall(r"[\uac00-\ud7a3]", text))
    other = len(text.encode("utf-8")) - 3 * hangul
    return hangul + other // 3 + 1


_CHAT_MARKERS = re.compile(r"(^|[-_.:/])(it|instruct|chat|assistant|sft|dpo)([-_.:/]|$)", re.IGNORECASE)
_CHAT_FAMILIES = ("gpt-", "o1", "o3", "o4", "claude", "chatgpt")


def is_chat_model(name: str) -> bool:
    """Instruction-tuned models get chat prompts; base models continue a few-shot document."""
    lowered = name.lower().rsplit("/", 1)[-1]
    return bool(_CHAT_MARKERS.search(lowered)) or lowered.startswith(_CHAT_FAMILIES)
