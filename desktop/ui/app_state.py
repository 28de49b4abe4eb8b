"""What every screen of the window shares: settings, history, companies, workers, language.

Screens subscribe to the signals instead of reaching into each other, so the
settings page can change the engine and the status bar follows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from desktop import paths
from desktop.ui.worker import WorkerPool

if TYPE_CHECKING:  # kept out of start-up: the window paints before these load
    from desktop.core.companies import CompanyStore
    from desktop.core.engines.base import Engine
    from desktop.core.settings import Settings
    from desktop.core.store import History
    from desktop.ui.downloads import DownloadManager


def window_settings() -> QSettings:
    """Geometry and last choices; kept in the user data folder like everything else."""
    return QSettings(str(paths.window_settings_path()), QSettings.Format.IniFormat)


class AppState(QObject):
    settings_changed = Signal()
    history_changed = Signal()
    companies_changed = Signal()
    cloud_used = Signal()
    #: The engine and model a generation actually runs on (after "auto" chose).
    engine_used = Signal(str, str)
    #: A model was downloaded, paused, removed: the status bar and the 모델 page read the files again.
    models_changed = Signal()

    def __init__(self, settings: Settings, history: History, companies: CompanyStore, lang: str) -> None:
        super().__init__()
        self.settings = settings
        self.history = history
        self.companies = companies
        self.lang = lang
        self.workers = WorkerPool()
        #: An API key kept for this session only, when the computer has no keychain.
        self.session_keys: dict[str, str] = {}
        #: Screens holding unsaved edits register a check here: it saves, discards or (False) refuses.
        self.unsaved_guards: list[Callable[[QWidget | None], bool]] = []
        self._downloads: DownloadManager | None = None

    @property
    def downloads(self) -> DownloadManager:
        """Model downloads, shared by the welcome and the 모델 page; made on first use (not at start-up)."""
        if self._downloads is None:
            from desktop.ui.downloads import DownloadManager

            self._downloads = DownloadManager(self.workers, parent=self)
            self._downloads.changed.connect(lambda _model_id: self.models_changed.emit())
        return self._downloads

    def resolve_unsaved_edits(self, parent: QWidget | None = None) -> bool:
        """Before work that reads saved data (a generation, closing): False when the person chose to go back."""
        return all(guard(parent) for guard in self.unsaved_guards)

    def window_settings(self) -> QSettings:
        return window_settings()

    def update_settings(self, settings: Settings) -> None:
        from desktop.core.settings import save_settings

        self.settings = settings
        save_settings(settings)
        self.settings_changed.emit()

    def engine(self, choice: str = "", model: str = "") -> Engine:
        """The engine for the next run; called on a worker thread, so it touches no widget."""
        from desktop.core.engines.router import EngineOptions, choose_engine  # engine SDKs load on first use

        options = EngineOptions(engine=choice, model=model, allow_cloud=self.settings.allow_cloud)
        return choose_engine(options, self.settings, self.session_keys)

    def sent_anything(self) -> bool:
        return bool(self.history.ledger())
