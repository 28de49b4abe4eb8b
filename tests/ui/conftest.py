"""Window tests: offscreen Qt, a fresh app state per test, and no worker left behind."""

from __future__ import annotations

import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from desktop.core.companies import CompanyStore  # noqa: E402
from desktop.core.settings import Settings  # noqa: E402
from desktop.core.store import History  # noqa: E402
from desktop.ui.app_setup import install_main_thread_collector, release_clipboard  # noqa: E402
from desktop.ui.app_state import AppState  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def clipboard_released_at_exit(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The run ends as the program does: a draft copied by a test is freed before Python finalizes.

    Left on the offscreen clipboard it is deleted by Qt at ``exit()``, after the
    interpreter is gone, and pytest dies with SIGSEGV (139) after every test passed. Garbage
    collection runs on the UI thread only, as in the program (``app_setup.MainThreadCollector``).
    """
    install_main_thread_collector(qapp)
    yield
    release_clipboard()


@pytest.fixture
def state(qapp) -> Iterator[AppState]:  # type: ignore[no-untyped-def]
    history = History()
    app_state = AppState(Settings(), history, CompanyStore(), "ko")
    yield app_state
    finished = app_state.workers.cancel_all_and_wait(30_000)
    history.close()
    assert finished, "a worker was still running after the test"


@pytest.fixture(autouse=True)
def no_workers_left(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    assert QThreadPool.globalInstance().waitForDone(1000), "a test left a worker running on the thread pool"


class DialogAnswerer:
    """Answers the message boxes the window opens, as a person would click, and remembers what they said."""

    def __init__(self) -> None:
        self.replies: list[QMessageBox.StandardButton] = []
        self.seen: list[tuple[str, list[str]]] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._answer)

    def reply(self, *buttons: QMessageBox.StandardButton) -> DialogAnswerer:
        self.replies.extend(buttons)
        self.timer.start()
        return self

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not self.replies:
            return
        self.seen.append((box.text(), [button.text() for button in box.buttons()]))
        box.button(self.replies.pop(0)).click()
        if not self.replies:
            self.timer.stop()


@pytest.fixture
def dialogs(qapp) -> Iterator[DialogAnswerer]:  # type: ignore[no-untyped-def]
    answerer = DialogAnswerer()
    yield answerer
    answerer.timer.stop()
    assert not answerer.replies, f"expected questions were never asked: {answerer.replies}"
