"""Every workflow from a profile file to a Word file, on the real embedded model, read back like a reviewer.

The built-in model is a 270M base model: it is asked only for headline ideas,
a purpose paragraph and catchphrases, and every required part must still be
in the reopened .docx, correct, with no prompt debris.
"""

from __future__ import annotations

import re
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
DEBRIS = re.compile(
    r"<<<|>>>|### (예시|작성할|Example|Press release to write)|</?보도자료>|^(발표 내용|Announcement):", re.M
)


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
            "120",
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
    assert not DEBRIS.search(text), DEBRIS.search(text)
    [draft] = History().drafts()
    assert History().versions(draft.id)[-1].status == "complete"
    return text


def paragraphs(out: Path) -> list[str]:
    return [p.text for p in docx.Document(str(out)).paragraphs]


def headings(out: Path) -> list[str]:
    return [p.text for p in docx.Document(str(out)).paragraphs if p.style.name.startswith("Heading")]


def section(out: Path, title: str) -> str:
    """The text under one heading, up to the next heading of the same or a higher level."""
    word = docx.Document(str(out))
    lines, inside = [], False
    for p in word.paragraphs:
        if p.style.name in ("Heading 1", "Heading 2") or p.style.name == "Title":
            inside = p.text == title
        elif inside:
            lines.append(p.text)
    return "\n".join(lines)


def test_press_release_has_every_required_part(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "보도자료.docx"
    assert run("press-release", out) == 0
    text = assert_common(out)
    body = paragraphs(out)
    lead = next(p for p in body if p.startswith("서울, 2026년 3월 10일 —"))
    assert "한빛베이커리" in lead and lead.endswith("10일 밝혔다.")
    assert "3월 20일 서울 성동구 성수동에 7번째 매장" in text  # key point 1
    assert "첫 주 동안 우리밀 식빵 수익금 전액을 지역 푸드뱅크에 기부" in text  # key point 2
    quote = next(p for p in body if "“" in p)
    assert quote.startswith("김다은 대표는 “동네 빵집의 정직한 맛을 성수동 이웃들과 나누고 싶다”")
    assert {"회사소개", "언론 문의"} <= set(headings(out))
    assert "한빛베이커리는 2012년 서울 마포구에서" in text and "이수진 홍보팀장" in text
    assert "리드" in capsys.readouterr().err  # the command line says which parts were built from the facts


def test_english_press_release_follows_wire_conventions(tmp_path: Path) -> None:
    out = tmp_path / "release.docx"
    english = [
        "--set",
        "language=en",
        "--set",
        "announcement=Hanbit Bakery opens its seventh bakery in Seongsu-dong, Seoul.",
        "--set",
        "key_points=The bakery opens on March 20; Bread sales of the first week go to local food banks",
        "--set",
        "quote_speaker=Kim Da-eun, CEO",
        "--set",
        "quote_points=We want to share honest neighbourhood bread with Seongsu.",
    ]
    assert run("press-release", out, *english) == 0
    text = all_text(out)
    assert text.startswith("FOR IMMEDIATE RELEASE")
    assert "SEOUL, March 10, 2026 — Hanbit Bakery opens its seventh bakery in Seongsu-dong, Seoul" in text
    assert "The bakery opens on March 20." in text and "go to local food banks." in text
    assert "“We want to share honest neighbourhood bread with Seongsu,” said Kim Da-eun, CEO of Hanbit Bakery." in text
    assert "About Hanbit Bakery" in text and "Media contact" in text
    assert text.rstrip().endswith("###") and not DEBRIS.search(text)


def test_catchphrases_are_the_requested_number_and_pass_the_rules(tmp_path: Path) -> None:
    out = tmp_path / "캐치프레이즈.docx"
    assert run("catchphrase", out, "--set", "count=5", "--max-tokens", "80") == 0
    assert_common(out)
    candidates = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "List Number"]
    assert len(candidates) == 5 and len(set(candidates)) == 5
    assert all(c and len(c) <= 30 and "확인 필요" not in c and "최고" not in c for c in candidates)


def test_crisis_plan_has_a_holding_statement_per_scenario_and_checklists_per_level(tmp_path: Path) -> None:
    out = tmp_path / "위기관리.docx"
    assert run("crisis-plan", out) == 0
    text = assert_common(out)
    word = docx.Document(str(out))
    assert "TOC" in part_xml(out, "document.xml")
    found = headings(out)
    for expected in ("목적과 범위", "심각도 단계", "대응팀과 역할 (RACI)", "보고와 에스컬레이션 절차", "대변인 원칙"):
        assert expected in found
    for expected in ("이해관계자와 연락 채널", "첫 1시간 체크리스트", "사후 검토"):
        assert expected in found
    for scenario in ("제품 이물질 발견 신고", "매장 식중독 의심 신고", "SNS 허위 정보 확산"):
        assert found.count(f"초기 입장문: {scenario}") == 1
        statement = section(out, f"초기 입장문: {scenario}")
        for label in ("지금까지 확인된 내용:", "회사가 하고 있는 일:", "영향을 받는 분:", "다음 안내:"):
            assert label in statement
    assert [h for h in found if re.match(r"\d단계 ", h)] == ["1단계 관심", "2단계 주의", "3단계 심각"]
    raci = next(t for t in word.tables if t.rows[0].cells[0].text == "역할")
    assert [row.cells[1].text for row in raci.rows[1:]][:2] == ["김다은 대표", "이수진 홍보팀장"]
    assert "관할 구청 위생과" in text
    assert not re.search(r"20(1\d|2[0-5])년", text)  # no past incident: no year the facts do not name


def test_staff_manual_puts_every_policy_verbatim_in_its_chapter(tmp_path: Path) -> None:
    out = tmp_path / "매뉴얼.docx"
    assert run("staff-manual", out) == 0
    text = assert_common(out)
    assert {"회사 소개와 일하는 방식", "매장 위생 기준", "고객 응대", "남은 빵 기부 절차", "회사 규칙 모음"} <= set(
        headings(out)
    )
    assert "모든 직원은 출근 후 손 씻기와 위생모 착용을 확인한다" in section(out, "매장 위생 기준")
    assert "고객 불만은 당일 매장운영팀장에게 보고한다" in section(out, "고객 응대")
    assert "남은 빵은 영업 종료 후 기록하고 다음 날 오전 푸드뱅크에 전달한다" in section(out, "남은 빵 기부 절차")
    for chapter in ("매장 위생 기준", "고객 응대"):
        for label in ("목적:", "적용 대상:", "규칙:", "절차:", "문의:"):
            assert label in section(out, chapter)
    assert "이수진 홍보팀장" in text
