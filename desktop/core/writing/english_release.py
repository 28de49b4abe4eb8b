"""The English words of a release: wire dateline and lead, title-case headline, "the company" once named.

"SEOUL, March 10, 2026 — Morning Hill Roasters will open its third café on
April 9, the company announced today." Dates read one way throughout; a
subject already named in the paragraph becomes "The company".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from desktop.core.parts import wording
from desktop.core.parts.context import company_names
from desktop.core.placeholders import placeholder
from desktop.core.writing.english_sentences import english_statements, wire_dates
from desktop.core.writing.korean_sentences import NoteContext
from desktop.core.writing.release_words import ReleaseWords
from desktop.core.writing.statements import Statement

SUBTITLE_CHARS = 110
#: An English headline longer than this keeps its first clause.
HEADLINE_CHARS = 80


@dataclass
class EnglishWords(ReleaseWords):
    @cached_property
    def context(self) -> NoteContext:
        from desktop.core.writing.release import release_date

        return NoteContext(self.company, release_date(self.answers), self.focus)

    @cached_property
    def focus(self) -> str:
        for product in self.profile.products:
            if product.name and product.name.lower() in self.announcement.lower():
                return product.name
        return ""

    def statements_of(self, note: str) -> list[Statement]:
        return english_statements(note, self.context)

    @property
    def dateline(self) -> str:
        place = str(self.answers.get("location") or self.profile.company.headquarters or "")
        city = wording.dateline_city(place, "en") if place else placeholder("Dateline city", "en")
        date = wording.english_date(str(self.answers.get("date") or ""))
        return f"{city}, {date} —" if date else f"{city} —"

    def _news_sentence(self, told: int | None) -> str:
        text = self.key_points[told] if told is not None else self.announcement
        first = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))[0]
        return wire_dates(first)

    def lead_sentence(self, told: int | None) -> tuple[str, ...]:
        news = self._news_sentence(told)
        statement = english_statements(news, self.context)[0]
        if not statement.own_subject:
            sentence = f"{self.company} {statement.bodies[0].rstrip('.')}, the company announced today."
        else:
            sentence = wording.en_announced(news, company_names(self.profile))
        return (f"{self.dateline} {sentence}",)

    def lead_more(self, told: set[int]) -> list[tuple[str, ...]]:
        rest = re.split(r"(?<=[.!?])\s+", " ".join(self.announcement.split()))[1:]
        return [(wording.en_sentence(wire_dates(sentence)),) for sentence in rest if sentence]

    def headlines(self) -> list[str]:
        news = self._news_sentence(self.key_point_in_lead())
        statement = english_statements(news, self.context)[0]
        sentence = news if statement.own_subject else f"{self.company} {statement.bodies[0]}"
        if len(sentence) > HEADLINE_CHARS:  # the first clause says the news: 'X is launching in the UK: …'
            sentence = re.split(r":\s|\s—\s|;\s|,\s", sentence)[0]
        return [wording.en_headline(sentence, self.company)]

    def subtitle(self, headline: str = "") -> str:
        told = self.key_point_in_lead()
        for index, point in enumerate(self.key_points):
            if index != told and re.search(r"\d", point) and len(point) <= SUBTITLE_CHARS:
                return wire_dates(point.rstrip("."))
        return ""

    def paragraphs(self, groups: list[list[Statement]], part: str) -> list[Any]:
        from desktop.core.writing.release import Paragraph

        paragraphs = []
        for number, statements in enumerate(groups):
            sentences = []
            previous = ""
            for statement in statements:
                if statement.own_subject:
                    sentences.append(statement.bodies)
                else:
                    subject = "The company" if statement.subject == previous else statement.subject
                    sentences.append(tuple(f"{subject} {body}" for body in statement.bodies))
                previous = statement.subject
            if part == "background" and number == 0:
                sentences[0] = self._founded(statements[0], sentences[0])
            paragraphs.append(Paragraph(sentences))
        return paragraphs

    def _founded(self, statement: Statement, wordings: tuple[str, ...]) -> tuple[str, ...]:
        founded = str(self.profile.company.founded or "").strip()
        if not founded or statement.own_subject or statement.subject != self.company:
            return wordings
        return tuple(f"Founded in {founded}, {self.company} {body}" for body in statement.bodies)

    def list_intro(self) -> tuple[str, ...]:
        return ("Other details of the announcement:",)

    def fact_statements(self, fact: str) -> list[Statement]:
        if re.search(r"[\uac00-\ud7a3]", fact):
            return []  # a Korean fact in an English release would be a passage in another script
        return english_statements(fact, self.context)

    def product_statement(self, name: str, description: str) -> Statement:
        """'Baram Swap' + 'Battery-swap stations for delivery fleets' → 'Baram Swap offers battery-swap stations
        for delivery fleets.'; 'Mobile app that shows …' → '… is a mobile app that shows …'."""
        text = description.strip().rstrip(".")
        if re.search(r"[\uac00-\ud7a3]", text + name):
            return Statement(description, name, True, (text,), "present", listed=True, english=True)
        first = text.split()[0]
        lowered = text if first.isupper() or first[1:] != first[1:].lower() else text[0].lower() + text[1:]
        if re.match(r"^(a|an|the)\b", text, re.IGNORECASE):
            body = f"{name} is {lowered}."
        elif _plural_head(text):  # 'Battery-swap stations for …'
            body = f"{name} offers {lowered}."
        else:  # 'Mobile app that shows …' → 'Corner Ledger app is a mobile app that shows …'
            body = f"{name} is {'an' if lowered[0] in 'aeiou' else 'a'} {lowered}."
        return Statement(description, name, True, (body,), "present", english=True)


def _plural_head(phrase: str) -> bool:
    """'Battery-swap stations for delivery fleets' names several things; 'Mobile app that shows …' one."""
    head = re.split(r",|\s(?:for|that|which|with|in|on|of|to|from|by)\s", f"{phrase} ")[0].split()
    last = head[-1].lower() if head else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))
