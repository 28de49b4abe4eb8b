"""People with their titles and places with the dateline, in Korean and English."""

from __future__ import annotations

import pytest

from desktop.core.factcheck import CheckContext
from tests.core.factcheck.conftest import caught, errors


@pytest.mark.parametrize(
    "text",
    [
        "창원, 2026년 2월 3일 — 자동차 부품 정밀가공 기업 동해정밀(대표 윤성호)은 제2공장을 준공했다고 3일 밝혔다.",
        "윤성호 대표이사는 공장 준공식에 참석했다.",
        "박정민 기술연구소장은 경량화 소재 연구를 이끌고 있다.",
        "문의는 정미영 홍보팀장에게 하면 된다.",
        "동해정밀은 경남 창원시 성산구에 본사를 두고 있다.",
    ],
)
def test_known_people_and_places_pass(donghae: CheckContext, text: str) -> None:
    assert errors(donghae, text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("김영호 전무는 준공식에서 인사말을 했다.", "김영호 전무"),
        ("동해정밀(대표 김철수)은 제2공장을 준공했다.", "대표 김철수"),
        ("정미영 대표는 새 공장을 소개했다.", "정미영 대표"),
        ("이 자리에는 최동훈 생산본부장도 참석했다.", "최동훈 생산본부장"),
    ],
)
def test_invented_people_and_wrong_titles_are_caught(donghae: CheckContext, text: str, claim: str) -> None:
    caught(donghae, text, claim, "person")


def test_english_names_of_korean_people(nuri: CheckContext, hanbit: CheckContext) -> None:
    assert errors(nuri, '"This warehouse is our answer," said Han Ji-min, CEO of Nuri Logistics.') == []
    assert errors(nuri, "Jimin Han, the company's chief executive, opened the site.") == []
    caught(nuri, '"We are proud," said David Park, vice president of operations.', "David Park", "person")
    caught(nuri, "Choi Soo-ah, CEO of Nuri Logistics, opened the site.", "Choi Soo-ah, CEO", "person")


def test_places_must_be_in_the_facts(donghae: CheckContext) -> None:
    caught(donghae, "동해정밀은 부산 강서구에 물류센터를 연다.", "부산", "place")
    caught(donghae, "동해정밀은 베트남 하노이에 공장을 세운다.", "베트남", "place")
    assert errors(donghae, "경상남도 창원의 동해정밀은 국내 완성차 업체에 부품을 공급한다.") == []


def test_the_dateline_is_the_location(donghae: CheckContext, nuri: CheckContext) -> None:
    caught(donghae, "부산, 2026년 2월 3일 — 동해정밀은 제2공장을 준공했다고 3일 밝혔다.", "부산", "place")
    caught(donghae, "서울, 2026년 2월 3일 — 동해정밀은 제2공장을 준공했다고 3일 밝혔다.", "서울", "place")
    assert errors(nuri, "INCHEON, South Korea, April 14, 2026 — Nuri Logistics opened a warehouse.") == []
    caught(nuri, "SEOUL, April 14, 2026 — Nuri Logistics opened a warehouse.", "SEOUL", "place")
