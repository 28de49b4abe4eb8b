"""Place names: a gazetteer of Korean provinces, cities, districts and well-known neighbourhoods, and the world.

``assets/factcheck/places.tsv`` lists each place once with its Korean and
English names and its parents (마포구 → 서울 → 대한민국 → 아시아), so "서울"
in a draft is supported by "서울특별시 마포구" in the facts, "Mapo-gu" by
"마포구", and "부산" is not. Korean names count only where Kiwi reads them as
proper nouns ("수영 대회" is swimming, not 수영구); English names are matched
with their capitals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop import paths
from desktop.core.factcheck.text import Analysed, Word

#: Korean suffixes of place names, at home and abroad (네바다주, 광둥성, 아이치현).
_SUFFIXES = ("특별자치시", "특별자치도", "특별시", "광역시", "시", "군", "구", "동", "도", "읍", "면", "주", "성", "현")


@dataclass(frozen=True)
class Gazetteer:
    parents: dict[str, tuple[str, ...]]
    korean: dict[str, tuple[str, ...]]  # name → place ids
    english: dict[str, tuple[str, ...]]
    official: dict[str, str]  # id → official Korean name
    english_name: dict[str, str]
    longest_english: int


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    name: str
    ids: tuple[str, ...]


@cache
def gazetteer() -> Gazetteer:
    parents: dict[str, tuple[str, ...]] = {}
    korean: dict[str, list[str]] = {}
    english: dict[str, list[str]] = {}
    official: dict[str, str] = {}
    english_name: dict[str, str] = {}
    lines = (paths.factcheck_data_dir() / "places.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        place, parent, ko, en = line.split("\t")
        parents[place] = tuple(p for p in parent.split(",") if p)
        official[place] = ko.split("|")[0]
        english_name[place] = en.split("|")[0]
        for name in ko.split("|"):
            korean.setdefault(name, []).append(place)
        for name in en.split("|"):
            english.setdefault(name, []).append(place)
    return Gazetteer(
        parents,
        {name: tuple(ids) for name, ids in korean.items()},
        {name: tuple(ids) for name, ids in english.items()},
        official,
        english_name,
        max(len(name.split()) for name in english),
    )


def ancestors(place: str) -> set[str]:
    found: set[str] = set()
    pending = [place]
    while pending:
        current = pending.pop()
        for parent in gazetteer().parents.get(current, ()):
            if parent not in found:
                found.add(parent)
                pending.append(parent)
    return found


def closure(ids: set[str]) -> set[str]:
    """Places and everything that contains them."""
    result = set(ids)
    for place in ids:
        result |= ancestors(place)
    return result


def find_places(doc: Analysed) -> list[PlaceMention]:
    found = sorted(_korean_places(doc) + _english_places(doc), key=lambda mention: mention.start)
    return [_resolve(mention, found, doc.text) for mention in found]


#: How far (in characters, on the same line) a place can be from the one it narrows down.
_NEAR = 12


def _resolve(mention: PlaceMention, found: list[PlaceMention], text: str) -> PlaceMention:
    """'광주광역시 북구' is Gwangju's 북구, not Busan's or Ulsan's: a place beside it settles a shared name.

    Many districts share a name (중구, 북구, 광주 the city and the county); the
    place written next to one ('부산 북구', '북구, 울산') keeps the readings that
    are inside it or contain it. With nothing nearby, every reading stays.
    """
    if len(mention.ids) < 2:
        return mention
    neighbours = []
    for other in found:
        gap = text[min(other.end, mention.end) : max(other.start, mention.start)]
        if other is not mention and len(gap) <= _NEAR and "\n" not in gap:
            # The nearest first; on a tie the one before ('부산 북구', the Korean order).
            neighbours.append((len(gap), other.start > mention.start, set(other.ids)))
    for _, _, nearby in sorted(neighbours, key=lambda n: (n[0], n[1])):
        kept = tuple(
            place for place in mention.ids if ancestors(place) & nearby or any(place in ancestors(o) for o in nearby)
        )
        if kept:
            return PlaceMention(mention.start, mention.end, mention.name, kept)
    return mention


def _korean_places(doc: Analysed) -> list[PlaceMention]:
    names = gazetteer().korean
    found: list[PlaceMention] = []
    for word in doc.words:
        taken: list[tuple[int, int]] = []
        for part, offset in _parts(word.text):
            start = word.start + offset
            name = _without_particle(part, word, start)
            # An official name with its suffix ('마포구', '창원시', '워싱턴주') is a place whatever Kiwi
            # thinks of it, and it is read whole: '워싱턴주' is the state, not '워싱턴' the city.
            ids = _suffixed_ids(name, names)
            if ids:
                found.append(PlaceMention(start, start + len(name), name, ids))
                taken.append((start, start + len(name)))
        for token in word.tokens:
            # Kiwi's proper nouns: '서울', '성수동', each of '마포·서대문·용산'.
            if token.tag == "NNP" and token.form in names and not any(s <= token.start < e for s, e in taken):
                found.append(PlaceMention(token.start, token.end, token.form, names[token.form]))
    return found


def _suffixed_ids(name: str, names: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The places a suffixed name stands for: '마포구' as listed, '유타주' or '하이난성' as the place abroad
    with the Korean word for its state, province or prefecture."""
    if len(name) < 3 or not name.endswith(_SUFFIXES):
        return ()
    if name in names:
        return names[name]
    base = name[:-1]
    if not name.endswith(("주", "성", "현")) or base not in names:
        return ()
    # Korean places are listed whole ('경주', '화성'); only foreign names take a generic suffix.
    return tuple(place for place in names[base] if "kr" not in ancestors(place) and place != "kr")


def _parts(text: str) -> list[tuple[str, int]]:
    """'마포·서대문·용산에' → its three names with their offsets."""
    return [(match.group(0), match.start()) for match in re.finditer(r"[가-힣]+", text)]


def _without_particle(part: str, word: Word, start: int) -> str:
    """'창원시에서' → '창원시': the part up to its first particle or ending morpheme."""
    for token in word.tokens:
        if start < token.start < start + len(part) and token.tag.startswith(("J", "E", "VCP", "XS")):
            return part[: token.start - start]
    return part


_EN_WORD = re.compile(r"[A-Z][A-Za-z.'’-]*|[a-z]+|&|,")


def _english_places(doc: Analysed) -> list[PlaceMention]:
    names = gazetteer().english
    found: list[PlaceMention] = []
    words = list(_EN_WORD.finditer(doc.text))
    index = 0
    while index < len(words):
        match = _longest_english(doc.text, words, index, names)
        if match:
            length, name = match
            start, end = words[index].start(), words[index + length - 1].end()
            found.append(PlaceMention(start, end, name, names[name]))
            index += length
        else:
            index += 1
    return found


def _longest_english(
    text: str, words: list[re.Match[str]], index: int, names: dict[str, tuple[str, ...]]
) -> tuple[int, str] | None:
    if not words[index].group(0)[0].isupper():
        return None
    for length in range(min(gazetteer().longest_english + 1, len(words) - index), 0, -1):
        start, end = words[index].start(), words[index + length - 1].end()
        phrase = text[start:end].rstrip(".,")
        for candidate in _spellings(phrase):
            if candidate in names:
                return length, candidate
    return None


def _spellings(phrase: str) -> list[str]:
    """'SEOUL' in a dateline is 'Seoul'; 'MAPO-GU' is 'Mapo-gu'."""
    if not phrase.isupper() or len(phrase) <= 3:
        return [phrase]
    titled = phrase.title()
    return [titled, re.sub(r"-([A-Z])", lambda m: "-" + m.group(1).lower(), titled)]


def place_ids(text: str) -> set[str]:
    """Places named in a short text such as the answers' location or the profile's headquarters."""
    if not text.strip():
        return set()
    found = {place for mention in find_places(Analysed(text, markdown=False)) for place in mention.ids}
    if found:
        return found
    # A field that holds a place is read as one: Kiwi takes a lone '청주' for the rice wine (NNG).
    names = gazetteer().korean
    english = gazetteer().english
    for word in re.findall(r"[가-힣]+|[A-Za-z][A-Za-z.'’ -]*[A-Za-z]", text):
        found |= set(names.get(word, ()) or english.get(word.strip(), ()))
    return found


def describe(ids: set[str], language: str) -> str:
    names = gazetteer().english_name if language == "en" else gazetteer().official
    return ", ".join(sorted({names[place] for place in ids if place in names})[:4])
