"""Composition root of the PR Studio window: settings, translations, crash log, main window, first run, clean exit."""

from __future__ import annotations

import logging
import signal
import sys
import threading
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType, TracebackType

from PySide6.QtCore import QLocale, QTimer, QTranslator
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

#: Windows groups the taskbar button under this id (PR Studio's icon, not Python's); the installer's shortcuts carry it too.
WINDOWS_APP_ID = "PRStudio.PRStudio"


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
    with closing_on_terminate(app) as stop:
        window.show()
        if first_run:
            save_settings(settings.model_copy(update={"language": lang}))
            if WelcomeDialog(state, window).exec() == 2 and not stop.is_set():
                window.go_to(window.profiles)
                window.profiles.new_company()
        # A signal during the welcome dialog has already closed everything; a new event loop would never end.
        return 0 if stop.is_set() else app.exec()
