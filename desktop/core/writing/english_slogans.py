"""English catchphrase forms, filled only from the person's words and the company's own.

The forms are the ones English copy leans on: '<Product>. <Keyword>.', an
imperative ('Keep the light on', 'Enjoy your weekend'), 'Made for <audience>',
'X, not Y' (only when the company's own text sets X against Y: 'instead of',
'rather than'), alliteration when the words allow ('Calm, clean camellia'),
the company and its founding year, and a keyword from the home town when the
company says so. Each returns its wordings; the frame is the form's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations, permutations

from desktop.core.writing.slogan_brief import SloganBrief
from desktop.core.writing.slogan_words import slogan_words

_CONTRAST = re.compile(r"(?P<x>[\w' -]+?)\s+(?:instead of|rather than)\s+(?P<y>[\w' -]+)", re.IGNORECASE)


@dataclass
class EnglishPalette:
    brief: SloganBrief

    @cached_property
    def product(self) -> str:
        subject = self.brief.subject
        named = [name for name, _ in self.brief.products if name and name.lower() in subject.lower()]
        return max(named, key=len) if named else subject.split(",")[0].strip()

    @cached_property
    def names(self) -> list[str]:
        """The product's own name when the profile has it ('Tidewake'), else the subject."""
        return [_capital(self.product)]

    @cached_property
    def keywords(self) -> list[str]:
        return list(self.brief.keywords)

    @cached_property
    def adjectives(self) -> list[str]:
        """Describing words: the tone's, then keywords that read as adjectives."""
        style = [w for w in re.findall(r"[a-z-]+", self.brief.style.lower()) if _is_adjective(w)]
        words = [*self.brief.tone, *(k for k in self.keywords if _is_adjective(k.lower())), *style]
        skip = slogan_words().style_only_en
        return [w.lower() for w in dict.fromkeys(words) if w.lower() not in skip or w in self.brief.tone]

    @cached_property
    def things(self) -> list[str]:
        """Keywords that are things to own or enjoy ('weekend', 'cash flow'), not describing or verb phrases."""
        starts = slogan_words().verb_starts
        return [
            k
            for k in self.keywords
            if not _is_adjective(k.lower()) and k.split()[0].lower() not in starts and not k[:1].isupper()
        ]

    @cached_property
    def home(self) -> str:
        parts = [p.strip() for p in self.brief.headquarters.split(",") if p.strip()]
        towns = [p.replace(" City", "") for p in parts if not p.endswith(("-gu", "-si", "-dong", "Korea"))]
        return towns[0] if towns else ""

    @cached_property
    def audience(self) -> list[str]:
        """The audience as written and shortened before 'with', 'in', 'who', 'of': 'busy families'."""
        full = self.brief.audience.strip()
        short = re.split(r"\s+(?:with|in|who|that|at)\s+", full)[0]
        return [a for a in dict.fromkeys([full, short]) if len(a.split()) > 1]


def product_keyword(p: EnglishPalette) -> list[str]:
    """'<Product>. <Keyword>.': 'Greenway Pickup. Same day.'"""
    return [f"{name}. {_capital(k)}." for k in p.keywords for name in p.names if not _inside(k, name)]


def imperative(p: EnglishPalette) -> list[str]:
    """A keyword that is already an imperative ('Keep the light on'), or an imperative with a keyword to own."""
    starts = slogan_words().verb_starts
    found = [_capital(k) + "." for k in p.keywords if k.split()[0].lower() in starts and len(k.split()) > 1]
    verbs = slogan_words().imperatives
    return found + [f"{_capital(verb)} your {thing}." for thing in p.things[:3] for verb in verbs]


def made_for(p: EnglishPalette) -> list[str]:
    """'Made for busy families in Haeundae'."""
    return [f"Made for {audience}" for audience in p.audience]


def not_this(p: EnglishPalette) -> list[str]:
    """'X, not Y' where the company's own text says X instead of (or rather than) Y."""
    found = []
    for _name, description in p.brief.products:
        for match in _CONTRAST.finditer(description):
            x = next((k for k in p.keywords if k.lower() in match.group("x").lower()), "")
            words = match.group("y").split()
            for size in range(len(words), 1, -1):
                if x:
                    found.append(f"{_capital(x)}, not {' '.join(words[-size:])}.")
    return found


def alliteration(p: EnglishPalette) -> list[str]:
    """Two or three of the person's words sharing their first sound: 'Calm, clean camellia'."""
    pool = _alliteration_pool(p)
    found = []
    for letter in sorted({w[0] for w in pool}):
        words = [w for w in pool if w[0] == letter]
        describing = [w for w in words if _is_adjective(w)]
        nouns = [w for w in words if not _is_adjective(w)]
        for first, second in permutations(describing, 2):
            found += [f"{_capital(first)}, {second} {noun}." for noun in nouns]
            found += [f"{_capital(first)}, {second}, {third}." for third in describing if third not in (first, second)]
        found += [f"{_capital(first)} {noun}." for first in describing for noun in nouns]
    return found


def since(p: EnglishPalette) -> list[str]:
    """'Greenway Laundry, since 2021': the company and its founding year from the profile."""
    year = p.brief.founded
    return [f"{p.brief.company}, since {year}."] if year.isdigit() and p.brief.company else []


def from_home(p: EnglishPalette) -> list[str]:
    """'Camellia from Jeju' when the company's own text puts the keyword and the home town together."""
    if not p.home:
        return []
    texts = [p.brief.description, *(d for _, d in p.brief.products), *p.brief.facts]
    said = " ".join(texts).lower()
    return [f"{_capital(k)} from {p.home}." for k in p.keywords if f"{p.home} {k}".lower() in said]


def adjective_for(p: EnglishPalette) -> list[str]:
    """'Fresh for busy families': a describing keyword and the audience, shortened."""
    keyword_adjectives = [k for k in p.keywords if _is_adjective(k.lower())]
    return [f"{_capital(adj)} for {audience}." for adj in keyword_adjectives for audience in reversed(p.audience)]


def signature(p: EnglishPalette) -> list[str]:
    """'Same day. Greenway Laundry.': a keyword signed with the company's name."""
    return [f"{_capital(k)}. {p.brief.company}." for k in p.keywords if p.brief.company]


def pair(p: EnglishPalette) -> list[str]:
    """'Fresh, same day.', 'Next morning, no surprises.': two keywords side by side, the second a phrase."""
    return [f"{_capital(a)}, {b}." for a, b in combinations(p.keywords[:4], 2) if " " in b]


def three_beats(p: EnglishPalette) -> list[str]:
    """'Next morning. Cash flow. No surprises.': three of the person's words, or the brand's tone."""
    keywords = [_capital(k) for k in p.keywords]
    tone = [_capital(t) for t in p.brief.tone]
    return [". ".join(words) + "." for words in (keywords[:3], tone[:3]) if len(words) == 3]


def place_way(p: EnglishPalette) -> list[str]:
    """'Gentle, the Jeju way.': a describing word and a place the person typed."""
    places = [k for k in p.keywords if k[:1].isupper() and " " not in k]
    return [f"{_capital(adj)}, the {place} way." for place in places for adj in p.adjectives[:4]]


def adjective_product(p: EnglishPalette) -> list[str]:
    """'Gentle barrier cream.': a describing keyword before the product's own words."""
    keyword_adjectives = [k for k in p.keywords if _is_adjective(k.lower())]
    head = p.product.split()[-1] if p.product else ""
    return [
        f"{_capital(adj)} {name}."
        for adj in keyword_adjectives
        for name in dict.fromkeys([p.product.lower(), head.lower()])
        if name
    ]


def question(p: EnglishPalette) -> list[str]:
    """'Ready for the weekend?': a question that claims nothing, about an occasion the person named."""
    occasions = slogan_words().occasions
    return [f"Ready for the {thing}?" for thing in p.things[:3] if thing.lower() in occasions]


#: The forms, a copywriter's favourites first: the list prefers them in this order when fluency is equal.
FORMS: dict[str, Callable[[EnglishPalette], list[str]]] = {
    "imperative": imperative,
    "not-this": not_this,
    "alliteration": alliteration,
    "product-keyword": product_keyword,
    "three-beats": three_beats,
    "made-for": made_for,
    "from-home": from_home,
    "place-way": place_way,
    "adjective-product": adjective_product,
    "adjective-for": adjective_for,
    "question": question,
    "since": since,
    "pair": pair,
    "signature": signature,
}


def english_forms(brief: SloganBrief) -> list[tuple[str, str]]:
    palette = EnglishPalette(brief)
    found = []
    for frame, form in FORMS.items():
        found += [(frame, " ".join(text.split())) for text in form(palette)]
    return found


def _alliteration_pool(p: EnglishPalette) -> list[str]:
    """The person's words (tone, keywords, subject), lower case, describing words first; of the product's own
    description only what it says was done to it ('folded')."""
    subject = p.brief.subject.lower()
    own = [d for name, d in p.brief.products if name.lower() in subject or len(p.brief.products) == 1]
    done = [w for w in re.findall(r"[a-z]+ed\b", " ".join(own).lower()) if _is_adjective(w)]
    words = [*p.adjectives, *done, *(k.lower() for k in p.keywords if not k[:1].isupper())]
    words += re.findall(r"[a-z][a-z-]+", f"{p.brief.subject} {p.product}".lower())
    skip = slogan_words().stop_words
    return [w for w in dict.fromkeys(words) if w not in skip and len(w) > 3]


def _is_adjective(word: str) -> bool:
    """'fresh' (listed), 'gentle'? no; 'folded' (a participle), 'careful' (an adjective ending)."""
    words = slogan_words()
    if word in words.adjectives:
        return True
    participle = len(word) > 4 and word.endswith("ed") and not word.endswith("eed")
    return " " not in word and (participle or word.endswith(words.adjective_endings))


def _inside(keyword: str, name: str) -> bool:
    """'same day' is already in 'Same-day laundry pickup'."""
    return keyword.lower().replace("-", " ") in name.lower().replace("-", " ")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
