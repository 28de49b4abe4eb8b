"""Figures are traced by value, unit and subject, however they are written."""

from __future__ import annotations

import pytest

from desktop.core.factcheck import CheckContext, check_text
from desktop.core.factcheck.numerals import find_quantities
from tests.core.factcheck.conftest import caught, errors


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        ("1천500원", 1500, "KRW"),
        ("2천400곳", 2400, "곳"),
        ("1,200,000개", 1_200_000, "개"),
        ("120만 개", 1_200_000, "개"),
        ("1.2만 명", 12_000, "명"),
        ("3억 5천만 원", 350_000_000, "KRW"),
        ("1조 2천억 원", 1_200_000_000_000, "KRW"),
        ("$32 million", 32_000_000, "USD"),
        ("KRW 6.2 billion", 6_200_000_000, "KRW"),
        ("6.2 billion won", 6_200_000_000, "KRW"),
        ("3.1 percent", 3.1, "%"),
        ("세 번째", 3, "th"),
        ("두 곳", 2, "곳"),
    ],
)
def test_numerals_are_normalised(written: str, value: float, unit: str) -> None:
    (quantity,) = find_quantities(written)
    assert quantity.value == pytest.approx(value) and quantity.unit == unit


def test_a_changed_figure_is_caught_with_the_nearest_source(donghae: CheckContext) -> None:
    text = "동해정밀은 2025년 매출 1,300억 원을 기록했다."
    found = caught(donghae, text, "1,300억 원", "number")
    assert "1,200억 원" in found[0].source and found[0].source.startswith("자료에는")


def test_a_value_from_the_facts_on_another_subject_is_caught(donghae: CheckContext) -> None:
    text = "동해정밀은 올해 신규 인력 142명을 채용한다."
    found = caught(donghae, text, "142명", "number")
    assert "35명" in found[0].source
    caught(donghae, "제2공장에는 직원 35명이 일한다. 전체 직원은 142명이다.", "35명", "number")


@pytest.mark.parametrize(
    "text",
    [
        "동해정밀은 올해 35명을 새로 채용한다.",
        "동해정밀의 임직원은 142명이다.",
        "지난해 매출은 1200억 원이었다.",
        "감속기 부품을 연간 1,200,000개 생산한다.",
        "전국 정비 협력점 2천400곳에 부품을 공급한다.",
        "제2공장의 연면적은 12,000㎡이다.",
        "이번 채용으로 임직원 142명 가운데 35명이 신규 인력이 된다.",
    ],
)
def test_true_figures_written_another_way_pass(donghae: CheckContext, text: str) -> None:
    assert errors(donghae, text) == []


def test_english_figures_from_korean_facts(bridge_en: CheckContext) -> None:
    assert (
        errors(bridge_en, "CloudBridge raised $32 million in a Series B round and serves 1,200 business customers.")
        == []
    )
    caught(bridge_en, "CloudBridge raised $35 million in a Series B round.", "$35 million", "number")
    caught(bridge_en, "BridgeSync has 1,200 monthly active users.", "1,200", "number")
    caught(bridge_en, "BridgeSync has 350,000 monthly active users.", "350,000", "number")


def test_more_than_and_about(nuri: CheckContext) -> None:
    assert errors(nuri, "The company delivers more than 40,000 parcels a day from three warehouses.") == []
    assert errors(nuri, "Nuri Logistics posted revenue of about KRW 48 billion in 2025.") == []
    caught(nuri, "The company delivers 60,000 parcels a day.", "60,000", "number")


def test_list_numbers_table_labels_and_placeholders_are_not_claims(donghae: CheckContext) -> None:
    text = "1. 제2공장 준공\n2. 신규 채용\n\n| 번호 | 단계 |\n| --- | --- |\n| 1 | 1단계 관심 |\n\n매출 [수치 확인 필요] 기록"
    assert [f for f in check_text(text, donghae) if f.kind == "number"] == []
