"""Catchphrase candidates as a board of cards: star the good ones, edit, pick what to export.

Picking and starring only decide what goes into the Word file; the draft in
history keeps every candidate (with the person's wording, when edited).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QWidget,
)


class CandidateCard(QFrame):
    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidateCard")
        self.star = QToolButton()
        self.star.setCheckable(True)
        self.star.setText("☆")
        self.star.setToolTip(self.tr("별표"))
        self.star.setAccessibleName(self.tr("후보 {0} 별표").format(number))
        self.star.toggled.connect(lambda on: self.star.setText("★" if on else "☆"))
        self.edit = QLineEdit(text)
        self.edit.setAccessibleName(self.tr("후보 {0}").format(number))
        self.pick = QCheckBox(self.tr("선택"))
        self.pick.setAccessibleName(self.tr("후보 {0} 선택").format(number))
        row = QHBoxLayout(self)
        row.addWidget(self.star)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)

    def text(self) -> str:
        return self.edit.text().strip()


class CandidateBoard(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("후보 목록"))
        self.cards: list[CandidateCard] = []
        self.inner = QWidget()
        self.grid = QGridLayout(self.inner)
        self.setWidget(self.inner)
        self._edited = False

    def set_candidates(self, candidates: list[str]) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = [CandidateCard(number, text) for number, text in enumerate(candidates, start=1)]
        for index, card in enumerate(self.cards):
            card.edit.textChanged.connect(self._mark_edited)
            self.grid.addWidget(card, index // 2, index % 2)
        self._edited = False

    def _mark_edited(self) -> None:
        self._edited = True

    def is_edited(self) -> bool:
        """The person reworded a candidate (stars and picks are not edits of the draft)."""
        return self._edited

    def mark_saved(self) -> None:
        self._edited = False

    def texts(self) -> list[str]:
        """Every candidate in its order, as the person left it."""
        return [card.text() for card in self.cards if card.text()]

    def chosen(self) -> list[str]:
        """Picked cards if any (starred first), else every card, starred first."""
        picked = [card for card in self.cards if card.pick.isChecked()] or self.cards
        ordered = sorted(picked, key=lambda card: not card.star.isChecked())
        return [card.text() for card in ordered if card.text()]
