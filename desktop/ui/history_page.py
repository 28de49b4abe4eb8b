"""기록: every draft and version, searchable; reopen, re-export, delete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PRStudioError
from desktop.core.filenames import suggested_filename
from desktop.core.store import Draft
from desktop.core.workflows import all_workflows, get_workflow
from desktop.export.history_export import export_latest_version
from desktop.ui.app_state import AppState
from desktop.ui.banner import Banner


class HistoryPage(QWidget):
    reopen_requested = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.banner = Banner(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("회사, 제목, 날짜(예: 2026-03)로 찾기"))
        self.search.textChanged.connect(self.refresh)
        self.workflow = QComboBox()
        self.workflow.addItem(self.tr("모든 작업"), "")
        for workflow in all_workflows().values():
            self.workflow.addItem(workflow.label(state.lang), workflow.name)
        self.workflow.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("번호"), self.tr("날짜"), self.tr("회사"), self.tr("작업"), self.tr("제목")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _: self.reopen())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.workflow)
        actions = QHBoxLayout()
        for title, action in (
            (self.tr("열어서 이어 쓰기"), self.reopen),
            (self.tr("다시 내보내기…"), self.choose_export),
            (self.tr("삭제"), self.delete),
        ):
            button = QPushButton(title)
            button.clicked.connect(action)
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.drafts: list[Draft] = []
        state.history_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.drafts = self.state.history.drafts(self.search.text().strip(), self.workflow.currentData() or "")
        self.table.setRowCount(len(self.drafts))
        labels = {name: workflow.label(self.state.lang) for name, workflow in all_workflows().items()}
        for row, draft in enumerate(self.drafts):
            values = (
                f"#{draft.id}",
                draft.created[:16].replace("T", " "),
                draft.company,
                labels.get(draft.workflow, draft.workflow),
                draft.title,
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def selected(self) -> Draft | None:
        row = self.table.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def reopen(self) -> None:
        draft = self.selected()
        if draft:
            self.reopen_requested.emit(draft.id)

    def choose_export(self) -> None:
        draft = self.selected()
        if not draft:
            return
        workflow = get_workflow(draft.workflow)
        name = suggested_filename(draft.company, workflow.document_label(self.state.lang))
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Word 파일로 저장"), str(Path.home() / name), "Word (*.docx)"
        )
        if target:
            self.export(draft, Path(target))

    def export(self, draft: Draft, target: Path) -> Path | None:
        try:
            saved = export_latest_version(self.state.history, draft, target)
        except PRStudioError as error:
            self.banner.show_message(error.message(self.state.lang))
            return None
        self.banner.show_message(self.tr("저장했습니다: {0}").format(saved), "info")
        return saved

    def delete(self, confirm: bool = True) -> None:
        draft = self.selected()
        if not draft:
            return
        question = self.tr("'{0}' 기록과 모든 버전을 삭제할까요? 되돌릴 수 없습니다.").format(draft.title or draft.id)
        if confirm and QMessageBox.question(self, self.tr("삭제"), question) != QMessageBox.StandardButton.Yes:
            return
        self.state.history.delete_draft(draft.id)
        self.refresh()
