"""A figure is the same figure only with the same counter and the same kind of subject: goal, old price, count."""

from __future__ import annotations

import pytest

from desktop.core.factcheck import CheckContext
from desktop.core.factcheck.numerals import find_quantities
from desktop.core.factcheck.text import Analysed
from tests.core.factcheck.conftest import caught, errors


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        ("다도 교실은 12차시다.", 12, "차시"),  # not 12차 (an ordinal) followed by 시
        ("찻잎 수매량은 연간 40톤이다.", 40, "t"),
        ("하루 생산량은 900상자다.", 900, "상자"),  # a listed counter glued to the copula
        ("티백 3,600만 봉을 만든다.", 36_000_000, "봉"),  # a counter no list names, read by Kiwi
    ],
)
def test_kiwi_reads_the_counter_after_a_figure(written: str, value: float, unit: str) -> None:
    doc = Analysed(written)
    (quantity,) = find_quantities(doc.text, (), doc.tokens)
    assert quantity.value == pytest.approx(value) and quantity.unit == unit


def test_one_per_unit_is_not_a_figure_of_its_own() -> None:
    doc = Analysed("가격은 1세트 3만 8천 원이다.")
    assert [q.value for q in find_quantities(doc.text, (), doc.tokens)] == [38_000]


def test_a_figure_in_another_counter_is_caught(sodam: CheckContext) -> None:
    caught(sodam, "소담차방은 연간 티백 3,600만 봉을 생산한다.", "3,600만 봉", "number")
    caught(sodam, "다도 교실은 18차시로 운영된다.", "18차시", "number")
    assert errors(sodam, "소담차방은 연간 티백 3,600만 개를 생산한다. 다도 교실은 12차시다.") == []


def test_an_achieved_figure_given_as_the_goal_is_caught(sodam: CheckContext) -> None:
    caught(sodam, "소담차방은 올해 수출 목표를 180만 달러로 잡았다.", "180만 달러", "number")
    assert errors(sodam, "소담차방은 올해 수출 목표를 250만 달러로 정했다.") == []
    assert errors(sodam, "소담차방은 올해 수출 250만 달러를 내다본다.") == []  # a goal told without the word


def test_the_old_price_given_as_the_new_one_is_caught(sodam: CheckContext) -> None:
    caught(sodam, "'하동의 봄'은 4월 13일부터 판매되며 가격은 1세트 3만 2천 원이다.", "3만 2천 원", "number")
    assert errors(sodam, "'하동의 봄'의 가격은 1세트 3만 8천 원이다.") == []
    assert errors(sodam, "기존 소담차방 선물세트의 가격은 3.2만 원이었다.") == []
