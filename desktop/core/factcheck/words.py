"""Words: the brand's avoided words, hype reporters strike, and letters from the wrong script.

Avoided words are matched as words: Kiwi's morphemes, so "최고의" and
"최고다" use the avoided "최고" but "최고경영자" does not (최고 there opens a
compound noun). Hype is a claim ("업계 최초", "the world's first") or a tone
("획기적", "revolutionary"): claims are errors and tone is a warning, both
unless the sources say it themselves. Hanzi, kana or Cyrillic in a Korean
text (Hangul in an English one) are leaks from the model unless the sources
contain the same letters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop.core import korean
from desktop.core.factcheck.report import finding
from desktop.core.factcheck.text import HANGUL_RE, Analysed, squash
from desktop.core.factcheck.vocab import vocabulary
from desktop.core.findings import Finding

if TYPE_CHECKING:
    from desktop.core.factcheck.context import CheckContext

_COMPOUND_TAGS = ("NNG", "NNP", "XSN", "XR", "SN", "SL", "NR")
#: Suffixes that leave a word the same word (plural, '-ic', honorific): the avoided word is still used.
_SAME_WORD_SUFFIXES = frozenset({"들", "적", "님", "성"})
_EN_HYPE_CLAIMS = re.compile(
    r"\b(?:(?:the\s+)?(?:world|korea|nation|country|industry|asia|market)(?:'s|’s)\s+(?:first|only|largest|biggest|best|leading|no\.\s?1)"
    r"|first[- ]ever|industry[- ]first|the\s+(?:first|only)\s+(?:company|brand|firm|business|maker|manufacturer|platform|provider|startup|bakery|one)\b"
    r"|number\s+one|no\.\s?1\b|#1\b|market[- ]leading|industry[- ]leading|largest|biggest|unmatched|unrivall?ed|unparalleled|unprecedented)",
    re.IGNORECASE,
)


def check_words(doc: Analysed, ctx: CheckContext) -> list[Finding]:
    avoided = _avoided(doc, ctx)
    hype = [f for f in _hype(doc, ctx) if not any(a.start < f.end and f.start < a.end for a in avoided)]
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


@lru_cache(maxsize=1)
def _hype_patterns() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """Hype phrases as patterns: Korean ones may be written with or without spaces ('업계최초')."""
    hype = vocabulary().hype
    patterns: list[tuple[re.Pattern[str], bool]] = []
    for key, is_claim in (("claims_ko", True), ("adjectives_ko", False)):
        body = "|".join(r"\s*".join(re.escape(part) for part in phrase.split()) for phrase in hype[key])
        patterns.append((re.compile(rf"(?<![가-힣A-Za-z])(?:{body})"), is_claim))
    patterns.append((_EN_HYPE_CLAIMS, True))
    body = "|".join(re.escape(phrase) for phrase in sorted(hype["adjectives_en"], key=len, reverse=True))
    patterns.append((re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), False))
    return tuple(patterns)


def _hype(doc: Analysed, ctx: CheckContext) -> list[Finding]:
    spans: list[tuple[int, int, bool]] = []
    for pattern, is_claim in _hype_patterns():
        spans += [(m.start(), m.end(), is_claim) for m in pattern.finditer(doc.text)]
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for start, end, is_claim in sorted(spans, key=lambda span: (span[0], -span[1])):
        if any(s < end and start < e for s, e in taken) or squash(doc.text[start:end]) in ctx.sources.blob:
            continue
        taken.append((start, end))
        findings.append(_hype_finding(doc, (start, end), is_claim))
    return findings


def _hype_finding(doc: Analysed, span: tuple[int, int], is_claim: bool) -> Finding:
    if is_claim:
        return finding(doc, "hype", "error", span,
                       "자료가 뒷받침하지 않는 최상급 주장입니다. 기자는 근거 없는 '최초·유일·최고'를 지웁니다.",
                       "A superlative the facts do not support; reporters strike unproven 'first', 'only', 'best'.")  # fmt: skip
    return finding(doc, "hype", "warning", span,
                   "과장된 표현입니다. 기자는 이런 수식어를 지웁니다.", "Hype: reporters strike words like this.")  # fmt: skip


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
