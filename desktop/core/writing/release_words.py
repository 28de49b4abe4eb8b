"""What a release's body is made from, whatever its language: the news, its key points, background.

``release.py`` decides what goes where; a language's writer says it
(``korean_release.KoreanReleaseWords``: newspaper style, "… 연다고 10일
밝혔다"; ``english_release.EnglishWords``: the wires, "…, the company
announced today"). This module holds what both share: which key point is the
announcement itself, which company facts are related to the news and which
were already told.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from desktop.core.parts.context import company_names
from desktop.core.parts.structure import content_words
from desktop.core.profile import CompanyProfile
from desktop.core.writing.statements import Statement

#: Share of the announcement's content words a key point must carry to be the same news.
SAME_NEWS = 0.6


@dataclass(frozen=True)
class BackgroundCandidate:
    statement: Statement
    #: Content words shared with the news: more is more related; 0 is general background.
    relevance: int
    #: Closes the last background paragraph whatever its length ('임직원은 58명이다.'), never a paragraph alone.
    closing: bool = False


@dataclass
class ReleaseWords(ABC):
    """Everything a release's body is made from, for one company, one set of answers, one language.

    The language's writer fills in how each piece is said (``KoreanReleaseWords``, ``EnglishWords``).
    """

    profile: CompanyProfile
    answers: dict[str, Any]
    language: str
    spare_facts: list[str] = field(default_factory=list)

    @property
    def company(self) -> str:
        company = self.profile.company
        return (company.name_en or company.name) if self.language == "en" else company.name

    @property
    def key_points(self) -> list[str]:
        return [str(point).strip() for point in self.answers.get("key_points") or [] if str(point).strip()]

    @cached_property
    def name_words(self) -> set[str]:
        names = " ".join(company_names(self.profile))
        return set(content_words(names, self.language)) | set(names.split())

    @property
    def announcement(self) -> str:
        return str(self.answers.get("announcement") or "").strip()

    @cached_property
    def news_words(self) -> set[str]:
        """Content words of the announcement and the key points: what the news is about."""
        text = " ".join([self.announcement, *self.key_points])
        return set(content_words(text, self.language)) - self.name_words

    def key_point_in_lead(self) -> int | None:
        """The key point that tells the announcement itself, more fully (it is told in the lead, not again)."""
        told = set(content_words(self.announcement, self.language)) - self.name_words
        if not told:
            return None
        best, share = None, 0.0
        for index, point in enumerate(self.key_points):
            words = set(content_words(point, self.language))
            overlap = len(told & words) / len(told)
            if overlap >= SAME_NEWS and overlap > share and len(words) >= len(told):
                best, share = index, overlap
        return best

    def relevance(self, text: str) -> int:
        return len(set(content_words(text, self.language)) & self.news_words)

    @abstractmethod
    def statements_of(self, note: str) -> list[Statement]: ...

    @abstractmethod
    def lead_sentence(self, told: int | None) -> tuple[str, ...]: ...

    @abstractmethod
    def lead_more(self, told: set[int]) -> list[tuple[str, ...]]:
        """The announcement's further sentences; a key point that says one more fully is said instead
        and added to ``told`` (it is not said again below)."""

    def restating_point(self, sentence: str, told: set[int]) -> int | None:
        """The key point that says ``sentence`` again with more ('투자금은 … 2027년 양산 준비에 쓸 예정')."""
        words = set(content_words(sentence, self.language)) - self.name_words
        for index, point in enumerate(self.key_points):
            point_words = set(content_words(point, self.language))
            if index in told or not words or len(point_words) < len(words):
                continue
            if len(words & point_words) / len(words) >= SAME_NEWS:
                return index
        return None

    @abstractmethod
    def headlines(self) -> list[str]: ...

    @abstractmethod
    def subtitle(self, headline: str = "") -> str: ...

    @abstractmethod
    def paragraphs(self, groups: list[list[Statement]], part: str) -> list[Any]: ...

    @abstractmethod
    def list_intro(self) -> tuple[str, ...]: ...

    @abstractmethod
    def fact_statements(self, fact: str) -> list[Statement]:
        """A company fact as background sentences (something the company has done or goes on doing)."""

    @abstractmethod
    def product_statement(self, name: str, description: str) -> Statement: ...

    def time_and_rest(self, sentence: str) -> tuple[str, str]:
        """The sentence's time expression ('6월 1일') and the sentence without it."""
        from desktop.core.writing.timing import find_times

        times = [t for t in find_times(sentence, None) if not t.since]
        if len(times) != 1:
            return "", sentence
        when = sentence[times[0].start : times[0].end].strip()
        return when, (sentence[: times[0].start] + sentence[times[0].end :]).replace("  ", " ")

    def fold_into_lead(self, lead: Any, when: str) -> bool:
        """Puts ``when`` into the lead's first sentence, right after who announced; False where it cannot."""
        return False

    def kept_note(self, listed: list[str]) -> tuple[str, str]:
        names = ", ".join(f"'{item}'" for item in listed)
        return (
            f"문장으로 바꾸지 못한 핵심 내용은 적은 그대로 목록에 넣었습니다: {names}. 필요하면 문장으로 고쳐 주세요.",
            f"Key points PR Studio could not turn into sentences are listed as written: {names}. Edit them if you like.",
        )

    def background_candidates(self) -> list[BackgroundCandidate]:
        """The company's facts and products not already told, the most related to the news first."""
        candidates = []
        for fact in self.profile.facts:
            if not self.already_told(fact.text):
                relevance = self.relevance(fact.text)
                candidates += [
                    BackgroundCandidate(s, relevance) for s in self.fact_statements(fact.text) if not s.listed
                ]
        news = " ".join([self.announcement, *self.key_points])
        for product in self.profile.products:
            # A product is described only when the news names it: otherwise it comes out of nowhere.
            named = product.name in news or any(len(word) >= 3 and word in news for word in product.name.split())
            if named and product.description and not self.already_told(product.description):
                statement = self.product_statement(product.name, product.description)
                if not statement.listed:  # a description in another script than the release's
                    relevance = self.relevance(f"{product.name} {product.description}")
                    candidates.append(BackgroundCandidate(statement, relevance))
        return sorted([*candidates, *self.more_background()], key=lambda c: -c.relevance)

    def more_background(self) -> list[BackgroundCandidate]:
        """Background a language's writer adds from the profile's other fields."""
        return []

    def key_point_statements(self) -> list[list[Statement]]:
        return [self.statements_of(point) for point in self.key_points]

    def already_told(self, text: str) -> bool:
        """A fact the key points or the announcement already state (its figures, or most of its words)."""
        told = " ".join([self.announcement, *self.key_points])
        figures = re.findall(r"\d[\d,.]*\s*[^\s\d,.]{0,3}", text)
        if figures and all(figure.strip() in told for figure in figures):
            return True
        words = set(content_words(text, self.language))
        return bool(words) and len(words & set(content_words(told, self.language))) / len(words) >= SAME_NEWS


def words_for(profile: CompanyProfile, answers: dict[str, Any], language: str) -> ReleaseWords:
    if language == "en":
        from desktop.core.writing.english_release import EnglishWords

        return EnglishWords(profile, answers, language)
    from desktop.core.writing.korean_release import KoreanReleaseWords

    return KoreanReleaseWords(profile, answers, language)
