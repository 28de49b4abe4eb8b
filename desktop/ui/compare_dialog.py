"""Two versions of a draft side by side."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QGridLayout, QPlainTextEdit, QWidget

from desktop.core.store import Version


class CompareDialog(QDialog):
    def __init__(self, versions: list[Version], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("버전 비교"))
        self.resize(1000, 640)
        self.versions = versions
        layout = QGridLayout(self)
        self.pickers: list[QComboBox] = []
        self.views: list[QPlainTextEdit] = []
        for column, default in enumerate((max(0, len(versions) - 2), len(versions) - 1)):
            picker = QComboBox()
            picker.addItems([self.tr("버전 {0}").format(v.number) for v in versions])
            view = QPlainTextEdit()
            view.setReadOnly(True)
            picker.currentIndexChanged.connect(lambda index, v=view: v.setPlainText(self.versions[index].markdown))
            picker.setCurrentIndex(default)
            view.setPlainText(versions[default].markdown if versions else "")
            layout.addWidget(picker, 0, column)
            layout.addWidget(view, 1, column)
            self.pickers.append(picker)
            self.views.append(view)
