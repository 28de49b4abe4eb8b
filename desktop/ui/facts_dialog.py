"""'문서에서 사실 가져오기': show a document's sentences and let the user pick facts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.fact_import import candidate_sentences, extract_text


class FactsDialog(QDialog):
    """Raises the core's InputError before opening when the file cannot be read."""

    def __init__(self, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = extract_text(source)
        self.setWindowTitle(self.tr("문서에서 사실 가져오기 — {0}").format(source.name))
        self.resize(900, 600)
        preview = QPlainTextEdit(text)
        preview.setReadOnly(True)
        self.sentences = QListWidget()
        self.sentences.setObjectName("factCandidates")
        for sentence in candidate_sentences(text):
            item = QListWidgetItem(sentence)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sentences.addItem(item)
        split = QSplitter()
        split.addWidget(preview)
        split.addWidget(self.sentences)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("선택한 문장을 사실로 추가"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("취소"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("회사가 확인한 사실만 고르세요. 고른 문장은 모든 문서가 인용합니다.")))
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

    def check_all(self, checked: bool = True) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.sentences.count()):
            self.sentences.item(row).setCheckState(state)

    def chosen(self) -> list[str]:
        return [
            self.sentences.item(row).text()
            for row in range(self.sentences.count())
            if self.sentences.item(row).checkState() == Qt.CheckState.Checked
        ]
