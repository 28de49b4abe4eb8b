"""Boilerplate, lists, partners' sites and denials as real releases write them (issue 16, second round)."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.factcheck import CheckContext, check_text
from desktop.core.findings import Finding
from desktop.core.profile import CompanyProfile
from desktop.core.workflows import get_workflow

WEBCE: dict[str, Any] = {
    "company": {"name": "WebCE", "website": "https://www.webce.com", "headquarters": "Dallas, Texas"},
    "brand": {"language": "en"},
    "facts": [
        {"text": "Fourth year in a row with a Stevie Award: Bronze in 2022 and 2023, Silver in 2024 and 2025"},
        {"text": "WebCE wins a 2025 Silver Stevie Award for Contact Center of the Year"},
        {"text": "Seed round: target increased by $3 million to $10 million (oversubscribed)"},
        {"text": "Earlier in 2025 WebCE announced a $7 million seed financing round"},
        {"text": "Partner: ProStar Energy Solutions, Eric Sudol, CEO; he becomes WebCE's President of Training"},
        {"text": "Ridgemont Equity Partners invests in WebCE"},
        {"text": "Chief Growth Officer: George McAllan"},
        {"text": "Locations in Michigan; the office has signage visible from Interstate 70"},
    ],
}
WEBCE_ANSWERS = {
    "date": "2025-03-18",
    "quote_speaker": "George McAllan, Chief Growth Officer",
    "quote_points": "We will expand our footprint in a smart and strategic manner.",
}
MUHAK: dict[str, Any] = {
    "company": {"name": "무학", "headquarters": "경남 창원"},
    "brand": {"language": "ko"},
    "facts": [
        {"text": "수출의 탑 이력: 2016년 300만불, 2019년 500만불, 2020년 700만불"},
        {"text": "매곡 공장 규모: 대지 5700평, 연면적 3700평 (기존 공장보다 약 30% 늘어난 규모)"},
        {"text": "2014년부터 5년 연속 주사업자로 이 사업 수행"},
        {"text": "산업통상자원부장관 표창 수상"},
        {"text": "대외 사업을 계속 확대해 나갈 계획"},
        {"text": "공정 시스템 혁신에서 견인차 역할을 적극 수행했다"},
    ],
}
MUHAK_ANSWERS = {"date": "2020-12-08"}


def findings(text: str, profile: dict[str, Any], answers: dict[str, Any], lang: str) -> list[Finding]:
    ctx = CheckContext.build(
        CompanyProfile.model_validate(profile), answers, language=lang, workflow=get_workflow("press-release")
    )
    return check_text(text, ctx)


def errors(text: str, profile: dict[str, Any] = WEBCE, answers: dict[str, Any] = WEBCE_ANSWERS) -> list[str]:
    lang = profile["brand"]["language"]
    return [text[f.start : f.end] for f in findings(text, profile, answers, lang) if f.severity == "error"]


def korean_errors(text: str) -> list[str]:
    return errors(text, MUHAK, MUHAK_ANSWERS)


@pytest.mark.parametrize(
    "text",
    [
        # Each year of a list beside its own medal; the label names the $10 million.
        "It follows Bronze wins in 2022 and 2023 and now consecutive Silver wins in 2024 and 2025.",
        "# WebCE Announces $10 Million Oversubscribed Seed Financing",
        # A partner's and its owner's sites, named after organisations the facts name.
        "Learn more at www.prostarenergy.com and ridgemontep.com.",
        # A title the fact that names the person gives ('he becomes … President of Training').
        "The partnership is led by Eric Sudol, President of Training at WebCE.",
        # The quoted speaker's name with an inner capital.
        '"We will expand our footprint in a smart and strategic manner," said George McAllan, Chief Growth Officer.',
        # Puffery is tone, a road number is a name, a region holds Michigan, a demonym is no company.
        "WebCE, an industry-leading provider, is growing in the Midwest near Interstate 70 with Italian food.",
        # A heading copied into its paragraph.
        "About WebCEWebCE is a provider of online education.",
    ],
)
def test_what_real_english_releases_write_is_no_error(text: str) -> None:
    assert errors(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "무학은 2016년 300만불 수출탑을 수상한 후 2019년 500만불 수출탑에 이어 올해 700만불 수출탑을 수상했다.",
        "매곡 공장은 기존 공장의 약 30%로 늘어난 대지 5700평에 연면적 3700평 규모다.",
        "이로써 2014년부터 5년연속 주사업자로 사업을 수행하게 됐다.",
        "무학은 산업부장관 표창을 받았다. 무학은 이번에 또 다시 인증을 받았다.",
        "(창원=연합뉴스) 이영섭 기자 = 무학은 8일 이같이 밝혔다.",
    ],
)
def test_what_real_korean_releases_write_is_no_error(text: str) -> None:
    assert korean_errors(text) == []


def test_a_partners_about_section_is_a_warning_that_says_whose_text_it_is() -> None:
    text = (
        "WebCE won a Stevie Award.\n\n"
        "About The Stevie Awards\n"
        "Stevie Awards are conferred in nine programs, including the German Stevie Awards. "
        "More than 1,000 professionals judge them.\n\n"
        "Media Contact: press@webce.com"
    )
    found = findings(text, WEBCE, WEBCE_ANSWERS, "en")
    inside = [f for f in found if text.index("About The") <= f.start < text.index("Media Contact")]
    assert inside and all(f.severity == "warning" for f in inside)
    assert all("boilerplate" in f.message_en and "소개문" in f.message_ko for f in inside)
    # The company's own "About" section is checked like the rest of the release.
    own = "About WebCE\nWebCE was named the nation's No. 1 provider."
    assert any(f.severity == "error" for f in findings(own, WEBCE, WEBCE_ANSWERS, "en"))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Visit www.webce.org for details.", "www.webce.org"),  # a site like the company's own
        ("The office sits beside Interstate 270.", "Interstate 270"),  # a road the facts do not name
        ("Learn more at WebCEacademy.com today.", "WebCEacademy.com"),  # a sister site the facts do not give
        ("It follows Bronze wins in 2021 and 2023 and now Silver wins in 2024 and 2025.", "2021"),
        ("대외 사업을 계속 축소해 나갈 계획이다.", "축소"),
        ("무학은 공정 시스템 혁신에서 견인차 역할을 수행하지 못했다.", "지 못"),
        ("We will shrink our footprint in a smart and strategic manner.", "shrink"),
    ],
)
def test_a_changed_site_year_or_meaning_is_still_an_error(text: str, claim: str) -> None:
    found = errors(text, MUHAK, MUHAK_ANSWERS) if any("가" <= c <= "힣" for c in text) else errors(text)
    assert any(claim in error or error in claim for error in found), found


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("무학의 좋은데이는 국내 소주 최초로 몽골에 수출됐다.", "국내 소주 최초"),
        ("무학은 식품업계 최장기 후원 활동을 이어 가고 있다.", "업계 최장기"),
        ("무학의 수출 실적은 역대 최대 폭으로 늘었다.", "역대 최대"),
        ("무학은 세계적 수준의 기술력을 갖췄다.", "세계적 수준"),
    ],
)
def test_korean_superlatives_in_any_shape_are_claims(text: str, claim: str) -> None:
    assert any(claim in error or error in claim for error in korean_errors(text)), korean_errors(text)


def test_a_superlative_the_facts_qualify_stays_qualified() -> None:
    profile = {**WEBCE, "facts": [{"text": "WebCE is one of the largest online education providers in Texas"}]}
    assert errors("WebCE is one of the largest online education providers in Texas.", profile) == []
    assert errors("WebCE is the largest online education provider in the world.", profile) == ["largest"]
    # Not claims: a chief executive's title, doing one's utmost.
    assert korean_errors("무학은 세계 각국 최고경영자를 만나 최대한 지원하겠다고 밝혔다.") == []


def test_a_quote_given_to_another_role_is_an_error() -> None:
    answers = {**MUHAK_ANSWERS, "quote_speaker": "최익호 해외영업팀 이사", "quote_points": "해외 고객께 감사하다"}
    text = '무학 대표는 "해외 고객께 감사하다"고 말했다.'
    assert errors(text, MUHAK, answers) == ['"해외 고객께 감사하다"']
    spokesperson = {**answers, "quote_speaker": "무학 관계자"}
    assert errors('무학 관계자는 "해외 고객께 감사하다"고 말했다.', MUHAK, spokesperson) == []
