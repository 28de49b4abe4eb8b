"""The main window: navigation (홈, 회사 정보, 기록, 모델, 설정), wizards, and a status bar with the privacy indicator.

Only the home page is built before the window first paints; 회사 정보, 기록, 모델
and 설정 are built the first time they are shown (or asked for), which keeps
start-up close to a bare Qt window (see bench/startup.py). F1 opens 정보 (About).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop import paths
from desktop.ui.app_state import window_settings
from desktop.ui.home_page import HomePage
from desktop.ui.labels import engine_label
from desktop.ui.theme import current_theme, themed_icon

if TYPE_CHECKING:
    from desktop.core.settings import Settings
    from desktop.ui.app_state import AppState
    from desktop.ui.catalogue_page import CataloguePage
    from desktop.ui.history_page import HistoryPage
    from desktop.ui.profile_page import ProfilePage
    from desktop.ui.settings_page import SettingsPage
    from desktop.ui.wizard import WorkflowWizard

PROFILES, HISTORY, MODELS, SETTINGS = 1, 2, 3, 4


class MainWindow(QMainWindow):
    """Built in two steps so the window paints before the data loads: the frame (navigation, the home
    heading and cards, the status bar) needs only the language; ``attach(state)`` then fills it in."""

    def __init__(self, state: AppState | None = None, lang: str = "ko") -> None:
        super().__init__()
        self.wizards: list[WorkflowWizard] = []
        self.setWindowTitle(self.tr("홍보 스튜디오"))
        self.setWindowIcon(QIcon(str(paths.icons_dir() / "app.svg")))
        # The cards paint with the frame; 시작하기 works once attach() has the data (see there).
        self.home = HomePage(state.lang if state else lang)
        self._built: dict[int, QWidget] = {0: self.home}
        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(190)
        for title, icon in (
            (self.tr("홈"), "home"),
            (self.tr("회사 정보"), "company"),
            (self.tr("기록"), "history"),
            (self.tr("모델"), "models"),
            (self.tr("설정"), "settings"),
        ):
            item = QListWidgetItem(themed_icon(paths.icons_dir() / f"{icon}.svg", current_theme()), title)
            self.navigation.addItem(item)
            self.pages.addWidget(self.home if icon == "home" else QWidget())
        self.navigation.setAccessibleName(self.tr("메뉴"))
        self.navigation.setCurrentRow(0)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.engine_status = QLabel()
        self.engine_status.setAccessibleName(self.tr("사용 중인 엔진"))
        self.privacy_label = QLabel()
        self.privacy_label.setObjectName("privacyIndicator")
        self.privacy_label.setAccessibleName(self.tr("개인정보 상태"))
        self.statusBar().addWidget(self.engine_status, 1)
        self.statusBar().addPermanentWidget(self.privacy_label)
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, activated=self.show_about)
        self._restore_geometry()
        if state is not None:
            self.attach(state)

    def attach(self, state: AppState) -> None:
        """The data is loaded: workflow cards, the status bar, the other pages on demand."""
        self.state = state
        # Connected only now: a click during a start-up message box (before the data) must not open a wizard
        # without settings or history; clicks made while the data loads arrive after this line.
        self.home.workflow_chosen.connect(self.open_workflow)
        QTimer.singleShot(0, _check_workflows)
        self.navigation.currentRowChanged.connect(self._navigate)
        state.settings_changed.connect(self.update_status)
        state.cloud_used.connect(self.update_status)
        state.engine_used.connect(self.show_engine_in_use)
        state.models_changed.connect(self.update_status)
        self.update_status()

    # -- pages, built when first needed ---------------------------------------
    @property
    def profiles(self) -> ProfilePage:
        return self._page(PROFILES)  # type: ignore[return-value]

    @property
    def history(self) -> HistoryPage:
        return self._page(HISTORY)  # type: ignore[return-value]

    @property
    def models_page(self) -> CataloguePage:
        return self._page(MODELS)  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self._page(SETTINGS)  # type: ignore[return-value]

    def _page(self, index: int) -> QWidget:
        if index not in self._built:
            page = self._build_page(index)
            placeholder = self.pages.widget(index)
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[index] = page
        return self._built[index]

    def _build_page(self, index: int) -> QWidget:
        if index == PROFILES:
            from desktop.ui.profile_page import ProfilePage

            return ProfilePage(self.state)
        if index == HISTORY:
            from desktop.ui.history_page import HistoryPage

            history = HistoryPage(self.state)
            history.reopen_requested.connect(self.open_draft)
            return history
        if index == MODELS:
            from desktop.ui.catalogue_page import CataloguePage

            return CataloguePage(self.state)
        from desktop.ui.settings_page import SettingsPage

        settings = SettingsPage(self.state)
        settings.models_requested.connect(lambda: self.go_to(self.models_page))
        return settings

    def go_to(self, page: QWidget) -> None:
        self.navigation.setCurrentRow(self.pages.indexOf(page))

    def _navigate(self, row: int) -> None:
        """Leaving 회사 정보 with unsaved changes asks first; "stay" keeps the page."""
        profiles = self._built.get(PROFILES)
        if profiles is not None and self.pages.currentWidget() is profiles and row != PROFILES:
            if not self.profiles.resolve_unsaved(self):
                self.navigation.blockSignals(True)
                self.navigation.setCurrentRow(PROFILES)
                self.navigation.blockSignals(False)
                return
        self._page(row)
        self.pages.setCurrentIndex(row)

    def update_status(self) -> None:
        settings, lang = self.state.settings, self.state.lang
        model = {
            "ollama": settings.ollama_model,
            "embedded": embedded_model_name(settings, lang) if settings.engine == "embedded" else "",
            "openai": settings.api_model,
            "anthropic": settings.api_model,
        }.get(settings.engine, "")
        self.engine_status.setText(
            self.tr("엔진: {0}{1}").format(engine_label(settings.engine, lang), f" · {model}" if model else "")
        )
        if self.state.sent_anything():
            self.privacy_label.setText(
                self.tr("주의: 회사 자료가 유료 API로 전송된 적이 있습니다 (설정 › 개인정보 기록)")
            )
            _set_state(self.privacy_label, "sent")
        else:
            self.privacy_label.setText(self.tr("이 PC 밖으로 전송된 내용 없음"))
            _set_state(self.privacy_label, "ok")

    def show_about(self) -> None:
        from desktop.ui.about_dialog import AboutDialog

        if getattr(self, "state", None) is not None:
            AboutDialog(self.state.lang, parent=self).exec()

    def bring_to_front(self) -> None:
        """A second launch of PR Studio shows this window instead of opening another."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_engine_in_use(self, kind: str, model: str) -> None:
        self.engine_status.setText(
            self.tr("사용 중인 엔진: {0} · {1}").format(engine_label(kind, self.state.lang), model)
        )

    def open_workflow(self, name: str) -> WorkflowWizard:
        from desktop.core.workflows import get_workflow
        from desktop.ui.wizard import WorkflowWizard  # the pipeline loads with the first wizard, not at start-up

        wizard = WorkflowWizard(get_workflow(name), self.state, self)
        self.wizards.append(wizard)
        wizard.finished.connect(lambda _: self.wizards.remove(wizard) if wizard in self.wizards else None)
        wizard.show()
        return wizard

    def open_draft(self, draft_id: int) -> WorkflowWizard | None:
        """Reopens a draft; a draft already open in a wizard brings that wizard to the front."""
        for wizard in self.wizards:
            job = wizard.generate_page.view.job
            if job is not None and job.draft_id == draft_id:
                wizard.raise_()
                wizard.activateWindow()
                return wizard
        from desktop.core.answers import validate_answers
        from desktop.core.generation import GenerationJob
        from desktop.core.profile import CompanyProfile
        from desktop.core.workflows import get_workflow

        draft = self.state.history.draft(draft_id)
        if not draft:
            return None
        workflow = get_workflow(draft.workflow)
        profile = CompanyProfile.model_validate(draft.profile)
        job = GenerationJob(workflow, profile, validate_answers(workflow, draft.answers), draft_id=draft.id)
        wizard = self.open_workflow(draft.workflow)
        wizard.open_draft(job)
        return wizard

    def _restore_geometry(self) -> None:
        geometry = window_settings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 800)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Asks about unsaved edits, cancels every run and closes at once: no engine is waited for."""
        state: AppState | None = getattr(self, "state", None)
        if state is not None:
            if not state.resolve_unsaved_edits(self) or not all(wizard.close() for wizard in list(self.wizards)):
                event.ignore()
                return
            state.workers.cancel_all()
        window_settings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)


def embedded_model_name(settings: Settings, lang: str) -> str:
    """The model the built-in engine runs: the chosen file, else the best verified download, else the built-in one."""
    from pathlib import Path

    from desktop.core.models.catalogue import load_catalogue
    from desktop.core.models.fit import best_downloaded
    from desktop.core.models.memory import total_memory_gb

    catalogue = load_catalogue()
    if settings.embedded_model_path:
        entry = catalogue.by_file_name(Path(settings.embedded_model_path).name)
        return entry.name if entry else Path(settings.embedded_model_path).name
    best = best_downloaded(catalogue, total_memory_gb())
    return best.model.name if best else catalogue.builtin.label(lang)


def _check_workflows() -> None:
    """Reads and checks the full workflow definitions once the window is idle, as start-up did before the
    cards were read on their own: the first wizard then opens at once, and a damaged definition is
    reported at start, not at the first click."""
    from desktop.core.workflows import all_workflows

    all_workflows()


def _set_state(label: QLabel, state: str) -> None:
    """The theme colours the privacy indicator by its ``state`` property."""
    label.setProperty("state", state)
    label.style().unpolish(label)
    label.style().polish(label)
