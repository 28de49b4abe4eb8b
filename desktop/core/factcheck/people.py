"""People named in a draft: Korean names beside a title, English names beside a role or "said".

A name is a claim when it stands beside a title (김영호 전무, 대표 홍길동,
박정민 기술연구소장, 홍길동 씨) or, in English, beside a role or a speech
verb (Dana Kim, CEO; said Kim Da-eun). Kiwi tells proper nouns from common
words ("대표 제품" is not a person); a surname list keeps odd analyses honest.
Finding people in the sources uses the same functions, so the facts' own
wording ("대변인: 이수진 홍보팀장") defines who exists and with which titles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from desktop.core import korean
from desktop.core.factcheck.romanise import (
    is_surname_spelling,
    names_person,
    names_surname,
    same_latin_name,
    split_korean_name,
)
from desktop.core.factcheck.text import Analysed, Word
from desktop.core.factcheck.vocab import vocabulary

_HANGUL_NAME = re.compile(r"^[가-힣]{2,4}$")
#: One part of an English name: 'Heinz', 'Jean-Luc', and the inner capitals of 'McAllan', 'O’Brien', 'DeVos'.
_EN_PART = r"(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
_EN_NAME = rf"{_EN_PART}(?:[ \t]+{_EN_PART}){{1,2}}"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    title: str = ""
    surname_only: bool = False
    #: Where the name itself is (without the title), for replacing or highlighting the name alone.
    name_start: int = 0
    name_end: int = 0


@dataclass
class Person:
    name: str
    titles: set[str]
    roles: set[str]


def is_title(word: str) -> bool:
    """'전무', 'CEO', and compounds ending in a title of two letters or more ('기술연구소장', '영업본부장')."""
    if not word:
        return False
    people = vocabulary()
    if word in people.titles_ko or word.upper() in people.titles_ko:
        return True
    if not re.fullmatch(r"[가-힣]{3,}", word):
        return False
    return any(word.endswith(title) for title in _compound_titles())


@cache
def _compound_titles() -> tuple[str, ...]:
    people = vocabulary()
    return tuple(
        t for t in (*people.titles_ko, *people.title_suffixes_ko) if len(t) >= 2 and re.fullmatch(r"[가-힣]+", t)
    )


def _name_span(word: Word, known: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Where the name in a word is: '홍길동이' → 홍길동, and '이수진' stays whole although Kiwi may read 이수지+ㄴ."""
    run = re.match(r"[(\[“\"']*([가-힣]+)", word.text)
    if not run:
        return word.stem_start, word.stem_end
    start, end = word.start + run.start(1), word.start + run.end(1)
    if run.group(1) in known:
        return start, end  # '송유나' from the facts, although Kiwi reads 나 as a particle
    if end - start == 4 and run.group(1)[-1] in _PARTICLE_LETTERS and run.group(1)[0] in vocabulary().surnames:
        return start, end - 1  # '이재원이': Kiwi may read 이 as a particle before 재원; the name is the first three

    if end - start == 3:
        last = [t for t in word.tokens if t.start < end and t.end >= end]
        separate_particle = any(
            t.tag.startswith("J") and re.fullmatch(r"[가-힣]", t.form) and t.start == end - 1 for t in last
        )
        if not separate_particle:
            return start, end
    return word.stem_start, word.stem_end


_PARTICLE_LETTERS = "이은는을를의가과와도"


def _name_like(
    word: Word, *, surname_only: bool = False, known: frozenset[str] = frozenset(), after_title: bool = False
) -> bool:
    """A Korean personal name: a surname first, and not a common word as Kiwi reads it.

    A name the sources give is a name whatever Kiwi makes of it ('한지민' as
    한지 + 민). Right after a title ('최고기술책임자(CTO) 이재원이') three
    letters with a surname first are a name unless Kiwi reads them as starting
    with a common word ('대표 이사회', '대표 제품인').
    """
    start, end = _name_span(word, known)
    name = word.text[start - word.start : end - word.start]
    if surname_only:
        return len(word.stem) == 1 and word.stem in vocabulary().surnames
    if not _HANGUL_NAME.match(name) or split_korean_name(name)[0] not in vocabulary().surnames:
        return False
    if name in known:
        return True
    if after_title and len(name) == 3:
        first = [t for t in word.tokens if t.start == start and len(t.form) >= 2]
        return not any(t.tag.startswith(("NNG", "V", "M")) for t in first)
    if len(name) == 4 and name[:2] not in vocabulary().surnames:
        return False  # four letters: a double surname (남궁민수), else a company or a place
    content = [t for t in word.tokens if start <= t.start < end]
    if len(content) == 1 and content[0].end >= end:
        return content[0].tag == "NNP" or len(name) == 3 and _unknown_word(name)
    if len(name) == 3 and len(content) == 2 and content[0].tag == "NNP" and content[0].form == name[0]:
        return True  # '윤재석 대표': Kiwi reads the surname as a proper noun and the given name as a word
    if any(t.tag == "NNG" and len(t.form) >= 2 for t in content):
        return False  # '전기차' is 전기 + 차, two common nouns, not a surname and a given name
    return len(name) == 3 and not any(t.tag.startswith(("V", "NNB", "M", "E")) for t in content if t.start < end - 1)


@lru_cache(maxsize=1024)
def _unknown_word(word: str) -> bool:
    """Kiwi does not know the word: its two best readings are the same letters as a common and a proper noun.

    '박동훈' alone reads 박동훈/NNG or 박동훈/NNP, a guess; a real word ('전문가',
    '연구소', '이사회') has a second reading that cuts it into known parts.
    """
    readings = korean.analyser().analyze(word, top_n=2)
    return len(readings) == 2 and all(len(tokens) == 1 and tokens[0].form == word for tokens, _ in readings)


def know_names(doc: Analysed, names: Iterable[str], *, lenient: bool = False) -> None:
    """Read these names (the sources' people) as names in ``doc``, however Kiwi analyses them.

    ``lenient`` is for the sources themselves: any three letters with a
    surname beside a title are taken as a name there ('한가람 품질연구소장',
    Kiwi: 한 + 가람), since a wrong guess in the facts only adds a person
    nobody will write, while in a draft it would be a false alarm.
    """
    doc.memo["known_names"] = frozenset(name for name in names if _HANGUL_NAME.match(name))
    doc.memo["lenient_names"] = lenient
    doc.memo.pop("people", None)


def find_people(doc: Analysed) -> list[Mention]:
    """Every person mentioned with a title, a role or a speech verb (computed once per text)."""
    if "people" not in doc.memo:
        doc.memo["people"] = _find_people(doc)
    found: list[Mention] = doc.memo["people"]  # type: ignore[assignment]
    return list(found)


def _find_people(doc: Analysed) -> list[Mention]:
    mentions: list[Mention] = []
    known: frozenset[str] = doc.memo.get("known_names", frozenset())  # type: ignore[assignment]
    lenient = bool(doc.memo.get("lenient_names"))
    for sentence in doc.sentences:
        words = sentence.words
        for index in range(len(words)):
            mention = _korean_mention(words, index, known, lenient)
            if mention and not any(m.start < mention.end and mention.start < m.end for m in mentions):
                mentions.append(mention)
    mentions.extend(_english_mentions(doc.text, mentions))
    return sorted(mentions, key=lambda m: m.start)


def _korean_mention(words: list[Word], index: int, known: frozenset[str], lenient: bool = False) -> Mention | None:
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else None
    if lenient:  # in the facts, three letters with a surname beside a title are a name, whatever Kiwi reads
        known = known | {w.text[:3] for w in words[index : index + 3] if _three_letter_name(w.text)}
    if (
        following
        and is_title(following.stem)
        and _bare(word, name=True, known=known)
        and not following.text.startswith("(")
    ):
        for surname_only in (False, True):
            if _name_like(word, surname_only=surname_only, known=known, after_title=lenient):
                start, end = (word.stem_start, word.stem_end) if surname_only else _name_span(word, known)
                return Mention(
                    start, following.stem_end, doc_text(word, start, end), following.stem, surname_only, start, end
                )
    # '최고기술책임자(CTO) 이재원이': an abbreviation in brackets may sit between the title and the name.
    if following and re.fullmatch(r"\([A-Za-z&]{2,8}\)", following.text) and index + 2 < len(words):
        following = words[index + 2]
    if (
        following
        and is_title(word.stem)
        and _bare(word, opening="(")
        and _name_like(following, known=known, after_title=True)
    ):
        start, end = _name_span(following, known)
        return Mention(word.stem_start, end, doc_text(following, start, end), word.stem, False, start, end)
    glued = re.match(r"^([가-힣]{2,4}?)(씨|님)$", word.stem)
    if glued and split_korean_name(glued.group(1))[0] in vocabulary().surnames:
        end = word.stem_start + len(glued.group(1))
        return Mention(word.stem_start, word.stem_end, glued.group(1), glued.group(2), False, word.stem_start, end)
    return None


def _three_letter_name(text: str) -> bool:
    return re.match(r"[가-힣]{3}(?![가-힣])", text) is not None and text[0] in vocabulary().surnames


def doc_text(word: Word, start: int, end: int) -> str:
    return word.text[start - word.start : end - word.start]


def _bare(word: Word, opening: str = "(", name: bool = False, known: frozenset[str] = frozenset()) -> bool:
    """A name or title that pairs with the next word carries no particle or comma ('팀장과 김영호' does not pair)."""
    start, end = _name_span(word, known) if name else (word.stem_start, word.stem_end)
    before = word.text[: start - word.start]
    after = word.text[end - word.start :]
    return not after and all(char in opening for char in before)


def _english_mentions(text: str, korean: list[Mention]) -> list[Mention]:
    people = vocabulary()
    roles = "|".join(re.escape(role) for role in people.roles_en)
    speech = "|".join(re.escape(verb) for verb in people.speech_en)
    honorific = "|".join(re.escape(h.rstrip(".")) for h in people.honorifics_en)
    patterns = [
        re.compile(
            rf"(?P<name>{_EN_NAME}),\s+(?:the\s+)?(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*'s\s+|company's\s+)?(?P<title>(?:[A-Za-z&]+\s+){{0,2}}(?i:{roles})\b[\w ,&'-]{{0,40}}?)(?=[,.;:)]|\s+(?:{speech})\b|\s+at\b|\s+of\b|$)"
        ),
        re.compile(rf"\b(?P<title>(?i:{roles}))\s+(?P<name>{_EN_NAME})"),
        # A fact sheet's 'Chief Technology Officer: Dr. Eunha Lee'.
        re.compile(rf"\b(?P<title>(?i:{roles})):\s+(?:(?:{honorific})\.?\s+)?(?P<name>{_EN_NAME})"),
        re.compile(
            rf"(?P<name>{_EN_NAME})\s+as\s+(?:its\s+|the\s+|a\s+|an\s+)?(?P<title>(?:[A-Za-z&]+\s+){{0,2}}(?i:{roles}))\b"
        ),
        re.compile(rf"\b(?:appointed|hired|named|promoted|welcomed)\s+(?P<name>{_EN_NAME})"),
        re.compile(rf"\b(?:{speech})\s+(?P<name>{_EN_NAME})"),
        re.compile(rf"(?P<name>{_EN_NAME})\s+(?:{speech})\b"),
        re.compile(rf"\b(?:{honorific})\.?\s+(?P<surname>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)"),
        re.compile(rf"(?:[\"”]\s*|,\s*)(?P<surname>[A-Z][a-z]+)\s+(?:{speech})\b"),
    ]
    found: list[Mention] = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            mention = _english_mention(match)
            taken = [*korean, *found]
            if mention and not any(m.start < mention.end and mention.start < m.end for m in taken):
                found.append(mention)
    return found


def _english_mention(match: re.Match[str]) -> Mention | None:
    groups = match.groupdict()
    if groups.get("surname"):
        surname = groups["surname"]
        if not match.group(0)[0].isupper() and not is_surname_spelling(surname):
            return None  # '…," Kim said' is a person; '…," Company said' is not
        start, end = match.span("surname")
        return Mention(start, end, surname, "", True, start, end)
    name = groups["name"]
    if name.split()[0].lower() in ("the", "this", "our", "its"):
        return None
    start, end = match.span("name")
    title = (groups.get("title") or "").strip(" ,")
    span_end = max(end, match.end("title")) if groups.get("title") and match.start("title") > start else end
    span_start = min(start, match.start("title")) if groups.get("title") else start
    return Mention(span_start, span_end, name, title, False, start, end)


def same_person(mention: Mention, person: Person) -> bool:
    """Does a mention (Korean or Latin, full name or surname) name ``person``?"""
    if mention.name == person.name or mention.name.lower() == person.name.lower():
        return True
    hangul = bool(re.match(r"[가-힣]", person.name))
    latin = bool(re.match(r"[A-Za-z]", mention.name))
    if mention.surname_only:
        if hangul and not latin:
            return split_korean_name(person.name)[0] == mention.name
        if hangul:
            return names_surname(mention.name, person.name)
        return mention.name.lower() in person.name.lower().split()
    if hangul and latin:
        return names_person(mention.name, person.name)
    if not hangul and latin:
        return same_latin_name(mention.name, person.name)
    return False


def is_ceo_title(title: str) -> bool:
    lowered = title.lower().strip()
    return lowered in vocabulary().ceo_titles or lowered.startswith(("ceo", "chief executive", "대표"))


def _initials(title: str) -> str:
    """'chief technology officer' → 'cto': an English title and its abbreviation are one title."""
    words = title.split()
    return "".join(word[0] for word in words) if len(words) > 1 else ""


def titles_agree(title: str, known: set[str]) -> bool:
    """'홍보팀장' fits '팀장'; 'CEO' fits '대표'; a Korean and an English title are not compared further."""
    if not title or not known or title in ("씨", "님"):
        return True
    lowered = title.lower()
    for other in known:
        other_lowered = other.lower()
        if lowered in other_lowered or other_lowered in lowered or _initials(lowered) == other_lowered:
            return True
        if _initials(other_lowered) == lowered:
            return True
        if is_ceo_title(lowered) and is_ceo_title(other_lowered):
            return True
        if bool(re.search(r"[가-힣]", lowered)) != bool(re.search(r"[가-힣]", other_lowered)):
            return not is_ceo_title(lowered)
    return False
