"""A draft (or a source) as the checks read it: Markdown marks gone, sentences, morphemes and words, with offsets.

Claims are found in the words a reader sees, so ``#``, ``**``, list markers,
table pipes and placeholders (``[대표 인용문 확인 필요]`` is never a claim)
are taken out first. Every character of the resulting plain text remembers
where it came from, so a finding's span always indexes the text the user
gave. Each line (or table cell) is one unit: a title never runs into the
paragraph under it. Korean units go through Kiwi (sentences and morphemes in
one batched call); English needs no heavy NLP, a small tokeniser does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from desktop.core import korean
from desktop.core.placeholders import PLACEHOLDER_RE

HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:\s+|$)")
_QUOTE_MARK = re.compile(r"^\s{0,3}>\s?")
_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_RULE = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_EN_TOKEN = re.compile(r"[A-Za-z](?:[A-Za-z'’&.-]*[A-Za-z])?|\d(?:[\d,.]*\d)?|\S")
_EN_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+(?=[A-Z\"“‘'(0-9])")
_ABBREVIATIONS = {
    "mr.", "ms.", "mrs.", "dr.", "inc.", "co.", "ltd.", "corp.", "st.", "no.", "u.s.", "e.g.", "i.e.", "vs.",
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "jr.", "sr.",
}  # fmt: skip


@dataclass(frozen=True)
class Token:
    form: str
    tag: str
    start: int
    end: int


@dataclass(frozen=True)
class Word:
    """A space-separated word (Korean 어절) with its morphemes; ``stem`` drops particles and endings."""

    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    stem_start: int
    stem_end: int

    @property
    def stem(self) -> str:
        return self.text[self.stem_start - self.start : self.stem_end - self.start]


@dataclass
class Sentence:
    start: int
    end: int
    unit: int
    tokens: list[Token]
    words: list[Word] = field(default_factory=list)


@dataclass(frozen=True)
class Unit:
    """One line of the document, or one table cell."""

    start: int
    end: int
    kind: str  # heading | paragraph | item | cell | quote
    level: int = 0


class Analysed:
    """Plain text with offsets back to the original, units, sentences, morphemes and words."""

    def __init__(self, original: str, *, markdown: bool = True) -> None:
        self.original = original
        chars, origin, units = _plain(original, markdown)
        self.text = "".join(chars)
        self.origin = origin + [len(original)]
        self.units = units
        self.sentences = _analyse(self.text, units)
        #: Results the checks share (people found once serve quotes and people).
        self.memo: dict[str, object] = {}

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original text covering plain ``[start, end)``."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1

    @cached_property
    def words(self) -> list[Word]:
        return [word for sentence in self.sentences for word in sentence.words]

    @cached_property
    def tokens(self) -> list[Token]:
        return [token for sentence in self.sentences for token in sentence.tokens]

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def unit_at(self, offset: int) -> Unit | None:
        for unit in self.units:
            if unit.start <= offset <= unit.end:
                return unit
        return None


def _plain(original: str, markdown: bool) -> tuple[list[str], list[int], list[Unit]]:
    chars: list[str] = []
    origin: list[int] = []
    units: list[Unit] = []
    position = 0
    for line in original.split("\n"):
        for start, end, kind, level in _line_units(line, markdown):
            if chars:
                chars.append("\n")
                origin.append(max(position + start - 1, 0))
            unit_start = len(chars)
            _emit(original, position + start, position + end, chars, origin, markdown)
            units.append(Unit(unit_start, len(chars), kind, level))
        position += len(line) + 1
    return chars, origin, units


def _line_units(line: str, markdown: bool) -> list[tuple[int, int, str, int]]:
    """(start, end, kind, level) of the readable parts of one line."""
    end = len(line.rstrip())
    if not line.strip():
        return []
    if not markdown:
        return [(0, end, "paragraph", 0)]
    if _TABLE_RULE.match(line) and "|" in line or _RULE.match(line):
        return []
    if line.lstrip().startswith("|"):
        cells: list[tuple[int, int, str, int]] = []
        bounds = [i for i, char in enumerate(line) if char == "|"]
        for left, right in zip(bounds, bounds[1:] + [end], strict=False):
            if line[left + 1 : right].strip():
                cells.append((left + 1, right, "cell", 0))
        return cells
    if heading := _HEADING.match(line):
        rest = line[heading.end() : end].strip("# ")
        return [(heading.end(), end, "heading", len(heading.group(1)))] if rest else []
    if quote := _QUOTE_MARK.match(line):
        return [(quote.end(), end, "quote", 0)]
    if item := _ITEM.match(line):
        return [(item.end(), end, "item", 0)]
    return [(0, end, "paragraph", 0)]


def _emit(original: str, start: int, end: int, chars: list[str], origin: list[int], markdown: bool) -> None:
    """Copy ``original[start:end]`` without emphasis marks; each placeholder becomes one space."""
    segment = original[start:end]
    drop: set[int] = set()
    if markdown:
        for mark in _EMPHASIS.finditer(segment):
            drop.update(range(mark.start(), mark.end()))
    placeholders = {m.start(): m.end() for m in PLACEHOLDER_RE.finditer(segment)}
    index = 0
    while index < len(segment):
        if index in placeholders:
            chars.append(" ")
            origin.append(start + index)
            index = placeholders[index]
            continue
        if index not in drop:
            chars.append(segment[index])
            origin.append(start + index)
        index += 1


def _analyse(text: str, units: list[Unit]) -> list[Sentence]:
    korean_units = [unit for unit in units if HANGUL_RE.search(text, unit.start, unit.end)]
    analysed = korean.tokenize_many([text[unit.start : unit.end] for unit in korean_units])
    by_unit = {id(unit): result for unit, result in zip(korean_units, analysed, strict=True)}
    sentences: list[Sentence] = []
    for index, unit in enumerate(units):
        if id(unit) in by_unit:
            tokens = [
                Token(t.form, t.tag, unit.start + t.start, unit.start + t.start + t.len) for t in by_unit[id(unit)]
            ]
            sentences.extend(_korean_sentences(text, unit, index, tokens))
        else:
            sentences.extend(_english_sentences(text, unit, index))
    for sentence in sentences:
        sentence.words = _words(text, sentence)
    return sentences


def _korean_sentences(text: str, unit: Unit, index: int, tokens: list[Token]) -> list[Sentence]:
    """Kiwi's morphemes cut into sentences after a sentence-final mark that a space follows ('…했다. 그러나')."""
    sentences: list[Sentence] = []
    start = unit.start
    current: list[Token] = []
    for position, token in enumerate(tokens):
        current.append(token)
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if token.tag == "SF" and following is not None and following.start > token.end and following.tag != "SF":
            sentences.append(Sentence(start, token.end, index, current))
            start, current = following.start, []
    if current or start < unit.end:
        sentences.append(Sentence(start, len(text[: unit.end].rstrip()), index, current))
    return sentences


def _english_sentences(text: str, unit: Unit, index: int) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = unit.start
    for end_mark in _EN_SENTENCE_END.finditer(text, unit.start, unit.end):
        before = text[start : end_mark.start() + 1].split()
        if before and before[-1].lower() in _ABBREVIATIONS:
            continue
        sentences.append(_english_sentence(text, start, end_mark.end(), index))
        start = end_mark.end()
    if start < unit.end:
        sentences.append(_english_sentence(text, start, unit.end, index))
    return sentences


def _english_sentence(text: str, start: int, end: int, unit: int) -> Sentence:
    tokens = [Token(m.group(0), _en_tag(m.group(0)), m.start(), m.end()) for m in _EN_TOKEN.finditer(text, start, end)]
    return Sentence(start, len(text[:end].rstrip()), unit, tokens)


def _en_tag(form: str) -> str:
    if form[0].isalpha():
        return "SL"
    if form[0].isdigit():
        return "SN"
    if form in ".!?":
        return "SF"
    if form in ",;:":
        return "SP"
    return "SW"


def _words(text: str, sentence: Sentence) -> list[Word]:
    words: list[Word] = []
    tokens = sentence.tokens
    position = 0
    # "세진정밀(대표" is two words: the company and the title in brackets.
    for match in re.finditer(r"\(?[^\s(]+|\(", text[sentence.start : sentence.end]):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        inside: list[Token] = []
        while position < len(tokens) and tokens[position].start < end:
            if tokens[position].start >= start:
                inside.append(tokens[position])
            position += 1
        stem_start, stem_end = _stem_bounds(start, end, inside)
        words.append(Word(start, end, match.group(0), tuple(inside), stem_start, stem_end))
    return words


_FUNCTION_TAGS = ("J", "E", "VCP", "XSV", "XSA")
_PUNCTUATION = ("SF", "SP", "SS", "SE", "SO", "SW")


def _stem_bounds(start: int, end: int, tokens: list[Token]) -> tuple[int, int]:
    """The word's content: after opening brackets, before its particles, endings and closing punctuation."""
    content = [i for i, token in enumerate(tokens) if not token.tag.startswith(_FUNCTION_TAGS + _PUNCTUATION)]
    if not content:
        return start, start
    first = tokens[content[0]].start
    for token in tokens[content[0] + 1 :]:
        if token.tag.startswith(_FUNCTION_TAGS + _PUNCTUATION):
            return first, token.start
    return first, end


def squash(text: str) -> str:
    """Lower case, letters and digits only: '초록 한끼' and '초록한끼' compare equal."""
    return "".join(char for char in text.lower() if char.isalnum())
