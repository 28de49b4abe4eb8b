"""Real user paths through the wizard, on the real embedded model, down to the Word file."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from desktop.core.workflows import get_workflow
from desktop.ui.app_state import AppState
from desktop.ui.wizard import WorkflowWizard

pytestmark = pytest.mark.model


def open_wizard(qtbot: QtBot, state: AppState, name: str) -> WorkflowWizard:
    wizard = WorkflowWizard(get_workflow(name), state)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.company_page.load_demo()
    wizard.next()
    return wizard


def fill(wizard: WorkflowWizard, values: dict[str, object]) -> None:
    for name, value in values.items():
        wizard.fields_page.inputs[name].set_value(value)


def generate(qtbot: QtBot, wizard: WorkflowWizard) -> None:
    wizard.next()  # fields → options
    wizard.next()  # options → generate (starts the worker)
    view = wizard.generate_page.view
    qtbot.waitUntil(lambda: not view.is_busy() and bool(view.versions), timeout=240_000)


def test_press_release_from_company_to_word(qtbot: QtBot, state: AppState, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, state, "press-release")
    wizard.next()
    assert "발표 내용" in wizard.fields_page.banner.text()  # required field left empty
    fill(
        wizard,
        {
            "announcement": "한빛베이커리가 성수동에 7번째 매장을 연다.",
            "key_points": ["3월 20일 개점"],
            "quote_points": "이웃과 맛을 나누고 싶다.",
        },
    )
    generate(qtbot, wizard)
    view = wizard.generate_page.view
    assert view.versions[-1].status == "complete"
    assert "회사소개" in view.editor.toPlainText()
    assert "토큰" in view.usage_label.text()
    wizard.next()
    saved = wizard.export_page.export_to(tmp_path / wizard.suggested_name())
    assert saved is not None and saved.name.startswith("한빛베이커리_보도자료_")
    word = docx.Document(str(saved))
    assert any(p.style.name == "Title" for p in word.paragraphs)
    assert word.sections[0].header.paragraphs[0].text == "한빛베이커리"
