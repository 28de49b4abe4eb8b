"""Two versions of a draft side by side, as documents, each labelled with what wrote it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QGridLayout, QTextBrowser, QWidget

from desktop.core.store import Version
from desktop.ui.markdown_view import render

# Marked for translation here, translated in version_label.
STATUS_NAMES = {
    "complete": QT_TRANSLATE_NOOP("Versions", "완료"),
    "incomplete": QT_TRANSLATE_NOOP("Versions", "미완성"),
    "cancelled": QT_TRANSLATE_NOOP("Versions", "취소됨"),
    "failed": QT_TRANSLATE_NOOP("Versions", "실패"),
    "generating": QT_TRANSLATE_NOOP("Versions", "작성 중"),
    "interrupted": QT_TRANSLATE_NOOP("Versions", "중단됨"),
}


def version_label(version: Version) -> str:
    """ "버전 2 · 완료", or for the person's own edit "버전 4 · 버전 1 편집본"."""
    translate = QCoreApplication.translate
    if version.status == "edited":
        return translate("Versions", "버전 {0} · 버전 {1} 편집본").format(version.number, version.based_on or "?")
    status = translate("Versions", STATUS_NAMES.get(version.status, version.status))
    return translate("Versions", "버전 {0} · {1}").format(version.number, status)


class CompareDialog(QDialog):
    def __init__(self, versions: list[Version], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("버전 비교"))
        self.resize(1000, 640)
        self.versions = versions
        layout = QGridLayout(self)
        self.pickers: list[QComboBox] = []
        self.views: list[QTextBrowser] = []
        for column, default in enumerate((max(0, len(versions) - 2), len(versions) - 1)):
            picker = QComboBox()
            picker.setAccessibleName(self.tr("비교할 버전 {0}").format(column + 1))
            picker.addItems([version_label(v) for v in versions])
            view = QTextBrowser()
            view.setAccessibleName(self.tr("버전 내용 {0}").format(column + 1))
            picker.currentIndexChanged.connect(
                lambda index, v=view: render(v.document(), self.versions[index].markdown)
            )
            picker.setCurrentIndex(default)
            render(view.document(), versions[default].markdown if versions else "")
            layout.addWidget(picker, 0, column)
            layout.addWidget(view, 1, column)
            self.pickers.append(picker)
            self.views.append(view)
