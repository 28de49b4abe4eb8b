"""The generation view: text streaming in, cancel, versions, sections, usage.

It drives the core pipeline through a ``GeneratorWorker`` and shows what
happens: the text as it is written, "섹션 3/9" for long documents, the
versions of the draft (switch, compare), per-section regeneration, token use,
context fill and the estimated cost of a paid API. Every version is in the
history database before it appears here; edits are saved back to it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from dataclasses import replace

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.core.document import Document
from desktop.core.errors import Cancelled, EngineUnreachable, ModelMissing, PRStudioError
from desktop.core.generation import (
    Finished,
    GenerationJob,
    Notice,
    Progress,
    SectionDone,
    Started,
    document_from_markdown,
    generate,
    replace_candidates,
)
from desktop.core.outline import plan_outline
from desktop.core.store import Version
from desktop.ui.app_state import AppState
from desktop.ui.banner import Banner
from desktop.ui.candidate_board import CandidateBoard
from desktop.ui.compare_dialog import CompareDialog
from desktop.ui.usage_label import EngineReady, UsageLabel
from desktop.ui.worker import GeneratorWorker

log = logging.getLogger("prstudio")


class GenerationView(QWidget):
    busy_changed = Signal(bool)
    version_ready = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.job: GenerationJob | None = None
        self.engine_choice = ""
        self.model = ""
        self.worker: GeneratorWorker | None = None
        self.versions: list[Version] = []
        self.shown: Version | None = None
        self._build()

    def _build(self) -> None:
        self.banner = Banner(self)
        self.progress = QProgressBar()
        self.progress.setFormat("%v/%m")
        self.progress_label = QLabel()
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("draftEditor")
        self.editor.setPlaceholderText(self.tr("생성을 시작하면 여기에 글이 나타납니다."))
        self.preview = QTextBrowser()
        self.preview.setObjectName("draftPreview")
        self.text_tabs = QTabWidget()
        self.text_tabs.addTab(self.editor, self.tr("편집"))
        self.text_tabs.addTab(self.preview, self.tr("미리보기"))
        self.text_tabs.currentChanged.connect(self._refresh_preview)
        self.board = CandidateBoard()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.text_tabs)
        self.pages.addWidget(self.board)
        self.outline = QListWidget()
        self.outline.setMaximumWidth(260)
        self.findings = QListWidget()
        self.findings.setMaximumHeight(90)
        self.findings.setObjectName("findings")
        self.usage_label = UsageLabel()
        self.version_box = QComboBox()
        self.version_box.currentIndexChanged.connect(self._show_version_at)
        self.cancel_button = QPushButton(self.tr("취소 (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.regenerate_button = QPushButton(self.tr("다시 생성"))
        self.regenerate_button.clicked.connect(self.regenerate)
        self.compare_button = QPushButton(self.tr("버전 비교"))
        self.compare_button.clicked.connect(self.compare)
        self.section_button = QPushButton(self.tr("이 섹션 다시 생성"))
        self.section_button.clicked.connect(self.regenerate_selected_section)
        self._lay_out()
        self._set_busy(False)

    def _lay_out(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("버전")))
        tools.addWidget(self.version_box, 1)
        for button in (self.compare_button, self.regenerate_button, self.cancel_button):
            tools.addWidget(button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("목차")))
        side_layout.addWidget(self.outline, 1)
        side_layout.addWidget(self.section_button)
        self.side = side
        split = QSplitter()
        split.addWidget(side)
        split.addWidget(self.pages)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(tools)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        layout.addLayout(progress_row)
        layout.addWidget(split, 1)
        layout.addWidget(QLabel(self.tr("확인할 점")))
        layout.addWidget(self.findings)
        layout.addWidget(self.usage_label)

    # -- running ---------------------------------------------------------
    def start(self, job: GenerationJob, engine_choice: str = "", model: str = "") -> None:
        self.job, self.engine_choice, self.model = job, engine_choice, model
        self._prepare_outline(job)
        self._run(job)

    def regenerate(self) -> None:
        if self.job and not self.is_busy():
            self._save_edits()
            self._run(replace(self.job, draft_id=self._draft_id(), seed=None, only_section="", base_markdown=""))

    def regenerate_selected_section(self) -> None:
        item = self.outline.currentItem()
        if not (self.job and item and not self.is_busy()):
            return
        self._save_edits()
        key = item.data(256)
        self._run(
            replace(
                self.job,
                draft_id=self._draft_id(),
                seed=None,
                only_section=key,
                base_markdown=self.editor.toPlainText(),
            )
        )

    def cancel(self) -> None:
        if self.worker:
            self.worker.cancel()

    def is_busy(self) -> bool:
        return self.worker is not None

    def _run(self, job: GenerationJob) -> None:
        self.banner.hide()
        self.findings.clear()
        self.usage_label.reset()
        self.pages.setCurrentWidget(self.text_tabs)
        if not job.only_section:
            self.editor.clear()
        engine_choice, model, state = self.engine_choice, self.model, self.state

        def events(cancel: threading.Event) -> Iterator[object]:
            engine = state.engine(engine_choice, model)
            yield EngineReady(engine.kind, engine.model, engine.context_window(), engine.leaves_machine)
            yield from generate(job, engine, state.history, cancel)

        worker = GeneratorWorker(events)
        worker.signals.text.connect(self._append_text)
        worker.signals.event.connect(self._on_event)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.done.connect(self._on_done)
        self.worker = worker
        self._set_busy(True)
        self.state.workers.start(worker)

    def _append_text(self, text: str) -> None:
        if self.job and self.job.only_section:
            return  # the section is spliced in when it is complete
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertText(text)
        self.editor.ensureCursorVisible()

    def _on_event(self, event: object) -> None:
        if isinstance(event, EngineReady):
            self.usage_label.engine = event
            self.state.engine_used.emit(event.kind, event.model)
        elif isinstance(event, Started) and self.job:
            self.job = replace(self.job, draft_id=event.draft_id)
        elif isinstance(event, Progress):
            self.progress.setRange(0, event.total)
            self.progress.setValue(event.index - 1)
            self.progress_label.setText(event.message(self.state.lang))
            self._mark_section(event.title)
        elif isinstance(event, SectionDone):
            if not (self.job and self.job.only_section):
                self.editor.setPlainText(event.markdown)  # the checked text replaces the raw stream
                self.editor.moveCursor(QTextCursor.MoveOperation.End)
            self.usage_label.add(event.usage)
            self.progress.setValue(self.progress.value() + 1)
        elif isinstance(event, Notice):
            self.findings.addItem(event.text)
        elif isinstance(event, Finished):
            self._on_finished(event)

    def _on_finished(self, event: Finished) -> None:
        result = event.result
        self.findings.clear()
        self.findings.addItems(result.findings)
        if self.usage_label.engine and self.usage_label.engine.leaves_machine:
            self.state.cloud_used.emit()
        self.progress_label.setText(self.tr("완료"))
        self.progress.setValue(self.progress.maximum())

    def _on_failed(self, error: object) -> None:
        lang = self.state.lang
        if isinstance(error, Cancelled):
            self.banner.show_message(self.tr("생성을 취소했습니다. 지금까지 쓴 내용은 기록에 저장되었습니다."), "info")
        elif isinstance(error, (EngineUnreachable, ModelMissing)):
            self.banner.show_message(
                error.message(lang),
                "error",
                [
                    (self.tr("내장 모델로 계속"), self.continue_with_embedded),
                    (self.tr("설치 안내"), lambda: QDesktopServices.openUrl(QUrl("https://ollama.com/download"))),
                ],
            )
        elif isinstance(error, PRStudioError):
            self.banner.show_message(error.message(lang), "error")
        else:
            log.error("unexpected error during generation", exc_info=error)  # type: ignore[arg-type]
            where = paths.log_dir() / "prstudio.log"
            self.banner.show_message(self.tr("죄송합니다. 예상하지 못한 오류가 났습니다. 기록: {0}").format(where))

    def continue_with_embedded(self) -> None:
        if self.job and not self.is_busy():
            self.engine_choice, self.model = "embedded", ""
            self._run(replace(self.job, draft_id=self._draft_id(), only_section=""))

    def _on_done(self) -> None:
        self.worker = None
        self._set_busy(False)
        self.state.history_changed.emit()
        self._reload_versions()
        self.version_ready.emit()

    def _set_busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)
        self.regenerate_button.setEnabled(not busy and self.job is not None)
        self.section_button.setEnabled(not busy and self.job is not None)
        self.compare_button.setEnabled(not busy and len(self.versions) > 1)
        self.version_box.setEnabled(not busy)
        self.editor.setReadOnly(busy)
        self.busy_changed.emit(busy)

    # -- outline, versions, usage ------------------------------------------
    def _prepare_outline(self, job: GenerationJob) -> None:
        self.outline.clear()
        long_document = job.workflow.kind == "long_document"
        self.side.setVisible(long_document)
        for section in plan_outline(job.workflow, job.answers, job.language):
            item = QListWidgetItem(section.title)
            item.setData(256, section.key)
            self.outline.addItem(item)

    def _mark_section(self, title: str) -> None:
        for row in range(self.outline.count()):
            item = self.outline.item(row)
            if item.text() == title:
                self.outline.setCurrentItem(item)

    def _draft_id(self) -> int | None:
        return self.job.draft_id if self.job else None

    def load_draft(self, job: GenerationJob) -> None:
        """Reopen a draft from history: its versions, the newest shown."""
        self.job = job
        self._prepare_outline(job)
        self._reload_versions()
        self._set_busy(False)

    def _reload_versions(self) -> None:
        draft_id = self.job.draft_id if self.job else None
        self.versions = self.state.history.versions(draft_id) if draft_id else []
        self.version_box.blockSignals(True)
        self.version_box.clear()
        for version in self.versions:
            self.version_box.addItem(
                self.tr("버전 {0} · {1}").format(version.number, self._status_name(version.status))
            )
        self.version_box.blockSignals(False)
        if self.versions:
            self.version_box.setCurrentIndex(len(self.versions) - 1)
            self._show_version_at(len(self.versions) - 1)
        self.compare_button.setEnabled(len(self.versions) > 1)

    def _show_version_at(self, index: int) -> None:
        if not 0 <= index < len(self.versions):
            return
        self._save_edits()
        self.shown = self.versions[index]
        self.editor.setPlainText(self.shown.markdown)
        if self.job and self.job.workflow.kind == "candidates" and self.shown.status == "complete":
            document = document_from_markdown(self.job.workflow, self.shown.markdown, self.job.language)
            self.board.set_candidates(document.candidates)
            self.pages.setCurrentWidget(self.board)
        else:
            self.pages.setCurrentWidget(self.text_tabs)

    def show_version(self, number: int) -> None:
        self.version_box.setCurrentIndex(number - 1)

    def _save_edits(self) -> None:
        shown = self.shown
        if shown is None:
            return
        text = self.current_markdown()
        if text != shown.markdown:
            self.state.history.update_markdown(shown.id, text)
            self.shown = replace(shown, markdown=text)
            self.versions = [self.shown if v.id == shown.id else v for v in self.versions]

    # -- results -------------------------------------------------------------
    def current_markdown(self) -> str:
        if self.pages.currentWidget() is self.board:
            return replace_candidates(self.editor.toPlainText(), self.board.chosen())
        return self.editor.toPlainText()

    def current_document(self) -> Document:
        assert self.job is not None
        self._save_edits()
        return document_from_markdown(self.job.workflow, self.current_markdown(), self.job.language)

    def _refresh_preview(self) -> None:
        """The draft as it will read: headings, lists and tables rendered instead of Markdown marks."""
        if self.text_tabs.currentWidget() is self.preview:
            self.preview.setMarkdown(self.editor.toPlainText())

    def _status_name(self, status: str) -> str:
        names = {
            "complete": self.tr("완료"),
            "cancelled": self.tr("취소됨"),
            "failed": self.tr("실패"),
            "generating": self.tr("작성 중"),
            "interrupted": self.tr("중단됨"),
        }
        return names.get(status, status)

    def compare(self) -> None:
        self._save_edits()
        CompareDialog(self.versions, self).exec()
