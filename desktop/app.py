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
from desktop.core.errors import InputError, StorageError
from desktop.core.logfile import install_log_file, log_error
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
    install_log_file()

    def on_unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log_file = log_error("unexpected error", "".join(traceback.format_exception(kind, error, tb)))
        # Honest: what was saved before is in history, what was being done may not be.
        text = QApplication.translate(
            "App",
            "죄송합니다. 예상하지 못한 오류가 났습니다. 저장이 끝난 글은 기록 화면에 있지만, "
            "방금 하던 작업은 저장되지 않았을 수 있습니다.",
        )
        if log_file:
            text += "\n" + QApplication.translate("App", "자세한 내용: {0}").format(log_file)
        else:
            text += "\n" + QApplication.translate("App", "데이터 폴더에 쓸 수 없어 로그도 남기지 못했습니다.")
        QMessageBox.critical(None, "PR Studio", text)

    sys.excepthook = on_unexpected


def open_history(lang: str) -> History | None:
    """The history database, telling the user what opening it had to do; None when it cannot be used."""
    try:
        history = History()
    except StorageError as error:
        QMessageBox.critical(None, "PR Studio", error.message(lang))
        return None
    for notice in history.notices:
        QMessageBox.information(None, "PR Studio", notice.message(lang))
    return history


def main(argv: Sequence[str] | None = None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    app.setOrganizationName("PRStudio")
    app.setApplicationName("PR Studio")
    app.setWindowIcon(QIcon(str(paths.icons_dir() / "app.svg")))
    install_crash_log()
    try:
        first_run = not paths.settings_path().exists()
    except StorageError as error:  # the data folder cannot even be created: say which and why
        QMessageBox.critical(None, "PR Studio", error.message("ko"))
        return 2
    try:
        settings = load_settings()
    except InputError as error:
        QMessageBox.warning(None, "PR Studio", error.message("ko"))
        settings = Settings()
    lang = interface_language(settings, first_run)
    install_translator(app, lang)
    history = open_history(lang)
    if history is None:
        return 2
    state = AppState(settings, history, CompanyStore(), lang)
    window = MainWindow(state)
    window.show()
    if first_run:
        save_settings(settings.model_copy(update={"language": lang}))
        if WelcomeDialog(state, window).exec() == 2:
            window.go_to(window.profiles)
            window.profiles.new_company()
    return app.exec()
