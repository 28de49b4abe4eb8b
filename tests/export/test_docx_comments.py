"""Open findings become Word comments on exactly the words they are about (reopened and read back)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.factcheck import CheckContext, check_text
from desktop.core.markdown_parse import parse_markdown
from desktop.export.docx_export import ExportOptions, export_docx
from tests.core.factcheck import companies
from tests.core.factcheck.conftest import context
from tests.docx_inspect import all_text, comments

MARKDOWN = """**보도자료** · 배포 2026년 2월 3일

# 동해정밀, 제2공장 준공… 신규 인력 142명 채용

창원, 2026년 2월 3일 — 동해정밀(대표 윤성호)은 제2공장을 준공하고 **신규 인력 142명**을 채용한다고 3일 밝혔다. 제2공장 연면적은 1만2천㎡이다.

- 담당: 김영호 전무
- 전화: 055-285-7100

| 구분 | 수치 |
| --- | --- |
| 신규 채용 | 35명 |
| 매출 | 1,500억 원 |
"""


def test_each_finding_is_a_comment_on_its_words(tmp_path: Path) -> None:
    ctx: CheckContext = context(companies.DONGHAE, companies.DONGHAE_ANSWERS)
    findings = check_text(MARKDOWN, ctx)
    claims = sorted(f.text for f in findings)
    assert claims == sorted(["142명", "142명", "1,500억 원", "김영호 전무"])
    out = export_docx(
        parse_markdown(MARKDOWN, subtitle_from_h2=True),
        tmp_path / "release.docx",
        ExportOptions("press_release", "동해정밀", "ko"),
        findings,
        MARKDOWN,
    )
    noted = comments(out)
    assert sorted(words for words, _ in noted) == claims
    by_words = dict(noted)
    assert by_words["1,500억 원"].startswith("[사실 확인 필요] 자료에 없는 수치입니다")
    assert "김영호 전무" in by_words and "자료에 없는 인물" in by_words["김영호 전무"]
    # Splitting runs for the comments loses no text.
    assert (
        "창원, 2026년 2월 3일 — 동해정밀(대표 윤성호)은 제2공장을 준공하고 신규 인력 142명을 채용한다고 3일 밝혔다."
        in all_text(out)
    )


def test_english_comments_and_no_findings_no_comments_part(tmp_path: Path) -> None:
    text = "# Title\n\nNuri Logistics delivers 60,000 parcels a day.\n"
    ctx = context(companies.NURI, companies.NURI_ANSWERS, language="en")
    out = export_docx(
        parse_markdown(text),
        tmp_path / "a.docx",
        ExportOptions("press_release", "Nuri", "en"),
        check_text(text, ctx),
        text,
    )
    assert [(words, note.split("]")[0]) for words, note in comments(out)] == [("60,000", "[Probably untrue")]
    plain = export_docx(parse_markdown(text), tmp_path / "b.docx", ExportOptions("press_release", "Nuri", "en"))
    assert comments(plain) == []
