"""The generation view: the draft appearing as a document, cancel, versions, sections, usage.

It drives the core pipeline through a ``GeneratorWorker`` and shows what
happens: a status line from the first moment ("모델 불러오는 중"), the text as a
document while it is written, "섹션 3/9" for long documents, the versions of
the draft (switch, compare), per-section regeneration, token use, context fill
and the estimated cost of a paid API.

Versions are never overwritten: every run is a new version, written by the
pipeline; the person's edits are saved as a version of their own (편집본,
see ``History.save_edit``) before anything else replaces the editor's text.

The claim checker's findings are shown and kept current by the review
controller (``desktop.ui.review``); whether the document has every required
part, and which parts were built from the facts, by the completeness bar.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.core.document import Document
from desktop.core.errors import Cancelled, EngineUnreachable, ModelMissing, PRStudioError
from desktop.core.generation import (
    Attempt,
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
from desktop.ui.attempts_panel import AttemptsPanel
from desktop.ui.banner import Banner
from desktop.ui.candidate_board import CandidateBoard
from desktop.ui.compare_dialog import CompareDialog
from desktop.ui.completeness_bar import CompletenessBar
from desktop.ui.draft_editor import DraftEditor
from desktop.ui.findings_list import FindingsList
from desktop.ui.review import ReviewController
from desktop.ui.run_status import PromptSent, RunStatus, WatchedEngine
from desktop.ui.usage_label import EngineReady, UsageLabel
from desktop.ui.versions import VersionsMixin
from desktop.ui.worker import GeneratorWorker

log = logging.getLogger("prstudio")
SECTION_KEY = 256  # Qt.ItemDataRole.UserRole


class GenerationView(VersionsMixin, QWidget):
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
        #: The saved version the editor shows; None while a run streams or before the first one.
        self.shown: Version | None = None
        self._build()

    def _build(self) -> None:
        self.banner = Banner(self)
        self.status = RunStatus()
        self.editor = DraftEditor()
        self.board = CandidateBoard()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.editor)
        self.pages.addWidget(self.board)
        self.outline = QListWidget()
        self.outline.setAccessibleName(self.tr("목차"))
        self.outline.setMaximumWidth(260)
        self.findings = FindingsList(self.state.lang)
        self.review = ReviewController(self.state, self.editor, self.findings, self.banner)
        self.review.reviewed.connect(self._reviewed)
        self.completeness = CompletenessBar()
        self.completeness.fill_requested.connect(self.fill_missing_parts)
        self.usage_label = UsageLabel()
        self.attempts = AttemptsPanel()
        self.version_box = QComboBox()
        self.version_box.setAccessibleName(self.tr("버전"))
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
        layout.addWidget(self.status)
        layout.addWidget(self.completeness)
        layout.addWidget(split, 1)
        layout.addWidget(self.attempts)
        layout.addWidget(QLabel(self.tr("확인할 점")))
        layout.addWidget(self.findings)
        layout.addWidget(self.usage_label)

    # -- running ---------------------------------------------------------
    def start(self, job: GenerationJob, engine_choice: str = "", model: str = "") -> bool:
        """Starts the first run of ``job``; False (and nothing started) while a run is going."""
        if self.is_busy():
            return False
        self._save_edits()
        self.job, self.engine_choice, self.model = job, engine_choice, model
        self.versions, self.shown = [], None
        self._prepare_outline(job)
        self._run(job)
        return True

    def regenerate(self) -> None:
        if self.job and not self.is_busy():
            self._save_edits()
            self._run(replace(self.job, draft_id=self._draft_id(), seed=None, only_section="", base_markdown=""))

    def regenerate_selected_section(self) -> None:
        item = self.outline.currentItem()
        if not (self.job and item and not self.is_busy()):
            return
        self._save_edits()
        base = self.version_markdown()
        job = replace(
            self.job, draft_id=self._draft_id(), seed=None, only_section=item.data(SECTION_KEY), base_markdown=base
        )
        self._run(job)

    def cancel(self) -> None:
        if self.worker:
            self.worker.cancel()

    def is_busy(self) -> bool:
        return self.worker is not None

    def _run(self, job: GenerationJob) -> None:
        self.banner.hide()
        self.review.pause()
        self.completeness.reset()
        self.usage_label.reset()
        self.attempts.clear()
        self.shown = None  # from here the editor shows this run, not a saved version
        self.pages.setCurrentWidget(self.editor)
        if not job.only_section:
            self.editor.clear()
        self.job = job
        choice = (self.engine_choice, self.model)
        self.worker = worker = GeneratorWorker(lambda cancel: self._events(job, choice, worker, cancel))
        worker.signals.text.connect(self._append_text)
        worker.signals.event.connect(self._on_event)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.done.connect(self._on_done)
        self.status.begin()
        self._set_busy(True)
        self.state.workers.start(worker)

    def _events(
        self, job: GenerationJob, choice: tuple[str, str], worker: GeneratorWorker, cancel: threading.Event
    ) -> Iterator[object]:
        """Runs on the worker thread and touches no widget: choose and load the engine, then the pipeline."""
        engine = self.state.engine(*choice)
        engine.count_tokens("준비")  # loads a local model now, while the status says so
        yield EngineReady(engine.kind, engine.model, engine.context_window(), engine.leaves_machine)
        yield from generate(job, WatchedEngine(engine, worker.relay), self.state.history, cancel)  # type: ignore[arg-type]

    def _append_text(self, text: str, chunks: int) -> None:
        self.status.text_arrived(chunks)
        if self.job and self.job.only_section:
            return  # the section is spliced in when it is complete
        self.editor.append_markdown(text)

    def _on_event(self, event: object) -> None:
        if isinstance(event, EngineReady):
            self.usage_label.engine = event
            self.state.engine_used.emit(event.kind, event.model)
        elif isinstance(event, PromptSent):
            self.status.prompt_sent(event.tokens)
        elif isinstance(event, Started) and self.job:
            self.job = replace(self.job, draft_id=event.draft_id)
        elif isinstance(event, Progress):
            self.status.section(event.index, event.total)
            self._mark_section(event.title)
        elif isinstance(event, SectionDone):
            if not (self.job and self.job.only_section):
                self.editor.set_markdown(event.markdown)  # the checked text replaces the raw stream
            self.usage_label.add(event.usage)
            self.status.section_done()
        elif isinstance(event, Attempt):
            self.attempts.add(self._section_title(event.section), event.text)
        elif isinstance(event, Notice):
            self.findings.addItem(event.text)
        elif isinstance(event, Finished):
            self._on_finished(event)

    def _on_finished(self, event: Finished) -> None:
        result = event.result
        self.show_findings([*result.findings, *result.claims])
        if self.usage_label.engine and self.usage_label.engine.leaves_machine:
            self.state.cloud_used.emit()
        if result.complete:
            self.status.finish(self.tr("완료"), complete=True)
        else:
            names = ", ".join(part.title for part in result.missing)
            self.status.finish(self.tr("미완성 — 빠진 부분: {0}").format(names), complete=False)

    def _on_failed(self, error: object) -> None:
        lang = self.state.lang
        self.status.finish("", complete=False)
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
        self.editor.set_read_only(busy)
        self.editor.rendered.setPlaceholderText(
            self.tr("곧 여기에 글이 나타납니다. 내장 모델은 첫 글자까지 30초쯤 걸릴 수 있습니다.")
            if busy
            else self.tr("생성을 시작하면 여기에 글이 나타납니다.")
        )
        self.busy_changed.emit(busy)

    # -- findings ------------------------------------------------------------
    def show_findings(self, findings: list[Any]) -> None:
        """Lists what the checks found and highlights the findings that carry a span in the draft."""
        self.review.show(findings)

    # -- outline and versions ----------------------------------------------
    def _prepare_outline(self, job: GenerationJob) -> None:
        self.outline.clear()
        self.side.setVisible(job.workflow.kind == "long_document")
        for section in plan_outline(job.workflow, job.answers, job.language):
            item = QListWidgetItem(section.title)
            item.setData(SECTION_KEY, section.key)
            self.outline.addItem(item)

    def _section_title(self, key: str) -> str:
        for row in range(self.outline.count()):
            item = self.outline.item(row)
            if item.data(SECTION_KEY) == key:
                return item.text()
        return key

    def _mark_section(self, title: str) -> None:
        for row in range(self.outline.count()):
            item = self.outline.item(row)
            if item.text() == title:
                self.outline.setCurrentItem(item)

    def load_draft(self, job: GenerationJob) -> None:
        """Reopen a draft from history: its versions, the newest shown."""
        self.job = job
        self._prepare_outline(job)
        self._reload_versions()
        self._set_busy(False)

    # -- results -------------------------------------------------------------
    def version_markdown(self) -> str:
        """The text of the version on screen, with the person's edits: every candidate is kept."""
        if self.pages.currentWidget() is self.board and self.board.is_edited():
            return replace_candidates(self.editor.markdown(), self.board.texts())
        return self.editor.markdown()

    def current_markdown(self) -> str:
        """What is exported: for catchphrases only the picked candidates, starred first."""
        if self.pages.currentWidget() is self.board:
            return replace_candidates(self.editor.markdown(), self.board.chosen())
        return self.editor.markdown()

    def current_document(self) -> Document:
        assert self.job is not None
        self.keep_edits()
        return document_from_markdown(self.job.workflow, self.current_markdown(), self.job.language)

    def compare(self) -> None:
        self.keep_edits()
        CompareDialog(self.versions, self).exec()
