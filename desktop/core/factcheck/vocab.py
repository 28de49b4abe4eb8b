"""The checker's word lists, read once from ``assets/factcheck/words.toml``.

Concepts let a figure's subject be compared across wordings and languages
(직원 = 임직원 = employees); the other lists (titles, surnames, hype,
organisation suffixes, certifications) are data so that a missing word is a
one-line change to a TOML file, not to the code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop import paths


@dataclass(frozen=True)
class Vocabulary:
    concept_of: dict[str, str]
    generic: frozenset[str]
    hype: dict[str, tuple[str, ...]]
    titles_ko: tuple[str, ...]
    title_suffixes_ko: tuple[str, ...]
    ceo_titles: frozenset[str]
    roles_en: tuple[str, ...]
    speech_en: tuple[str, ...]
    honorifics_en: frozenset[str]
    surnames: dict[str, tuple[str, ...]]
    entities: dict[str, tuple[str, ...]]
    scripts: dict[str, tuple[str, ...]]


@cache
def vocabulary() -> Vocabulary:
    with (paths.factcheck_data_dir() / "words.toml").open("rb") as handle:
        data = tomllib.load(handle)
    concepts: dict[str, list[str]] = {k: v for k, v in data["concepts"].items() if k != "generic"}
    people: dict[str, Any] = data["people"]
    return Vocabulary(
        concept_of={word.lower(): name for name, words in concepts.items() for word in words},
        generic=frozenset(word.lower() for word in data["concepts"]["generic"]),
        hype={name: tuple(words) for name, words in data["hype"].items()},
        titles_ko=tuple(sorted(people["titles_ko"], key=len, reverse=True)),
        title_suffixes_ko=tuple(people["title_suffixes_ko"]),
        ceo_titles=frozenset(title.lower() for title in people["ceo_titles"]),
        roles_en=tuple(sorted(people["roles_en"], key=len, reverse=True)),
        speech_en=tuple(people["speech_en"]),
        honorifics_en=frozenset(people["honorifics_en"]),
        surnames={entry.split(":")[0]: tuple(entry.split(":")[1].split(",")) for entry in people["surnames"]},
        entities={name: tuple(words) for name, words in data["entities"].items()},
        scripts={name: tuple(ranges) for name, ranges in data["scripts"].items()},
    )


def concept(word: str) -> str:
    """The idea a word stands for ('임직원' → 'staff'), or the word itself (lower case, singular)."""
    lowered = word.lower().strip("'’")
    found = vocabulary().concept_of.get(lowered)
    if found:
        return found
    singular = english_singular(lowered)
    return vocabulary().concept_of.get(singular, singular)


def english_singular(word: str) -> str:
    if word.endswith("'s") or word.endswith("’s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def is_generic(word: str) -> bool:
    return word.lower() in vocabulary().generic
