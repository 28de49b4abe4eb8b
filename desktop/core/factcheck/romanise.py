"""Does 'Kim Da-eun' or 'Oh Tae-seok' name the person the Korean facts call 김다은 or 오태석?

An English release written from a Korean profile spells names in Latin
letters, and Koreans spell their names in many ways (Revised Romanisation,
McCune–Reischauer, family habits: 이 = Lee/Yi/Rhee, 영 = yeong/young). A
romanisation library gives one official spelling; matching needs all the
plausible ones. So each Hangul syllable becomes a small pattern of the ways
its sounds are written, and a Latin name matches when it fits the pattern
(hyphens, spaces and case ignored). Surnames have their own spelling list
(``surnames`` in words.toml).
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core.factcheck.vocab import vocabulary

_INITIALS = ["g|k", "kk|gg|k", "n", "d|t", "tt|dd|t", "r|l|n", "m", "b|p", "pp|bb|p", "s|sh", "ss|s", "", "j|ch|z",
             "jj|tch|j", "ch|c|j", "k", "t", "p|f", "h|"]  # fmt: skip
_VOWELS = ["a|ah", "ae|ai|e", "ya", "yae|ye", "eo|u|o|ur|uh", "e|ae", "yeo|yu|yo|you", "ye|yea", "o|oh", "wa", "wae|we",
           "oe|we|oi", "yo", "u|oo|woo|wu", "wo|weo|won", "we", "wi|wee", "yu|yoo|you", "eu|u|e", "ui|eui|ee|i|hui",
           "i|ee|y|yi"]  # fmt: skip
_FINALS = ["", "k|g", "k|kk", "k|ks", "n", "n|nj", "n|nh", "t|d", "l|r", "k|lg", "m|lm", "l|lb", "l|ls", "l|lt", "p|lp",
           "l|lh", "m", "p|b", "p|ps", "t|s", "t|ss", "ng", "t|j", "t|ch", "k", "t", "p", "t|h"]  # fmt: skip


def _syllable(char: str) -> str:
    code = ord(char) - 0xAC00
    if not 0 <= code < 11172:
        return re.escape(char.lower())
    initial, rest = divmod(code, 588)
    vowel, final = divmod(rest, 28)
    return f"(?:{_INITIALS[initial]})(?:{_VOWELS[vowel]})(?:{_FINALS[final]})"


@cache
def pattern(hangul: str) -> re.Pattern[str]:
    return re.compile("".join(_syllable(char) for char in hangul))


def squeeze(latin: str) -> str:
    return re.sub(r"[^a-z]", "", latin.lower())


def spells(latin: str, hangul: str) -> bool:
    """'Daeun', 'Da-eun' and 'Da Eun' spell 다은."""
    return bool(pattern(hangul).fullmatch(squeeze(latin)))


def surname_spellings(surname: str) -> tuple[str, ...]:
    return vocabulary().surnames.get(surname, ())


def split_korean_name(name: str) -> tuple[str, str]:
    """'남궁민수' → ('남궁', '민수'); '김다은' → ('김', '다은')."""
    if len(name) >= 4 and name[:2] in vocabulary().surnames:
        return name[:2], name[2:]
    return name[:1], name[1:]


def names_person(latin: str, hangul: str) -> bool:
    """Does a Latin full name ('Kim Da-eun', 'Da-eun Kim', 'Daeun Kim') name the Korean ``hangul``?"""
    surname, given = split_korean_name(hangul)
    words = latin.replace(",", " ").split()
    if len(words) < 2:
        return False
    spellings = surname_spellings(surname)
    for index in (0, len(words) - 1):
        family = squeeze(words[index])
        if family in spellings or (not spellings and spells(family, surname)):
            rest = words[1:] if index == 0 else words[:-1]
            if spells("".join(rest), given):
                return True
    return False


def names_surname(latin: str, hangul: str) -> bool:
    """'Kim' (as in 'Mr. Kim said') is the surname of 김다은."""
    surname, _ = split_korean_name(hangul)
    return squeeze(latin) in surname_spellings(surname) or spells(latin, surname)


def is_surname_spelling(latin: str) -> bool:
    word = squeeze(latin)
    return any(word in spellings for spellings in vocabulary().surnames.values())


def same_latin_name(one: str, other: str) -> bool:
    """'Dohyun Kim', 'Kim Do-hyun' and 'Do Hyun KIM' are one person: family name first or last, given name joined."""
    first, second = one.replace(",", " ").split(), other.replace(",", " ").split()
    if len(first) < 2 or len(second) < 2:
        return False
    if sorted(map(squeeze, first)) == sorted(map(squeeze, second)):
        return True
    for family, given in ((first[0], first[1:]), (first[-1], first[:-1])):
        for other_family, other_given in ((second[0], second[1:]), (second[-1], second[:-1])):
            if squeeze(family) == squeeze(other_family) and squeeze("".join(given)) == squeeze("".join(other_given)):
                return True
    return False
