"""Rules of the language found by a blind held-out set: they hold for any company, not for one paragraph.

Each test uses its own fictional company (a bakery chain in 청주 whose CEO's
name is also given in Latin letters), so the rules are not checked on the
sentences that revealed them.
"""

from __future__ import annotations

import pytest

from desktop.core.factcheck import CheckContext
from desktop.core.factcheck.numerals import find_quantities
from desktop.core.factcheck.romanise import same_latin_name
from tests.core.factcheck.conftest import caught, context, errors

_PROFILE = """
[company]
name = "보리밭제과"
name_en = "Boribat Bakery"
ceo = "정하윤"
founded = 2014
headquarters = "충청북도 청주시 상당구"
industry = "제과 제조·유통"
employees = 96
description = "보리밭제과는 2014년 청주에서 설립된 제과 기업으로, 충북 지역 학교와 카페 세 곳에 빵을 납품한다. 직영 매장 두 곳을 운영한다."

[brand]
avoid = ["최고"]

[[products]]
name = "보리밭 통밀식빵"
description = "통밀 100% 식빵"

[contact]
name = "문지호"
title = "홍보 담당"
phone = "043-251-8830"
email = "pr@boribat.kr"

[[facts]]
text = "학교 급식실 27곳에 매주 세 번 빵 배송"

[[facts]]
text = "세 번째 직영 매장을 2026년 5월 세종에 연다"

[[facts]]
text = "배송 차량 12대와 직원 96명"
"""
_ANSWERS = {
    "announcement": "세 번째 직영 매장을 세종에 연다.",
    "date": "2026-05-06",
    "location": "청주",
    "key_points": ["세종 매장 하루 빵 2,000개 생산"],
    "quote_speaker": "정하윤 대표",
    "quote_points": "동네 빵집처럼 매일 구운 빵을 내겠다.",
    "length": "standard",
}
_ANSWERS_EN = {**_ANSWERS, "location": "Cheongju", "quote_speaker": "Jung Ha-yoon, CEO", "language": "en"}


@pytest.fixture(scope="module")
def boribat() -> CheckContext:
    return context(_PROFILE, _ANSWERS)


@pytest.fixture(scope="module")
def boribat_en() -> CheckContext:
    return context(_PROFILE, _ANSWERS_EN, language="en")


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        ("두 곳을", 2, "곳"),
        ("세 명이", 3, "명"),
        ("하루 두 번", 2, "회"),
        ("하루 2번", 2, "회"),
        ("주 3회", 3, "회"),
        ("세 나라로", 3, "개국"),
    ],
)
def test_native_counts_take_particles_and_times_are_one_unit(written: str, value: float, unit: str) -> None:
    (quantity,) = find_quantities(written)
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize("written", ["세 대학", "두 개월", "1번 항목"])
def test_a_counter_is_not_read_inside_another_word(written: str) -> None:
    assert all(q.unit != "회" and q.unit not in ("대", "개") for q in find_quantities(written))


def test_times_per_period_written_in_digits_or_words_pass(boribat: CheckContext) -> None:
    assert errors(boribat, "보리밭제과는 학교 급식실 27곳에 매주 3회 빵을 배송한다.") == []
    caught(boribat, "보리밭제과는 학교 급식실 27곳에 매주 5회 빵을 배송한다.", "5회", "number")


def test_the_third_store_makes_three_stores(boribat: CheckContext, boribat_en: CheckContext) -> None:
    assert errors(boribat, "세종 매장이 문을 열면 직영 매장은 세 곳이 된다.") == []
    assert errors(boribat_en, "The Sejong store brings the total to three stores of its own.") == []
    caught(boribat, "보리밭제과는 현재 직영 매장 세 곳을 운영한다.", "세 곳", "number")


def test_and_keeps_two_figures_apart(boribat_en: CheckContext) -> None:
    assert errors(boribat_en, "Boribat Bakery runs 12 delivery vans and two stores of its own.") == []


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Hayoon Jung", "Jung Ha-yoon", True),
        ("Ha Yoon JUNG", "Jung Ha-yoon", True),
        ("Hayoon Kim", "Jung Ha-yoon", False),
    ],
)
def test_latin_names_match_in_either_order(one: str, other: str, same: bool) -> None:
    assert same_latin_name(one, other) is same


def test_a_latin_speaker_written_family_name_last_is_the_speaker(boribat_en: CheckContext) -> None:
    text = '"We will bake every day, like a neighbourhood bakery," said Hayoon Jung, CEO of Boribat Bakery.'
    assert errors(boribat_en, text) == []
    caught(boribat_en, '"We will bake every day," said Hayoon Kim, CEO of Boribat Bakery.', "Hayoon Kim", "person")


def test_company_title_and_person_in_one_capitalised_run(boribat_en: CheckContext) -> None:
    assert errors(boribat_en, "Boribat Bakery CEO Jung Ha-yoon said the Sejong store opens in May 2026.") == []


def test_a_lone_city_dateline_is_a_place(boribat: CheckContext) -> None:
    lead = "{}, 2026년 5월 6일 — 보리밭제과(대표 정하윤)는 세 번째 직영 매장을 세종에 연다고 6일 밝혔다."
    assert errors(boribat, lead.format("청주")) == []
    caught(boribat, lead.format("천안"), "천안", "place")


def test_a_branded_name_after_its_product_kind_is_a_product(boribat: CheckContext) -> None:
    caught(boribat, "회사는 배송 서비스 보리밭익스프레스를 세종까지 넓힌다.", "보리밭익스프레스", "product")
    assert errors(boribat, "회사는 배송 서비스 이용자를 세종까지 넓힌다.") == []


def test_an_english_message_spells_the_korean_ceo_in_latin_letters(boribat_en: CheckContext) -> None:
    (found,) = [
        f for f in errors(boribat_en, "Boribat Bakery CEO Kim Min-seo opened the Sejong store.") if f.kind == "person"
    ]
    assert "Jung Ha-yoon (정하윤), CEO" in found.message_en


def test_an_award_is_supported_only_by_what_the_sources_say_of_awards(boribat: CheckContext) -> None:
    caught(boribat, "보리밭제과는 2025년 통밀어워드 대상을 수상했다.", "통밀어워드 대상", "award")
