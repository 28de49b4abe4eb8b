"""The review editor: the draft as a document while it is written, its Markdown for those who want it.

Office staff read a press release, not Markdown marks, so the editor shows the
draft rendered (headings, bold, lists, tables) as it streams in and lets them
edit it there; a "Markdown" switch shows the source. Either way the Markdown
stays the draft's truth (``markdown()``): edits in the rendered view are
written back without losing text, and an unedited draft comes back byte for
byte as the model wrote it.

API for the fact checker's findings (records with ``start``/``end`` offsets into
the draft's Markdown, see ``desktop.core.findings``):

- ``highlight(spans)`` marks each ``(start, end)`` span (or any object with
  ``start`` and ``end``) in both views; ``highlight([])`` clears the marks.
  A record whose ``severity`` is "error" is marked in the error colour, so a
  probably untrue claim stands out from a convention.
- ``select_markdown_span(start, end)`` selects that span in the view on screen
  and scrolls to it (what clicking a finding in a list does).
- ``rendered_span(start, end)`` is the same span as positions in the rendered
  document, for anything else that needs it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QMimeData, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.markdown_view import OffsetMap, markdown_of, render
from desktop.ui.theme import current_theme

RENDER_DELAY_MS = 120


class DraftEditor(QWidget):
    #: The person changed the text (not the program); ``markdown()`` has the change.
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._markdown = ""
        self._rendered_stale = False  # the rendered view has not caught up with _markdown
        self._source_stale = False
        self._markdown_stale = False  # the person edited the rendered view; _markdown must be rewritten
        self._edited = False
        self._updating = False
        self._map: OffsetMap | None = None
        self._spans: list[tuple[int, int, bool]] = []  # start, end, is an error
        self._build()

    def _build(self) -> None:
        self.rendered = QTextEdit()
        self.rendered.setObjectName("draftDocument")
        self.rendered.setAccessibleName(self.tr("초안 (문서 보기)"))
        self.rendered.setPlaceholderText(self.tr("생성을 시작하면 여기에 글이 나타납니다."))
        self.rendered.document().setDocumentMargin(18)
        self.rendered.textChanged.connect(self._rendered_edited)
        self.source = QPlainTextEdit()
        self.source.setObjectName("draftMarkdown")
        self.source.setAccessibleName(self.tr("초안 (Markdown 원문)"))
        self.source.textChanged.connect(self._source_edited)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.rendered)
        self.stack.addWidget(self.source)
        self.document_button = QPushButton(self.tr("문서"))
        self.source_button = QPushButton(self.tr("Markdown"))
        self.copy_button = QPushButton(self.tr("서식 있는 텍스트로 복사"))
        self.copy_button.setToolTip(self.tr("메일이나 Word에 붙여 넣을 수 있게 제목·굵게·표를 그대로 복사합니다."))
        self.copy_button.clicked.connect(self.copy_rich_text)
        group = QButtonGroup(self)
        for index, button in enumerate((self.document_button, self.source_button)):
            button.setCheckable(True)
            button.setAccessibleName(button.text() + " " + self.tr("보기"))
            group.addButton(button, index)
        self.document_button.setChecked(True)
        group.idClicked.connect(self.show_source_view)
        self.copy_button.setAccessibleName(self.copy_button.text())
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self._catch_up)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.document_button)
        tools.addWidget(self.source_button)
        tools.addStretch(1)
        tools.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)

    # -- the text ------------------------------------------------------------
    def markdown(self) -> str:
        if self._markdown_stale:
            self._markdown = markdown_of(self.rendered.document())
            self._markdown_stale = False
        return self._markdown

    def set_markdown(self, markdown: str) -> None:
        """Shows ``markdown`` as the program's text: not an edit."""
        self._render_timer.stop()
        self._markdown, self._markdown_stale, self._edited = markdown, False, False
        self._rendered_stale = self._source_stale = True
        self._catch_up()

    def append_markdown(self, text: str) -> None:
        """Streaming: the source view grows at once, the document view a few times a second."""
        self._markdown = self.markdown() + text
        if self.is_source_view() and not self._source_stale:
            self._set_quietly(lambda: self._append_source(text))
        else:
            self._source_stale = True
        self._rendered_stale = True
        if not self._render_timer.isActive():
            self._render_timer.start()

    def clear(self) -> None:
        self.set_markdown("")

    def is_edited(self) -> bool:
        return self._edited

    def mark_saved(self) -> None:
        self._edited = False

    def set_read_only(self, read_only: bool) -> None:
        self.rendered.setReadOnly(read_only)
        self.source.setReadOnly(read_only)

    def is_source_view(self) -> bool:
        return self.stack.currentWidget() is self.source

    def show_source_view(self, source: bool | int = True) -> None:
        self.stack.setCurrentWidget(self.source if source else self.rendered)
        (self.source_button if source else self.document_button).setChecked(True)
        self._catch_up()

    # -- findings --------------------------------------------------------------
    def highlight(self, spans: Iterable[Any]) -> None:
        """Marks Markdown spans: ``(start, end)`` pairs or records with ``start`` and ``end``."""
        self._spans = [(*_pair(span), getattr(span, "severity", "") == "error") for span in spans]
        self._apply_highlights()

    def rendered_span(self, start: int, end: int) -> tuple[int, int]:
        self._catch_up_rendered()
        if self._map is None:
            self._map = OffsetMap.build(self.markdown(), self.rendered.document())
        return self._map.span(start, end)

    def select_markdown_span(self, start: int, end: int) -> None:
        if self.is_source_view():
            self._catch_up()
            cursor = self.source.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self.source.setTextCursor(cursor)
            self.source.ensureCursorVisible()
            return
        first, last = self.rendered_span(start, end)
        cursor = self.rendered.textCursor()
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        self.rendered.setTextCursor(cursor)
        self.rendered.ensureCursorVisible()

    def copy_rich_text(self) -> None:
        """The whole draft on the clipboard as formatted text (HTML) and as plain text, for mail or Word.

        The clipboard owns ``data`` from here on; ``app_setup.release_clipboard`` frees it before exit.
        """
        document = QTextDocument()
        render(document, self.markdown())
        data = QMimeData()
        data.setHtml(document.toHtml())
        data.setText(document.toPlainText())
        data.setData("text/markdown", self.markdown().encode("utf-8"))
        QGuiApplication.clipboard().setMimeData(data)

    # -- keeping the two views in step ---------------------------------------
    def _catch_up(self) -> None:
        self._catch_up_rendered()
        if self._source_stale and self.is_source_view():
            self._set_quietly(lambda: self.source.setPlainText(self.markdown()))
            self._source_stale = False
            self._apply_highlights()

    def _catch_up_rendered(self) -> None:
        if not self._rendered_stale:
            return
        following = self._follows_end()
        markdown = self.markdown()
        self._set_quietly(lambda: render(self.rendered.document(), markdown))
        self._rendered_stale = False
        self._map = None
        self._apply_highlights()
        if following:
            self.rendered.moveCursor(QTextCursor.MoveOperation.End)
            self.rendered.ensureCursorVisible()

    def _follows_end(self) -> bool:
        """While text streams in, the view follows it unless the person scrolled up to read."""
        bar = self.rendered.verticalScrollBar()
        return self.rendered.isReadOnly() and bar.value() >= bar.maximum() - 4

    def _append_source(self, text: str) -> None:
        cursor = self.source.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self.source.setTextCursor(cursor)
        self.source.ensureCursorVisible()

    def _set_quietly(self, change: Any) -> None:
        self._updating = True
        try:
            change()
        finally:
            self._updating = False

    def _rendered_edited(self) -> None:
        if self._updating:
            return
        self._markdown_stale, self._source_stale, self._map = True, True, None
        self._edited = True
        self.edited.emit()

    def _source_edited(self) -> None:
        if self._updating:
            return
        self._markdown, self._markdown_stale = self.source.toPlainText(), False
        self._rendered_stale, self._map = True, None
        self._edited = True
        self.edited.emit()

    def _apply_highlights(self) -> None:
        theme = current_theme()
        forms = {False: _mark(theme.mark_background, theme.mark_text), True: _mark(*theme.error_mark)}
        rendered, source = [], []
        for start, end, error in self._spans:
            form = forms[error]
            if not self._rendered_stale:
                rendered.append(_selection(self.rendered.document(), *self.rendered_span(start, end), form))
            if not self._source_stale:
                source.append(_selection(self.source.document(), start, end, form))
        self.rendered.setExtraSelections(rendered)
        self.source.setExtraSelections(source)


def _pair(span: Any) -> tuple[int, int]:
    if isinstance(span, tuple):
        return int(span[0]), int(span[1])
    return int(span.start), int(span.end)


def _mark(background: str, text: str) -> QTextCharFormat:
    form = QTextCharFormat()
    form.setBackground(QColor(background))
    form.setForeground(QColor(text))
    return form


def _selection(document: QTextDocument, start: int, end: int, form: QTextCharFormat) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(document)
    last = max(0, document.characterCount() - 1)
    cursor.setPosition(min(start, last))
    cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor  # type: ignore[attr-defined]
    selection.format = form  # type: ignore[attr-defined]
    return selection
