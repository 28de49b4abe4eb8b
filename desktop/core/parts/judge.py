"""Deciding whether a model's text may stand for a part, or the facts must.

A model's text is cleaned (prompt debris, sentences copied from the examples,
repeated lines) and kept only when what is left is not empty, not a loop,
has no error finding from the checker (``gate.model_text_errors``), nothing an
editor strikes out (``sloppy``: chat replies, notes on the writing, English words
in Korean prose, a sentence said twice), mentions
the part's subject, and passes the part's own structural checks. Otherwise
the part built from the facts stands, and the reason is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.core.parts.clean import Cleaned, Cleaner
from desktop.core.parts.gate import GateContext, model_text_errors
from desktop.core.parts.sloppy import sloppy_reason
from desktop.core.parts.structure import PartFacts, Reason, content_words, failed


@dataclass
class Verdict:
    #: The cleaned text when it may stand, else None.
    text: str | None
    reason: Reason
    cleaned: Cleaned

    @property
    def dropped(self) -> list[str]:
        return [*self.cleaned.debris, *self.cleaned.copied]


class Judge:
    def __init__(self, cleaner: Cleaner, gate: GateContext) -> None:
        self.cleaner = cleaner
        self.gate = gate

    def judge(self, raw: str, title: str, checks: list[str], facts: PartFacts, subjects: list[str]) -> Verdict:
        """``raw`` is the part as the model wrote it, prime and heading included."""
        cleaned = self.cleaner.clean(raw, title)
        reason = self._reason(cleaned, checks, facts, subjects)
        return Verdict(None if reason else cleaned.text, reason, cleaned)

    def _reason(self, cleaned: Cleaned, checks: list[str], facts: PartFacts, subjects: list[str]) -> Reason:
        text = cleaned.text
        if not text.strip() or not text.strip("#* \n"):
            if cleaned.copied:
                return ("예시 문장을 베낌", "copied sentences from an example")
            return ("쓴 내용이 없음", "wrote nothing usable")
        if cleaned.loop:
            return ("같은 말을 되풀이함", "repeats itself")
        if cleaned.repeated:
            return ("같은 줄을 되풀이함", "repeats a line")
        if sloppy := sloppy_reason(text, facts.language, self.gate.sources, self.gate.document_terms):
            return sloppy
        if errors := model_text_errors(text, self.gate):
            return (
                f"자료와 맞지 않음: {errors[0].message('ko')}",
                f"does not match the facts: {errors[0].message('en')}",
            )
        if subjects and not on_topic(text, subjects, facts.language):
            return ("주제에서 벗어남", "off topic")
        return failed(checks, text, replace(facts, subjects=subjects))


def on_topic(text: str, subjects: list[str], language: str) -> bool:
    """The text mentions at least one content word, or one whole word, of the part's subject.

    Whole words count too because Kiwi splits some compounds into short pieces ("우리밀" → 우리 + 밀).
    """
    lowered = text.lower()
    for subject in subjects:
        words = [w for w in content_words(subject, language) if len(w) >= 2]
        words += [w for w in subject.split() if len(w) >= 2 and not any(c in w for c in ".,!?'\"")] or [subject]
        if any(word.lower() in lowered for word in words):
            return True
    return False
