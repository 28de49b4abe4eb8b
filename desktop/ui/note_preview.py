"""Beside the key points, the sentence PR Studio will make of each, refreshed after typing pauses.

The sentence builder runs on a worker (``GeneratorWorker``), never on the UI
thread; a result computed for older text is dropped, so what is shown always
belongs to what is in the box.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop.ui.worker import GeneratorWorker

#: Milliseconds after the last key press before the sentences are made again.
PREVIEW_DELAY_MS = 600


class NotePreviewPanel(QWidget):
    """Shows '→ sentence' under each note of ``box``; ``inputs`` gives (profile, answers, language) when asked."""

    def __init__(
        self,
        box: QPlainTextEdit,
        inputs: Callable[[], tuple[Any, dict[str, Any], str] | None],
        start: Callable[[GeneratorWorker], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.box = box
        self.inputs = inputs
        self.start = start
        self.label = QLabel()
        self.label.setObjectName("notePreview")
        self.label.setWordWrap(True)
        self.label.setTextFormat(self.label.textFormat().RichText)
        self.label.setAccessibleName(self.tr("핵심 내용으로 만들 문장 미리 보기"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        box.textChanged.connect(self.timer.start)
        self.generation = 0
        self.worker: GeneratorWorker | None = None
        self.hide()

    def refresh(self) -> None:
        given = self.inputs()
        if given is None or not self.box.toPlainText().strip():
            self.label.clear()
            self.hide()
            return
        self.generation += 1
        number = self.generation
        profile, answers, language = given
        worker = GeneratorWorker(lambda cancel: _previews(profile, answers, language))
        worker.signals.event.connect(lambda previews: self._show(number, previews))
        self.worker = worker
        self.start(worker)

    def _show(self, number: int, previews: object) -> None:
        if number != self.generation or not isinstance(previews, list) or not isValid(self.label):
            return  # made for text that has changed since, or for a wizard already closed
        lines = []
        for preview in previews:
            if preview.kept_as_written and not preview.sentences:
                text = self.tr("문장으로 바꾸지 못해 적은 그대로 목록에 넣습니다: {0}").format(
                    html.escape(preview.note)
                )
                lines.append(f"<span style='color:#b26a00'>• {text}</span>")
            else:
                lines.append(f"→ {html.escape(preview.sentences)}")
        self.label.setText("<br>".join(lines))
        self.setVisible(bool(lines))


def _previews(profile: Any, answers: dict[str, Any], language: str) -> Iterator[object]:
    """Runs on the worker thread: the sentence builder, and nothing that touches a widget."""
    from desktop.core.writing.preview import note_previews  # loads Kiwi on the worker, not at start-up

    yield note_previews(profile, answers, language)
