"""Superlative claims read by their shape (scope + first/only/top), and Hangul leaking into English prose."""

from __future__ import annotations

import pytest

from desktop.core.factcheck import CheckContext
from desktop.core.factcheck.hype import korean_claims
from tests.core.factcheck.conftest import caught, errors


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("갈매 E7은 세계에서 가장 가벼운 접이식 전기자전거다.", "세계에서 가장 가벼운"),
        ("갈매모빌리티는 업계에서 유일하게 배터리를 직접 조립한다.", "업계에서 유일하게"),
        ("갈매 E7은 아시아에서 처음으로 자동 변속 기능을 달았다.", "아시아에서 처음으로"),
        ("국내 업체 가운데 유일하게 미국 판매점에 들어갔다.", "국내 업체 가운데 유일하게"),
        ("갈매모빌리티는 전 세계 최초로 접이식 배터리를 만들었다.", "전 세계 최초로"),
    ],
)
def test_superlatives_in_any_wording_are_caught(galmae: CheckContext, text: str, claim: str) -> None:
    caught(galmae, text, claim, "hype")


def test_a_superlative_the_facts_state_passes_reworded(galmae: CheckContext) -> None:
    # The facts: '국내 전기자전거 업체 최초로 KC 배터리 안전 인증 획득'.
    assert errors(galmae, "갈매모빌리티는 전기자전거 업체로는 국내에서 처음으로 KC 배터리 안전 인증을 받았다.") == []
    assert errors(galmae, "갈매모빌리티는 국내 최초로 KC 배터리 안전 인증을 받은 전기자전거 업체다.") == []
    # The same word over a wider scope is another claim.
    caught(galmae, "갈매모빌리티는 세계에서 처음으로 KC 배터리 안전 인증을 받았다.", "세계에서 처음으로", "hype")


def test_plain_uses_of_the_same_words_are_not_claims(galmae: CheckContext) -> None:
    assert korean_claims("업계의 가장 큰 고민은 배터리 화재다.") == []
    assert korean_claims("국내에서 생산한 부품을 쓴다.") == []
    assert errors(galmae, "출퇴근 거리가 가장 긴 직장인도 한 번 충전으로 오간다.") == []


def test_english_first_in_a_scope(galmae_en: CheckContext) -> None:
    text = "Galmae Mobility became the first in Korea to fold the battery into the frame."
    caught(galmae_en, text, "the first in Korea", "hype")
    caught(galmae_en, "It did so for the first time in the world.", "for the first time in the world", "hype")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The E7 is a 접이식 e-bike that fits under an office desk.", "접이식"),
        ("Galmae Mobility already supplies 120 판매점 in Texas and Georgia.", "판매점"),
    ],
)
def test_a_hangul_word_in_an_english_sentence_is_a_leak(galmae_en: CheckContext, text: str, claim: str) -> None:
    # Both words are in the (Korean) facts; in English prose they are untranslated leaks.
    caught(galmae_en, text, claim, "script")


def test_hangul_names_and_values_from_the_facts_pass_in_english(galmae_en: CheckContext) -> None:
    assert errors(galmae_en, "Galmae Mobility (갈매모빌리티) builds folding e-bikes in Bac Ninh, Vietnam.") == []
    assert errors(galmae_en, "The new 갈매 E7 weighs less than the bikes it replaces.") == []
