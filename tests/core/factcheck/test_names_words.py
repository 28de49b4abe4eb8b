"""Organisations, products, awards, borrowed example names, avoided words, hype and script leaks."""

from __future__ import annotations

import pytest

from desktop.core.factcheck import CheckContext, check_text
from tests.core.factcheck import companies
from tests.core.factcheck.conftest import caught, context, errors


@pytest.mark.parametrize(
    "text",
    [
        "동해정밀은 현대모비스의 1차 협력사로 EV 감속기 하우징을 공급한다.",
        "동해정밀은 2023년 ISO 14001 인증을 획득했다.",
        "동해정밀은 2024년 대한민국 안전산업대상에서 우수상을 받았다.",
        "동해정밀측은 제2공장이 3월 2일부터 가동한다고 설명했다.",
    ],
)
def test_known_names_pass(donghae: CheckContext, text: str) -> None:
    assert errors(donghae, text) == []


@pytest.mark.parametrize(
    ("text", "claim", "kind"),
    [
        ("동해정밀은 삼성전자와 업무협약을 맺었다.", "삼성전자", "organisation"),
        ("동해정밀은 한국생산성본부와 함께 교육을 연다.", "한국생산성본부", "organisation"),
        ("동해정밀은 신제품 '하이퍼하우징'을 출시했다.", "하이퍼하우징", "product"),
        ("동해정밀은 ISO 45001 인증을 획득했다.", "ISO 45001", "award"),
        ("동해정밀은 2025 대한민국 혁신경영대상을 수상했다.", "혁신경영대상", "award"),
    ],
)
def test_invented_names_are_caught(donghae: CheckContext, text: str, claim: str, kind: str) -> None:
    caught(donghae, text, claim, kind)


def test_english_names(nuri: CheckContext) -> None:
    assert errors(nuri, "Nuri Logistics, which runs NuriFresh, is HACCP certified.") == []
    caught(nuri, "Nuri Logistics partnered with Lotte Mart to deliver fresh food.", "Lotte Mart", "organisation")
    caught(nuri, "The company also launched NuriFrozen, a frozen-food delivery service.", "NuriFrozen", "product")
    caught(
        nuri,
        "Nuri Logistics won the 2025 Korea Logistics Innovation Award.",
        "Korea Logistics Innovation Award",
        "award",
    )


def test_names_borrowed_from_the_examples(hanbit: CheckContext, nuri: CheckContext) -> None:
    caught(hanbit, "푸른들식품은 성수동에 새 매장을 연다.", "푸른들식품", "example_name")
    caught(hanbit, "박서연 대표는 새 매장을 소개했다.", "박서연", "example_name")
    caught(nuri, '"We are glad," said Dana Kim, CEO.', "Dana Kim", "example_name")


def test_avoided_words_are_words(donghae: CheckContext) -> None:
    caught(donghae, "동해정밀은 최고의 품질을 약속한다.", "최고", "avoided_word")
    caught(donghae, "동해정밀은 업계 1위 부품 기업이다.", "업계 1위", "avoided_word")
    assert [f for f in check_text("윤성호 최고경영자는 준공식에 참석했다.", donghae) if f.kind == "avoided_word"] == []


def test_an_avoided_word_is_found_however_kiwi_cuts_it() -> None:
    # Alone '무조건' is one adverb; in this sentence Kiwi reads 무 + 조건: the letters still make the word.
    profile = companies.DONGHAE.replace('avoid = ["최고", "업계 1위"]', 'avoid = ["최고", "무조건"]')
    ctx = context(profile, companies.DONGHAE_ANSWERS)
    caught(ctx, "농가는 무조건 비료를 덜 쓰게 된다.", "무조건", "avoided_word")
    assert [f for f in check_text("무조건부 계약은 없다.", ctx) if f.kind == "avoided_word"] == []


def test_hype_unless_the_facts_say_it(donghae: CheckContext, nuri: CheckContext) -> None:
    caught(donghae, "동해정밀은 업계 최초로 알루미늄 하우징을 만들었다.", "업계 최초", "hype")
    caught(donghae, "획기적인 경량화 기술을 적용했다.", "획기적인", "hype")
    caught(nuri, "It is the world's first cold-chain hub of its kind.", "world's first", "hype")
    caught(nuri, "It is the world's most efficient cold-chain hub.", "world's most efficient", "hype")
    caught(nuri, "A revolutionary warehouse opens in Pyeongtaek.", "revolutionary", "avoided_word")


def test_approvals_awards_and_based_places_in_english(nuri: CheckContext) -> None:
    caught(nuri, "Its cold boxes also hold FDA 510(k) clearance.", "FDA 510(k) clearance", "award")
    caught(nuri, "Its software received FedRAMP Moderate authorization in 2025.", "FedRAMP Moderate", "award")
    assert [f for f in errors(nuri, "The board gave final approval to the warehouse plan.") if f.kind == "award"] == []
    caught(nuri, "Sellers can also use its tracking app, ColdTrace, alongside NuriFresh.", "ColdTrace", "product")
    # A hype word inside an invented award's name does not hide the award.
    caught(nuri, "Nuri was named a winner of the 2025 Cold Chain Breakthrough Award.", "Cold Chain", "award")
    # 'Pyeongtaek-based' is a place from the facts, not an organisation.
    text = "Nuri Logistics, a Pyeongtaek-based cold-chain operator, delivers fresh food."
    assert [f for f in errors(nuri, text) if f.kind == "organisation"] == []


def test_wrong_script_leaks(donghae: CheckContext, nuri: CheckContext) -> None:
    caught(donghae, "제2공장은 品質 관리를 강화한다.", "品質", "script")
    caught(donghae, "제2공장은 スマート 공장이다.", "スマート", "script")
    caught(donghae, "제2공장은 новый 공장이다.", "новый", "script")
    caught(nuri, "The warehouse is in 평택 city.", "평택", "script")
    assert errors(nuri, "Nuri Logistics (누리로지스) opened a warehouse.") == []


def test_product_names_from_the_examples_are_borrowed(hanbit: CheckContext) -> None:
    caught(hanbit, "한빛베이커리는 도시락 '한끼숲'을 출시한다.", "한끼숲", "example_name")
