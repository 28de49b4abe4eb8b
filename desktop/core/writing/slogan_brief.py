"""What a catchphrase may be made of: the wizard answers and the company's own words, and nothing more.

The slogan forms (``korean_slogans``, ``english_slogans``) read the person's
subject, keywords, audience and style and the company's name, products, facts
and tone from one ``SloganBrief``. The brief also says what a candidate may not
claim: a claim word (친환경, 최고, cheapest …, listed in ``slogans.toml``) only
when the sources contain it, and the brand's avoided words never. Both rules hold
for the model's candidates too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.core.profile import CompanyProfile
from desktop.core.writing.slogan_words import slogan_words


@dataclass(frozen=True)
class Slogan:
    """One candidate: its text, the form that made it (no form twice in a list) and who wrote it."""

    text: str
    frame: str
    source: str = "forms"  # "forms" (built from the person's words) or "model"


@dataclass(frozen=True)
class SloganBrief:
    subject: str
    keywords: tuple[str, ...]
    audience: str
    style: str
    count: int
    max_length: int
    language: str
    company: str
    products: tuple[tuple[str, str], ...] = ()
    tone: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    description: str = ""
    facts: tuple[str, ...] = ()
    founded: str = ""
    headquarters: str = ""
    industry: str = ""

    @classmethod
    def from_inputs(cls, profile: CompanyProfile, answers: dict[str, Any], language: str) -> SloganBrief:
        company = profile.company
        name = (company.name_en or company.name) if language == "en" else company.name
        return cls(
            subject=str(answers.get("subject") or "").strip(),
            keywords=tuple(str(k).strip() for k in answers.get("keywords") or [] if str(k).strip()),
            audience=str(answers.get("audience") or "").strip(),
            style=str(answers.get("style") or "").strip(),
            count=int(answers.get("count") or 10),
            max_length=int(answers.get("max_length") or 0),
            language=language,
            company=name,
            products=tuple((p.name, p.description) for p in profile.products),
            tone=tuple(profile.brand.tone),
            avoid=tuple(word for word in profile.brand.avoid if word.strip()),
            description=company.description,
            facts=tuple(fact.text for fact in profile.facts),
            founded=str(company.founded or ""),
            headquarters=company.headquarters,
            industry=company.industry,
        )

    @property
    def sources(self) -> str:
        """Everything the person and the company said: a claim word must be found here to be used."""
        parts = [self.subject, *self.keywords, self.audience, self.style, self.company, self.industry]
        parts += [text for product in self.products for text in product]
        parts += [*self.tone, self.description, *self.facts, self.headquarters]
        return "\n".join(part for part in parts if part)

    @property
    def business(self) -> str:
        """The words that say what kind of business this is, for choosing fitting suggestions and endings."""
        return " ".join([self.industry, self.subject, *(name for name, _ in self.products)])

    def fits(self, text: str) -> bool:
        return not self.max_length or len(text) <= self.max_length


def unsupported_claims(text: str, brief: SloganBrief) -> list[str]:
    """The claim words in ``text`` that neither the profile nor the answers contain."""
    sources = brief.sources
    found = []
    for word in slogan_words().claims(brief.language):
        if _contains(text, word, brief.language) and not _contains(sources, word, brief.language):
            found.append(word)
    return found


def avoided_words(text: str, brief: SloganBrief) -> list[str]:
    """The brand's avoided words in ``text`` (never allowed, whatever the sources say)."""
    lowered = text.lower()
    return [word for word in brief.avoid if word.lower() in lowered]


def may_say(text: str, brief: SloganBrief) -> bool:
    """No claim the sources do not make, and no avoided word."""
    return not unsupported_claims(text, brief) and not avoided_words(text, brief)


def _contains(text: str, word: str, language: str) -> bool:
    if language == "en" or not re.search(r"[가-힣]", word):
        return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE) is not None
    return word in text
