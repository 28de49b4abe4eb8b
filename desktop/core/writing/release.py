"""A press release's body built from the facts alone, shaped as an editor shapes one.

The lead says who announced what, when and where; details group related key
points into paragraphs; a background paragraph brings in the company's own
facts and products that bear on the news; plans close the story. Every fact
is stated once (a key point the lead already tells is not told again), no
paragraph opener is used twice, and the body grows toward the chosen length
only with facts the company gave: when they run out, the review says so
instead of padding.

The plan is decided here, deterministically; each sentence keeps every
correct wording found for it, and ``render`` lets a fluency judge choose
among them (``desktop.core.writing.fluency``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.core.lengths import release_length
from desktop.core.parts.structure import content_words, covers, item_words
from desktop.core.profile import CompanyProfile
from desktop.core.writing.release_words import ReleaseWords, words_for
from desktop.core.writing.statements import Statement

#: The parts ``plan_release`` builds, as the press release's templates name them.
RELEASE_PARTS = ("headline", "subtitle", "lead", "details", "background", "plans")
#: Share of a sentence's content words already said that makes it a repetition.
RESTATED = 0.75
#: Most sentences one detail paragraph holds before the next begins.
PARAGRAPH_SENTENCES = 3


Choice = tuple[str, ...]
#: Picks one wording of a sentence, given the text already written before it.
Chooser = Callable[[str, Sequence[str]], str]


@dataclass
class Paragraph:
    """Sentences (each a choice of wordings) and, for notes kept as written, list items."""

    sentences: list[Choice] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    #: Connectives the paragraph may open with ('또한', '아울러'): the judge picks one not used before.
    openers: tuple[str, ...] = ()

    def length(self) -> int:
        return sum(len(choice[0]) + 1 for choice in self.sentences) + sum(len(item) + 3 for item in self.items)


@dataclass
class ReleasePlan:
    headline: list[str]
    subtitle: str
    lead: Paragraph
    details: list[Paragraph]
    background: list[Paragraph]
    plans: list[Paragraph]
    #: What the review step should say about the body (too few facts for the length, notes kept as written).
    notes: list[tuple[str, str]] = field(default_factory=list)
    words: ReleaseWords | None = None

    def subtitle_under(self, headline: str) -> str:
        """The subtitle for the headline as it stands: no fact the headline already gives."""
        return self.words.subtitle(headline) if self.words else self.subtitle

    def paragraphs(self, part: str) -> list[Paragraph]:
        return {
            "lead": [self.lead],
            "details": self.details,
            "background": self.background,
            "plans": self.plans,
        }[part]


def plan_release(profile: CompanyProfile, answers: dict[str, Any], language: str, fixed_length: int = 0) -> ReleasePlan:
    """The release's body, part by part. ``fixed_length``: characters of the parts not planned here (the quote)."""
    words = words_for(profile, answers, language)
    lead, told = _lead(words)
    details, plans, kept_as_written = _details_and_plans(words, told, lead)
    low, high = release_length(answers)
    so_far = lead.length() + sum(p.length() for p in details + plans) + fixed_length
    said = " ".join(choice[0] for paragraph in [lead, *details, *plans] for choice in paragraph.sentences)
    background = _background(words, said, room=(low, high), so_far=so_far)
    total = so_far + sum(p.length() for p in background)
    notes = _length_notes(total, low, high, language, words.spare_facts)
    if kept_as_written:
        notes.append(words.kept_note(kept_as_written))
    return ReleasePlan(words.headlines(), words.subtitle(), lead, details, background, plans, notes, words)


def release_item(profile: CompanyProfile, answers: dict[str, Any], language: str, item: str) -> str:
    """One key point as a paragraph of its own (its subject said), for a document that lost it."""
    words = words_for(profile, answers, language)
    statements = [s for s in words.statements_of(item) if not s.listed]
    if not statements:
        return item
    return render(words.paragraphs([statements], "item"), first_wordings)


def render(paragraphs: list[Paragraph], choose: Chooser, before: str = "", used: set[str] | None = None) -> str:
    """The paragraphs as Markdown, each sentence's wording chosen with the text before it in view.

    ``used``: paragraph openers already used in this release (shared across its parts), never used twice.
    """
    used = set() if used is None else used
    written: list[str] = []
    for paragraph in paragraphs:
        sentences: list[str] = []
        for number, choice in enumerate(paragraph.sentences):
            fresh = [opener for opener in paragraph.openers if opener not in used] if number == 0 else []
            if fresh:
                choice = tuple(f"{opener} {wording}" for opener in fresh for wording in choice)
            done = "\n\n".join(text for text in (before, *written) if text)
            context = (done + "\n\n" if done else "") + (" ".join(sentences) + " " if sentences else "")
            sentence = choose(context, choice) if len(choice) > 1 else choice[0]
            used.update(opener for opener in fresh if sentence.startswith(opener + " "))
            sentences.append(sentence)
        block = " ".join(sentences)
        if paragraph.items:
            block = "\n".join([block, *(f"- {item}" for item in paragraph.items)]).strip()
        if block:
            written.append(block)
    return "\n\n".join(written)


def first_wordings(before: str, options: Sequence[str]) -> str:
    return options[0]


# -- the lead ------------------------------------------------------------------


def _lead(words: ReleaseWords) -> tuple[Paragraph, set[int]]:
    """The dateline lead, and the key points it already tells (by index)."""
    first = words.key_point_in_lead()
    told = {first} if first is not None else set()
    sentences = [words.lead_sentence(first), *words.lead_more(told)]
    return Paragraph(sentences), told


# -- details and plans -----------------------------------------------------------


@dataclass
class _Unit:
    """One key point's readable statements and the content words that say what it is about."""

    topic: set[str]
    statements: list[Statement]


def _details_and_plans(
    words: ReleaseWords, told: set[int], lead: Paragraph
) -> tuple[list[Paragraph], list[Paragraph], list[str]]:
    details: list[_Unit] = []
    plans: list[_Unit] = []
    listed: list[str] = []
    said = " ".join(choice[0] for choice in lead.sentences)
    for index, statements in enumerate(words.key_point_statements()):
        if index in told:
            continue
        readable = []
        for statement in statements:
            sentence = statement.wordings()[0]
            if statement.listed or restates(sentence, said, words.language):
                continue  # kept as written below, or the lead (or a point before) already says it
            when, rest = words.time_and_rest(sentence)
            news = lead.sentences[0][0]  # only the lead's own news takes the date, not its second sentence
            if when and restates(rest, news, words.language) and words.fold_into_lead(lead, when):
                said += " " + when  # '6월 1일 출시' only adds when: the lead says it ('…는 6월 1일 … 출시한다고')
                continue
            readable.append(statement)
            said += " " + sentence
        listed += [s.bodies[0] for s in statements if s.listed]
        if readable:
            topic = set(content_words(words.key_points[index], words.language)) - words.name_words
            (plans if all(s.planned for s in readable) else details).append(_Unit(topic, readable))
    detail_paragraphs = words.paragraphs(_group(details), "details")
    if listed:
        detail_paragraphs.append(Paragraph([words.list_intro()], items=listed))
    return detail_paragraphs, words.paragraphs(_group(plans), "plans"), listed


def _group(units: list[_Unit]) -> list[list[Statement]]:
    """Related key points share a paragraph (they share content words), in the order the user gave."""
    groups: list[list[Statement]] = []
    topics: list[set[str]] = []
    for unit in units:
        if groups and topics[-1] & unit.topic and len(groups[-1]) + len(unit.statements) <= PARAGRAPH_SENTENCES:
            groups[-1].extend(unit.statements)
            topics[-1] |= unit.topic
        else:
            groups.append(list(unit.statements))
            topics.append(set(unit.topic))
    return groups


# -- background ----------------------------------------------------------------


def _background(words: ReleaseWords, said: str, room: tuple[int, int], so_far: int) -> list[Paragraph]:
    """The company's facts and products that bear on the news, most related first, up to the length asked."""
    low, high = room
    chosen: list[Statement] = []
    closing: list[Statement] = []
    length = so_far
    for candidate in words.background_candidates():
        sentence = candidate.statement.wordings()[0]
        if restates(sentence, said, words.language):
            continue
        said += " " + sentence
        size = len(sentence) + 1
        if (length >= low and candidate.relevance <= 0) or length + size > high:
            words.spare_facts.append(candidate.statement.note)
            continue
        (closing if candidate.closing and chosen else chosen).append(candidate.statement)
        length += size
    groups = _in_paragraphs(chosen)
    if groups:
        groups[-1] += closing
    return words.paragraphs(groups, "background")


def _in_paragraphs(statements: list[Statement]) -> list[list[Statement]]:
    """At most three sentences a paragraph; a sentence that points back ('이 가운데 …') stays with the one before."""
    groups: list[list[Statement]] = []
    for statement in statements:
        points_back = statement.note.startswith(("이 가운데", "이 중", "그중", "그 가운데", "Of these", "Of them"))
        if groups and (len(groups[-1]) < PARAGRAPH_SENTENCES or points_back):
            groups[-1].append(statement)
        else:
            groups.append([statement])
    return groups


def restates(sentence: str, said: str, language: str) -> bool:
    """``sentence`` tells nothing ``said`` has not told: its figures and most of its content words are there
    (a store 개관 is the same news as one that 연다)."""
    words = item_words(sentence, language)
    if not words:
        return False
    figures = [word for word in words if word[:1].isdigit()]
    if figures and not all(covers(figure, said, language) for figure in figures):
        return False
    return sum(1 for word in words if _said_as(word, said, language)) / len(words) >= RESTATED


#: Verbal nouns and the verbs a lead may have used for the same news.
_SAME_NEWS = {"개관": "연다", "개점": "연다", "오픈": "연다", "개장": "연다", "개소": "연다", "출시": "선보인"}


def _said_as(word: str, said: str, language: str) -> bool:
    return covers(word, said, language) or (word in _SAME_NEWS and _SAME_NEWS[word] in said)


def _length_notes(total: int, low: int, high: int, language: str, spare: list[str]) -> list[tuple[str, str]]:
    if total >= low:
        return []
    return [
        (
            f"자료가 적어 본문이 약 {total:,}자입니다(선택한 분량은 {low:,}~{high:,}자). 핵심 내용, 회사 정보의 사실, "
            "배경이나 앞으로의 계획을 더하면 더 길게 쓸 수 있습니다. 없는 내용은 지어내지 않았습니다.",
            f"The facts give a body of about {total:,} characters (the chosen length is {low:,}–{high:,}). "
            "Add key points, company facts, background or plans to make it longer; nothing was invented to fill it.",
        )
    ]


def release_date(answers: dict[str, Any]) -> dt.date | None:
    text = str(answers.get("date") or "")
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def strip_period(text: str) -> str:
    return re.sub(r"[.。]\s*$", "", text.strip())
