"""Names borrowed from the few-shot examples: another company's name in this company's release.

A small model copies what it saw in the examples (푸른들식품, 박서연, Morning
Hill Roasters). Such a name is reported wherever it appears unless the
sources use it too. A surname ("Kim") or a capitalised word opening a
sentence counts only beside another borrowed word, so a real "Kim Da-eun"
is never mistaken for the example's "Dana Kim".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.core.factcheck.report import finding
from desktop.core.factcheck.romanise import is_surname_spelling
from desktop.core.factcheck.text import Analysed
from desktop.core.findings import Finding

if TYPE_CHECKING:
    from desktop.core.factcheck.context import CheckContext

_GLUE = re.compile(r"^[\s-]*(?:&\s*)?$")


def check_example_names(doc: Analysed, ctx: CheckContext, person_spans: list[tuple[int, int]]) -> list[Finding]:
    names = sorted(
        (n for n in ctx.example_names if n and n.lower() not in ctx.sources.blob.lower()), key=len, reverse=True
    )
    spans: list[tuple[int, int]] = []
    for name in names:
        for match in _occurrences(doc.text, name):
            if not any(s < match[1] and match[0] < e for s, e in spans):
                spans.append(match)
    latin = sorted(span for span in spans if re.match(r"[A-Za-z]", doc.text[span[0]]))
    korean = [span for span in spans if span not in latin]
    findings = [_report(doc, span) for span in korean]
    findings += [_report(doc, span) for span in _latin_groups(doc.text, latin)]
    return findings


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    # Hangul names take particles (박서연이, 푸른들식품은), so only their start is anchored.
    if re.match(r"[가-힣]", name):
        pattern = re.compile(rf"(?<![가-힣]){re.escape(name)}")
    else:
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return [match.span() for match in pattern.finditer(text)]


def _latin_groups(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent borrowed Latin words form one name; a lone word counts only if it is distinctive."""
    groups: list[list[tuple[int, int]]] = []
    for span in spans:
        if groups and _GLUE.match(text[groups[-1][-1][1] : span[0]]):
            groups[-1].append(span)
        else:
            groups.append([span])
    kept: list[tuple[int, int]] = []
    for group in groups:
        word = text[group[0][0] : group[0][1]]
        lone_name = not is_surname_spelling(word) and len(word) >= 4 and not _starts_sentence(text, group[0][0])
        if len(group) > 1 or lone_name:
            kept.append((group[0][0], group[-1][1]))
    return kept


def _starts_sentence(text: str, start: int) -> bool:
    """A capital at the start of a sentence says nothing about whether a word is a name."""
    before = text[:start].rstrip(" \"“‘'(")
    return not before or before[-1] in ".!?\n:"


def _report(doc: Analysed, span: tuple[int, int]) -> Finding:
    return finding(
        doc,
        "example_name",
        "error",
        span,
        "예시 문서에 나오는 이름입니다. 이 회사의 자료에는 없습니다.",
        "This name comes from an example document, not from this company's facts.",
    )
