"""The small document model between the model's Markdown and the Word file.

Title, subtitle, headings, paragraphs, lists, tables and quotes are all a PR
document needs; keeping the model this small keeps the Word export simple
and lets the window show and edit the same structure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Which lines of the Markdown a block came from (0-based, end exclusive), so a
#: finding's offset can be found again in the Word file; not part of equality.
Lines = tuple[int, int] | None


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    lines: Lines = field(default=None, compare=False)


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    lines: Lines = field(default=None, compare=False)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class ListBlock:
    items: tuple[Paragraph, ...]
    ordered: bool = False


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    header: bool = True
    row_lines: tuple[Lines, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Quote:
    paragraphs: tuple[Paragraph, ...]


Block = Heading | Paragraph | ListBlock | Table | Quote


@dataclass
class Document:
    title: str = ""
    subtitle: str = ""
    blocks: list[Block] = field(default_factory=list)
    #: Lines above the title, such as "FOR IMMEDIATE RELEASE" or an embargo notice.
    preamble: list[Block] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)
    title_lines: Lines = None
    subtitle_lines: Lines = None

    def plain_text(self) -> str:
        """All words of the document, for checks and tests."""
        parts = [self.title, self.subtitle]
        for block in [*self.preamble, *self.blocks]:
            parts.extend(block_text(block))
        return "\n".join(part for part in parts if part)

    def headings(self) -> list[str]:
        return [block.text for block in self.blocks if isinstance(block, Heading)]


def block_text(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return [block.text]
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, ListBlock):
        return [item.text for item in block.items]
    if isinstance(block, Table):
        return [" ".join(row) for row in block.rows]
    return [paragraph.text for paragraph in block.paragraphs]
