"""The sentence builder's word lists (``assets/writing/korean.toml``), read once.

Kiwi knows grammar but not what a verbal noun takes: "유치" takes an object
(투자를 유치했다), "진출" a place (베트남에 진출했다), "선정" makes the company
the one chosen (우수기업으로 선정됐다). Those facts about words are data, so a
word is added to the TOML file, never to the code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop import paths


@dataclass(frozen=True)
class KoreanLexicon:
    object_nouns: frozenset[str]
    place_nouns: frozenset[str]
    place_at_nouns: frozenset[str]
    change_nouns: frozenset[str]
    passive_nouns: frozenset[str]
    received_nouns: frozenset[str]
    reach_nouns: frozenset[str]
    result_nouns: frozenset[str]
    ongoing_nouns: frozenset[str]
    aspects: dict[str, str]
    adverbs: dict[str, str]
    agents: frozenset[str]
    takes_people: frozenset[str]
    place_counters: tuple[str, ...]
    facility_suffixes: tuple[str, ...]
    venues: tuple[str, ...]
    properties: frozenset[str]
    record_heads: frozenset[str]
    #: Nouns only the company has ('수출국', '매장'): when one changes, the company is named as its owner.
    owned_heads: frozenset[str]
    time_words: dict[str, frozenset[str]]
    connectives: dict[str, tuple[str, ...]]

    def is_verbal(self, noun: str) -> bool:
        """A noun that takes 하다 (유치하다, 진출하다): listed here, or one Kiwi clearly reads so."""
        listed = noun in self.object_nouns or noun in self.place_nouns or noun in self.change_nouns
        listed = listed or noun in self.place_at_nouns
        listed = listed or noun in self.passive_nouns or noun in self.received_nouns or noun in self.reach_nouns
        return listed or _reads_as_verb(noun)

    def is_agent(self, word: str) -> bool:
        """A word naming who acts: '투자사', '물리치료사', '주민'."""
        return word in self.agents or any(word.endswith(agent) for agent in self.agents if len(agent) > 1)

    def role_of(self, noun: str) -> str:
        """What the phrase before a verbal noun is: "object", "place", "change", "passive", "received" or "reach"."""
        for role, words in (
            ("received", self.received_nouns),
            ("place_at", self.place_at_nouns),
            ("reach", self.reach_nouns),
            ("passive", self.passive_nouns),
            ("place", self.place_nouns),
            ("change", self.change_nouns),
        ):
            if noun in words:
                return role
        return "object"


#: How much likelier Kiwi must find 'X했다' than 'X이다' to take an unlisted noun for a verbal noun.
_VERB_MARGIN = 4.0


@lru_cache(maxsize=512)
def _reads_as_verb(noun: str) -> bool:
    from desktop.core import korean

    if len(noun) < 2 or not noun.isalpha():
        return False
    with korean._lock:
        analyser = korean.analyser()
        did = analyser.analyze(noun + "했다", top_n=1)[0][1]
        was = analyser.analyze(noun + "이다", top_n=1)[0][1]
    return float(did) - float(was) >= _VERB_MARGIN


def writing_data(name: str) -> dict[str, Any]:
    """One of the word lists shipped in ``assets/writing`` ('korean.toml', 'slogans.toml', …)."""
    with (paths.writing_data_dir() / name).open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def korean_lexicon() -> KoreanLexicon:
    data = writing_data("korean.toml")
    predicates = data["predicates"]
    aspects = {word: kind for kind, words in data["aspects"].items() for word in words}
    return KoreanLexicon(
        object_nouns=frozenset(predicates["object"]),
        place_nouns=frozenset(predicates["place"]),
        place_at_nouns=frozenset(predicates["place_at"]),
        change_nouns=frozenset(predicates["change"]),
        passive_nouns=frozenset(predicates["passive"]),
        received_nouns=frozenset(predicates["received"]),
        reach_nouns=frozenset(predicates["reach"]),
        result_nouns=frozenset(predicates["results"]),
        ongoing_nouns=frozenset(predicates["ongoing"]),
        aspects=aspects,
        adverbs=dict(data["adverbs"]),
        agents=frozenset(data["agents"]["words"]),
        takes_people=frozenset(data["agents"]["takes_people"]),
        place_counters=tuple(data["places"]["counters"]),
        facility_suffixes=tuple(sorted(data["facilities"]["suffixes"], key=len, reverse=True)),
        venues=tuple(data["places"]["venues"]),
        properties=frozenset(data["facilities"]["properties"]),
        record_heads=frozenset(data["records"]["heads"]),
        owned_heads=frozenset(data["records"]["owned"]),
        time_words={kind: frozenset(words) for kind, words in data["time"].items()},
        connectives={kind: tuple(words) for kind, words in data["connectives"].items()},
    )


@lru_cache(maxsize=1)
def english_lexicon() -> dict[str, Any]:
    """Verbs, irregular past forms, participles and adjectives English notes are read with (``english.toml``)."""
    return writing_data("english.toml")
