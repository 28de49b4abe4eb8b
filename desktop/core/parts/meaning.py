"""Does a model's text say what a note says? Measured by meaning, not by spelling.

A capable model rephrases: "신규 인력 35명 채용" becomes "35명을 새로 채용했다", "연간
12만 개 생산 능력" becomes "한 해 12만 개를 만들 수 있다", "orders placed by 11 a.m.
are returned" becomes "customers who place an order by 11 a.m. get it back". Counting
the note's words verbatim throws such writing away. Here a word counts as said when
the text has the same concept: Kiwi's lemma for Korean, the Snowball stem for English,
both mapped through the checker's concept table (``assets/factcheck/words.toml``:
채용 = 뽑다 = hire, 생산 = 만들다, 가동 = 운영 …), and a figure counts when the text
has the same value, however it is written (12만 = 120,000).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from desktop.core import korean
from desktop.core.factcheck.name_forms import short_forms
from desktop.core.factcheck.numerals import find_quantities, same_value
from desktop.core.factcheck.vocab import english_singular, is_generic, vocabulary
from desktop.core.parts.clean import sentences

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KO_TAGS = ("NNG", "NNP", "VV", "VA", "XR", "SL", "MAG")
_EN_STOP = frozenset(
    "the a an and or of to in on at by for with from as is are was were be been will would can could "
    "it its this that these those our we you your their they he she his her has have had do does did "
    "not no so very just also more most all every which who whom what when where than then into per".split()
)
_STEMMER = snowballstemmer.stemmer("english")


@dataclass(frozen=True)
class Meaning:
    """A text's concepts and its figures."""

    concepts: frozenset[str]
    figures: tuple[float, ...]


@lru_cache(maxsize=512)
def meaning(text: str) -> Meaning:
    concepts = frozenset(_concept(word) for word in _words(text))
    return Meaning(concepts, tuple(q.value for q in find_quantities(text) if q.value >= 0))


def content(text: str) -> list[str]:
    """A text's content words, each once, in order."""
    return list(dict.fromkeys(_words(text)))


def _words(text: str) -> list[str]:
    """Content words: Kiwi's lemmas of a Korean text, lower-case English words of an English one."""
    found: list[str] = []
    for token in korean.tokenize(text) if _HANGUL.search(text) else []:
        if token.tag.startswith(_KO_TAGS) and not is_generic(token.form):
            if token.tag == "SL":
                found.extend(w for w in re.findall(r"[a-z]+", token.form.lower()) if w not in _EN_STOP)
            elif len(token.form) >= 2 or token.tag.startswith(("VV", "VA")) or token.form in vocabulary().concept_of:
                found.append(token.form)
    if not _HANGUL.search(text):
        found = [w for w in re.findall(r"[a-z][a-z'-]*", text.lower()) if w not in _EN_STOP and len(w) >= 2]
    return found


def _concept(word: str) -> str:
    """The concept a word stands for: the table's, else the English stem, else the word."""
    table = vocabulary().concept_of
    lowered = word.lower()
    if lowered in table:
        return table[lowered]
    if re.fullmatch(r"[a-z'-]+", lowered):
        stem = _STEMMER.stemWord(lowered.strip("'-"))
        return table.get(english_singular(lowered), table.get(stem, stem))
    return lowered


def said(word: str, text: Meaning, raw: str) -> bool:
    """One content word of a note is in the text: the same concept, or the word itself inside a longer one."""
    if _concept(word) in text.concepts or (len(word) >= 2 and word.lower() in raw.lower()):
        return True
    return any(form in raw for form in short_forms(word))  # '석문산단' for '석문국가산업단지'


def share_said(note: str, text: str) -> float:
    """The share of ``note``'s content words and figures that ``text`` says (1.0 when the note has none)."""
    mine, theirs = meaning(note), meaning(text)
    words = content(note)
    hits = sum(1 for word in words if said(word, theirs, text))
    figures = list(dict.fromkeys(mine.figures))
    hits += sum(1 for value in figures if any(same_value(value, other) for other in theirs.figures))
    total = len(words) + len(figures)
    return hits / total if total else 1.0


def says(note: str, text: str, share: float) -> bool:
    """``text`` carries ``note``: at least ``share`` of its words and figures, by meaning."""
    if not _words(note) and not meaning(note).figures:
        return False
    return share_said(note, text) >= share


def unsupported(text: str, sources: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    """Content words of ``text`` whose concept the sources never use (headline words in ``allowed`` excepted)."""
    theirs = meaning(sources)
    return [
        word
        for word in content(text)
        if word not in allowed and _concept(word) not in allowed and not said(word, theirs, sources)
    ]


#: Share of a sentence's words and figures the document already said that makes the sentence a repetition.
ALREADY_SAID = 0.8
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_LEAD_IN = re.compile(r"(?:다음과 같다|as follows)[.:]?\s*$|:\s*$")


def unsaid(text: str, before: str, language: str) -> str:
    """``text`` without the sentences ``before`` already says ('' when all were said), its lines and list
    items kept as lines; a lead-in ('주요 내용은 다음과 같다.') goes with its list when the list goes.

    A part built from the facts that stands in for a model's refused part must not tell again what the
    model's earlier parts told in their own words."""

    def new(sentence: str) -> bool:
        too_little = len(content(sentence)) + len(meaning(sentence).figures) < 3  # nothing to judge it by
        return too_little or share_said(sentence, before) < ALREADY_SAID

    paragraphs = []
    for paragraph in text.split("\n\n"):
        lines = []
        for line in paragraph.strip().splitlines():
            if _LIST_ITEM.match(line):
                lines += [line] if new(_LIST_ITEM.sub("", line)) else []
            elif kept := [sentence for sentence in sentences(line, language) if new(sentence)]:
                lines.append(" ".join(kept))
        if lines and _LEAD_IN.search(lines[-1]):
            lines.pop()  # its list was all said already
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)
