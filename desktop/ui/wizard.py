"""The workflow wizard, generated from ``prompts/<workflow>/workflow.toml``.

Company → the workflow's fields → options → 생성 → review → export. One
generation per wizard at a time: 이전 is disabled while it runs, and closing
the wizard cancels only its own run and returns at once (the worker finishes
in the background; its text is already in history).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget, QWizard

from desktop.core.answers import validate_answers
from desktop.core.errors import InputError
from desktop.core.filenames import suggested_filename
from desktop.core.generation import GenerationJob
from desktop.core.workflows import Workflow
from desktop.ui import ask
from desktop.ui.app_state import AppState
from desktop.ui.export_page import ExportPage
from desktop.ui.wizard_pages import CompanyPage, FieldsPage, GeneratePage, OptionsPage


class WorkflowWizard(QWizard):
    def __init__(self, workflow: Workflow, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workflow = workflow
        self.state = state
        self.setWindowTitle(workflow.label(state.lang))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.resize(980, 760)
        self.company_page = CompanyPage(state)
        self.fields_page = FieldsPage(workflow, state, self.company_page.profile)
        self.options_page = OptionsPage(workflow, state)
        self.generate_page = GeneratePage(state)
        self.export_page = ExportPage(state)
        for page in (self.company_page, self.fields_page, self.options_page, self.generate_page, self.export_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("다음"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("이전"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("마침"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("닫기"))
        #: True while a draft from history is walked to its review step (nothing new is about to be sent).
        self.reopening = False
        self.currentIdChanged.connect(self._entered)
        self.generate_page.view.busy_changed.connect(self._lock_back)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.generate_now)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.generate_now)
        QShortcut(QKeySequence("Ctrl+S"), self, self.export_now)
        self.restore_choices()

    def remember_choices(self) -> None:
        """The company and options a user picked last time are picked again next time."""
        store = self.state.window_settings()
        store.setValue("wizard/company", self.company_page.companies.currentText())
        options = self.options_page
        store.setValue("wizard/creativity", options.creativity.currentData())
        store.setValue("wizard/engine", options.engine.currentData())
        store.setValue("wizard/model", options.model.currentText())

    def restore_choices(self) -> None:
        store = self.state.window_settings()
        company = str(store.value("wizard/company", ""))
        if company and self.company_page.companies.findText(company) >= 0:
            self.company_page.companies.setCurrentText(company)
        options = self.options_page
        engine = options.engine.findData(store.value("wizard/engine", ""))
        options.engine.setCurrentIndex(max(0, engine))
        options.model.setEditText(str(store.value("wizard/model", "")))

    def job(self) -> GenerationJob:
        answers = validate_answers(self.workflow, {**self.fields_page.answers, **self.options_page.extra_answers()})
        return GenerationJob(
            self.workflow,
            self.company_page.profile(),
            answers,
            reference_text=self.options_page.reference.toPlainText().strip(),
            creativity=str(self.options_page.creativity.currentData()),
        )

    def _entered(self, page_id: int) -> None:
        """Arriving from 생성 starts a run, unless one is running or the same request was already written."""
        view = self.generate_page.view
        if self.page(page_id) is not self.generate_page or self.reopening or view.is_busy():
            return
        self.remember_choices()
        try:
            job = self.job()
        except InputError as error:
            view.banner.show_message(error.message(self.state.lang))
            return
        engine, model = str(self.options_page.engine.currentData()), self.options_page.model.currentText().strip()
        if (
            view.versions
            and view.job
            and _same_request(view.job, job)
            and (engine, model) == (view.engine_choice, view.model)
        ):
            return  # back and forth through the steps: keep the draft on screen
        self.generate_page.start(job, engine, model, self.options_page.variants.value())

    def _lock_back(self, busy: bool) -> None:
        """One generation per wizard: no way back to 생성 while this one runs."""
        if busy:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def open_draft(self, job: GenerationJob) -> None:
        """Continue a draft from history: its answers filled in, its versions on the review page."""
        companies, name = self.company_page.companies, job.profile.company.name
        if companies.findText(name) < 0:
            companies.addItem(name)
        companies.setCurrentText(name)
        for name, field in {**self.fields_page.inputs, **self.options_page.extra_inputs}.items():
            field.set_value(job.answers.get(name))
        self.fields_page.answers = job.answers
        self.generate_page.view.load_draft(job)
        self.reopening = True
        try:
            while self.currentPage() is not self.generate_page:
                self.next()
        finally:
            self.reopening = False

    def generate_now(self) -> None:
        while self.currentPage() is not self.generate_page and self.validateCurrentPage():
            if not self.currentPage().isComplete():
                return
            self.next()

    def export_now(self) -> None:
        if self.currentPage() is self.generate_page and self.generate_page.isComplete():
            self.next()
        if self.currentPage() is self.export_page:
            self.export_page.choose_and_export()

    def suggested_name(self) -> str:
        """회사명_보도자료_2026-03-10.docx: the release date when the workflow has one, else today."""
        job = self.generate_page.view.job
        company = job.profile.company.name if job else ""
        date = str(job.answers.get("date") or "") if job else ""
        day = dt.date.fromisoformat(date) if date else None
        return suggested_filename(company, self.workflow.document_label(self.state.lang), day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Esc stops a running generation (keeping its text) instead of closing the wizard."""
        if event.key() == Qt.Key.Key_Escape and self.generate_page.view.is_busy():
            self.generate_page.view.cancel()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        """Closing cancels only this wizard's run and never waits for the engine."""
        if not self._may_close():
            return
        view = self.generate_page.view
        view.cancel()
        view.keep_edits()
        super().done(result)

    def _may_close(self) -> bool:
        """Answers typed but never generated would be lost: ask first."""
        if self.generate_page.view.job is not None:
            return True  # everything is in history
        typed = any(field.is_changed() for field in self.fields_page.inputs.values())
        if not typed and not self.options_page.reference.toPlainText().strip():
            return True
        return ask.confirm(
            self,
            self.tr("닫기"),
            self.tr("입력한 내용은 아직 어디에도 저장되지 않았습니다. 닫으면 사라집니다. 닫을까요?"),
        )


def _same_request(before: GenerationJob, now: GenerationJob) -> bool:
    plain = {"draft_id": None, "seed": None, "only_section": "", "base_markdown": ""}
    return replace(before, **plain) == replace(now, **plain)  # type: ignore[arg-type]
