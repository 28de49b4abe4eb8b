"""Real user paths through the wizard, on the real embedded model, down to the Word file."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.workflows import get_workflow
from desktop.ui.app_state import AppState
from desktop.ui.wizard import WorkflowWizard
from tests.docx_inspect import comments

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
    wizard.next()  # 생성: options → generate (starts the worker)
    view = wizard.generate_page.view
    qtbot.waitUntil(lambda: not view.is_busy() and bool(view.versions), timeout=240_000)


def export(wizard: WorkflowWizard, target: Path) -> Path:
    """Saves as a person who has read the review: whatever the real model left open goes along as comments.

    (Whether the model leaves an open error varies with its text; the question itself is tested on a
    scripted engine in tests/ui/test_review.py.)
    """
    page = wizard.export_page
    view = wizard.generate_page.view
    view.keep_edits()
    errors = [f for f in view.review.findings_for(view.current_markdown()) if f.severity == "error"]
    saved = page.export_to(target, asked=True)
    assert saved is not None and len(comments(saved)) >= len(errors)
    return saved


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
    assert "회사소개" in view.editor.markdown() and "회사소개" in view.editor.rendered.toPlainText()
    assert "토큰" in view.usage_label.text()
    wizard.next()
    saved = export(wizard, tmp_path / wizard.suggested_name())
    assert saved.name == "한빛베이커리_보도자료_" + wizard.generate_page.view.job.answers["date"] + ".docx"
    word = docx.Document(str(saved))
    assert any(p.style.name == "Title" for p in word.paragraphs)
    assert word.sections[0].header.paragraphs[0].text == "한빛베이커리"


DEMO_VALUES = {
    "catchphrase": {"subject": "우리밀 식빵", "keywords": ["국산 밀", "정직"], "count": 4},
    "crisis-plan": {
        "scenarios": ["제품 이물질 발견 신고"],
        "team": ["총괄 책임: 김다은 대표", "대변인: 이수진 홍보팀장"],
        "stakeholders": ["고객", "언론"],
    },
    "staff-manual": {"chapters": ["매장 위생 기준"], "policies": ["출근 후 손을 씻는다"]},
}


@pytest.mark.parametrize("name", ["catchphrase", "crisis-plan", "staff-manual"])
def test_every_workflow_reaches_a_word_file(qtbot: QtBot, state: AppState, tmp_path: Path, name: str) -> None:
    wizard = open_wizard(qtbot, state, name)
    fill(wizard, DEMO_VALUES[name])
    generate(qtbot, wizard)
    view = wizard.generate_page.view
    if name == "catchphrase":
        assert view.pages.currentWidget() is view.board and len(view.board.cards) == 4
        view.board.cards[2].star.setChecked(True)
        view.board.cards[2].edit.setText("국산 밀로 굽는 정직한 아침")
        view.board.cards[2].pick.setChecked(True)
        view.board.cards[0].pick.setChecked(True)
    else:
        assert view.side.isVisible() and view.outline.count() >= 4
    assert wizard.generate_page.isComplete()
    wizard.next()
    saved = export(wizard, tmp_path / wizard.suggested_name())
    word = docx.Document(str(saved))
    text = "\n".join(p.text for p in word.paragraphs)
    if name == "catchphrase":
        picked = [p.text for p in word.paragraphs if p.style.name == "List Number"]
        assert picked[0] == "국산 밀로 굽는 정직한 아침" and len(picked) == 2  # starred first, only the picked
        generated, edited = state.history.versions(view.versions[0].draft_id)
        assert edited.status == "edited" and "국산 밀로 굽는 정직한 아침" in edited.markdown
        assert edited.markdown.count("\n") >= 3 and generated.status == "complete"  # history keeps all four
    elif name == "crisis-plan":
        assert len(word.tables) >= 4 and "초기 입장문: 제품 이물질 발견 신고" in text
    else:
        assert "매장 위생 기준" in text and "출근 후 손을 씻는다" in text


def test_cancel_keeps_the_partial_text(qtbot: QtBot, state: AppState) -> None:
    wizard = open_wizard(qtbot, state, "crisis-plan")
    fill(wizard, DEMO_VALUES["crisis-plan"])
    wizard.next()
    wizard.next()
    view = wizard.generate_page.view
    # The built-in model writes the purpose paragraph (every other part is built from the facts): stop it there.
    qtbot.waitUntil(lambda: view.is_busy() and "목적과 범위" in view.editor.markdown(), timeout=120_000)
    assert "##" not in view.editor.rendered.toPlainText()  # shown as a document while it streams
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Esc cancels; it does not close the wizard
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=60_000)
    assert wizard.isVisible()
    assert "취소" in view.banner.text()
    [version] = view.versions
    assert version.status == "cancelled" and "목적과 범위" in version.markdown
    assert state.history.versions(version.draft_id)[0].markdown == version.markdown


def test_regenerate_twice_and_switch_versions(qtbot: QtBot, state: AppState) -> None:
    wizard = open_wizard(qtbot, state, "press-release")
    fill(wizard, {"announcement": "한빛베이커리가 성수동에 7번째 매장을 연다."})
    wizard.options_page.extra_inputs["length"].set_value("short")
    generate(qtbot, wizard)
    view = wizard.generate_page.view
    written = [view.editor.markdown()]
    for expected in (2, 3):
        view.regenerate()
        qtbot.waitUntil(lambda n=expected: not view.is_busy() and len(view.versions) == n, timeout=240_000)
        written.append(view.editor.markdown())
    assert [v.number for v in view.versions] == [1, 2, 3]
    assert len({v.id for v in view.versions}) == 3 and len(state.history.drafts()) == 1
    assert [v.markdown for v in state.history.versions(view.versions[0].draft_id)] == written
    view.show_version(1)
    assert view.editor.markdown() == written[0]
    view.editor.show_source_view()
    view.editor.source.setPlainText(written[0] + "\n고친 문장.")
    view.show_version(3)  # switching away keeps the edit, as a version of its own
    stored = state.history.versions(view.versions[0].draft_id)
    assert stored[0].markdown == written[0] and stored[-1].markdown.endswith("고친 문장.")
    assert (stored[-1].status, stored[-1].based_on) == ("edited", 1)
    assert view.compare_button.isEnabled()


def test_ollama_down_shows_a_banner_and_the_built_in_model_continues(qtbot: QtBot, state: AppState) -> None:
    state.settings = state.settings.model_copy(update={"ollama_host": "http://127.0.0.1:9"})
    wizard = open_wizard(qtbot, state, "press-release")
    fill(wizard, {"announcement": "한빛베이커리가 성수동에 7번째 매장을 연다."})
    wizard.options_page.engine.setCurrentIndex(wizard.options_page.engine.findData("ollama"))
    wizard.options_page.model.setEditText("gemma3:4b")
    wizard.next()
    wizard.next()
    view = wizard.generate_page.view
    qtbot.waitUntil(lambda: not view.is_busy() and view.banner.isVisible(), timeout=60_000)
    assert "Ollama가 실행 중이 아닙니다" in view.banner.text()
    continue_button = next(b for b in view.banner.buttons if b.text() == "내장 모델로 계속")
    continue_button.click()
    qtbot.waitUntil(lambda: not view.is_busy() and bool(view.versions), timeout=240_000)
    assert view.versions[-1].status == "complete" and view.versions[-1].engine == "embedded"


def test_one_section_is_regenerated_alone(qtbot: QtBot, state: AppState) -> None:
    wizard = open_wizard(qtbot, state, "staff-manual")
    fill(wizard, {"chapters": ["매장 위생 기준", "고객 응대"], "policies": ["출근 후 손을 씻는다"]})
    generate(qtbot, wizard)
    view = wizard.generate_page.view
    before = view.editor.markdown()
    keep = before[: before.index("## 고객 응대")]
    item = next(view.outline.item(i) for i in range(view.outline.count()) if view.outline.item(i).text() == "고객 응대")
    view.outline.setCurrentItem(item)
    view.regenerate_selected_section()
    qtbot.waitUntil(lambda: not view.is_busy() and len(view.versions) == 2, timeout=240_000)
    after = view.editor.markdown()
    assert after.startswith(keep) and after.count("## 고객 응대") == 1
    assert "## 회사 규칙 모음" in after
