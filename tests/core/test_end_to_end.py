"""Every workflow from a profile file to a Word file, on the real embedded model."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from desktop import paths
from desktop.cli import main
from desktop.core.store import History
from tests.docx_inspect import all_text, contact_details, part_xml, styles_xml

pytestmark = pytest.mark.model
DEMO = paths.demo_dir()
PROFILE_CONTACTS = {"02-3141-5926", "press@hanbit-bakery.example.kr"}


def run(workflow: str, out: Path, *extra: str) -> int:
    return main(
        [
            "generate",
            workflow,
            "--profile",
            str(DEMO / "company.toml"),
            "--answers",
            str(DEMO / f"{workflow}.toml"),
            "--out",
            str(out),
            "--seed",
            "5",
            "--max-tokens",
            "160",
            *extra,
        ]
    )


def assert_common(out: Path) -> str:
    word = docx.Document(str(out))
    assert word.paragraphs[0].style.name in ("Title", "Normal")
    assert any(p.style.name == "Title" and p.text.strip() for p in word.paragraphs), "no title"
    assert "한빛베이커리" in word.sections[0].header.paragraphs[0].text
    assert 'w:eastAsia="맑은 고딕"' in styles_xml(out)
    assert "eastAsiaTheme" not in styles_xml(out)
    assert "PAGE" in part_xml(out, "footer")
    text = all_text(out)
    assert contact_details(text) <= PROFILE_CONTACTS, "a contact detail that is not in the profile"
    return text


def test_press_release_from_profile_to_word(tmp_path: Path) -> None:
    out = tmp_path / "보도자료.docx"
    assert run("press-release", out) == 0
    text = assert_common(out)
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name.startswith("Heading")]
    assert "회사소개" in headings and "언론 문의" in headings
    assert "한빛베이커리는 2012년 서울 마포구에서" in text  # boilerplate verbatim from the profile
    assert "이수진 홍보팀장" in text and "02-3141-5926" in text
    drafts = History().drafts()
    assert len(drafts) == 1 and drafts[0].workflow == "press-release"


def test_catchphrases_are_the_requested_number(tmp_path: Path) -> None:
    out = tmp_path / "캐치프레이즈.docx"
    assert run("catchphrase", out, "--set", "count=6") == 0
    assert_common(out)
    word = docx.Document(str(out))
    candidates = [p.text for p in word.paragraphs if p.style.name == "List Number"]
    assert len(candidates) == 6
    assert all(candidates)


def test_crisis_plan_has_toc_and_real_tables(tmp_path: Path) -> None:
    out = tmp_path / "위기관리.docx"
    assert run("crisis-plan", out) == 0
    text = assert_common(out)
    word = docx.Document(str(out))
    assert "TOC" in part_xml(out, "document.xml")
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    for expected in ("목적과 범위", "심각도 단계", "대응팀과 역할 (RACI)", "첫 1시간 체크리스트", "사후 검토"):
        assert expected in headings
    assert "초기 입장문: 제품 이물질 발견 신고" in headings
    raci = next(t for t in word.tables if t.rows[0].cells[0].text == "역할")
    assert [row.cells[1].text for row in raci.rows[1:]][:2] == ["김다은 대표", "이수진 홍보팀장"]
    severity = next(t for t in word.tables if t.rows[0].cells[0].text == "단계")
    assert len(severity.rows) == 1 + 3
    assert "관할 구청 위생과" in text


def test_staff_manual_chapters_and_policies_verbatim(tmp_path: Path) -> None:
    out = tmp_path / "매뉴얼.docx"
    assert run("staff-manual", out, "--set", 'chapters=["매장 위생 기준", "고객 응대"]') == 0
    text = assert_common(out)
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name.startswith("Heading")]
    assert {"매장 위생 기준", "고객 응대", "회사 규칙 모음"} <= set(headings)
    assert "고객 불만은 당일 매장운영팀장에게 보고한다" in text


def test_english_press_release_follows_wire_conventions(tmp_path: Path) -> None:
    out = tmp_path / "release.docx"
    assert run("press-release", out, "--set", "language=en") == 0
    text = all_text(out)
    assert text.startswith("FOR IMMEDIATE RELEASE")
    assert "About Hanbit Bakery" in text and "Media contact" in text
    assert text.rstrip().endswith("###")
