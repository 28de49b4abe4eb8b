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
from desktop.core.factcheck.text import HANGUL_RE, Analysed, Token
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
    """By morphemes, and by letters from one morpheme boundary to another.

    Kiwi may cut the same word differently in a sentence ('무조건' alone is one
    adverb, '농가는 무조건 비료를' reads 무 + 조건), so the letters count too,
    as long as the word starts and ends where morphemes do.
    """
    wanted = _morphemes(word)
    if not wanted:
        return []
    tokens = doc.tokens
    spans: list[tuple[int, int]] = []
    for index in range(len(tokens) - len(wanted) + 1):
        window = tokens[index : index + len(wanted)]
        if tuple(t.form for t in window) == wanted and not _glued(tokens, index + len(wanted)):
            spans.append((window[0].start, window[-1].end))
    for index, token in enumerate(tokens):
        end = token.start + len(word)
        if not doc.text.startswith(word, token.start) or (token.start, end) in spans:
            continue
        last = next((j for j in range(index, len(tokens)) if tokens[j].end >= end), None)
        if last is not None and tokens[last].end == end and not _glued(tokens, last + 1):
            spans.append((token.start, end))
    return sorted(spans)


def _glued(tokens: list[Token], index: int) -> bool:
    """최고 + 경영자: the start of a longer word; but 노인+들, 친환경+적 are still the word."""
    if index >= len(tokens) or index == 0:
        return False
    following = tokens[index]
    if following.start != tokens[index - 1].end or not following.tag.startswith(_COMPOUND_TAGS):
        return False
    return not (following.tag == "XSN" and following.form in _SAME_WORD_SUFFIXES)


def _english_matches(text: str, word: str) -> list[tuple[int, int]]:
    """A word with or without a plural ending; a hyphen is a boundary ('best-in-class' uses 'best')."""
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?:s|es)?(?!\w)", re.IGNORECASE)
    return [match.span() for match in pattern.finditer(text)]


def _scripts(doc: Analysed, ctx: CheckContext) -> list[Finding]:
    scripts = vocabulary().scripts
    ranges = scripts["foreign_in_english"] if ctx.language == "en" else scripts["foreign_in_korean"]
    pattern = re.compile(f"[{''.join(ranges)}]+(?:[ \\t]*[{''.join(ranges)}]+)*")
    findings: list[Finding] = []
    names = _hangul_names(ctx) if ctx.language == "en" else set()
    for match in pattern.finditer(doc.text):
        if ctx.language == "en" and _in_english_prose(doc.text, *match.span(), ctx.sources.user_text):
            # A Korean profile holds nearly every Hangul word, '김' too: a Hangul word used as a word of
            # an English sentence ('its 김 snack') is a leak unless it names someone or something.
            if match.group(0) in names or all(_a_name(word, names) for word in match.group(0).split()):
                continue
        elif match.group(0) in ctx.sources.user_text:
            continue  # a value from the facts set down as it is ('Owner: 김다은 대표', '| 매장 안내문 |')
        if ctx.language != "en" and match.group(0) in scripts["headline_hanja"]:
            findings.append(  # '참여 中企', '美 현지': a newspaper's abbreviation, the writer's choice
                finding(
                    doc,
                    "script",
                    "warning",
                    match.span(),
                    "신문식 한자 약어입니다. 보도자료에서는 한글로 쓰는 편이 읽기 쉽습니다.",
                    "A newspaper Hanja abbreviation; Hangul reads more easily in a release.",
                )  # fmt: skip
            )
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


def _in_english_prose(text: str, start: int, end: int, user_text: str) -> bool:
    """Letters used as a word of an English sentence: an English word stands beside them with nothing
    but a space between, and the two together are not a value of the facts ('SNS 허위 정보 확산')."""
    before = re.search(r"[A-Za-z][\w.&-]*[ \t]*\Z", text[max(0, start - 40) : start])
    after = re.match(r"[ \t]*[A-Za-z][\w.&-]*", text[end : end + 40])
    if not before and not after:
        return False
    phrase = (before.group(0) if before else "") + text[start:end] + (after.group(0) if after else "")
    return phrase.strip() not in user_text


def _a_name(word: str, names: set[str]) -> bool:
    """'청람수산', or '청람수산은' with its particle."""
    return word in names or any(
        word.startswith(name) and len(word) - len(name) <= 2 for name in names if len(name) >= 2
    )


def _hangul_names(ctx: CheckContext) -> set[str]:
    """What an English text may write in Hangul: names from the sources (the company, products, people
    with their titles, places and other proper nouns) and whole values of the facts."""
    profile = ctx.profile
    names = {profile.company.name, *(product.name for product in profile.products)}
    names |= {person.name for person in ctx.sources.people}
    names |= {title for person in ctx.sources.people for title in person.titles}
    names |= {t.form for t in ctx.sources.doc.tokens if t.tag == "NNP" and len(t.form) >= 2}
    names |= {word for name in names for word in name.split()}
    # Whole values of the facts, which PR Studio's own English templates set in a sentence
    # ('Publish the holding statement on 홈페이지 공지, 인스타그램').
    return names | {part.strip() for text in ctx.sources.texts for part in (text, *text.split(":")) if part.strip()}
