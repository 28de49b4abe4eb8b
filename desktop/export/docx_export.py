"""The document model → a Word file ready to send.

Styling comes from ``templates/<name>.docx`` (fonts with 맑은 고딕 in the
East Asian slot, A4 margins); this module adds the content, a header with
the company name, page numbers, a table of contents for long documents, and
real Word tables. Saving is atomic: the file is written next to the target
and then moved over it, so a failed save never leaves half a document, and
a target that is open in Word produces a message saying so.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph

from desktop import paths
from desktop.core.document import Document, Heading, Lines, ListBlock, Paragraph, Quote, Table
from desktop.core.errors import OutputError
from desktop.core.findings import Finding
from desktop.core.safe_files import refuse_read_only, write_atomically
from desktop.core.xml_text import xml_safe
from desktop.export.comments import Anchor, add_comments
from desktop.export.fields import add_field, update_fields_on_open


@dataclass(frozen=True)
class ExportOptions:
    template: str
    company: str
    language: str = "ko"
    table_of_contents: bool = False


def export_docx(
    document: Document,
    target: Path,
    options: ExportOptions,
    findings: Sequence[Finding] = (),
    markdown: str = "",
) -> Path:
    """Write the Word file; each of ``findings`` (offsets into ``markdown``) becomes a comment on its words."""
    target = check_target(target)
    word = docx.Document(str(paths.templates_dir() / f"{options.template}.docx"))
    _header_and_footer(word, options)
    anchors: list[Anchor] = []
    for block in document.preamble:
        _add_block(word, block, anchors)
    _title(word, document, anchors)
    # The table of contents goes after the introduction, before the first chapter.
    first_heading = next((i for i, b in enumerate(document.blocks) if isinstance(b, Heading)), len(document.blocks))
    for index, block in enumerate(document.blocks):
        if options.table_of_contents and index == first_heading:
            _table_of_contents(word, options.language)
        _add_block(word, block, anchors)
    if options.table_of_contents and first_heading == len(document.blocks):
        _table_of_contents(word, options.language)
    if findings and markdown:
        add_comments(word, anchors, findings, markdown, options.language)
    buffer = io.BytesIO()
    word.save(buffer)
    _write_atomically(buffer.getvalue(), target)
    return target


def check_target(target: Path) -> Path:
    target = target.expanduser()
    if target.suffix.lower() != ".docx":
        target = target.with_suffix(target.suffix + ".docx") if target.suffix else target.with_suffix(".docx")
    if not target.parent.is_dir():
        raise OutputError(
            "저장할 폴더가 없습니다. 다른 폴더를 고르세요. 초안은 기록에 저장되어 있습니다.",
            "the folder does not exist. Choose another folder; the draft is kept in history.",
            path=target.parent,
        )
    refuse_read_only(target)
    return target


def _header_and_footer(word: WordDocument, options: ExportOptions) -> None:
    section = word.sections[0]
    header = section.header.paragraphs[0]
    header.text = xml_safe(options.company)
    header.style = word.styles["Header"]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.style = word.styles["Footer"]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(footer, "PAGE", "1")
    footer.add_run(" / ")
    add_field(footer, "NUMPAGES", "1")


def _title(word: WordDocument, document: Document, anchors: list[Anchor]) -> None:
    if document.title:
        _anchor(anchors, document.title_lines, word.add_paragraph(xml_safe(document.title), style="Title"))
    if document.subtitle:
        _anchor(anchors, document.subtitle_lines, word.add_paragraph(xml_safe(document.subtitle), style="Subtitle"))


def _anchor(anchors: list[Anchor], lines: Lines, paragraph: WordParagraph) -> None:
    if lines is not None:
        anchors.append(Anchor(lines, paragraph))


def _table_of_contents(word: WordDocument, language: str) -> None:
    word.add_paragraph("목차" if language == "ko" else "Contents", style="Heading 1")
    hint = "목차를 보려면 F9를 누르세요." if language == "ko" else "Press F9 to update the table of contents."
    add_field(word.add_paragraph(), 'TOC \\o "1-3" \\h \\z \\u', hint)
    update_fields_on_open(word)


def _add_block(word: WordDocument, block: object, anchors: list[Anchor]) -> None:
    if isinstance(block, Heading):
        _anchor(anchors, block.lines, word.add_heading(xml_safe(block.text), level=min(block.level, 3)))
    elif isinstance(block, Paragraph):
        _anchor(anchors, block.lines, _add_runs(word.add_paragraph(), block))
    elif isinstance(block, ListBlock):
        style = "List Number" if block.ordered else "List Bullet"
        for item in block.items:
            _anchor(anchors, item.lines, _add_runs(word.add_paragraph(style=style), item))
    elif isinstance(block, Table):
        _add_table(word, block, anchors)
    elif isinstance(block, Quote):
        for paragraph in block.paragraphs:
            _anchor(anchors, paragraph.lines, _add_runs(word.add_paragraph(style="Quote"), paragraph))


def _add_runs(target: WordParagraph, paragraph: Paragraph) -> WordParagraph:
    for run in paragraph.runs:
        added = target.add_run(xml_safe(run.text))
        added.bold = run.bold or None
        added.italic = run.italic or None
    return target


def _add_table(word: WordDocument, table: Table, anchors: list[Anchor]) -> None:
    width = max((len(row) for row in table.rows), default=0)
    if not width:
        return
    grid = word.add_table(rows=len(table.rows), cols=width)
    grid.style = word.styles["Table Grid"]
    for row_index, row in enumerate(table.rows):
        lines = table.row_lines[row_index] if row_index < len(table.row_lines) else None
        for column, text in enumerate(row):
            cell = grid.cell(row_index, column)
            cell.text = xml_safe(text)
            _anchor(anchors, lines, cell.paragraphs[0])
            if row_index == 0 and table.header:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
                _shade(cell)
    word.add_paragraph()


def _shade(cell: _Cell) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = properties.makeelement(qn("w:shd"), {qn("w:val"): "clear", qn("w:fill"): "E5E7EB"})
    properties.append(shading)


def _write_atomically(data: bytes, target: Path) -> None:
    try:
        write_atomically(target, data)  # the user's normal permissions, never half a file
    except OSError as exc:
        raise _not_writable(target, exc) from None


def _not_writable(target: Path, exc: OSError) -> OutputError:
    return OutputError(
        f"파일을 저장할 수 없습니다({exc.strerror}). Word에서 열려 있다면 닫거나 다른 이름으로 저장하세요. "
        "초안은 기록에 저장되어 있습니다.",
        f"cannot save the file ({exc.strerror}). If it is open in Word, close it or save under another "
        "name. The draft is kept in history.",
        path=target,
    )


def export_options_for(kind: str, word_template: str, company: str, language: str) -> ExportOptions:
    """The options every caller uses: long documents get a table of contents."""
    return ExportOptions(word_template, company, language, table_of_contents=kind == "long_document")
