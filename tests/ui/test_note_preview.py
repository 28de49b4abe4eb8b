"""Beside the key points, the sentence PR Studio will make of each: made off the UI thread, never stale."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.workflows import get_workflow
from desktop.core.writing import preview
from desktop.ui.app_state import AppState
from desktop.ui.note_preview import NotePreviewPanel
from desktop.ui.wizard import WorkflowWizard


def open_fields(qtbot: QtBot, state: AppState) -> tuple[WorkflowWizard, NotePreviewPanel]:
    wizard = WorkflowWizard(get_workflow("press-release"), state)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.company_page.load_demo()
    wizard.next()
    wizard.fields_page.inputs["announcement"].set_value("한빛베이커리가 성수동에 7번째 매장을 연다.")
    wizard.fields_page.inputs["date"].set_value("2026-03-10")
    [panel] = wizard.fields_page.findChildren(NotePreviewPanel)
    return wizard, panel


def test_each_note_shows_the_sentence_it_becomes_and_what_stays_as_written(qtbot: QtBot, state: AppState) -> None:
    wizard, panel = open_fields(qtbot, state)
    assert panel.isHidden()
    wizard.fields_page.inputs["key_points"].widget.setPlainText(
        "3월 20일 서울 성동구 성수동에 7번째 매장 개점\n신규 직원 12명 채용 예정\n친환경 종이 포장재"
    )
    qtbot.waitUntil(lambda: "12명을 채용할 예정이다" in panel.label.text(), timeout=20_000)
    text = panel.label.text()
    assert "→ 한빛베이커리는 3월 20일 서울 성동구 성수동에 7번째 매장을 개점한다." in text
    assert "적은 그대로 목록에 넣습니다: 친환경 종이 포장재" in text
    assert panel.isVisible()


def test_the_sentences_are_made_off_the_ui_thread_and_stale_ones_are_dropped(
    qtbot: QtBot, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    made = preview.note_previews

    def watched(*args: object) -> object:
        threads.append(threading.current_thread())
        return made(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(preview, "note_previews", watched)
    wizard, panel = open_fields(qtbot, state)
    box = wizard.fields_page.inputs["key_points"].widget
    box.setPlainText("연구 인력 20명 추가 채용")
    panel.refresh()  # a first run, at once …
    box.setPlainText("현지 인력 150명 채용 계획")  # … then the text changes before it lands
    panel.refresh()
    qtbot.waitUntil(lambda: "150명" in panel.label.text(), timeout=20_000)
    qtbot.wait(300)
    assert "20명" not in panel.label.text()  # what is shown belongs to what is in the box
    assert threads and all(thread is not threading.main_thread() for thread in threads)
