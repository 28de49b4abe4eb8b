"""홈: one card per workflow, with its one-line description (coloured by the theme, see theme.py).

The heading and the cards paint with the window's first frame: the cards need
only each workflow's name, label and description (``workflow_cards``, no
pydantic); the full definitions load when a wizard opens.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class HomePage(QWidget):
    workflow_chosen = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None, load: bool = True) -> None:
        super().__init__(parent)
        self.lang = lang
        heading = QLabel(self.tr("무엇을 만들까요?"))
        heading.setObjectName("pageHeading")
        sub = QLabel(self.tr("회사 정보에 적힌 사실만으로 씁니다. 없는 내용은 [확인 필요]로 표시됩니다."))
        sub.setObjectName("pageSubtitle")
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addSpacing(12)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        if load:
            self.show_workflows()

    def show_workflows(self) -> None:
        from desktop.core.workflow_cards import workflow_cards

        if self.grid.count():
            return
        for index, workflow in enumerate(workflow_cards()):
            card = self._card(workflow.name, workflow.label(self.lang), workflow.description(self.lang))
            self.grid.addWidget(card, index // 2, index % 2)

    def _card(self, name: str, label: str, description: str) -> QFrame:
        card = QFrame()
        card.setObjectName("workflowCard")
        title = QLabel(label)
        title.setObjectName("cardTitle")
        text = QLabel(description)
        text.setObjectName("cardText")
        text.setWordWrap(True)
        start = QPushButton(self.tr("시작하기"))
        start.setObjectName(f"start_{name}")
        start.setAccessibleName(self.tr("{0} 시작하기").format(label))
        start.clicked.connect(lambda: self.workflow_chosen.emit(name))
        column = QVBoxLayout(card)
        column.setContentsMargins(18, 16, 18, 16)
        column.addWidget(title)
        column.addWidget(text, 1)
        column.addWidget(start)
        card.setMinimumHeight(150)
        return card
