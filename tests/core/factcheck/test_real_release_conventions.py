"""What real, human-written releases do that the checker must accept (issue 16's false errors)."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.factcheck import CheckContext, check_text
from desktop.core.profile import CompanyProfile

PARKLAND: dict[str, Any] = {
    "company": {"name": "파크랜드", "ceo": "김태훈"},
    "brand": {"language": "ko"},
    "contact": {
        "name": "정민호",
        "title": "마케팅팀 과장",
        "phone": "033-252-7719",
        "email": "press@parkland.example.kr",
    },
    "facts": [
        {"text": "협약 상대: ㈜정푸드코리아 정보헌 대표"},
        {"text": "행사 기간 2월 1일부터 5일간"},
        {"text": "창립 21년 만에 첫 수출"},
        {"text": "대상: 19~34세 청년"},
    ],
}
ANSWERS = {
    "quote_speaker": "파크랜드 관계자",
    "quote_points": "고객 만족을 위해 최선을 다하겠다",
    "date": "2026-03-02",
    "location": "서울",
}


def errors(
    text: str, profile: dict[str, Any] = PARKLAND, answers: dict[str, Any] = ANSWERS, lang: str = "ko"
) -> list[str]:
    ctx = CheckContext.build(CompanyProfile.model_validate(profile), answers, language=lang)
    return [text[f.start : f.end] for f in check_text(text, ctx) if f.severity == "error"]


@pytest.mark.parametrize(
    "text",
    [
        "파크랜드 관계자는 “고객 만족을 위해 최선을 다하겠다”고 말했다.",  # the spokesperson asked for
        "이날 협약식에는 ㈜정푸드코리아의 정보헌 대표가 참석했다.",  # a partner's head, as the facts say
        "참여 中企가 美 현지 시장에 진출한다.",  # a newspaper's Hanja: a warning at most
        "서울--(뉴스와이어)--파크랜드가 신제품을 출시했다.",  # the wire's dateline tag
        "언론문의처: 마케팅팀 정민호 과장",  # a contact label
        "행사는 2월 1일부터 5일 간 열린다. 창립 21년만에 첫 수출이다.",  # dependent nouns apart or together
        "대상은 19세부터 34세까지 청년이다.",  # the facts' range written out
    ],
)
def test_what_real_korean_releases_write_is_no_error(text: str) -> None:
    assert errors(text) == []


def test_an_unnamed_source_is_still_an_error_unless_asked_for() -> None:
    text = "업계 관계자는 “고객 만족을 위해 최선을 다하겠다”고 말했다."
    assert errors(text, answers={**ANSWERS, "quote_speaker": "김태훈 대표"})


def test_an_american_number_in_the_profile_is_read_as_american() -> None:
    profile = {
        "company": {"name": "Relay Freight", "ceo": "Dana Ruiz"},
        "brand": {"language": "en"},
        "contact": {"name": "Sam Lee", "phone": "(512) 555-0187", "email": "press@relay.example.com"},
    }
    assert errors("Media contact: Sam Lee, (512) 555-0187", profile, {}, "en") == []
    assert errors("Media contact: Sam Lee, (512) 555-0188", profile, {}, "en") == ["(512) 555-0188"]


SONNYS: dict[str, Any] = {
    "company": {"name": "Sonny's BBQ", "ceo": "George McAllan", "headquarters": "Winter Park, Florida"},
    "brand": {"language": "en"},
    "facts": [
        {"text": "New CFO: Matt Zeiger, 25 years of financial and operational leadership"},
        {
            "text": "Matt Zeiger quote: honored to be part of the Sonny's BBQ team at a pivotal point in "
            "the brand's franchising journey"
        },
    ],
}
SONNYS_ANSWERS = {
    "quote_speaker": "George McAllan",
    "quote_points": "Matt will guide our growth.",
    "location": "Dallas, Texas",
}


def test_a_second_speaker_quoted_as_the_facts_record_and_wire_furniture_are_no_error() -> None:
    text = (
        "“I’m honored to be a part of the Sonny’s BBQ team at such a pivotal point in the brand’s franchising "
        "journey,” said Matt Zeiger. EBITDA grew. Follow Sonny’s BBQ on Facebook and Instagram."
    )
    assert errors(text, SONNYS, SONNYS_ANSWERS, "en") == []
    invented = "“We will double our stores next year,” said Matt Zeiger."
    assert errors(invented, SONNYS, SONNYS_ANSWERS, "en")


def test_a_title_case_headline_line_is_not_a_row_of_names() -> None:
    profile = {
        "company": {"name": "Relay Freight", "ceo": "Dana Ruiz"},
        "brand": {"language": "en"},
        "products": [{"name": "Relay Audit", "description": "invoice checks for freight"}],
    }
    headline = "Relay Freight Launches Relay Audit to Catch Freight Invoice Errors"
    assert errors(headline, profile, {}, "en") == []
    assert errors("Relay Freight launched Cargo Sentinel last week.", profile, {}, "en") == ["Cargo Sentinel"]


@pytest.mark.parametrize("dateline", ["OREM, UT, March 15, 2024 /PRNewswire/ --", "AUSTIN, Texas —"])
def test_an_english_dateline_from_another_city_is_caught(dateline: str) -> None:
    profile = {
        "company": {"name": "Vivint Labs", "ceo": "Jane Doe", "headquarters": "Provo, Utah"},
        "brand": {"language": "en"},
    }
    answers = {"date": "2024-03-15", "location": "Provo, Utah"}
    assert (
        errors("PROVO, UT, March 15, 2024 /PRNewswire/ -- Vivint Labs today launched an app.", profile, answers, "en")
        == []
    )
    city = dateline.split(",")[0]
    assert city in errors(f"{dateline} Vivint Labs today launched an app.", profile, answers, "en")
