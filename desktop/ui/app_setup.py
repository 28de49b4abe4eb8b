"""What the whole application gets before a window opens: Qt's own Korean, colours that follow
the system, combo and spin boxes that ignore a stray mouse wheel, garbage collection kept on the
UI thread; and the clipboard it lets go of before it exits.

Qt's built-in texts (예/아니요 buttons, right-click menus, file dialogs) come
from Qt's own translation files shipped inside PySide6 (``qtbase_ko.qm`` in
the folder ``QLibraryInfo`` names); PR Studio's own strings are Korean in the
source and English in ``assets/i18n``.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent, QLibraryInfo, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

from desktop.ui.theme import follow_system_theme


def install_qt_translation(app: QApplication, lang: str) -> QTranslator | None:
    """Qt's own dialogs and menus in the interface language (Korean: ``qtbase_ko.qm``)."""
    if lang == "en":
        return None  # Qt's built-in texts are English already
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{lang}", folder):
        app.installTranslator(translator)
        return translator
    return None


class WheelGuard(QObject):
    """A wheel over a combo or spin box that has no focus scrolls the page instead of changing the value.

    Scrolling the 설정 page once changed the paid-API provider under the pointer;
    now a value changes by wheel only after the person clicked into the box.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(watched, (QComboBox, QAbstractSpinBox)):
            return False
        if event.type() == QEvent.Type.Polish:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel never gives focus
        elif event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            area = _scroll_area_around(watched)
            if area is not None and isinstance(event, QWheelEvent):
                vertical = abs(event.angleDelta().y()) >= abs(event.angleDelta().x())
                bar = area.verticalScrollBar() if vertical else area.horizontalScrollBar()
                QApplication.sendEvent(bar, event)  # the page scrolls as if the box were not there
            return True
        return False


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def install_wheel_guard(app: QApplication) -> WheelGuard:
    existing = app.findChild(WheelGuard)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard


#: Qt platforms without a system clipboard: Qt keeps copied data in a process-wide C++ object of its
#: own, which no other program can paste from.
IN_PROCESS_CLIPBOARD_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs"})


def release_clipboard() -> None:
    """Frees what the program copied while Python still runs, where the clipboard would outlive it.

    "서식 있는 텍스트로 복사" hands Qt a QMimeData made in Python. A system
    clipboard (Windows, macOS, X11, Wayland) is deleted with the application
    object, while Python still runs, and keeps or hands on the copy as usual:
    it is left alone. Qt's in-process clipboard (headless runs, the tests) is a
    C++ static destroyed by ``exit()`` after the interpreter has finalized;
    deleting the data then calls into a finalized Python and the process dies
    with SIGSEGV (exit code 139) after everything else succeeded. Clearing it
    loses nothing: no other program could paste from it.
    """
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication) and app.platformName() in IN_PROCESS_CLIPBOARD_PLATFORMS:
        app.clipboard().clear()


class MainThreadCollector(QObject):
    """Python's cyclic garbage collection, run only on the UI thread.

    Left automatic, a collection can start on whichever thread happens to
    allocate, such as a worker importing a module; if it frees a widget's
    Python wrapper there, Qt deletes the widget off its own thread and the
    program dies with SIGSEGV. Reference counting still frees almost
    everything at once; only cycles wait for this timer (a second at most).
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(1000)

    def collect(self) -> None:
        threshold = gc.get_threshold()[0]
        if gc.get_count()[0] > threshold:
            gc.collect()


def install_main_thread_collector(app: QApplication) -> MainThreadCollector:
    existing = app.findChild(MainThreadCollector)
    return existing if isinstance(existing, MainThreadCollector) else MainThreadCollector(app)


def prepare_application(app: QApplication, lang: str) -> None:
    install_qt_translation(app, lang)
    install_wheel_guard(app)
    install_main_thread_collector(app)
    follow_system_theme(app)
