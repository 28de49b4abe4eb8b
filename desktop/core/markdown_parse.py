"""Markdown (what models write) → the document model, through markdown-it-py.

Rules a press document never needs (links, images, HTML, entities,
backslash escapes, code) are switched off, so every word the model or the
user wrote survives as text instead of vanishing into markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from desktop.core.document import Block, Document, Heading, ListBlock, Paragraph, Quote, Run, Table
from desktop.core.xml_text import xml_safe

_DISABLED = [
    "link",
    "image",
    "reference",
    "entity",
    "html_block",
    "html_inline",
    "autolink",
    "escape",
    "code",
    "fence",
    "backticks",
    "lheading",
    "hr",
]
_parser = MarkdownIt("commonmark").enable("table").disable(_DISABLED)


def parse_markdown(markdown: str, *, subtitle_from_h2: bool = False) -> Document:
    tokens = _parser.parse(xml_safe(markdown))
    document = Document()
    blocks = _blocks(tokens)
    first_title = next((i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 1), None)
    if first_title:
        # A release line ("FOR IMMEDIATE RELEASE", an embargo) stands above the headline.
        document.preamble, blocks = blocks[:first_title], blocks[first_title:]
    if blocks and isinstance(blocks[0], Heading) and blocks[0].level == 1:
        document.title_lines = blocks[0].lines
    if title := _take_heading(blocks, 1):
        document.title = title
        if subtitle_from_h2:
            if blocks and isinstance(blocks[0], Heading) and blocks[0].level == 2:
                document.subtitle_lines = blocks[0].lines
            document.subtitle = _take_heading(blocks, 2)
    document.blocks = blocks
    return document


def _take_heading(blocks: list[Block], level: int) -> str:
    """Remove and return the first block's text if it is a heading of ``level``."""
    if blocks and isinstance(blocks[0], Heading) and blocks[0].level == level:
        return blocks.pop(0).text  # type: ignore[union-attr]
    return ""


def _blocks(tokens: Sequence[Token]) -> list[Block]:
    blocks: list[Block] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        end = _closing(tokens, index)
        inner = tokens[index + 1 : end]
        lines = _lines(token)
        if token.type == "heading_open":
            text = _inline_text(inner)
            # A bare "###" is the English end mark, not an empty heading.
            blocks.append(Heading(int(token.tag[1]), text, lines) if text else Paragraph((Run(token.markup),), lines))
        elif token.type == "paragraph_open":
            blocks.append(Paragraph(_runs(inner), lines))
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            blocks.append(ListBlock(tuple(_list_items(inner)), ordered=token.type == "ordered_list_open"))
        elif token.type == "table_open":
            blocks.append(_table(inner))
        elif token.type == "blockquote_open":
            paragraphs = [b for b in _blocks(inner) if isinstance(b, Paragraph)]
            blocks.append(Quote(tuple(paragraphs)))
        index = end + 1
    return blocks


def _lines(token: Token) -> tuple[int, int] | None:
    return (token.map[0], token.map[1]) if token.map else None


def _closing(tokens: Sequence[Token], start: int) -> int:
    """Index of the token closing the block opened at ``start`` (itself if it is not an opener)."""
    if tokens[start].nesting != 1:
        return start
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


def _list_items(tokens: Sequence[Token]) -> list[Paragraph]:
    items: list[Paragraph] = []
    for index, token in enumerate(tokens):
        if token.type == "list_item_open" and token.level == tokens[0].level:
            end = _closing(tokens, index)
            runs: list[Run] = []
            for inner in tokens[index + 1 : end]:
                if inner.type == "inline":
                    if runs:
                        runs.append(Run(" "))
                    runs.extend(_runs([inner]))
            items.append(Paragraph(_checkbox(tuple(runs)), _lines(token)))
    return items


def _checkbox(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    """Checklist items ("- [ ] 119 신고") print as a box to tick on paper."""
    if runs and runs[0].text.startswith(("[ ] ", "[x] ", "[X] ")):
        box = "☐ " if runs[0].text[1] == " " else "☑ "
        return (Run(box + runs[0].text[4:], runs[0].bold, runs[0].italic), *runs[1:])
    return runs


def _table(tokens: Sequence[Token]) -> Table:
    rows: list[tuple[str, ...]] = []
    row_lines: list[tuple[int, int] | None] = []
    cells: list[str] = []
    for token in tokens:
        if token.type == "tr_open":
            cells = []
            row_lines.append(_lines(token))
        elif token.type == "inline":
            cells.append(_inline_text([token]))
        elif token.type == "tr_close":
            rows.append(tuple(cells))
    return Table(tuple(rows), row_lines=tuple(row_lines))


def _inline_text(tokens: Sequence[Token]) -> str:
    return "".join(run.text for run in _runs(tokens)).strip()


def _runs(tokens: Sequence[Token]) -> tuple[Run, ...]:
    runs: list[Run] = []
    for token in tokens:
        bold = italic = False
        for child in token.children or []:
            if child.type in ("strong_open", "strong_close"):
                bold = child.type == "strong_open"
            elif child.type in ("em_open", "em_close"):
                italic = child.type == "em_open"
            elif child.type in ("softbreak", "hardbreak"):
                runs.append(Run(" " if child.type == "softbreak" else "\n", bold, italic))
            elif child.content:
                runs.append(Run(child.content, bold, italic))
    return tuple(runs)


_ITEM_RE = re.compile(r"^\s*(?:[-*•·]|\d+[.)]|[①-⑳])\s*")


def parse_candidates(markdown: str) -> list[str]:
    """Catchphrase candidates: one per list item or line, numbering and quotes removed."""
    candidates: list[str] = []
    for line in markdown.splitlines():
        text = _ITEM_RE.sub("", line).strip().strip("\"'“”‘’").strip()
        if text and not text.startswith(("#", "<")):  # headings and leftovers of the closing tag
            candidates.append(text)
    return candidates
