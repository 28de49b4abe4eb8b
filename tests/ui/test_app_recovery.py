"""The window starts on a damaged history database, says so, and its crash box claims nothing it cannot know."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import app as desktop_app
from desktop import paths
from desktop.core.settings import Settings, save_settings
from desktop.ui.main_window import MainWindow


def test_the_window_opens_on_a_damaged_history_and_says_so(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(Settings())  # not a first run
    paths.history_db_path().write_bytes(b"not a database " * 500)
    told: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert desktop_app.main([]) == 0
    assert len(told) == 1 and "손상" in told[0] and ".damaged-" in told[0]
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()


def test_the_crash_box_does_not_claim_the_work_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    desktop_app.install_crash_log()
    try:
        raise RuntimeError("a bug")
    except RuntimeError as error:
        sys.excepthook(RuntimeError, error, error.__traceback__)
    [text] = shown
    assert "작업 내용은 기록에 남아 있습니다" not in text
    assert "저장되지 않았을 수 있습니다" in text and "prstudio.log" in text
    assert "RuntimeError: a bug" in (paths.log_dir() / "prstudio.log").read_text(encoding="utf-8")
