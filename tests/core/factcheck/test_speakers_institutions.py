"""Only the quoted speaker may be quoted (an unnamed one is invented); institutions under their short names."""

from __future__ import annotations

import pytest

from desktop.core.factcheck import CheckContext
from tests.core.factcheck.conftest import caught, errors


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ('"Commuters want a bike they can carry upstairs," said a Texas bike-shop owner.', "Commuters want"),
        ('"Commuters want a bike they can carry upstairs," one Georgia dealer said.', "Commuters want"),
        ('According to an analyst at a Seoul brokerage, "the E7 opens the US market to Galmae."', '"the E7'),
    ],
)
def test_an_english_quote_from_someone_unnamed_is_caught(galmae_en: CheckContext, text: str, claim: str) -> None:
    found = caught(galmae_en, text, claim, "quote")
    assert all(f.severity == "error" for f in found if f.kind == "quote")


def test_a_korean_quote_from_an_unnamed_official_is_caught(galmae: CheckContext) -> None:
    text = '한 판매점 관계자는 "출퇴근길이 가벼워지는 자전거를 찾는 손님이 많다"고 말했다.'
    caught(galmae, text, "출퇴근길이 가벼워지는", "quote")


def test_the_quoted_speaker_still_speaks_in_any_form(galmae: CheckContext, galmae_en: CheckContext) -> None:
    # The quote points: '출퇴근길이 가벼워지는 자전거를 만들고 싶었다.' by 허은결 대표.
    assert errors(galmae, '허은결 대표는 "출퇴근길이 가벼워지는 자전거를 만들고 싶었다"고 말했다.') == []
    assert errors(galmae, '허 대표는 "출퇴근길을 가볍게 해 줄 자전거를 만들고 싶었다"고 말했다.') == []
    english = '"I wanted to build a bike that makes the commute lighter," said Heo Eun-gyeol, CEO of Galmae Mobility.'
    assert [f for f in errors(galmae_en, english) if f.kind == "quote"] == []


def test_institutions_pass_under_their_short_names(galmae: CheckContext) -> None:
    # The facts: '대구경북과학기술원, 한국교통대학교와 배터리 안전 공동 연구'.
    assert errors(galmae, "배터리 안전은 대구경북과기원, 한국교통대와 함께 연구했다.") == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [("배터리는 울산과기원과 함께 시험했다.", "울산과기원"), ("한국해양대와 함께 시험했다.", "한국해양대")],
)
def test_a_short_name_of_another_institution_is_caught(galmae: CheckContext, text: str, claim: str) -> None:
    caught(galmae, text, claim, "organisation")
