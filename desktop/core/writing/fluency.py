"""The built-in model as a judge of fluency: of several correct wordings, the most natural.

A 270M base model cannot be trusted to write a release, but it can tell which
of "연구 인력 20명을 추가로 채용한다" and "연구 인력 20명을 추가 채용한다" reads
more like the newspaper prose it was trained on. The sentence builder offers
only correct wordings; the judge asks the engine how likely each is after the
text already written (``Engine.likelihood``) and keeps the likeliest per token.
Only the words where the wordings differ are measured, so a choice costs a few
tokens, and a time budget keeps a slow, busy laptop from waiting: past it,
Kiwi's own language model decides, as it does for engines that cannot measure
likelihood at all.

``rate`` scores whole short texts (catchphrase candidates) the same way, each
as a line after the primer, and stops at its deadline: what is left unrated
is ranked by Kiwi.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core import korean
from desktop.core.errors import PRStudioError

if TYPE_CHECKING:
    from desktop.core.engines.base import Engine, Likelihood

#: Seconds one document may spend on the model's judgements before Kiwi decides the rest.
BUDGET_SECONDS = 40.0
#: Characters of the text already written that the model sees before a choice.
CONTEXT_CHARS = 1200
#: Characters after the wordings meet again that still count (how they join the rest).
JUNCTION_CHARS = 6


@dataclass(frozen=True)
class Judgement:
    """One choice, for the details area: the wordings, their scores, and who decided."""

    options: tuple[str, ...]
    scores: tuple[float, ...]
    chosen: int
    by: str  # "model" or "kiwi"


@dataclass
class FluencyJudge:
    engine: Engine | None = None
    language: str = "ko"
    #: Text in the document's language shown before everything else (a few-shot example).
    primer: str = ""
    budget_seconds: float = BUDGET_SECONDS
    judgements: list[Judgement] = field(default_factory=list)
    spent: float = 0.0
    #: Tokens the model was made to read in ``rate``, for the time one token costs on this laptop.
    rated_tokens: int = 0
    rated_seconds: float = 0.0
    _model_failed: bool = False

    def choose(self, before: str, options: Sequence[str]) -> str:
        """The most natural of ``options`` to follow ``before`` (the text already written)."""
        unique = tuple(dict.fromkeys(option for option in options if option))
        if len(unique) <= 1:
            return unique[0] if unique else ""
        scores = self._model_scores(before, unique)
        by = "model"
        if scores is None:
            scores, by = _fallback_scores(unique, self.language), "kiwi"
        best = max(range(len(unique)), key=lambda index: scores[index])
        self.judgements.append(Judgement(unique, scores, best, by))
        return unique[best]

    @property
    def uses_model(self) -> bool:
        return self.engine is not None and not self._model_failed and self.spent < self.budget_seconds

    def _model_scores(self, before: str, options: tuple[str, ...]) -> tuple[float, ...] | None:
        if not self.uses_model:
            return None
        assert self.engine is not None
        head, spans = differing_spans(options)
        context = self._context(before) + head
        started = time.perf_counter()
        try:
            found = self.engine.likelihood(context, spans)
        except PRStudioError:
            self._model_failed = True
            return None
        finally:
            self.spent += time.perf_counter() - started
        if found is None:
            self._model_failed = True  # this engine cannot measure likelihood: Kiwi from now on
            return None
        return tuple(score.per_token for score in found)

    def rate(self, texts: Sequence[str], deadline: float | None = None) -> list[float | None]:
        """Each text's mean log-probability per token as a line after the primer (None: not rated).

        One text at a time, so the budget and ``deadline`` (``time.monotonic()``) hold between texts
        and, on the embedded engine, between tokens.
        """
        scores: list[float | None] = [None] * len(texts)
        context = self._context("")
        for index, text in enumerate(texts):
            if not self.uses_model or (deadline is not None and time.monotonic() >= deadline):
                break
            found = self._measure(context, text.strip() + "\n", deadline)
            if found is None:
                break
            scores[index] = found.per_token
        return scores

    @property
    def can_measure(self) -> bool:
        """The engine measures likelihood (time aside): False without an engine or once it could not."""
        return self.engine is not None and not self._model_failed

    @property
    def seconds_per_token(self) -> float | None:
        """What one token cost in ``rate`` (None before anything was rated)."""
        return self.rated_seconds / self.rated_tokens if self.rated_tokens else None

    def _measure(self, context: str, text: str, deadline: float | None) -> Likelihood | None:
        assert self.engine is not None
        started = time.perf_counter()
        try:
            found = self.engine.likelihood(context, [text], deadline=deadline)
        except PRStudioError:
            found = None
        finally:
            self.spent += time.perf_counter() - started
        if found is None:
            self._model_failed = True  # this engine cannot measure likelihood: Kiwi from now on
            return None
        if not found:
            return None  # stopped at the deadline
        self.rated_tokens += found[0].tokens
        self.rated_seconds += time.perf_counter() - started
        return found[0]

    def _context(self, before: str) -> str:
        written = before[-CONTEXT_CHARS:]
        primer = f"{self.primer.strip()}\n\n" if self.primer.strip() else ""
        return primer + written

    def summary(self, lang: str) -> str:
        """One line for the details area: how many choices the model and Kiwi made."""
        by_model = sum(1 for j in self.judgements if j.by == "model")
        by_kiwi = len(self.judgements) - by_model
        if lang == "en":
            return f"Wordings chosen: {by_model} by the model's fluency judgement, {by_kiwi} by the Korean analyser."
        return f"문장 표현 선택: 모델의 자연스러움 판단 {by_model}회, 형태소 분석기 판단 {by_kiwi}회."


def differing_spans(options: Sequence[str]) -> tuple[str, list[str]]:
    """The shared beginning (up to a space) and what each option says from there to just past where they meet."""
    prefix = _common_prefix(options)
    cut = prefix.rfind(" ")
    head = prefix[: cut if cut > 0 else 0]
    tails = [option[len(head) :] for option in options]
    suffix = _common_prefix([tail[::-1] for tail in tails])[::-1]
    spans = []
    for tail in tails:
        middle = tail[: len(tail) - len(suffix)]
        spans.append(middle + suffix[:JUNCTION_CHARS] if middle or suffix else tail)
    return head, spans


def _common_prefix(texts: Sequence[str]) -> str:
    if not texts:
        return ""
    shortest = min(texts, key=len)
    for index, char in enumerate(shortest):
        if any(text[index] != char for text in texts):
            return shortest[:index]
    return shortest


def _fallback_scores(options: tuple[str, ...], language: str) -> tuple[float, ...]:
    """Without the model: Kiwi's score per morpheme for Korean; English keeps the builder's first wording."""
    if language == "en":
        return tuple(-float(index) for index in range(len(options)))
    return tuple(kiwi_score(option) for option in options)


def kiwi_score(text: str) -> float:
    """Kiwi's language-model score per morpheme of its best reading (higher is likelier)."""
    with korean._lock:
        tokens, score = korean.analyser().analyze(text, top_n=1)[0][:2]
    return float(score) / max(1, len(tokens))
