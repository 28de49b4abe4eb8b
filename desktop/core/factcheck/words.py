"""Words: the brand's avoided words, hype reporters strike, and letters from the wrong script.

Avoided words are matched as words: Kiwi's morphemes, so "최고의" and
"최고다" use the avoided "최고" but "최고경영자" does not (최고 there opens a
compound noun). Hype is read in ``hype.py``. Hanzi, kana or Cyrillic in a Korean
text (Hangul in an English one) are leaks from the model unless the sources
contain the same letters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop.core import korean
from desktop.core.factcheck.hype import check_hype
from desktop.core.factcheck.report import finding
from desktop.core.factcheck.text import HANGUL_RE, Analysed
from desktop.core.factcheck.vocab import vocabulary
from desktop.core.findings import Finding

if TYPE_CHECKING:
    from desktop.core.factcheck.context import CheckContext

_COMPOUND_TAGS = ("NNG", "NNP", "XSN", "XR", "SN", "SL", "NR")
#: Suffixes that leave a word the same word (plural, '-ic', honorific): the avoided word is still used.
_SAME_WORD_SUFFIXES = frozenset({"들", "적", "님", "성"})


def check_words(doc: Analysed, ctx: CheckContext) -> list[Finding]:
    avoided = _avoided(doc, ctx)
    hype = [
        f
        for f in check_hype(doc, ctx.sources.doc.text, ctx.sources.blob)
        if not any(a.start < f.end and f.start < a.end for a in avoided)
    ]
    return avoided + hype + _scripts(doc, ctx)


@lru_cache(maxsize=128)
def _morphemes(word: str) -> tuple[str, ...]:
    return tuple(
        token.form
        for token in korean.tokenize(word)
        if not token.tag.startswith(("S", "J")) or token.tag in ("SN", "SL")
    )


def _avoided(doc: Analysed, ctx: CheckContext) -> list[Finding]:
    findings: list[Finding] = []
    for word in ctx.profile.brand.avoid:
        word = word.strip()
        if not word:
            continue
        spans = _korean_matches(doc, word) if HANGUL_RE.search(word) else _english_matches(doc.text, word)
        for span in spans:
            findings.append(
                finding(
                    doc,
                    "avoided_word",
                    "warning",
                    span,
                    f"쓰지 않기로 한 표현입니다: {word}",
                    f"The brand avoids this word: {word}",
                )  # fmt: skip
            )
    return findings


def avoid_lists(doc: Analysed, ctx: CheckContext) -> list[tuple[int, int]]:
    """Lines that list the avoided words themselves ('쓰지 않을 표현: 최고, 업계 1위') name them, they do not use them."""
    avoided = {word.strip() for word in ctx.profile.brand.avoid if word.strip()}
    spans: list[tuple[int, int]] = []
    for unit in doc.units:
        listed = doc.text[unit.start : unit.end].rsplit(":", 1)[-1]
        items = {item.strip(" .") for item in listed.split(",") if item.strip(" .")}
        if items and items <= avoided:
            spans.append((unit.start, unit.end))
    return spans


def _korean_matches(doc: Analysed, word: str) -> list[tuple[int, int]]:
    wanted = _morphemes(word)
    if not wanted:
        return []
    tokens = doc.tokens
    spans: list[tuple[int, int]] = []
    for index in range(len(tokens) - len(wanted) + 1):
        window = tokens[index : index + len(wanted)]
        if tuple(t.form for t in window) != wanted:
            continue
        following = tokens[index + len(wanted)] if index + len(wanted) < len(tokens) else None
        glued = following and following.start == window[-1].end and following.tag.startswith(_COMPOUND_TAGS)
        if glued and not (following and following.tag == "XSN" and following.form in _SAME_WORD_SUFFIXES):
            continue  # 최고 + 경영자: the start of a longer word; but 노인+들, 친환경+적 are still the word
        spans.append((window[0].start, window[-1].end))
    return spans


def _english_matches(text: str, word: str) -> list[tuple[int, int]]:
    """A word with or without a plural ending; a hyphen is a boundary ('best-in-class' uses 'best')."""
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?:s|es)?(?!\w)", re.IGNORECASE)
    return [match.span() for match in pattern.finditer(text)]


def _scripts(doc: Analysed, ctx: CheckContext) -> list[Finding]:
    scripts = vocabulary().scripts
    ranges = scripts["foreign_in_english"] if ctx.language == "en" else scripts["foreign_in_korean"]
    pattern = re.compile(f"[{''.join(ranges)}]+(?:[ \\t]*[{''.join(ranges)}]+)*")
    findings: list[Finding] = []
    for match in pattern.finditer(doc.text):
        if match.group(0) in ctx.sources.user_text:
            continue
        findings.append(
            finding(
                doc,
                "script",
                "error",
                match.span(),
                "다른 언어의 글자가 섞여 있습니다.",
                "Letters from another script slipped into the text.",
            )  # fmt: skip
        )
    return findings
