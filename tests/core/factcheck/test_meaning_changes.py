"""A change of meaning with the same words is an error: direction, outcome and the year against the facts."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.factcheck import CheckContext, check_text
from desktop.core.profile import CompanyProfile

PROFILE: dict[str, Any] = {
    "company": {"name": "해솔에너지", "ceo": "정태윤"},
    "brand": {"language": "ko"},
    "facts": [
        {"text": "2025년 매출은 418억 원으로 전년보다 12.5% 늘었다"},
        {"text": "광주시와 태양광 보급 업무협약을 체결했다"},
        {"text": "올해 나주공장에서 양산을 시작한다"},
        {"text": "Exports rose 20% in 2025"},
    ],
}
ANSWERS = {"date": "2026-02-24", "location": "광주"}


def meaning_errors(text: str) -> list[str]:
    ctx = CheckContext.build(CompanyProfile.model_validate(PROFILE), ANSWERS)
    return [text[f.start : f.end] for f in check_text(text, ctx) if f.kind == "meaning"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("해솔에너지의 2025년 매출은 418억 원으로 전년보다 12.5% 줄었다.", "줄었"),
        ("해솔에너지는 광주시와 태양광 보급 업무협약을 취소했다.", "취소"),
        ("해솔에너지는 내년 나주공장에서 양산을 시작한다.", "내년"),
        ("Haesol's exports fell 20% in 2025.", "fell"),
    ],
)
def test_a_turned_fact_is_caught(text: str, word: str) -> None:
    assert meaning_errors(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "해솔에너지의 2025년 매출은 418억 원으로, 전년보다 12.5% 증가했다.",
        "해솔에너지는 광주시와 태양광 보급을 위한 업무협약을 맺었다.",
        "해솔에너지는 올해 나주공장에서 양산에 들어간다.",
        "해솔에너지는 비용을 줄이고 생산을 늘렸다.",  # retells no fact: nothing to contradict
    ],
)
def test_the_same_fact_in_other_words_is_no_error(text: str) -> None:
    assert meaning_errors(text) == []
