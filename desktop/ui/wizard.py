"""The workflow wizard, generated from ``prompts/<workflow>/workflow.toml``.

Company → the workflow's fields → options → generate and review → export.
No page knows which workflow it serves: fields, labels, help and examples
all come from the definition, and every answer is checked by the core.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop import paths
from desktop.core.answers import validate_answers
from desktop.core.errors import InputError
from desktop.core.filenames import suggested_filename
from desktop.core.generation import GenerationJob
from desktop.core.profile import CompanyProfile
from desktop.core.workflows import Workflow
from desktop.ui.app_state import AppState
from desktop.ui.banner import Banner
from desktop.ui.export_page import ExportPage
from desktop.ui.field_widgets import FieldInput
from desktop.ui.generation_view import GenerationView
from desktop.ui.labels import ENGINE_LABELS, engine_label


class CompanyPage(QWizardPage):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(self.tr("어느 회사의 문서인가요?"))
        self.setSubTitle(self.tr("회사 정보는 모든 문서가 인용하는 사실입니다."))
        self.companies = QComboBox()
        self.companies.setObjectName("companyChoice")
        self.companies.currentIndexChanged.connect(self.completeChanged)
        demo = QPushButton(self.tr("데모 회사 불러오기"))
        demo.clicked.connect(self.load_demo)
        self.banner = Banner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(QLabel(self.tr("회사")))
        layout.addWidget(self.companies)
        layout.addWidget(demo, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.companies.clear()
        self.companies.addItems(self.state.companies.names())

    def load_demo(self) -> None:
        profile = self.state.companies.import_file(paths.demo_dir() / "company.toml")
        self.state.companies_changed.emit()
        self.refresh()
        self.companies.setCurrentText(profile.company.name)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.companies.currentText())

    def profile(self) -> CompanyProfile:
        return self.state.companies.load(self.companies.currentText())


class FieldsPage(QWizardPage):
    def __init__(self, workflow: Workflow, state: AppState) -> None:
        super().__init__()
        self.workflow = workflow
        self.lang = state.lang
        self.setTitle(workflow.label(state.lang))
        self.setSubTitle(workflow.description(state.lang) + " " + self.tr("* 표시는 꼭 채워야 합니다."))
        self.banner = Banner(self)
        self.inputs = {
            spec.name: FieldInput(spec, state.lang)
            for spec in workflow.fields
            if spec.name not in ("language", "length")
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field in self.inputs.values():
            label = field.spec.label(state.lang) + (" *" if field.spec.required else "")
            cell = QWidget()
            cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 4)
            column.addWidget(field.widget, 0, Qt.AlignmentFlag.AlignLeft if _compact(field) else Qt.AlignmentFlag(0))
            help_text = QLabel(field.spec.help(state.lang))
            help_text.setWordWrap(True)
            help_text.setStyleSheet("color:#6B7280; font-size:11px;")
            column.addWidget(help_text)
            form.addRow(label, cell)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll)
        self.answers: dict[str, object] = {}

    def values(self) -> dict[str, object]:
        return {name: field.value() for name, field in self.inputs.items()}

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        try:
            self.answers = validate_answers(self.workflow, self.values())
        except InputError as error:
            self.banner.show_message(error.message(self.lang))
            if error.key in self.inputs:
                self.inputs[error.key].widget.setFocus()
            return False
        self.banner.hide()
        return True


def _compact(field: FieldInput) -> bool:
    """Dates and numbers keep their natural width; text fields take the whole row."""
    return field.spec.type in ("date", "int", "bool")


class OptionsPage(QWizardPage):
    def __init__(self, workflow: Workflow, state: AppState) -> None:
        super().__init__()
        self.setTitle(self.tr("선택 사항"))
        self.setSubTitle(self.tr("Ctrl+Enter를 누르면 바로 생성합니다."))
        lang = state.lang
        self.extra_inputs = {
            spec.name: FieldInput(spec, lang) for spec in workflow.fields if spec.name in ("language", "length")
        }
        self.creativity = QComboBox()
        for key, ko, en in (
            ("precise", "정확하게", "Precise"),
            ("balanced", "균형 있게", "Balanced"),
            ("creative", "창의적으로", "Creative"),
        ):
            self.creativity.addItem(en if lang == "en" else ko, key)
        self.creativity.setCurrentIndex(self.creativity.findData(workflow.sampling.preset))
        self.engine = QComboBox()
        for key in ENGINE_LABELS:
            self.engine.addItem(engine_label(key, lang), "" if key == "auto" else key)
        self.model = QComboBox()
        self.model.setEditable(True)
        self.model.setPlaceholderText(self.tr("설정의 모델"))
        self.variants = QSpinBox()
        self.variants.setRange(1, 3)
        self.reference = QPlainTextEdit()
        self.reference.setObjectName("referenceText")
        self.reference.setPlaceholderText(
            self.tr(
                "추가로 알릴 내용이나 참고 자료(기존 기사, 메모 등)를 붙여 넣으세요. 지시가 아니라 자료로 쓰입니다."
            )
        )
        form = QFormLayout()
        for field in self.extra_inputs.values():
            form.addRow(field.spec.label(lang), field.widget)
        form.addRow(self.tr("창의성"), self.creativity)
        form.addRow(self.tr("엔진"), self.engine)
        form.addRow(self.tr("모델"), self.model)
        form.addRow(self.tr("버전 수"), self.variants)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("추가 요청·참고 자료")))
        layout.addWidget(self.reference, 1)

    def extra_answers(self) -> dict[str, object]:
        return {name: field.value() for name, field in self.extra_inputs.items()}


class GeneratePage(QWizardPage):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.setTitle(self.tr("생성과 검토"))
        self.setSubTitle(self.tr("글은 쓰는 대로 나타납니다. Esc로 멈추고, 내보내기 전에 고칠 수 있습니다."))
        self.view = GenerationView(state)
        self.view.busy_changed.connect(lambda _: self.completeChanged.emit())
        self.view.version_ready.connect(self._next_variant)
        self.view.version_ready.connect(self.completeChanged)
        self.remaining_variants = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def start(self, job: GenerationJob, engine: str, model: str, variants: int) -> None:
        self.remaining_variants = variants - 1
        self.view.start(job, engine, model)

    def _next_variant(self) -> None:
        if self.remaining_variants > 0 and any(v.status == "complete" for v in self.view.versions):
            self.remaining_variants -= 1
            self.view.regenerate()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not self.view.is_busy() and bool(self.view.versions)


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
        self.fields_page = FieldsPage(workflow, state)
        self.options_page = OptionsPage(workflow, state)
        self.generate_page = GeneratePage(state)
        self.export_page = ExportPage(state)
        for page in (self.company_page, self.fields_page, self.options_page, self.generate_page, self.export_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("다음"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("이전"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("마침"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("닫기"))
        self.currentIdChanged.connect(self._entered)
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
        if self.page(page_id) is self.generate_page and not self.generate_page.view.versions:
            self.remember_choices()
            try:
                job = self.job()
            except InputError as error:
                self.generate_page.view.banner.show_message(error.message(self.state.lang))
                return
            self.generate_page.start(
                job,
                str(self.options_page.engine.currentData()),
                self.options_page.model.currentText().strip(),
                self.options_page.variants.value(),
            )

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
        while self.currentPage() is not self.generate_page:
            self.next()

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

    def reject(self) -> None:
        """Esc stops a running generation instead of closing the wizard."""
        if self.generate_page.view.is_busy():
            self.generate_page.view.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        view = self.generate_page.view
        if view.worker:
            view.cancel()
            self.state.workers.cancel_all_and_wait()
        view._save_edits()
        super().closeEvent(event)
