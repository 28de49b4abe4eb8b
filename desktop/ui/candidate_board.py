"""Catchphrase candidates as a board of cards: star the good ones, edit, pick what to export."""

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
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidateCard")
        self.setStyleSheet("#candidateCard {border:1px solid #D1D5DB; border-radius:8px; background:#FFFFFF;}")
        self.star = QToolButton()
        self.star.setCheckable(True)
        self.star.setText("☆")
        self.star.setToolTip(self.tr("별표"))
        self.star.toggled.connect(lambda on: self.star.setText("★" if on else "☆"))
        self.edit = QLineEdit(text)
        self.pick = QCheckBox(self.tr("선택"))
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
        self.cards: list[CandidateCard] = []
        self.inner = QWidget()
        self.grid = QGridLayout(self.inner)
        self.setWidget(self.inner)

    def set_candidates(self, candidates: list[str]) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = [CandidateCard(text) for text in candidates]
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // 2, index % 2)

    def chosen(self) -> list[str]:
        """Picked cards if any (starred first), else every card, starred first."""
        picked = [card for card in self.cards if card.pick.isChecked()] or self.cards
        ordered = sorted(picked, key=lambda card: not card.star.isChecked())
        return [card.text() for card in ordered if card.text()]
