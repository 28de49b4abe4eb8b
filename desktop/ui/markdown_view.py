"""Markdown and the rendered review editor: render, write back, and map offsets between the two.

A draft's truth is its Markdown: history, export and the fact checker's finding
offsets all refer to it. The review editor shows it as a document; this module
turns the rendered ``QTextDocument`` back into Markdown after a person edits it
and maps a Markdown offset to a position in the rendered document.

Qt's own ``toMarkdown`` is not used for writing back: it hard-wraps lines at 80
columns, turns e-mail addresses into links and pads tables, so an unchanged
paragraph would come back changed. The writer below knows the few kinds of
block a draft has (headings, paragraphs, lists, tables, quotes) and leaves
placeholders such as ``[대표 인용문 확인 필요]`` exactly as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QFont, QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextListFormat, QTextTable

FEATURES = QTextDocument.MarkdownFeature.MarkdownDialectGitHub
_ORDERED = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}
#: Characters that only ever appear in Markdown as markup between two pieces of rendered text.
_MARKUP = set(" \t\n#>-*+_|:.)`\\0123456789")
_LINE_START = re.compile(r"^(#{1,6}\s|>|[-+*]\s|\d+[.)]\s)")


def render(document: QTextDocument, markdown: str) -> None:
    document.setMarkdown(markdown, FEATURES)


def markdown_of(document: QTextDocument) -> str:
    """The document as Markdown: one block per paragraph, list items on consecutive lines."""
    pieces: list[tuple[str, object]] = []
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            pieces.append((_table(table), None))
            block = table.lastCursorPosition().block().next()
            continue
        text = _block(block)
        if text is not None:
            pieces.append((text, block.textList()))
        block = block.next()
    out = ""
    for index, (text, group) in enumerate(pieces):
        if index:
            same_list = group is not None and group is pieces[index - 1][1]
            out += "\n" if same_list else "\n\n"
        out += text
    return out + "\n" if out else ""


def _block(block: QTextBlock) -> str | None:
    form = block.blockFormat()
    level = form.headingLevel()
    if level:
        text = _inline(block, plain_weight=True)
        return "#" * level + (" " + text if text else "")
    text = _inline(block)
    if not text.strip():
        return None
    text_list = block.textList()
    if text_list is not None:
        list_format = text_list.format()
        indent = "   " * max(0, list_format.indent() - 1)
        if list_format.style() in _ORDERED:
            return f"{indent}{text_list.itemNumber(block) + max(1, list_format.start())}. {text}"
        return f"{indent}- {text}"
    quote = form.intProperty(QTextFormat.Property.BlockQuoteLevel)
    if quote:
        return "> " * quote + text
    return _escape_line_start(text)


def _table(table: QTextTable) -> str:
    rows = []
    for row in range(table.rows()):
        cells = []
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            block, texts = cell.firstCursorPosition().block(), []
            while block.isValid() and block.position() <= cell.lastCursorPosition().position():
                texts.append(_inline(block, plain_weight=row == 0).replace("|", "\\|"))
                block = block.next()
            cells.append(" ".join(t for t in texts if t))
        rows.append("| " + " | ".join(cells) + " |")
    rows.insert(1, "| " + " | ".join("---" for _ in range(table.columns())) + " |")
    return "\n".join(rows)


def _inline(block: QTextBlock, plain_weight: bool = False) -> str:
    """Text with **bold**, *italic* and ~~struck~~ runs; headings and table headers are bold by design."""
    runs: list[tuple[str, tuple[bool, bool, bool]]] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            form = fragment.charFormat()
            bold = not plain_weight and form.fontWeight() >= QFont.Weight.DemiBold.value
            style = (bold, form.fontItalic(), form.fontStrikeOut())
            text = fragment.text().replace("\u2028", " ").replace("*", "\\*")
            if runs and runs[-1][1] == style:
                runs[-1] = (runs[-1][0] + text, style)
            else:
                runs.append((text, style))
        iterator += 1
    return "".join(_wrap(text, style) for text, style in runs)


def _wrap(text: str, style: tuple[bool, bool, bool]) -> str:
    marks = ("**" if style[0] else "") + ("*" if style[1] else "") + ("~~" if style[2] else "")
    core = text.strip()
    if not marks or not core:
        return text
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return f"{lead}{marks}{core}{marks[::-1]}{trail}"


def _escape_line_start(text: str) -> str:
    """A paragraph that merely starts with "# " or "1. " stays a paragraph."""
    return "\\" + text if _LINE_START.match(text) else text


@dataclass
class OffsetMap:
    """Where each Markdown character is in the rendered document (markup maps to the next text)."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def build(cls, markdown: str, document: QTextDocument) -> OffsetMap:
        mapped = [-1] * len(markdown)
        pointer = 0
        block = document.begin()
        while block.isValid():
            pointer = _align_block(markdown, pointer, block.text(), block.position(), mapped)
            block = block.next()
        end_of_document = max(0, document.characterCount() - 1)
        starts = [end_of_document] * (len(markdown) + 1)
        for index in range(len(markdown) - 1, -1, -1):
            starts[index] = mapped[index] if mapped[index] >= 0 else starts[index + 1]
        ends = [0] * (len(markdown) + 1)
        for index in range(1, len(markdown) + 1):
            ends[index] = mapped[index - 1] + 1 if mapped[index - 1] >= 0 else ends[index - 1]
        return cls(starts, ends)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The rendered range that shows ``markdown[start:end]``."""
        last = len(self.starts) - 1
        start, end = max(0, min(start, last)), max(0, min(end, last))
        first = self.starts[start]
        return first, max(first, self.ends[end])


def _align_block(markdown: str, pointer: int, text: str, position: int, mapped: list[int]) -> int:
    if not text:
        return pointer
    found = markdown.find(text, pointer)
    if found >= 0 and all(char in _MARKUP for char in markdown[pointer:found]):
        for offset in range(len(text)):
            mapped[found + offset] = position + offset
        return found + len(text)
    # Inline markup (bold, escapes) inside the block: match character by character.
    for offset, char in enumerate(text):
        hit = markdown.find(char, pointer, pointer + 80)
        if hit < 0:
            continue
        mapped[hit] = position + offset
        pointer = hit + 1
    return pointer
