"""Starting the program: first run shows the welcome, choices and geometry persist in the user folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import app as desktop_app
from desktop import paths
from desktop.cli import main as cli_main
from desktop.core.settings import load_settings
from desktop.core.workflows import get_workflow
from desktop.ui.app_state import AppState
from desktop.ui.main_window import MainWindow
from desktop.ui.welcome import WelcomeDialog
from desktop.ui.wizard import WorkflowWizard


def test_prstudio_without_arguments_opens_the_window_with_a_first_run_welcome(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the program installs its crash log; undo after
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: shown.append(self.windowTitle()) or 1)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert cli_main([]) == 0
    assert shown == ["홍보 스튜디오에 오신 것을 환영합니다"]
    assert paths.settings_path().exists() and load_settings().language == "ko"
    shown.clear()
    assert desktop_app.main([]) == 0  # the second start goes straight to work
    assert shown == []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
    assert QThreadPool.globalInstance().waitForDone(60_000)  # the welcome's engine check ends on its own


def test_last_choices_and_geometry_persist(qtbot: QtBot, state: AppState, prstudio_home: Path) -> None:
    state.companies.import_file(paths.demo_dir() / "company.toml")
    wizard = WorkflowWizard(get_workflow("press-release"), state)
    qtbot.addWidget(wizard)
    wizard.options_page.engine.setCurrentIndex(wizard.options_page.engine.findData("ollama"))
    wizard.options_page.model.setEditText("gemma3:4b")
    wizard.remember_choices()
    again = WorkflowWizard(get_workflow("catchphrase"), state)
    qtbot.addWidget(again)
    assert again.options_page.engine.currentData() == "ollama"
    assert again.options_page.model.currentText() == "gemma3:4b"
    assert again.company_page.companies.currentText() == "한빛베이커리"
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.close()
    assert paths.window_settings_path().exists()
    assert str(prstudio_home) in str(paths.window_settings_path())
