"""Open findings as Word comments on the words they are about.

A reviewer opening the .docx in Word sees each doubtful claim highlighted
with its reason in the margin, exactly where a reporter would read it.
Findings index the Markdown; every Word paragraph the exporter writes
remembers which Markdown lines it came from, so a finding is found again by
its line, then by its words inside that paragraph (the occurrence nearest
its column), and the runs are split so the comment covers those words only.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass

from docx.document import Document as WordDocument
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run

from desktop.core.findings import Finding
from desktop.core.xml_text import xml_safe

AUTHOR = "PR Studio"
INITIALS = "PR"


@dataclass(frozen=True)
class Anchor:
    """A Word paragraph and the Markdown lines (0-based, end exclusive) it was written from."""

    lines: tuple[int, int]
    paragraph: WordParagraph


def add_comments(
    word: WordDocument, anchors: Sequence[Anchor], findings: Sequence[Finding], markdown: str, language: str
) -> int:
    """Attach each finding as a comment; returns how many found their words in the document."""
    placed = 0
    for item in sorted(findings, key=lambda f: f.start, reverse=True):
        target = _locate(anchors, item, markdown)
        if target is None:
            continue
        paragraph, start, end = target
        runs = _isolate(paragraph, start, end)
        if runs:
            word.add_comment(runs, text=xml_safe(comment_text(item, language)), author=AUTHOR, initials=INITIALS)
            placed += 1
    return placed


def comment_text(item: Finding, language: str) -> str:
    if language == "en":
        label = "Probably untrue" if item.severity == "error" else "Check"
    else:
        label = "사실 확인 필요" if item.severity == "error" else "확인 권장"
    return f"[{label}] {item.message(language)}"


def _locate(anchors: Sequence[Anchor], item: Finding, markdown: str) -> tuple[WordParagraph, int, int] | None:
    line = markdown.count("\n", 0, item.start)
    column = item.start - (markdown.rfind("\n", 0, item.start) + 1)
    words = _plain(item.text)
    best: tuple[int, WordParagraph, int] | None = None
    for anchor in anchors:
        if not anchor.lines[0] <= line < anchor.lines[1] or not words:
            continue
        text = anchor.paragraph.text
        for match in re.finditer(re.escape(words), text):
            distance = abs(match.start() - column)
            if best is None or distance < best[0]:
                best = (distance, anchor.paragraph, match.start())
    if best is None:
        return None
    return best[1], best[2], best[2] + len(words)


def _plain(text: str) -> str:
    """The claim as Word shows it: without Markdown emphasis marks."""
    return re.sub(r"\*\*|__|(?<!\w)\*|\*(?!\w)", "", text).strip()


def _isolate(paragraph: WordParagraph, start: int, end: int) -> list[Run]:
    """The runs covering exactly ``[start, end)`` of the paragraph's text, splitting runs at both ends."""
    _split_at(paragraph, end)
    _split_at(paragraph, start)
    covered: list[Run] = []
    position = 0
    for run in paragraph.runs:
        length = len(run.text)
        if start <= position and position + length <= end and length:
            covered.append(run)
        position += length
    return covered


def _split_at(paragraph: WordParagraph, offset: int) -> None:
    position = 0
    for run in paragraph.runs:
        text = run.text
        if position < offset < position + len(text):
            cut = offset - position
            twin = copy.deepcopy(run._r)
            run._r.addnext(twin)
            run.text = text[:cut]
            Run(twin, run._parent).text = text[cut:]
            return
        position += len(text)
