"""Which catchphrase candidates a document may keep, and what the notes say about them.

A candidate is kept only when it is within ``max_length``, uses no avoided
word, claims nothing the sources do not (친환경, 최고, cheapest …, see
``writing.slogan_brief``), is neither a duplicate nor a near-duplicate of one
already kept, is on topic, says more than the subject alone, is not copied from
an example or the company's facts, and has no error finding. Fewer good
candidates are better than placeholders: the notes say how many were made from
the person's words and how many came from the model, and why fewer than asked;
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
from desktop.core.writing.slogan_brief import SloganBrief, avoided_words, unsupported_claims
from desktop.core.writing.slogan_ranking import NEAR_DUPLICATE, similar

#: The names ``bench/writing.py`` reads: two candidates this alike are the same idea twice.
__all__ = ["NEAR_DUPLICATE", "CandidateCounts", "CandidatePool", "_similar"]
_similar = similar

if TYPE_CHECKING:
    from desktop.core.generation import GenerationJob

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
    #: What the candidates may claim (claim words only when the sources contain them).
    brief: SloganBrief | None = None

    def offer(self, candidate: str, from_facts: bool = False) -> bool:
        """Keep ``candidate`` if it passes; record why not otherwise."""
        text = clean_candidate(candidate)
        reason = self.reason(text, from_facts)
        if reason:
            self.refused.append((text, reason))
            return False
        self.kept.append(text)
        return True

    def reason(self, text: str, from_facts: bool = False) -> str:
        """Why ``text`` may not join the list ('' when it may)."""
        if len(text) < 4:
            return "too short"
        if self.limit and len(text) > self.limit:
            return "too long"
        if any(word and word in text for word in self.avoid) or (self.brief and avoided_words(text, self.brief)):
            return "avoided word"
        if self.brief and (claims := unsupported_claims(text, self.brief)):
            return f"claims what the facts do not say: {', '.join(claims)}"
        if any(similar(text, kept) for kept in self.kept):
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


def clean_candidate(candidate: str) -> str:
    """One line as a candidate: spaces made single, quotes around it taken off."""
    return " ".join(candidate.split()).strip(" \"'“”‘’")


def numbered(candidates: list[str]) -> str:
    return "\n".join(f"{number}. {text}" for number, text in enumerate(candidates, start=1)) + "\n"


def numbered_items(markdown: str) -> list[str]:
    return [match.group(1).strip() for match in _NUMBERED.finditer(markdown)]


@dataclass(frozen=True)
class CandidateCounts:
    """Where a run's candidates came from, for the notes the person reads."""

    from_forms: int
    from_model: int
    wanted: int
    #: The model's candidates offered (0 when it was not asked), and whether it was asked at all.
    model_offered: int = 0
    model_asked: bool = True
    #: Candidates whose fluency the model measured (the rest were ordered by Kiwi's score).
    rated_by_model: int = 0
    #: Why fewer than wanted, in Korean and English ('' when not fewer, or no reason known).
    why: tuple[str, str] = ("", "")
    #: Whether the engine can measure fluency at all (else the order is Kiwi's by design, not for lack of time).
    model_can_rate: bool = False

    @property
    def made(self) -> int:
        return self.from_forms + self.from_model


def shortfall_note(found: int, wanted: int, language: str, why: tuple[str, str] = ("", "")) -> str:
    """'10개 중 6개를 만들었습니다', why, and how to get more; "" when nothing is missing."""
    if found >= wanted:
        return ""
    why_ko, why_en = why
    if language == "en":
        reason = f" {why_en}" if why_en else " The others did not pass the checks."
        return f"Made {found} of {wanted} candidates.{reason} Add keywords, or ask for more to add to the list."
    reason = f" {why_ko}" if why_ko else " 나머지는 검사를 통과하지 못했습니다."
    return (
        f"{wanted}개 중 {found}개를 만들었습니다.{reason} "
        "넣고 싶은 말을 더 적거나 '후보 더 만들기'로 목록에 더할 수 있습니다."
    )


def candidate_notes(counts: CandidateCounts, language: str) -> list[str]:
    """How many candidates were built from the person's own words and how many the model wrote; how they were
    ordered; what is missing and why."""
    notes = [_source_note(counts, language), _order_note(counts, language)]
    notes.append(shortfall_note(counts.made, counts.wanted, language, counts.why))
    return [note for note in notes if note]


#: What the source note says, in Korean and English, by what became of the model's candidates.
_SOURCE_NOTES = {
    "joined": (
        "후보 {forms}개는 입력한 말과 회사 자료로 캐치프레이즈 형식을 채워 만들었고, "
        "{model}개는 모델이 쓴 후보 가운데 검사를 통과한 것입니다.",
        "{forms} candidate(s) were built from slogan forms filled with your words and the company's facts; "
        "{model} were written by the model and passed the checks.",
    ),
    "unfinished": (
        "{all_ko} 모델은 정해진 시간 안에 완성된 후보를 쓰지 못했습니다.",
        "{all_en}; the model wrote no whole candidate in its time.",
    ),
    "not asked": (
        "{all_ko} 모델에는 후보를 묻지 않았습니다(시간 안에 끝낼 수 없음).",
        "{all_en}; the model was not asked for candidates (it could not finish in time).",
    ),
    "refused": (
        "{all_ko} 모델이 쓴 후보 {offered}개는 검사를 통과하지 못했거나 목록에 들지 못했습니다.",
        "{all_en}; none of the model's {offered} made the list (checks, or better candidates).",
    ),
}


def _source_note(c: CandidateCounts, language: str) -> str:
    if not c.made:
        return ""
    if c.from_model:
        case = "joined"
    elif not c.model_asked:
        case = "not asked"
    else:
        case = "refused" if c.model_offered else "unfinished"
    ko, en = _SOURCE_NOTES[case]
    return (en if language == "en" else ko).format(
        forms=c.from_forms,
        model=c.from_model,
        offered=c.model_offered,
        all_ko=f"후보 {c.from_forms}개는 모두 입력한 말과 회사 자료로 캐치프레이즈 형식을 채워 만들었습니다.",
        all_en=f"All {c.from_forms} candidates were built from slogan forms filled with your words and the company's facts",
    )


def _order_note(c: CandidateCounts, language: str) -> str:
    if c.made < 2:
        return ""
    if language == "en":
        if c.rated_by_model:
            return f"Order: the model's fluency judgement ({c.rated_by_model} rated) and the forms' own order."
        why = "no time was left to rate them" if c.model_can_rate else "this engine cannot rate fluency"
        return f"Order: the forms' own order and the Korean analyser's score ({why})."
    if c.rated_by_model:
        return f"순서는 모델의 자연스러움 판단({c.rated_by_model}개를 잼)과 형식의 기본 순서로 정했습니다."
    why = "모델이 잴 시간이 남지 않음" if c.model_can_rate else "이 엔진은 자연스러움을 잴 수 없음"
    return f"순서는 형식의 기본 순서와 형태소 분석기 점수로 정했습니다({why})."


def more_candidates_job(job: GenerationJob, markdown: str, how_many: int, draft_id: int | None = None) -> GenerationJob:
    """A job that keeps ``markdown``'s candidates and appends ``how_many`` new ones (a new version)."""
    answers: dict[str, Any] = {**job.answers, "count": how_many}
    return replace(job, answers=answers, draft_id=draft_id or job.draft_id, base_markdown=markdown, extend=True)


def _dangling(text: str) -> bool:
    """'…돌보고 싶은', '…위한': a phrase that stops before the word it describes (Kiwi's last morpheme)."""
    tokens = [t for t in korean.tokenize(text) if not t.tag.startswith("S")]
    return bool(tokens) and (tokens[-1].tag == "ETM" or (tokens[-1].tag == "EC" and tokens[-1].form != "다"))


def _only_subject(text: str, subject: str, language: str) -> bool:
    """'우리밀 식빵으로' adds nothing to '우리밀 식빵'."""
    words = set(content_words(text, language))
    return bool(words) and words <= set(content_words(subject, language))
