"""Composition root of the PR Studio window: settings, translations, crash log, main window, first run."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.core.companies import CompanyStore
from desktop.core.errors import InputError
from desktop.core.settings import Settings, load_settings, save_settings
from desktop.core.store import History
from desktop.ui.app_state import AppState
from desktop.ui.main_window import MainWindow
from desktop.ui.welcome import WelcomeDialog

log = logging.getLogger("prstudio")


def interface_language(settings: Settings, first_run: bool) -> str:
    """The settings decide; on the first run the system locale does."""
    if first_run:
        return "ko" if QLocale.system().name().startswith("ko") or QLocale.system().name() == "C" else "en"
    return settings.language


def install_translator(app: QApplication, lang: str) -> QTranslator | None:
    """Sources are Korean; English comes from assets/i18n/prstudio_en.qm."""
    if lang != "en":
        return None
    translator = QTranslator(app)
    if translator.load(str(paths.translations_dir() / "prstudio_en.qm")):
        app.installTranslator(translator)
        return translator
    return None


def install_crash_log() -> None:
    log_file = paths.log_dir() / "prstudio.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)

    def on_unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
        QMessageBox.critical(
            None,
            "PR Studio",
            QApplication.translate(
                "App", "죄송합니다. 예상하지 못한 오류가 났습니다. 작업 내용은 기록에 남아 있습니다.\n자세한 내용: {0}"
            ).format(log_file),
        )

    sys.excepthook = on_unexpected


def main(argv: Sequence[str] | None = None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    app.setOrganizationName("PRStudio")
    app.setApplicationName("PR Studio")
    app.setWindowIcon(QIcon(str(paths.icons_dir() / "app.svg")))
    install_crash_log()
    first_run = not paths.settings_path().exists()
    try:
        settings = load_settings()
    except InputError as error:
        QMessageBox.warning(None, "PR Studio", error.message("ko"))
        settings = Settings()
    lang = interface_language(settings, first_run)
    install_translator(app, lang)
    state = AppState(settings, History(), CompanyStore(), lang)
    window = MainWindow(state)
    window.show()
    if first_run:
        save_settings(settings.model_copy(update={"language": lang}))
        if WelcomeDialog(state, window).exec() == 2:
            window.go_to(window.profiles)
            window.profiles.new_company()
    return app.exec()
