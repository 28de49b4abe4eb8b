"""The review step as a PR manager meets it: invented claims highlighted and listed with what the facts say,
answered in one click (fix, accept, add to the company's facts), re-checked as they type, asked about before
export and carried into the Word file as comments; a document missing a part says 미완성 and can be filled.

Drafts come from real History rows and the real claim checker (Kiwi included); one test runs the real
pipeline against the loopback Ollama.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import paths
from desktop.core.answers import validate_answers
from desktop.core.generation import GenerationJob
from desktop.core.parts.provenance import PartRecord
from desktop.core.profile import load_profile
from desktop.core.review import fact_for
from desktop.core.workflows import get_workflow
from desktop.ui.app_state import AppState
from desktop.ui.generation_view import GenerationView
from desktop.ui.review import CHECK_DELAY_MS
from desktop.ui.theme import current_theme
from tests.docx_inspect import comments
from tests.ui.conftest import DialogAnswerer
from tests.ui.ollama_loopback import LoopbackOllama, ollama  # noqa: F401 - the fixture
from tests.ui.test_promises import run_to_end, wizard_on_loopback

ANSWERS = {
    "announcement": "한빛베이커리가 성수동에 7번째 매장을 연다.",
    "date": "2026-03-10",
    "key_points": ["3월 20일 개점"],
    "quote_points": "이웃과 맛을 나누고 싶다.",
}
HEADLINE = "**보도자료** · 배포 2026년 3월 10일\n\n# 한빛베이커리, 성수동에 7번째 매장 연다\n"
LEAD = (  # the key point '3월 20일 개점' only adds when: the lead built from the facts says it
    "서울, 2026년 3월 10일 — 제과·베이커리 기업 한빛베이커리(대표 김다은)는 3월 20일 성수동에 7번째 매장을 연다고 10일 밝혔다."
)
RELEASE = f"""{HEADLINE}
{LEAD}

한빛베이커리는 3월 20일 개점한다. 한빛베이커리는 신규 인력 142명을 채용한다.

김다은 대표는 “이웃과 맛을 나누고 싶다”고 말했다.

## 회사소개

한빛베이커리는 2012년 서울 마포구에서 문을 연 동네 빵집으로, 국산 밀과 천연 발효종으로 빵을 굽습니다. 현재 서울에 매장 6곳을 운영하고 있습니다.

## 언론 문의

- 담당: 이수진 홍보팀장
- 전화: 02-3141-5926
- 이메일: press@hanbit-bakery.example.kr
"""


def stored_draft(state: AppState, markdown: str, parts: list[PartRecord] | None = None) -> GenerationJob:
    """A press release in history as the pipeline leaves one: a draft and a finished version."""
    profile = load_profile(paths.demo_dir() / "company.toml")
    if not state.companies.path_for(profile.company.name).exists():
        state.companies.save(profile)
    workflow = get_workflow("press-release")
    answers = validate_answers(workflow, ANSWERS)
    draft_id = state.history.create_draft(workflow.name, profile.company.name, answers, profile.model_dump())
    version_id = state.history.start_version(draft_id, "ollama", "gemma3:4b")
    records = [part.to_record() for part in parts or []]
    state.history.save_version(version_id, markdown, "complete", [], {}, records)
    return GenerationJob(workflow, profile, answers, draft_id=draft_id)


def open_view(qtbot: QtBot, state: AppState, job: GenerationJob) -> GenerationView:
    view = GenerationView(state)
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show()
    view.load_draft(job)
    qtbot.waitUntil(lambda: view.review.review is not None, timeout=30_000)
    return view


def listed(view: GenerationView) -> list[str]:
    return [view.findings.row_text(row) for row in range(view.findings.count())]


def row_of(view: GenerationView, claim: str) -> int:
    return next(row for row in range(view.findings.count()) if view.findings.row_text(row).startswith(claim))


def marked(view: GenerationView) -> dict[str, QColor]:
    """The words marked in the document view, with their background colour."""
    return {s.cursor.selectedText(): s.format.background().color() for s in view.editor.rendered.extraSelections()}


def test_an_invented_claim_is_highlighted_listed_with_the_facts_and_selected_on_click(
    qtbot: QtBot, state: AppState
) -> None:
    view = open_view(qtbot, state, stored_draft(state, RELEASE))
    row = row_of(view, "142명")
    assert "자료에는" in listed(view)[row] and "48명" in listed(view)[row]  # the nearest fact is shown
    widget = view.findings.row_widget(row)
    assert widget is not None and widget.badge.text() == "오류"
    colour = marked(view)["142명"]
    assert colour == QColor(current_theme().error_mark[0])  # an error, not the warnings' yellow
    assert colour != QColor(current_theme().mark_background)
    qtbot.mouseClick(widget.label, Qt.MouseButton.LeftButton)
    assert view.editor.rendered.textCursor().selectedText() == "142명"
    view.editor.rendered.setTextCursor(view.editor.rendered.cursorForPosition(view.editor.rendered.rect().topLeft()))
    qtbot.mouseClick(widget.fix, Qt.MouseButton.LeftButton)
    assert view.editor.rendered.textCursor().selectedText() == "142명"
    assert view.editor.rendered.hasFocus()


def test_accepting_a_claim_removes_it_and_the_draft_remembers(qtbot: QtBot, state: AppState) -> None:
    job = stored_draft(state, RELEASE)
    view = open_view(qtbot, state, job)
    widget = view.findings.row_widget(row_of(view, "142명"))
    assert widget is not None
    checks = len(listed(view))
    qtbot.mouseClick(widget.accept, Qt.MouseButton.LeftButton)
    assert not any(text.startswith("142명") for text in listed(view)) and len(listed(view)) == checks - 1
    assert "142명" not in marked(view)
    assert state.history.accepted(job.draft_id or 0) == {"number:142명"}
    with qtbot.waitSignal(view.review.reviewed, timeout=10_000):
        view.review.check_now()  # the checker agrees, not just the list
    assert not any(text.startswith("142명") for text in listed(view))
    again = open_view(qtbot, state, job)  # the draft reopened later
    assert not any(text.startswith("142명") for text in listed(again))


def test_adding_a_claim_to_the_company_facts_makes_the_next_check_pass(qtbot: QtBot, state: AppState) -> None:
    job = stored_draft(state, RELEASE)
    view = open_view(qtbot, state, job)
    widget = view.findings.row_widget(row_of(view, "142명"))
    assert widget is not None
    with qtbot.waitSignal(view.review.reviewed, timeout=30_000):
        qtbot.mouseClick(widget.add_fact, Qt.MouseButton.LeftButton)
    saved = load_profile(state.companies.path_for("한빛베이커리"))
    assert "신규 인력 142명" in [fact.text for fact in saved.facts]
    assert not any(text.startswith("142명") for text in listed(view))
    assert state.history.accepted(job.draft_id or 0) == set()  # a company fact, not a one-draft exception
    another = open_view(qtbot, state, stored_draft(state, RELEASE))  # every draft of the company counts it
    assert not any(text.startswith("142명") for text in listed(another))


def test_fact_for_keeps_what_a_figure_measures() -> None:
    from desktop.core.findings import Finding

    start = RELEASE.index("142명")
    finding = Finding("number", "error", start, start + 4, "142명", "자료에 없는 수치", "not in the facts")
    assert fact_for(finding, RELEASE) == "신규 인력 142명"
    person = Finding("person", "error", 0, 6, "김영호 전무", "자료에 없는 인물", "not in the facts")
    assert fact_for(person, "김영호 전무는 말했다.") == "김영호 전무"


def test_a_stale_check_never_lands_on_newer_text(qtbot: QtBot, state: AppState) -> None:
    view = open_view(qtbot, state, stored_draft(state, RELEASE))
    seen: list[str] = []
    view.review.reviewed.connect(lambda review: seen.append(review.markdown))
    view.editor.show_source_view()
    older = RELEASE.replace("142명", "35명")
    view.editor.source.setPlainText(older)
    view.review.check_now()  # its result can only arrive after the next edit (queued to this thread)
    newer = older.replace("3월 20일 개점한다.", "3월 20일 매장 30곳을 연다.")
    view.editor.source.setPlainText(newer)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [newer]
    assert any(text.startswith("30곳") for text in listed(view))


def test_an_edit_with_an_invented_figure_is_flagged_after_typing_stops_and_export_asks(
    qtbot: QtBot,
    state: AppState,
    ollama: LoopbackOllama,  # noqa: F811
    dialogs: DialogAnswerer,
    tmp_path: Path,
) -> None:
    ollama.answers = ["성수동 7번째 매장 연다"]  # the headline after the prime "# 한빛베이커리, "
    wizard = wizard_on_loopback(qtbot, state, ollama, "press-release")
    wizard.next()  # 생성
    view = wizard.generate_page.view
    run_to_end(qtbot, wizard, 1)
    qtbot.waitUntil(lambda: view.review.review is not None, timeout=30_000)
    assert view.completeness.status.text().startswith("완료")
    assert not any(text.startswith("30곳") for text in listed(view))
    view.editor.show_source_view()
    typed = view.editor.markdown().replace("## 회사소개", "한빛베이커리는 올해 매장 30곳을 더 연다.\n\n## 회사소개")
    view.editor.source.setPlainText(typed)
    assert view.review.timer.isActive() and view.review.timer.interval() == CHECK_DELAY_MS
    assert not any(text.startswith("30곳") for text in listed(view))  # not before typing stops
    qtbot.waitUntil(lambda: any(text.startswith("30곳") for text in listed(view)), timeout=10_000)
    assert "30곳" in {s.cursor.selectedText() for s in view.editor.source.extraSelections()}
    wizard.next()  # to 내보내기
    dialogs.reply(QMessageBox.StandardButton.No)
    assert wizard.export_page.export_to(tmp_path / "no.docx") is None
    assert wizard.currentPage() is wizard.generate_page and not (tmp_path / "no.docx").exists()
    assert "확인되지 않은 사실이" in dialogs.seen[0][0] and "30곳" in dialogs.seen[0][0]
    wizard.next()
    dialogs.reply(QMessageBox.StandardButton.Yes)
    saved = wizard.export_page.export_to(tmp_path / "yes.docx")
    assert saved is not None
    notes = comments(saved)
    assert any(anchor == "30곳" and "자료에 없는 수치" in text for anchor, text in notes)
    edit = state.history.versions(view.versions[0].draft_id)[-1]
    assert edit.status == "edited" and "30곳" in edit.markdown  # what was exported is in history


@pytest.mark.parametrize("lang", ["ko"])
def test_an_incomplete_document_says_so_and_is_filled_from_the_facts(qtbot: QtBot, state: AppState, lang: str) -> None:
    reason = PartRecord("lead", "리드", "facts", asked=True, reason_ko="날짜가 없음", reason_en="no date")
    job = stored_draft(state, HEADLINE, [reason])
    view = open_view(qtbot, state, job)
    bar = view.completeness
    assert (
        bar.status.text().startswith("미완성") and "회사소개" in bar.status.text() and "언론 문의" in bar.status.text()
    )
    assert "완료" not in bar.status.text() and bar.fill.isVisible()
    assert "자료로 만든 부분: 리드 (날짜가 없음)" in bar.from_facts.text()
    assert view.version_box.itemText(0) == "버전 1 · 미완성"  # history no longer calls it 완료
    assert state.history.versions(job.draft_id or 0)[0].status == "incomplete"
    with qtbot.waitSignal(view.review.reviewed, timeout=10_000):
        qtbot.mouseClick(bar.fill, Qt.MouseButton.LeftButton)
    first, filled = state.history.versions(job.draft_id or 0)
    assert first.markdown == HEADLINE  # the version as written stays
    assert (filled.status, filled.based_on) == ("edited", 1)
    assert LEAD in filled.markdown and "## 회사소개" in filled.markdown and "02-3141-5926" in filled.markdown
    assert view.editor.markdown() == filled.markdown
    assert bar.status.text().startswith("완료") and not bar.fill.isVisible()


def test_error_and_warning_marks_stay_readable_in_light_and_dark() -> None:
    from desktop.ui.theme import DARK, LIGHT, contrast

    for theme in (LIGHT, DARK):
        assert contrast(theme.error_mark[1], theme.error_mark[0]) >= 4.5
        assert theme.error_mark[0] != theme.mark_background
