"""Quotes from the quoted speaker saying what the quote points say; contacts that are the company's own."""

from __future__ import annotations

from desktop.core.factcheck import CheckContext, guard_text
from tests.core.factcheck.conftest import caught, errors


def test_a_faithful_quote_passes_in_other_words(donghae: CheckContext) -> None:
    text = '윤성호 대표는 "지역 청년들과 함께 성장하는 회사가 되겠다"고 말했다.'
    assert errors(donghae, text) == []
    reworded = '윤성호 대표는 "제2공장은 전기차 부품 수요에 맞춘 투자이며, 지역 청년들과 함께 성장하겠다"고 밝혔다.'
    assert errors(donghae, reworded) == []


def test_invented_quotes_and_wrong_speakers_are_caught(donghae: CheckContext) -> None:
    caught(
        donghae,
        '윤성호 대표는 "올해 안에 해외 시장 세 곳에 진출하겠다"고 말했다.',
        '"올해 안에 해외 시장 세 곳에 진출하겠다"',
        "quote",
    )
    caught(
        donghae,
        '박정민 기술연구소장은 "지역 청년들과 함께 성장하는 회사가 되겠다"고 말했다.',
        '"지역 청년들과 함께',
        "quote",
    )


def test_a_quote_without_quote_points_is_invented(hanbit: CheckContext, bridge: CheckContext) -> None:
    assert errors(bridge, '서지훈 대표는 "고객이 데이터 오류를 사람보다 먼저 알게 하겠다"고 말했다.') == []
    caught(bridge, '서지훈 대표는 "우리는 내년에 일본에 진출한다"고 말했다.', '"우리는 내년에', "quote")


def test_english_quote_from_the_points(nuri: CheckContext) -> None:
    text = '"Fresh food sellers told us they needed faster cold-chain delivery, and this warehouse is our answer," said Han Ji-min, CEO.'
    assert errors(nuri, text) == []
    caught(nuri, '"We will double our revenue next year," said Han Ji-min, CEO.', '"We will double', "quote")


def test_contacts_in_every_form(donghae: CheckContext, nuri: CheckContext, bridge: CheckContext) -> None:
    assert (
        errors(
            donghae,
            "문의: 055-285-7100, +82 55-285-7100, (055) 285-7100, pr@donghae-precision.co.kr, donghae-precision.co.kr",
        )
        == []
    )
    caught(donghae, "문의: 1588-1234", "1588-1234", "contact")
    caught(donghae, "문의: 080-123-4567", "080-123-4567", "contact")
    caught(donghae, "담당자 휴대전화 010-2345-6789", "010-2345-6789", "contact")
    caught(donghae, "이메일 info@donghae.co.kr", "info@donghae.co.kr", "contact")
    caught(donghae, "자세한 내용은 donghae-ev.kr 에서 볼 수 있다.", "donghae-ev.kr", "contact")
    assert errors(bridge, "자세한 내용은 cloudbridge.io 또는 https://www.cloudbridge.io/news 에서 볼 수 있다.") == []
    caught(nuri, "Media enquiries: +82 2-555-0199", "+82 2-555-0199", "contact")


def test_guard_replaces_invented_contacts_and_quotes_only(donghae: CheckContext) -> None:
    text = '윤성호 대표는 "내년 매출 2,000억 원을 달성하겠다"고 말했다. 문의 010-2345-6789. 신규 인력 142명을 채용한다.'
    guarded, findings = guard_text(text, donghae)
    assert "010-2345-6789" not in guarded and "[연락처 확인 필요]" in guarded
    assert "2,000억" not in guarded and "[대표 인용문 확인 필요]" in guarded
    assert "신규 인력 142명" in guarded  # other claims stay readable and are reported
    assert any(f.kind == "number" and guarded[f.start : f.end] == f.text for f in findings)


def test_accepted_findings_stay_accepted_for_the_draft(donghae: CheckContext) -> None:
    from desktop.core.factcheck import check_text

    text = "동해정밀은 신규 인력 142명을 채용한다. 김영호 전무가 참석했다."
    keys = {f.key for f in check_text(text, donghae)}
    assert keys == {"number:142명", "person:김영호 전무"}
    accepting = donghae.accepting(frozenset({"number:142명"}))
    assert {f.key for f in check_text(text, accepting)} == {"person:김영호 전무"}
    assert {f.key for f in check_text(text + " 새 공장도 142명 규모다.", accepting)} == {"person:김영호 전무"}
