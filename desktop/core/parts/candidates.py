"""Which catchphrase candidates a document may keep.

A candidate is kept only when it is within ``max_length``, uses no avoided
word, is neither a duplicate nor a near-duplicate of one already kept, is on
topic, says more than the subject alone, is not copied from an example or the
company's facts, and has no error finding. Fewer good candidates are better
than placeholders: the document says how many were found, and
``more_candidates_job`` asks for more, appending to the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from desktop.core import korean
from desktop.core.parts.clean import Cleaner
from desktop.core.parts.gate import GateContext, model_text_errors
from desktop.core.parts.judge import on_topic
from desktop.core.parts.structure import content_words

if TYPE_CHECKING:
    from desktop.core.generation import GenerationJob

#: Two candidates sharing this share of their character bigrams are the same idea twice.
NEAR_DUPLICATE = 0.7
_NUMBERED = re.compile(r"^\d+\. (.+)$", re.MULTILINE)


@dataclass
class CandidatePool:
    limit: int
    avoid: list[str]
    subjects: list[str]
    language: str
    cleaner: Cleaner
    gate: GateContext
    sources: str = ""
    kept: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)

    def offer(self, candidate: str, from_facts: bool = False) -> bool:
        """Keep ``candidate`` if it passes; record why not otherwise."""
        text = " ".join(candidate.split()).strip(" \"'“”‘’")
        reason = self._reason(text, from_facts)
        if reason:
            self.refused.append((text, reason))
            return False
        self.kept.append(text)
        return True

    def _reason(self, text: str, from_facts: bool) -> str:
        if len(text) < 4:
            return "too short"
        if self.limit and len(text) > self.limit:
            return "too long"
        if any(word and word in text for word in self.avoid):
            return "avoided word"
        if any(_similar(text, kept) for kept in self.kept):
            return "duplicate"
        if from_facts:
            return ""
        if self.cleaner.is_debris(text) or self.cleaner.is_copy(text):
            return "prompt debris or copied from an example"
        if text in self.sources:
            return "copied from the facts"
        if model_text_errors(text, self.gate):
            return "does not match the facts"
        if not on_topic(text, self.subjects, self.language):
            return "off topic"
        if _only_subject(text, self.subjects[0] if self.subjects else "", self.language):
            return "says no more than the subject"
        if self.language == "ko" and _dangling(text):
            return "an unfinished phrase"
        return ""


def numbered(candidates: list[str]) -> str:
    return "\n".join(f"{number}. {text}" for number, text in enumerate(candidates, start=1)) + "\n"


def numbered_items(markdown: str) -> list[str]:
    return [match.group(1).strip() for match in _NUMBERED.finditer(markdown)]


def shortfall_note(found: int, wanted: int, language: str) -> str:
    """'10개 중 6개를 만들었습니다' and how to get more, or "" when nothing is missing."""
    if found >= wanted:
        return ""
    if language == "en":
        return (
            f"Made {found} of {wanted} candidates; the others did not pass the checks. Ask for more to add to the list."
        )
    return f"{wanted}개 중 {found}개를 만들었습니다. 나머지는 검사를 통과하지 못했습니다. '후보 더 만들기'로 목록에 더할 수 있습니다."


def candidate_notes(from_model: int, made: int, wanted: int, language: str) -> list[str]:
    """How many candidates came from the user's own words, and how many are still missing."""
    notes = []
    if made > from_model:
        built = made - from_model
        notes.append(
            f"{built} candidate(s) were built from your own keywords because the model's did not pass the checks."
            if language == "en"
            else f"모델 후보가 검사를 통과하지 못해 {built}개는 입력한 말로 만들었습니다."
        )
    if note := shortfall_note(made, wanted, language):
        notes.append(note)
    return notes


def more_candidates_job(job: GenerationJob, markdown: str, how_many: int, draft_id: int | None = None) -> GenerationJob:
    """A job that keeps ``markdown``'s candidates and appends ``how_many`` new ones (a new version)."""
    answers: dict[str, Any] = {**job.answers, "count": how_many}
    return replace(job, answers=answers, draft_id=draft_id or job.draft_id, base_markdown=markdown, extend=True)


def _similar(first: str, second: str) -> bool:
    a, b = _bigrams(first), _bigrams(second)
    if not a or not b:
        return first.strip().lower() == second.strip().lower()
    return len(a & b) / len(a | b) >= NEAR_DUPLICATE


def _bigrams(text: str) -> set[str]:
    letters = re.sub(r"[\W_]+", "", text.lower())
    return {letters[i : i + 2] for i in range(len(letters) - 1)}


def _dangling(text: str) -> bool:
    """'…돌보고 싶은', '…위한': a phrase that stops before the word it describes (Kiwi's last morpheme)."""
    tokens = [t for t in korean.tokenize(text) if not t.tag.startswith("S")]
    return bool(tokens) and (tokens[-1].tag == "ETM" or (tokens[-1].tag == "EC" and tokens[-1].form != "다"))


def _only_subject(text: str, subject: str, language: str) -> bool:
    """'우리밀 식빵으로' adds nothing to '우리밀 식빵'."""
    words = set(content_words(text, language))
    return bool(words) and words <= set(content_words(subject, language))
