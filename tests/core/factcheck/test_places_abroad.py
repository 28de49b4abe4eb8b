"""Places a district name shares with other cities, and states, provinces and prefectures abroad."""

from __future__ import annotations

import pytest

from desktop.core.factcheck import CheckContext
from desktop.core.factcheck.places import ancestors, find_places
from desktop.core.factcheck.text import Analysed
from tests.core.factcheck.conftest import caught, errors


def test_a_shared_district_name_is_read_with_its_city() -> None:
    mentions = find_places(Analysed("대구 중구 본사와 울산 중구 물류창고, 중구(인천) 매장", markdown=False))
    assert [m.ids for m in mentions if m.name == "중구"] == [("daegu/jung",), ("ulsan/jung",), ("incheon/jung",)]


def test_another_city_is_not_supported_by_a_district_name_it_shares(galmae: CheckContext) -> None:
    # The facts' 대구 중구 must not make every city with a 중구 a known place.
    caught(galmae, "갈매모빌리티는 다음 달 울산에 시승센터를 연다.", "울산", "place")
    caught(galmae, "부산 중구 남포동에도 체험 매장을 낸다.", "부산", "place")
    assert errors(galmae, "갈매모빌리티는 대구 중구에 본사를 두고 있다.") == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("갈매 E7은 텍사스·애리조나·조지아주 판매점에서 판다.", "애리조나"),
        ("6월부터 오하이오주 판매점에도 들어간다.", "오하이오주"),
        ("하이난성 휴양지에서 시승 행사를 연다.", "하이난성"),
        ("조립은 베트남 하이퐁 공장에서 맡는다.", "하이퐁"),
        ("캐나다 온타리오주에도 수출을 추진한다.", "온타리오주"),
    ],
)
def test_a_state_or_province_not_in_the_facts_is_caught(galmae: CheckContext, text: str, claim: str) -> None:
    caught(galmae, text, claim, "place")


def test_states_and_provinces_in_the_facts_pass_written_another_way(
    galmae: CheckContext, galmae_en: CheckContext
) -> None:
    assert errors(galmae, "갈매 E7은 미국 텍사스주와 조지아 판매점 120곳에서 판다.") == []
    assert errors(galmae, "조립은 베트남 박닌 공장에서 한다.") == []
    assert errors(galmae_en, "The folding e-bike goes on sale at 120 bike shops in Texas and Georgia.") == []
    caught(galmae_en, "The folding e-bike goes on sale at bike shops in Texas and Nevada.", "Nevada", "place")


def test_a_state_is_known_from_a_city_inside_it() -> None:
    # 'California' in a draft is true when the facts name Los Angeles (not the other way round).
    (mention,) = find_places(Analysed("로스앤젤레스 매장", markdown=False))
    assert {"us/california", "us"} <= ancestors(mention.ids[0])
    assert "us/nevada" not in ancestors(mention.ids[0])
