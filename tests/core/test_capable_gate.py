"""The gate keeps a capable model's good writing and stops its sloppy writing (the cases the replay found)."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from desktop.core.parts.clean import CAPABLE_COPY_THRESHOLD, Cleaner
from desktop.core.parts.gate import GateContext
from desktop.core.parts.judge import Judge
from desktop.core.parts.structure import PartFacts
from desktop.core.profile import CompanyProfile
from desktop.core.workflows import get_workflow

SEJIN = """
[company]
name = "세진정밀"
ceo = "오태석"
founded = 1998
headquarters = "경상남도 창원시"
industry = "자동차 부품 정밀가공"
employees = 142
description = "세진정밀은 1998년 창원에서 설립된 자동차 부품 정밀가공 기업으로, 변속기와 감속기 부품을 완성차 업체에 납품하고 있습니다."
[brand]
avoid = ["최고", "혁신적인"]
language = "ko"
[[products]]
name = "감속기 하우징"
description = "전기차 감속기에 들어가는 알루미늄 하우징"
[contact]
name = "한지민"
title = "경영지원팀장"
phone = "055-281-4470"
email = "pr@sejin-precision.example.kr"
[[facts]]
text = "2025년 매출 410억 원"
"""
RELEASE: dict[str, Any] = {
    "announcement": "세진정밀이 창원 제2공장에서 전기차 감속기 부품 양산을 시작했다.",
    "date": "2026-02-03",
    "location": "창원",
    "key_points": ["전기차 감속기 하우징 연간 120만 개 생산 능력", "제2공장 가동으로 신규 채용 35명"],
    "quote_speaker": "오태석 대표",
    "quote_points": "전기차 시대에도 창원 제조업의 경쟁력을 지키겠다.",
}
PLAN: dict[str, Any] = {
    "scenarios": ["공장 안전사고", "납품 제품 품질 불량", "협력사 부도로 인한 납품 지연"],
    "team": ["총괄 책임: 오태석 대표", "대변인: 한지민 경영지원팀장"],
    "stakeholders": ["직원과 가족", "완성차 고객사"],
    "severity_levels": 4,
    "channels": ["사내 공지", "보도자료"],
}
#: The plan's severity table as PR Studio builds it from the facts: the level names are the plan's own.
LEVELS = (
    "| 1단계 관심 | a | b | c |\n| 2단계 주의 | a | b | c |\n| 3단계 경계 | a | b | c |\n| 4단계 심각 | a | b | c |"
)


def judge(workflow: str, answers: dict[str, Any], terms: str = "", language: str = "ko") -> Judge:
    profile = CompanyProfile.model_validate(tomllib.loads(SEJIN))
    gate = GateContext(profile, answers, language, get_workflow(workflow), document_terms=terms)
    return Judge(Cleaner("", [], language, gate.sources, CAPABLE_COPY_THRESHOLD), gate)


def verdict(j: Judge, text: str, checks: list[str], **facts: Any) -> tuple[str, str] | None:
    part = PartFacts(facts.pop("language", "ko"), ["세진정밀"], sources=j.gate.sources, **facts)
    return j.judge(text, "부분", checks, part, []).reason


# -- good writing is kept --------------------------------------------------------


def test_a_key_point_told_in_other_words_is_covered() -> None:
    j = judge("press-release", RELEASE)
    text = "세진정밀은 제2공장 가동에 맞춰 35명을 새로 채용했다. 제2공장은 전기차 감속기 하우징을 한 해 120만 개 만들 수 있다."
    assert verdict(j, text, ["covers_items"], items=RELEASE["key_points"]) is None


def test_a_figure_said_with_other_verbs_is_the_same_figure() -> None:
    j = judge("press-release", RELEASE)
    assert verdict(j, "제2공장은 한 해 120만 개를 만들 수 있다.", []) is None
    assert verdict(j, "제2공장은 연간 120만 개를 생산할 수 있다.", []) is None


def test_a_quote_giving_the_gist_in_other_words_is_kept() -> None:
    j = judge("press-release", RELEASE)
    text = "오태석 대표는 “자동차가 전기차로 바뀌는 시대에도 창원 제조업이 가진 경쟁력을 지켜 나가겠다”고 말했다."
    assert verdict(j, text, ["quote"], speaker_name="오태석", quote_points=RELEASE["quote_points"]) is None


@pytest.mark.parametrize(
    "headline",
    [
        "# 세진정밀, 창원 제2공장서 전기차 감속기 하우징 양산 본격",
        "# 세진정밀, 연 120만 개 규모 감속기 하우징 생산 체제 확보",
    ],
)
def test_headline_words_that_assert_nothing_are_free(headline: str) -> None:
    assert verdict(judge("press-release", RELEASE), headline, ["grounded"]) is None


def test_counting_the_listed_scenarios_and_the_plans_own_levels_are_no_claims() -> None:
    j = judge("crisis-plan", PLAN, LEVELS)
    assert verdict(j, "이 계획서는 세진정밀이 대비하는 세 가지 위기 상황에 쓴다.", []) is None
    assert (
        verdict(j, "1. 2단계(주의)부터 오태석 대표에게 보고한다.\n2. 4단계 심각에서는 대응팀 전원이 모인다.", [])
        is None
    )


def test_prescribed_wording_in_a_plan_is_not_a_quote_or_a_name() -> None:
    j = judge("crisis-plan", PLAN, LEVELS)
    text = "- 대변인은 «노코멘트»라고 말하지 않는다.\n- 모르는 것은 “확인하고 있으며, 확인되는 대로 알려 드리겠습니다”라고 답한다."
    assert verdict(j, text, []) is None


def test_english_inflections_are_the_facts_words() -> None:
    facts = PartFacts("en", ["Greenway"], sources="Pickup order placed by 11 a.m. is returned the same evening")
    from desktop.core.parts.structure import failed

    assert failed(["grounded"], "# Greenway returns pickup orders the same evening", facts) is None


# -- sloppy writing is stopped ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("물론입니다! 아래는 요청하신 '목적과 범위' 절입니다.\n\n이 계획서는 세진정밀의 위기에 쓴다.", "대화"),
        ("Sure! Here's the lead paragraph:\n\n세진정밀은 양산을 시작했다.", "대화"),
        ("세진정밀은 양산을 시작했다.\n\n(규칙은 한 글자도 바꾸지 않고 옮겼으며, 빠진 정보는 표시했습니다.)", "설명"),
        ("세진정밀은 35명을 채용하고 production capacity를 늘렸다.", "영어 단어"),
        ("사고 뒤 post-mortem 회의를 열어 root cause와 lessons learned를 정리한다.", "영어 단어"),
        ("세진정밀은 양산을 시작했다. 세진정밀은 양산을 시작했다.", "되풀이"),
        ("세진정밀은 획기적인 감속기 하우징을 내놓았다.", "자료와 맞지 않음"),
        ("세진정밀은 혁신적인 공정으로 양산을 시작했다.", "자료와 맞지 않음"),
        ("당사의 안전 관리 소홀로 일어난 사고입니다.", "잘못을 인정"),
    ],
)
def test_what_an_editor_strikes_out_stops_a_models_part(text: str, reason: str) -> None:
    found = verdict(judge("press-release", RELEASE, LEVELS), text, [])
    assert found is not None and reason in found[0], found


def test_a_quote_sentence_the_points_do_not_support_is_stopped() -> None:
    j = judge("press-release", RELEASE)
    text = (
        "오태석 대표는 “전기차 시대에도 창원 제조업의 경쟁력을 지키겠다”며 "
        "“이미 해외 완성차 업체들도 세진정밀의 기술력을 먼저 찾고 있다”고 말했다."
    )
    found = verdict(j, text, ["quote"], speaker_name="오태석", quote_points=RELEASE["quote_points"])
    assert found is not None and "인용문 요지에 없는 말" in found[0]


def test_levels_the_plan_does_not_have_are_stopped() -> None:
    j = judge("crisis-plan", PLAN, LEVELS)
    found = verdict(j, "1. 1단계(경미): 팀장이 처리한다.\n2. 3단계(위기): 대표가 대응팀을 소집한다.", [])
    assert found is not None and "심각도 단계" in found[0]


def test_a_company_rule_that_an_example_also_has_is_not_a_copy() -> None:
    rule = "작업장에서는 안전모와 안전화를 항상 착용한다"
    cleaner = Cleaner("", [f"**규칙:**\n- {rule}"], "ko", sources=rule, threshold=CAPABLE_COPY_THRESHOLD)
    cleaned = cleaner.clean(f"**규칙:**\n- {rule}")
    assert rule in cleaned.text and "**규칙:**" in cleaned.text and not cleaned.copied


def test_a_plan_may_name_the_law_and_the_emergency_number() -> None:
    plan = {**PLAN, "scenarios": ["고객 개인정보 유출", "공장 안전사고"]}
    j = judge("crisis-plan", plan, LEVELS)
    text = (
        "**회사가 하고 있는 일:** 세진정밀은 72시간 이내에 정보주체에게 유출 사실을 알리고 개인정보보호위원회에 신고합니다.\n"
        "- 다친 사람이 있으면 먼저 119에 신고한다."
    )
    assert verdict(j, text, []) is None


def test_plural_possessives_are_not_quoted_names() -> None:
    j = judge("crisis-plan", PLAN, LEVELS, language="en")
    text = (
        "- Only the spokesperson speaks for the company.\n- Do not share customers' or staff members' personal details."
    )
    assert verdict(j, text, [], language="en") is None


def test_durations_rates_and_the_year_before_are_read_as_the_facts_say() -> None:
    release = {**RELEASE, "key_points": ["제2공장은 1년 동안 고쳤다", "하우징 검사 장비는 초당 40개를 검사한다"]}
    profile_fact = "2025년 매출 410억 원을 기록했고 창원시 유망 중소기업으로 선정"
    j = judge("press-release", {**release, "announcement": release["announcement"] + " " + profile_fact})
    assert verdict(j, "세진정밀은 제2공장을 1년에 걸쳐 고쳤다.", []) is None
    assert verdict(j, "검사 장비는 1초에 하우징 40개를 검사한다.", []) is None
    assert verdict(j, "2025년 매출은 410억 원이었고, 같은 해 창원시 유망 중소기업으로 선정됐다.", []) is None


def test_a_key_point_the_lead_gave_need_not_come_again_but_none_may_be_lost() -> None:
    j = judge("press-release", RELEASE)
    lead = "창원, 2026년 2월 3일 — 세진정밀은 제2공장 가동으로 35명을 새로 채용했다고 3일 밝혔다."
    body = "제2공장은 전기차 감속기 하우징을 한 해 120만 개 만들 수 있다."
    assert verdict(j, body, ["covers_items"], items=RELEASE["key_points"], before=lead) is None
    assert verdict(j, body, ["covers_items"], items=RELEASE["key_points"]) is not None
    plans = "세진정밀은 앞으로 생산을 늘릴 계획이다."
    fact = "세진정밀은 제2공장 가동으로 신규 인력 35명을 채용한다."
    found = verdict(j, plans, ["keeps_items"], key_points=RELEASE["key_points"], fact_text=fact)
    assert found is not None and "35명" in found[0]


def test_a_scenario_names_the_legal_duty_it_brings() -> None:
    from desktop.core.legal_duties import legal_duty

    assert "72시간" in legal_duty("돌봄 기록 개인정보 유출", "ko")
    assert "화학물질관리법 제43조" in legal_duty("염산 탱크 화학물질 누출", "ko")  # a leak of chemicals, not of data
    assert "산업안전보건법" in legal_duty("공장 안전사고", "ko")
    assert legal_duty("요양보호사 방문 중 어르신 안전사고", "ko") == ""  # a customer hurt: not a worker's accident
    assert "Art. 34" in legal_duty("Customer data breach", "en")
    assert legal_duty("납품 제품 품질 불량", "ko") == ""


def test_two_dated_events_joined_by_and_keep_their_own_dates() -> None:
    from desktop.core.factcheck import CheckContext, check_text

    profile = CompanyProfile.model_validate(
        {
            "company": {"name": "Corner Ledger", "ceo": "Park Ji-won"},
            "brand": {"language": "en"},
            "facts": [
                {
                    "text": "Registered as an electronic financial business operator with the Financial Services Commission in 2022"
                },
                {"text": "Selected for the Seoul city fintech accelerator programme in 2024"},
            ],
        }
    )
    ctx = CheckContext.build(profile, {}, language="en")
    text = (
        "Corner Ledger registered as an electronic financial business operator with the Financial Services "
        "Commission in 2022 and was selected for the Seoul city fintech accelerator programme in 2024."
    )
    assert [f for f in check_text(text, ctx) if f.severity == "error"] == []
    swapped = text.replace("in 2022 and", "in 2024 and").replace("programme in 2024", "programme in 2022")
    assert [f for f in check_text(swapped, ctx) if f.kind == "date"]


@pytest.mark.parametrize(
    "text",
    [
        "아래와 같이 리드 문단을 작성했습니다.\n\n세진정밀은 양산을 시작했다.",
        "세진정밀은 양산을 시작했다.\n\n수정이 필요하시면 말씀해 주세요.",
        "Here you go:\n\nSejin Precision began mass production.",
        "세진정밀은 양산을 시작했다.\n\n※ 자료에 없는 내용은 넣지 않았습니다.",
    ],
)
def test_more_ways_a_chat_model_talks_to_its_user_are_struck(text: str) -> None:
    assert verdict(judge("press-release", RELEASE), text, []) is not None


def test_an_english_gloss_and_a_unique_code_are_not_sloppy() -> None:
    j = judge("press-release", RELEASE)
    assert verdict(j, "세진정밀은 공장 설비에 인공지능(AI)을 쓴다.", []) is None
    from desktop.core.parts.sloppy import latin_words

    assert latin_words("엣지(edge) 컴퓨팅과 production capacity", "") == ["production", "capacity"]
    english = judge("press-release", RELEASE, language="en")
    assert verdict(english, "Each customer receives a unique code by text message.", [], language="en") is None


def test_a_bold_label_with_its_colon_outside_is_the_same_label() -> None:
    j = judge("crisis-plan", PLAN, LEVELS)
    fact = "**지금까지 확인된 내용:** a\n\n**다음 안내:** b"
    text = "**지금까지 확인된 내용**: 세진정밀 공장에서 사고가 났습니다.\n\n**다음 안내**: 확인되는 대로 알려 드리겠습니다."
    assert verdict(j, text, ["same_labels"], fact_text=fact) is None


def test_a_target_range_a_share_of_revenue_and_a_count_past_a_brand_are_the_facts() -> None:
    from desktop.core.factcheck import CheckContext, check_text

    profile = CompanyProfile.model_validate(tomllib.loads(SEJIN))
    notes = {
        "key_points": [
            "연간 하우징 가공량 900톤에서 2,000톤으로 확대 목표",
            "target: 15% of revenue from exports by end-2028",
            "In 85 Hollis & Vane stores across England from 15 April 2027",
        ]
    }
    ctx = CheckContext.build(profile, notes)

    def errors(text: str) -> list[str]:
        return [text[f.start : f.end] for f in check_text(text, ctx) if f.severity == "error"]

    assert errors("세진정밀은 가공량을 지금의 900톤에서 2,000톤까지 늘린다는 목표를 세웠다.") == []
    assert errors("세진정밀은 연간 가공량 2,000톤으로 확대를 목표로 한다.") == []
    assert errors("The company aims for exports to make up 15% of its revenue by the end of 2028.") == []
    assert errors("The line goes on sale in 85 stores.") == []  # the brand between hid the noun
    assert errors("세진정밀은 연간 가공량 3,000톤으로 확대를 목표로 한다.") == ["3,000톤"]


def test_a_fact_built_stand_in_does_not_repeat_what_the_model_already_said() -> None:
    from desktop.core.parts.meaning import unsaid

    before = "창원, 2026년 2월 3일 — 세진정밀은 제2공장 가동에 맞춰 35명을 새로 채용했다고 3일 밝혔다."
    fact = "세진정밀은 제2공장 가동으로 신규 인력 35명을 채용했다. 제2공장은 하우징을 연간 120만 개 생산할 수 있다."
    assert unsaid(fact, before, "ko") == "제2공장은 하우징을 연간 120만 개 생산할 수 있다."
    assert unsaid("세진정밀은 제2공장 가동으로 신규 인력 35명을 채용했다.", before, "ko") == ""


def test_a_stand_in_keeps_its_list_as_a_list() -> None:
    from desktop.core.parts.meaning import unsaid

    fact = "주요 내용은 다음과 같다.\n- 1박 12만~18만 원, 주중 2박 이상 10% 할인\n- 매주 토요일 오후 한지 등 만들기 체험 (무료)"
    assert unsaid(fact, "객실은 9개다.", "ko") == fact
    both_said = (
        "1박 요금은 12만~18만 원이고 주중 2박 이상 10% 할인된다. 매주 토요일 오후 한지 등 만들기 체험이 무료로 열린다."
    )
    assert unsaid(fact, both_said, "ko") == ""
