"""The details area: what a small base model wrote for a part, apart from the document.

The built-in 270M model offers headline and catchphrase ideas; only what
passes the checks goes into the document, and its raw attempts (often off
topic: "족발 10kg, 닭고기 5kg…") must never appear as if they were the
document. They stay visible here, folded away by default, for anyone who
wants to see what the model tried.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QToolButton, QVBoxLayout, QWidget


class AttemptsPanel(QWidget):
    """A folded panel listing the model's attempts by part, filled while a run goes on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setAccessibleName(self.tr("모델이 써 본 글"))
        self.toggle.toggled.connect(self._fold)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("모델이 써 본 글 내용"))
        self.text.setMaximumHeight(140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.text)
        self._section = ""
        self.clear()

    def clear(self) -> None:
        self._section = ""
        self.text.clear()
        self.toggle.setChecked(False)
        self._fold(False)
        self.hide()

    def add(self, section: str, text: str) -> None:
        """Appends ``text`` the model wrote for ``section``, under a line naming the part."""
        self.show()
        if section != self._section:
            self._section = section
            self.text.appendPlainText(f"\n[{section}]" if self.text.toPlainText() else f"[{section}]")
        cursor = self.text.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertText(text)

    def _fold(self, opened: bool) -> None:
        label = (
            self.tr("모델이 써 본 글 숨기기")
            if opened
            else self.tr("모델이 써 본 글 보기 (문서에는 검사를 통과한 글만 들어갑니다)")
        )
        self.toggle.setText(("▾ " if opened else "▸ ") + label)
        self.text.setVisible(opened)
