"""Is the document on screen whole? "완료", or "미완성" with the parts it lacks and 자료로 채우기.

A press release that is a headline only must never look finished: the bar
says which required parts are missing and offers to build them from the
company's facts. Below it, in plain words, which parts were built from the
facts rather than written by the model (issue 7: the reader should know).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.parts.completeness import MissingPart


class CompletenessBar(QFrame):
    #: The person asked to build the missing parts from the facts.
    fill_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completeness")
        self.status = QLabel()
        self.status.setObjectName("documentStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("문서 상태"))
        self.fill = QPushButton(self.tr("자료로 채우기"))
        self.fill.setToolTip(
            self.tr("빠진 부분을 회사 정보와 입력한 내용으로 만들어 넣습니다. 새 편집본으로 저장됩니다.")
        )
        self.fill.clicked.connect(self.fill_requested)
        self.from_facts = QLabel()
        self.from_facts.setObjectName("partsFromFacts")
        self.from_facts.setWordWrap(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.status, 1)
        top.addWidget(self.fill)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.from_facts)
        self.reset()

    def reset(self) -> None:
        """Nothing to judge yet (a run is going, or no draft)."""
        self._set_state("")
        self.status.clear()
        self.from_facts.clear()
        self.from_facts.hide()
        self.fill.hide()
        self.hide()

    def show_state(self, missing: list[MissingPart], unfinished: str = "") -> None:
        """``missing`` required parts (none: 완료); ``unfinished`` names a stopped run ("취소됨")."""
        if missing:
            names = ", ".join(part.title for part in missing)
            self.status.setText(self.tr("미완성 — 빠진 부분: {0}").format(names))
        elif unfinished:
            self.status.setText(unfinished)
        else:
            self.status.setText(self.tr("완료 — 필수 부분이 모두 있습니다."))
        self._set_state("incomplete" if missing or unfinished else "complete")
        self.fill.setVisible(bool(missing))
        self.show()

    def show_parts_note(self, note: str) -> None:
        """Which parts were built from the facts, in the reader's words (empty: the model wrote them all)."""
        self.from_facts.setText(note)
        self.from_facts.setVisible(bool(note))

    def is_incomplete(self) -> bool:
        return self.property("state") == "incomplete"

    def _set_state(self, state: str) -> None:
        self.setProperty("state", state)  # the theme colours an incomplete document like a warning
        self.style().unpolish(self)
        self.style().polish(self)
