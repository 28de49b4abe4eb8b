"""기록: every draft and version, searchable; reopen, re-export, delete (asked, and undoable for the session).

The selection follows the draft, not the row: a refresh while someone points at
a draft (a generation finishing in another window) never moves the selection
onto another draft, and a delete names the draft it is about to delete.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PRStudioError
from desktop.core.filenames import suggested_filename
from desktop.core.store import DeletedDraft, Draft
from desktop.core.workflows import all_workflows, get_workflow
from desktop.ui import ask
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
        self.search.setAccessibleName(self.tr("기록 찾기"))
        self.search.textChanged.connect(self.refresh)
        self.workflow = QComboBox()
        self.workflow.setAccessibleName(self.tr("작업 종류"))
        self.workflow.addItem(self.tr("모든 작업"), "")
        for workflow in all_workflows().values():
            self.workflow.addItem(workflow.label(state.lang), workflow.name)
        self.workflow.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("기록 목록"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("번호"), self.tr("날짜"), self.tr("회사"), self.tr("작업"), self.tr("제목")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _: self.reopen())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.workflow)
        #: Drafts deleted in this session, newest last: 삭제 되돌리기 puts them back.
        self.deleted: list[DeletedDraft] = []
        actions = self._action_row()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.drafts: list[Draft] = []
        state.history_changed.connect(self.refresh)
        self.refresh()

    def _action_row(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        for title, action in (
            (self.tr("열어서 이어 쓰기"), self.reopen),
            (self.tr("다시 내보내기…"), self.choose_export),
            (self.tr("삭제…"), self.delete),
        ):
            button = QPushButton(title)
            button.clicked.connect(lambda _checked=False, act=action: act())  # clicked(bool) must not reach act
            actions.addWidget(button)
        self.undo_button = QPushButton(self.tr("삭제 되돌리기"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(lambda _checked=False: self.undo_delete())
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        return actions

    def refresh(self) -> None:
        keep = self.selected()
        self.drafts = self.state.history.drafts(self.search.text().strip(), self.workflow.currentData() or "")
        self.table.setRowCount(len(self.drafts))
        labels = {name: workflow.label(self.state.lang) for name, workflow in all_workflows().items()}
        for row, draft in enumerate(self.drafts):
            values = (
                f"#{draft.id}",
                draft.created[:16].replace("T", " "),
                draft.company,
                labels.get(draft.workflow, draft.workflow),
                self.display_title(draft),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.select_draft(keep.id if keep else None)

    def display_title(self, draft: Draft) -> str:
        """The draft's title; for a draft that never finished, the first heading it has."""
        if draft.title:
            return draft.title
        versions = self.state.history.versions(draft.id)
        for line in (versions[-1].markdown if versions else "").splitlines():
            if line.startswith("# ") and line[2:].strip():
                return line[2:].strip()
        return self.tr("(제목 없음)")

    def select_draft(self, draft_id: int | None) -> None:
        """Selects the row of ``draft_id``, or nothing: never a neighbour that happens to be at the old row."""
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        row = next((row for row, draft in enumerate(self.drafts) if draft.id == draft_id), -1)
        if row >= 0:
            self.table.selectRow(row)

    def selected(self) -> Draft | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        row = rows[0].row() if rows else -1
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
        from desktop.export.history_export import export_latest_version  # python-docx loads on first export

        try:
            saved, claims = export_latest_version(self.state.history, draft, target, self.state.companies)
        except PRStudioError as error:
            self.banner.show_message(error.message(self.state.lang))
            return None
        errors = sum(1 for item in claims if item.severity == "error")
        if errors:
            message = self.tr("저장했습니다: {0} (확인할 사실 {1}건은 Word 메모로 표시했습니다)").format(saved, errors)
            self.banner.show_message(message, "warning")
        else:
            self.banner.show_message(self.tr("저장했습니다: {0}").format(saved), "info")
        return saved

    def delete(self) -> None:
        """Asks with the draft's title; the deleted draft can be put back until the program closes."""
        draft = self.selected()
        if not draft:
            return
        name = self.display_title(draft)
        question = self.tr(
            "'{0}' 기록과 버전 {1}개를 삭제할까요? 이번 실행 중에는 '삭제 되돌리기'로 되살릴 수 있습니다."
        )
        count = len(self.state.history.versions(draft.id))
        if not ask.confirm(self, self.tr("기록 삭제"), question.format(name, count)):
            return
        deleted = self.state.history.delete_draft(draft.id)
        if deleted is None:
            return
        self.deleted.append(deleted)
        self.undo_button.setEnabled(True)
        self.refresh()
        self.banner.show_message(
            self.tr("'{0}' 기록을 삭제했습니다.").format(name), "info", [(self.tr("되돌리기"), self.undo_delete)]
        )
        self.state.history_changed.emit()

    def undo_delete(self) -> None:
        if not self.deleted:
            return
        deleted = self.deleted.pop()
        self.state.history.restore_draft(deleted)
        self.undo_button.setEnabled(bool(self.deleted))
        self.refresh()
        self.select_draft(int(deleted.draft["id"]))
        self.banner.show_message(self.tr("기록을 되살렸습니다."), "info")
        self.state.history_changed.emit()
