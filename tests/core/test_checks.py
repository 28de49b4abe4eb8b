"""Checks that keep invented contact details, quotes, figures and borrowed names out of documents."""

from __future__ import annotations

from desktop.core.checks import check_generated

SOURCES = "한빛베이커리 전화 02-3141-5926 press@hanbit.example.kr 매장 6곳 2026-03-10 매출 1,200억"


def check(text: str, quotes_allowed: bool = True, names: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
    result = check_generated(
        text, SOURCES, language="ko", avoid=["업계 1위"], quotes_allowed=quotes_allowed, example_names=set(names)
    )
    return result.text, result.findings


def test_contact_details_not_in_the_facts_are_removed() -> None:
    text, findings = check("문의 02-555-1234, fake@news.example.com 또는 02-3141-5926")
    assert "02-555-1234" not in text and "fake@news" not in text
    assert "02-3141-5926" in text and text.count("[연락처 확인 필요]") == 2
    assert findings


def test_quotes_need_quote_points() -> None:
    text, _ = check('김다은 대표는 "우리는 업계 최고의 빵집이 될 것이다"라고 말했다.', quotes_allowed=False)
    assert "[대표 인용문 확인 필요]" in text and "최고의 빵집" not in text
    kept, _ = check('김다은 대표는 "정직한 맛을 나누고 싶다"고 말했다.', quotes_allowed=True)
    assert "정직한 맛을 나누고 싶다" in kept


def test_figures_not_in_the_facts_are_flagged_in_place() -> None:
    text, findings = check("매장 6곳, 매출 1200억, 고객 만족도 98%를 기록했다. 2026년 3월 10일")
    assert "98 [수치 확인 필요]%" in text
    assert "6곳" in text and "1200억" in text and "[수치 확인 필요]억" not in text
    assert "2026년 3월 10일" in text
    assert any("98" in finding for finding in findings)


def test_borrowed_names_and_avoided_words() -> None:
    text, findings = check("한도윤이 발표했다. 우리는 업계 1위다.", names=frozenset({"한도윤"}))
    assert "한도윤" not in text and "[이름 확인 필요]이 발표했다" in text
    assert any("업계 1위" in finding for finding in findings)


def test_list_numbers_are_markdown_not_figures() -> None:
    text, findings = check("1. 첫째\n4. 넷째\n5) 다섯째\n매출 98억")
    assert text.startswith("1. 첫째\n4. 넷째\n5) 다섯째")
    assert "98 [수치 확인 필요]억" in text


def test_a_reminder_counts_what_is_left_to_confirm() -> None:
    from desktop.core.placeholders import reminder

    text = "대표는 [대표 인용문 확인 필요]라고 말했다. 매출 98 [수치 확인 필요]억."
    assert reminder(text, "ko") == "[확인 필요] 표시가 2곳 남아 있습니다. 채운 뒤 보내세요."
    assert reminder("Quote: [Spokesperson quote: to be confirmed]", "en").startswith("1 'to be confirmed'")
    assert reminder("모두 확인된 문장.", "ko") == ""
