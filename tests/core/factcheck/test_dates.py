"""Dates in every common form, weekdays, the release day and the dateline."""

from __future__ import annotations

import pytest

from desktop.core.factcheck import CheckContext
from tests.core.factcheck.conftest import caught, errors


@pytest.mark.parametrize(
    "text",
    [
        "창원, 2026년 2월 3일 — 동해정밀은 제2공장을 준공했다고 3일 밝혔다.",
        "제2공장은 2026.03.02부터 가동한다.",
        "제2공장은 2026-03-02부터 가동한다.",
        "제2공장은 3월 2일부터 가동한다.",
        "동해정밀은 1998년 창원에서 설립됐다.",
    ],
)
def test_true_dates_pass(donghae: CheckContext, text: str) -> None:
    assert errors(donghae, text) == []


def test_english_dates_pass(nuri: CheckContext) -> None:
    text = "INCHEON, April 14, 2026 — Nuri Logistics said its warehouse opens on 20 April 2026. It was founded in 2016."
    assert errors(nuri, text) == []


def test_wrong_day_month_and_year_are_caught(donghae: CheckContext) -> None:
    caught(donghae, "제2공장은 3월 3일부터 가동한다.", "3월 3일", "date")
    caught(donghae, "동해정밀은 2001년 설립됐다.", "2001년", "date")
    caught(donghae, "제2공장은 2027년 3월 2일부터 가동한다.", "2027년 3월 2일", "date")


def test_the_release_day_and_the_dateline_are_the_release_date(donghae: CheckContext) -> None:
    caught(donghae, "동해정밀은 제2공장을 준공했다고 4일 밝혔다.", "4일", "date")
    caught(donghae, "창원, 2026년 2월 4일 — 동해정밀은 제2공장을 준공했다.", "2026년 2월 4일", "date")


def test_a_weekday_must_fit_its_date(bridge: CheckContext) -> None:
    assert errors(bridge, "새 버전은 5월 19일(화) 정식 출시된다.") == []
    found = caught(bridge, "새 버전은 5월 19일(수) 정식 출시된다.", "5월 19일(수)", "date")
    assert "화요일" in found[0].message_ko


def test_a_date_of_another_event_is_caught(donghae: CheckContext) -> None:
    caught(donghae, "제2공장은 2월 3일부터 가동한다.", "2월 3일", "date")
