"""The Word file: Korean fonts, header, page numbers, contents, real tables, atomic saves, any text."""

from __future__ import annotations

import os
import re
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.errors import OutputError
from desktop.core.markdown_parse import parse_markdown
from desktop.export.docx_export import ExportOptions, export_docx
from tests.docx_inspect import all_text, part_xml, styles_xml

REPORT = ExportOptions("report", "한빛베이커리", "ko", table_of_contents=True)
MARKDOWN = """# 한빛베이커리 위기관리 계획서

## 심각도 단계

| 단계 | 판단 기준 |
| --- | --- |
| 1단계 관심 | 내부 문의 |
| 2단계 주의 | SNS 확산 |

> 확인된 사실만 말한다.

- **대변인**: 이수진 홍보팀장
- 고객 응대

1. 첫째
2. 둘째
"""


def test_report_has_fonts_header_page_numbers_toc_and_tables(tmp_path: Path) -> None:
    out = export_docx(parse_markdown(MARKDOWN), tmp_path / "plan.docx", REPORT)
    word = docx.Document(str(out))
    assert word.paragraphs[0].style.name == "Title"
    assert word.sections[0].header.paragraphs[0].text == "한빛베이커리"
    footer = part_xml(out, "footer")
    assert "PAGE" in footer and "NUMPAGES" in footer
    assert 'TOC \\o "1-3"' in part_xml(out, "document.xml") and "updateFields" in part_xml(out, "settings.xml")
    [table] = word.tables
    assert [c.text for c in table.rows[1].cells] == ["1단계 관심", "내부 문의"]
    assert table.rows[0].cells[0].paragraphs[0].runs[0].bold
    styles = styles_xml(out)
    assert 'w:eastAsia="맑은 고딕"' in styles and "eastAsiaTheme" not in styles
    bold = [r.text for p in word.paragraphs for r in p.runs if r.bold]
    assert "대변인" in bold
    assert [p.style.name for p in word.paragraphs if p.text in ("첫째", "둘째")] == ["List Number"] * 2
    assert any(p.style.name == "Quote" for p in word.paragraphs)


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "plan.docx"
    target.write_bytes(b"old version")
    export_docx(parse_markdown(MARKDOWN), target, REPORT)
    assert docx.Document(str(target)).paragraphs[0].text == "한빛베이커리 위기관리 계획서"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.docx"]


def test_a_target_that_cannot_be_replaced_is_reported(tmp_path: Path) -> None:
    (tmp_path / "plan.docx").mkdir()
    with pytest.raises(OutputError) as caught:
        export_docx(parse_markdown(MARKDOWN), tmp_path / "plan.docx", REPORT)
    assert "Word에서 열려" in caught.value.message("ko")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.docx"]


def test_control_characters_are_removed_not_crashed_on(tmp_path: Path) -> None:
    out = export_docx(parse_markdown("# 제목\x00\x0b\n\n본문\x1f 텍스트\ufffe"), tmp_path / "a.docx", REPORT)
    assert "본문 텍스트" in all_text(out)


WORD = re.compile(r"[^\W_]+")  # letters and digits; "_" is Markdown emphasis


@settings(
    max_examples=int(os.environ.get("PRSTUDIO_HYPOTHESIS_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=300))
def test_any_text_survives_markdown_document_and_word(tmp_path: Path, text: str) -> None:
    out = export_docx(parse_markdown(text), tmp_path / "any.docx", REPORT)
    written = all_text(out) + docx.Document(str(out)).paragraphs[0].text
    expected = WORD.findall(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text))
    found = WORD.findall(written)
    remaining = iter(found)
    for word in expected:  # every word, in order (markup characters may go)
        assert any(word in candidate for candidate in remaining), (word, text)
