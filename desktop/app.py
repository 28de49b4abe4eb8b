"""Composition root of the PR Studio window: one instance, settings, translations, crash log, main window,
first run, clean exit.

Start-up imports only what the first screen needs: engines, PDF reading, HTTP
and the Word exporter load where they are first used (see bench/startup.py).
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import threading
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType, TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.core.errors import StorageError
from desktop.core.logfile import install_log_file, log_error
from desktop.ui.app_setup import prepare_application, release_clipboard
from desktop.ui.app_state import AppState
from desktop.ui.main_window import MainWindow
from desktop.ui.single_instance import SingleInstance

if TYPE_CHECKING:
    from desktop.core.settings import Settings
    from desktop.core.store import History

log = logging.getLogger("prstudio")

#: Windows groups the taskbar button under this id (PR Studio's icon, not Python's); the installer's shortcuts carry it too.
WINDOWS_APP_ID = "PRStudio.PRStudio"


def interface_language(saved: str, first_run: bool) -> str:
    """The settings decide; on the first run the system locale does."""
    if first_run:
        return "ko" if QLocale.system().name().startswith("ko") or QLocale.system().name() == "C" else "en"
    return "en" if saved == "en" else "ko"


def saved_language() -> str:
    """The interface language from the settings file, read before the settings are loaded and checked
    so the window can paint in the right language at once (a damaged file is reported right after)."""
    try:
        return str(json.loads(paths.settings_path().read_text(encoding="utf-8")).get("language", "ko"))
    except (OSError, ValueError, AttributeError):
        return "ko"


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


def set_app_identity(app: QApplication) -> None:
    app.setOrganizationName("PRStudio")
    app.setApplicationName("PR Studio")
    app.setDesktopFileName("prstudio")
    app.setWindowIcon(QIcon(str(paths.icons_dir() / "app.svg")))
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID)


@contextmanager
def closing_on_terminate(app: QApplication) -> Iterator[threading.Event]:
    """Log-out, shutdown, ``kill`` and Ctrl+C in a terminal close the window the normal way.

    Closing runs each window's closeEvent (workers stop, keeping in history
    what they wrote; the geometry is saved) and the program exits with 0
    instead of dying mid-write. Python runs signal handlers only when it has control,
    which Qt's event loop never gives it, hence the idle timer.
    """
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()
        app.closeAllWindows()
        app.quit()

    previous = {number: signal.signal(number, on_signal) for number in (signal.SIGINT, signal.SIGTERM)}
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(200)
    try:
        yield stop
    finally:
        timer.stop()
        for number, handler in previous.items():
            signal.signal(number, handler)


def main(argv: Sequence[str] | None = None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    set_app_identity(app)
    try:
        instance = SingleInstance(paths.user_data_dir())
    except StorageError as error:  # the data folder cannot even be created: say which and why
        QMessageBox.critical(None, "PR Studio", error.message("ko"))
        return 2
    if instance.notify_running():
        return 0  # the running window came to the front
    instance.listen()
    try:
        return _run_window(app, instance, own_process=existing is None)
    finally:
        instance.close()


def _run_window(app: QApplication, instance: SingleInstance, own_process: bool) -> int:
    install_crash_log()
    first_run = not paths.settings_path().exists()
    lang = interface_language(saved_language(), first_run)
    install_translator(app, lang)
    prepare_application(app, lang)
    window = MainWindow(lang=lang)  # the frame paints first; the data loads right after
    instance.activated.connect(window.bring_to_front)
    with closing_on_terminate(app) as stop:
        window.show()
        app.processEvents()
        history = open_history(lang)
        if history is None:
            return 2
        state = AppState(_load_settings(), history, _company_store(), lang)
        window.attach(state)
        if first_run:
            from desktop.core.settings import save_settings
            from desktop.ui.welcome import WelcomeDialog  # the engine check loads only on the first run

            save_settings(state.settings.model_copy(update={"language": lang}))
            if WelcomeDialog(state, window).exec() == 2 and not stop.is_set():
                window.go_to(window.profiles)
                window.profiles.new_company()
        # A signal during the welcome dialog has already closed everything; a new event loop would never end.
        code = 0 if stop.is_set() else app.exec()
    release_clipboard()  # a copied draft must not outlive Python (SIGSEGV at exit on headless platforms)
    state.workers.cancel_all()
    if own_process:
        leave_when_workers_stop(state, code)
    return code


def _load_settings() -> Settings:
    from desktop.core.errors import InputError
    from desktop.core.settings import Settings, load_settings

    try:
        return load_settings()
    except InputError as error:
        QMessageBox.warning(None, "PR Studio", error.message("ko"))
        return Settings()


def open_history(lang: str) -> History | None:
    """The history database, telling the user what opening it had to do; None when it cannot be used."""
    from desktop.core.store import History

    try:
        history = History()
    except StorageError as error:
        QMessageBox.critical(None, "PR Studio", error.message(lang))
        return None
    for notice in history.notices:
        QMessageBox.information(None, "PR Studio", notice.message(lang))
    return history


def _company_store():  # type: ignore[no-untyped-def]
    from desktop.core.companies import CompanyStore

    return CompanyStore()


def leave_when_workers_stop(state: AppState, code: int, grace_ms: int = 3000) -> None:
    """A run blocked in a silent engine must not keep the closed program alive for minutes.

    Its text is already in history (every section is saved as it is written), so
    after a short grace the process ends without waiting for the engine (Qt's
    thread pool would otherwise wait for it at exit).
    """
    if state.workers.wait(grace_ms):
        return
    log.warning("a generation was still waiting for its engine at exit; leaving without it")
    logging.shutdown()
    os._exit(code)
