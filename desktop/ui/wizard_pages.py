"""The wizard's steps, each built from the workflow definition: company, fields, options, generate.

No page knows which workflow it serves: fields, labels, help and examples all
come from ``workflow.toml``, and every answer is checked by the core. The
options step ends in an explicit 생성 button: nothing long starts on a plain 다음.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
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
from desktop.core.errors import InputError, PRStudioError
from desktop.core.generation import GenerationJob
from desktop.core.instructions import instruction_notices
from desktop.core.profile import CompanyProfile
from desktop.core.workflows import Workflow
from desktop.ui.app_state import AppState
from desktop.ui.banner import Banner
from desktop.ui.field_widgets import FieldInput
from desktop.ui.generation_view import GenerationView
from desktop.ui.labels import ENGINE_LABELS, engine_label
from desktop.ui.note_preview import NotePreviewPanel


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
    def __init__(
        self, workflow: Workflow, state: AppState, profile: Callable[[], CompanyProfile] | None = None
    ) -> None:
        super().__init__()
        self.workflow = workflow
        self.lang = state.lang
        self.state = state
        #: The company chosen on the first page, for the sentence previews under the key points.
        self.profile = profile
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
            if field.spec.preview_sentences and isinstance(field.widget, QPlainTextEdit):
                column.addWidget(NotePreviewPanel(field.widget, self._preview_inputs, state.workers.start))
            help_text = QLabel(field.spec.help(state.lang))
            help_text.setWordWrap(True)
            help_text.setObjectName("fieldHelp")
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

    def _preview_inputs(self) -> tuple[CompanyProfile, dict[str, object], str] | None:
        """What the sentence preview needs: the company, the answers so far, the release's language."""
        try:
            profile = self.profile() if self.profile else None
        except PRStudioError:
            return None  # no company chosen yet, or its file cannot be read: no preview
        if profile is None:
            return None
        answers = {key: value for key, value in self.values().items() if value not in ("", None)}
        return profile, answers, profile.brand.language

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
        self.state = state
        self.setTitle(self.tr("선택 사항"))
        self.setSubTitle(
            self.tr("생성을 누르면 글쓰기를 시작합니다. 내장 모델로는 몇 분 걸릴 수 있습니다. (Ctrl+Enter)")
        )
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("생성"))
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
        self.reference.setAccessibleName(self.tr("추가 요청·참고 자료"))
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
        self.banner = Banner(self)
        self._instructions_shown: tuple[str, ...] = ()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("추가 요청·참고 자료")))
        layout.addWidget(self.reference, 1)

    def extra_answers(self) -> dict[str, object]:
        return {name: field.value() for name, field in self.extra_inputs.items()}

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Before 생성: unsaved company facts are saved or knowingly left out, and sentences that read like
        instructions to the model are pointed out once (생성 again goes ahead)."""
        return self.state.resolve_unsaved_edits(self) and self._instructions_seen()

    def _instructions_seen(self) -> bool:
        wizard = self.wizard()
        if wizard.reopening:  # type: ignore[attr-defined]
            return True  # a draft from history: nothing new is about to be sent
        profile, answers = wizard.company_page.profile(), dict(wizard.fields_page.answers)  # type: ignore[attr-defined]
        notices = instruction_notices(profile, answers, self.reference.toPlainText())
        shown = tuple(notice.text for notice in notices)
        if not notices or shown == self._instructions_shown:
            return True
        self._instructions_shown = shown
        lines = [notice.message(self.state.lang) for notice in notices[:3]]
        lines.append(self.tr("그대로 두려면 생성을 한 번 더 누르세요."))
        self.banner.show_message("\n".join(lines), "warning")
        return False


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
        if self.view.start(job, engine, model):
            self.remaining_variants = variants - 1

    def _next_variant(self) -> None:
        if self.remaining_variants > 0 and any(v.status == "complete" for v in self.view.versions):
            self.remaining_variants -= 1
            self.view.regenerate()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not self.view.is_busy() and bool(self.view.versions)
