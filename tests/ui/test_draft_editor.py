"""The review editor shows a document, keeps the Markdown whole, and maps finding offsets onto what is shown."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtGui import QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot

from desktop.core.generation import document_from_markdown
from desktop.core.workflows import get_workflow
from desktop.ui.draft_editor import DraftEditor

PRESS_RELEASE = """# 한빛베이커리, 성수동에 7번째 매장 연다

## 국산 밀 식빵을 매일 굽는 동네 빵집

서울, 2026년 3월 10일 — **한빛베이커리**(대표 김다은)는 성수동에 7번째 매장을 연다고 10일 밝혔다.

[대표 인용문 확인 필요]

- 3월 20일 개점
- 우리밀 식빵 *하루 200개* 한정

| 항목 | 내용 |
| --- | --- |
| 개점 | 3월 20일 |
| 장소 | 서울 성동구 [주소 확인 필요] |

> 동네 이웃과 맛을 나누고 싶다.

### 언론 문의

이수진 홍보팀장 02-3141-5926 press@hanbit-bakery.example.kr
"""

CRISIS_PLAN = """# 위기관리 계획서

## 대응 조직

1. 총괄 책임: 김다은 대표
2. 대변인: 이수진 홍보팀장

| 역할 | 담당 | 대리 |
| --- | --- | --- |
| 총괄 | 김다은 | [대리인 확인 필요] |

## 초기 입장문: 제품 이물질 발견 신고

고객께 불편을 드려 죄송합니다.
"""


def editor(qtbot: QtBot, markdown: str) -> DraftEditor:
    widget = DraftEditor()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.set_markdown(markdown)
    return widget


def same_document(workflow: str, before: str, after: str) -> bool:
    flow = get_workflow(workflow)
    return document_from_markdown(flow, before, "ko") == document_from_markdown(flow, after, "ko")


def test_the_draft_is_shown_as_a_document_and_comes_back_unchanged(qtbot: QtBot) -> None:
    widget = editor(qtbot, PRESS_RELEASE)
    shown = widget.rendered.toPlainText()
    assert "#" not in shown and "**" not in shown and "| ---" not in shown
    assert "한빛베이커리, 성수동에 7번째 매장 연다" in shown and "[대표 인용문 확인 필요]" in shown
    first = widget.rendered.document().begin()
    assert first.blockFormat().headingLevel() == 1
    assert widget.markdown() == PRESS_RELEASE and not widget.is_edited()
    widget.show_source_view()
    assert widget.source.toPlainText() == PRESS_RELEASE


def test_an_edit_in_the_document_view_keeps_every_other_word(qtbot: QtBot) -> None:
    for workflow, text in (("press-release", PRESS_RELEASE), ("crisis-plan", CRISIS_PLAN)):
        widget = editor(qtbot, text)
        untouched = widget.markdown()
        cursor = widget.rendered.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(" 추가한 문장.")
        assert widget.is_edited()
        edited = widget.markdown()
        assert edited.rstrip().endswith("추가한 문장.")
        restored = edited.replace(" 추가한 문장.", "")
        assert same_document(workflow, untouched, restored), edited
        for kept in ("[대표 인용문 확인 필요]", "[주소 확인 필요]", "[대리인 확인 필요]", "| 개점 | 3월 20일 |"):
            assert (kept in untouched) == (kept in edited)


def test_streamed_text_appears_as_a_document(qtbot: QtBot) -> None:
    widget = editor(qtbot, "")
    widget.set_read_only(True)
    for piece in ("# 새 매장", " 소식\n\n서울 — **한빛", "베이커리**는 문을 연다.\n"):
        widget.append_markdown(piece)
    qtbot.waitUntil(lambda: "문을 연다" in widget.rendered.toPlainText(), timeout=2000)
    assert widget.rendered.document().begin().blockFormat().headingLevel() == 1
    assert widget.markdown() == "# 새 매장 소식\n\n서울 — **한빛베이커리**는 문을 연다.\n"
    assert not widget.is_edited()


def test_finding_spans_are_highlighted_and_selected_in_the_rendered_view(qtbot: QtBot) -> None:
    widget = editor(qtbot, PRESS_RELEASE)
    for claim in ("7번째 매장을", "[주소 확인 필요]", "02-3141-5926", "하루 200개", "한빛베이커리"):
        start = PRESS_RELEASE.index(claim, PRESS_RELEASE.index("서울"))
        widget.select_markdown_span(start, start + len(claim))
        assert widget.rendered.textCursor().selectedText() == claim
    start = PRESS_RELEASE.index("3월 20일 개점")
    widget.highlight([(start, start + 9)])
    [selection] = widget.rendered.extraSelections()
    assert selection.cursor.selectedText() == "3월 20일 개점"
    widget.show_source_view()
    widget.select_markdown_span(start, start + 9)
    assert widget.source.textCursor().selectedText() == "3월 20일 개점"
    assert widget.source.extraSelections()[0].cursor.selectedText() == "3월 20일 개점"
    widget.highlight([])
    assert widget.source.extraSelections() == []


def test_copy_puts_formatted_text_on_the_clipboard(qtbot: QtBot) -> None:
    widget = editor(qtbot, PRESS_RELEASE)
    widget.copy_rich_text()
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasHtml() and "<table" in data.html() and "font-weight" in data.html()
    assert "**" not in data.text() and "한빛베이커리" in data.text()


def test_the_program_exits_cleanly_after_copying_a_draft() -> None:
    """Qt frees its offscreen clipboard after Python has finalized; the program lets go of the copy first.

    Before, a copied draft killed the process with SIGSEGV (139) on its way out.
    """
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication
        from desktop import app
        from desktop.ui.draft_editor import DraftEditor
        from desktop.ui.welcome import WelcomeDialog

        def copy_then_close(self):
            editor = DraftEditor()
            editor.set_markdown("# 보도자료\\n\\n**한빛베이커리** 개점")
            editor.copy_rich_text()
            return 0

        WelcomeDialog.exec = lambda self: 1
        QApplication.exec = copy_then_close
        sys.exit(app.main([]))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


def test_findings_with_spans_are_listed_highlighted_and_selected(qtbot: QtBot, state) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.findings import Finding
    from desktop.ui.generation_view import GenerationView

    view = GenerationView(state)
    qtbot.addWidget(view)
    view.editor.set_markdown(PRESS_RELEASE)
    start = PRESS_RELEASE.index("7번째")
    finding = Finding("number", "error", start, start + 3, "7번째", "자료에 없는 수", "not in the sources", "6개 매장")
    view.show_findings([finding.to_record(), "요약 문장"])
    assert view.findings.count() == 2 and "7번째" in view.findings.row_text(0)
    assert [s.cursor.selectedText() for s in view.editor.rendered.extraSelections()] == ["7번째"]
    view.findings.setCurrentRow(0)
    assert view.editor.rendered.textCursor().selectedText() == "7번째"
