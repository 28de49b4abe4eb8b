"""Window tests: offscreen Qt, a fresh app state per test, and no worker left behind."""

from __future__ import annotations

import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QThreadPool  # noqa: E402

from desktop.core.companies import CompanyStore  # noqa: E402
from desktop.core.settings import Settings  # noqa: E402
from desktop.core.store import History  # noqa: E402
from desktop.ui.app_state import AppState  # noqa: E402


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
