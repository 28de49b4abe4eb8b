"""Inline banners: a message from the core with the actions a person can take.

Errors never arrive as tracebacks or modal walls of text: a banner sits above
the work, says what happened in plain words and offers a button or two
(e.g. "Ollama가 실행 중이 아닙니다" → 내장 모델로 계속). Colours come from
the theme (``Banner[kind="error"]``), so a banner reads well in dark mode too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("알림"))
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(12, 8, 8, 8)
        self.layout_.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_message(
        self, text: str, kind: str = "error", actions: list[tuple[str, Callable[[], None]]] | None = None
    ) -> None:
        self.setProperty("kind", kind)  # the theme's style sheet colours each kind, light or dark
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for title, action in [*(actions or []), (self.tr("닫기"), self.hide)]:
            button = QPushButton(title)
            button.clicked.connect(lambda _checked=False, act=action: act())  # clicked(bool) must not reach act
            self.layout_.addWidget(button)
            self.buttons.append(button)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()
