"""The catchphrase forms' word lists (``assets/writing/slogans.toml``), read once.

A slogan form needs a few words that are not the person's: the claim words it may
use only when the company said them, the counterpart of '가볍게' in a contrast
pair, a polite suggestion that fits a bakery but not a chip maker. Those are facts
about words, so they live in the TOML file beside the sentence builder's, never in
the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from desktop.core.writing.lexicon import writing_data


@dataclass(frozen=True)
class Fitting:
    """A word with the kinds of business it fits ('any' fits all)."""

    word: str
    fits: tuple[str, ...]
    tag: str = ""
    particle: str = ""
    before: str = ""

    def fits_business(self, business: str) -> bool:
        return "any" in self.fits or any(word in business for word in self.fits)


@dataclass(frozen=True)
class SloganWords:
    claims_ko: tuple[str, ...]
    claims_en: tuple[str, ...]
    style_only_ko: tuple[str, ...]
    dull_verbs: frozenset[str]
    values: frozenset[str]
    contrast_pairs: tuple[tuple[str, str], ...]
    time_words: tuple[str, ...]
    suggestions: tuple[Fitting, ...]
    endings: tuple[Fitting, ...]
    destinations: tuple[Fitting, ...]
    audience_heads: tuple[str, ...]
    imperatives: tuple[str, ...]
    verb_starts: frozenset[str]
    style_only_en: frozenset[str]
    stop_words: frozenset[str]
    adjectives: frozenset[str]
    occasions: frozenset[str]
    adjective_endings: tuple[str, ...]

    def claims(self, language: str) -> tuple[str, ...]:
        return self.claims_en if language == "en" else self.claims_ko


@lru_cache(maxsize=1)
def slogan_words() -> SloganWords:
    data = writing_data("slogans.toml")
    korean, english = data["korean"], data["english"]
    return SloganWords(
        claims_ko=tuple(data["claims"]["ko"]),
        claims_en=tuple(data["claims"]["en"]),
        style_only_ko=tuple(korean["style_only"]),
        dull_verbs=frozenset(korean["dull_verbs"]),
        values=frozenset(korean["values"]),
        contrast_pairs=tuple((first, second) for first, second in korean["contrast_pairs"]),
        time_words=tuple(korean["time_words"]),
        suggestions=tuple(
            Fitting(s["verb"], tuple(s["fits"]), s["tag"], s["particle"], s.get("before", ""))
            for s in korean["suggestions"]
        ),
        endings=tuple(Fitting(e["noun"], tuple(e["fits"])) for e in korean["endings"]),
        destinations=tuple(Fitting(d["noun"], tuple(d["fits"])) for d in korean["destinations"]),
        audience_heads=tuple(korean["audience_heads"]),
        imperatives=tuple(english["imperatives"]),
        verb_starts=frozenset(english["verb_starts"]),
        style_only_en=frozenset(english["style_only"]),
        stop_words=frozenset(english["stop_words"]),
        adjectives=frozenset(english["adjectives"]),
        occasions=frozenset(english["occasions"]),
        adjective_endings=tuple(english["adjective_endings"]),
    )
