"""More paragraphs a release might contain, one claim each: caught with the right kind, or no error at all.

H = the demo bakery (Korean), HE = the same facts with an English draft, D = 동해정밀.
"""

from __future__ import annotations

import pytest

from desktop import paths
from desktop.core.factcheck import CheckContext, check_text
from desktop.core.tomlfile import parse_toml_text
from tests.core.factcheck import companies
from tests.core.factcheck.conftest import context

H, HE, D = "H", "HE", "D"

cases = [
    # (ctx, text, claim or None for clean, kind)
    (H, "한빛베이커리는 현재 서울에 매장 7곳을 운영하고 있다.", "7곳", "number"),
    (H, "한빛베이커리의 직원은 50명이다.", "50명", "number"),
    (H, "한빛베이커리는 지난해 62억원의 매출을 올렸다.", None, ""),
    (H, "2025년 매출은 6,200,000,000원이었다.", None, ""),
    (H, "한빛베이커리는 남은 빵을 지역 푸드뱅크 4곳에 매일 기부한다.", "4곳", "number"),
    (H, "우리밀 식빵은 72시간 숙성한다.", "72시간", "number"),
    (H, "우리밀 식빵은 국산 밀과 천연 발효종으로 48시간 숙성한 빵이다.", None, ""),
    (HE, "Hanbit Bakery posted revenue of $6.2 million in 2025.", "$6.2 million", "number"),
    (HE, "Hanbit Bakery runs seven stores in Seoul.", "seven", "number"),
    (HE, "Hanbit Bakery runs six stores in Seoul and donates bread to three food banks.", None, ""),
    (H, "한빛베이커리는 2013년 마포구에서 문을 열었다.", "2013년", "date"),
    (H, "성수동 매장은 3월 21일 문을 연다.", "3월 21일", "date"),
    (H, "서울, 2026년 3월 10일(화) — 한빛베이커리는 새 매장을 연다고 10일 밝혔다.", None, ""),
    (H, "서울, 2026년 3월 10일(수) — 한빛베이커리는 새 매장을 연다고 10일 밝혔다.", "(수)", "date"),
    (HE, "The store opens on March 21.", "March 21", "date"),
    (HE, "The store opens on Friday, March 20, 2026.", None, ""),
    (H, "한빛베이커리 김다은 대표는 새 매장을 소개했다.", None, ""),
    (H, "한빛베이커리 김다운 대표는 새 매장을 소개했다.", "김다운", "person"),
    (H, "이수진 팀장은 언론 문의를 맡는다.", None, ""),
    (H, "이수진 대표는 새 매장을 소개했다.", "이수진 대표", "person"),
    (H, "새 매장은 박준영 점장이 맡는다.", "박준영 점장", "person"),
    (HE, "Lee Su-jin, head of communications, will answer questions.", None, ""),
    (HE, "Kim Da-eun, chief executive of Hanbit Bakery, said the store would open.", None, ""),
    (HE, "Park Ji-hoon, the company's head baker, designed the menu.", "Park Ji-hoon", "person"),
    (H, "새 매장은 서울 성동구 성수동에 들어선다.", None, ""),
    (H, "새 매장은 서울 강남구 역삼동에 들어선다.", "강남구", "place"),
    (H, "한빛베이커리는 부산 해운대에도 매장을 연다.", "부산", "place"),
    (HE, "The bakery will also open a store in Busan.", "Busan", "place"),
    (HE, "The new store is in Seongsu-dong, Seongdong-gu, Seoul.", None, ""),
    (H, '이수진 홍보팀장은 "동네 빵집의 정직한 맛을 나누고 싶다"고 말했다.', '"동네', "quote"),
    (H, '김다은 대표는 "성수동 이웃들과 동네 빵집의 정직한 맛을 나누겠다"고 밝혔다.', None, ""),
    (H, '김다은 대표는 "앞으로 전국에 100개 매장을 열겠다"고 말했다.', '"앞으로', "quote"),
    (H, "문의는 02-3141-5927로 하면 된다.", "02-3141-5927", "contact"),
    (H, "문의는 (02) 3141-5926 또는 +82-2-3141-5926으로 하면 된다.", None, ""),
    (H, "자세한 내용은 www.hanbit-bakery.example.kr에서 볼 수 있다.", None, ""),
    (H, "자세한 내용은 hanbitbakery.co.kr에서 볼 수 있다.", "hanbitbakery.co.kr", "contact"),
    (H, "이메일 press@hanbit.kr로 문의하면 된다.", "press@hanbit.kr", "contact"),
    (H, "한빛베이커리는 이마트와 손잡고 우리밀 식빵을 판매한다.", "이마트", "organisation"),
    (H, "우리밀 식빵은 GS25 편의점에서도 살 수 있다.", "GS25", "organisation"),
    (H, "한빛베이커리는 마포구청과 푸드뱅크 협약을 맺었다.", "마포구청", "organisation"),
    (H, "한빛베이커리는 한국제과협회 회원사다.", "한국제과협회", "organisation"),
    (H, "이번 사업은 농림축산식품부의 지원을 받았다.", "농림축산식품부", "organisation"),
    (HE, "Hanbit Bakery partnered with E-Mart to sell its bread.", "E-Mart", "organisation"),
    (H, "한빛베이커리는 새 메뉴 '통밀 바게트'를 선보인다.", "통밀 바게트", "product"),
    (H, "한빛베이커리는 신제품 초코소라빵을 출시한다.", "초코소라빵", "product"),
    (HE, "The store will also sell Rye Crown, a new rye loaf.", "Rye Crown", "product"),
    (H, "한빛베이커리는 '2025 서울시 우수 베이커리'에 선정됐다.", "2025 서울시 우수 베이커리", "award"),
    (H, "한빛베이커리는 HACCP 인증을 받았다.", "HACCP", "award"),
    (H, "한빛베이커리는 착한가게 인증을 받았다.", "착한가게", "award"),
    (HE, "Hanbit Bakery won the 2025 Seoul Bakery Award.", "Seoul Bakery Award", "award"),
    (H, "한빛베이커리는 업계 최초로 우리밀 식빵을 선보였다.", "업계 최초", "hype"),
    (H, "한빛베이커리는 국내 유일의 천연 발효종 빵집이다.", "국내 유일", "hype"),
    (H, "혁신적인 제빵 방식을 도입했다.", "혁신적인", "hype"),
    (HE, "It is a revolutionary bakery.", "revolutionary", "hype"),
    (H, "한빛베이커리는 최고의 빵을 굽는다.", "최고", "avoided_word"),
    (H, "한빛베이커리는 마포 지역 업계 1위 빵집이다.", "업계 1위", "avoided_word"),
    (H, "김다은 최고경영자는 새 매장을 소개했다.", None, ""),
    (H, "한빛베이커리는 品質 좋은 빵을 만든다.", "品質", "script"),
    (H, "푸른들식품과 함께 새 매장을 연다.", "푸른들식품", "example_name"),
    (HE, "Morning Hill Roasters will supply coffee.", "Morning Hill Roasters", "example_name"),
    (D, "동해정밀은 1998년 설립 이후 현대모비스에 부품을 공급해 왔다.", None, ""),
    (D, "동해정밀의 제2공장은 연면적 1만5천㎡ 규모다.", "1만5천㎡", "number"),
    (D, "동해정밀은 지난해 매출 1,200억 원, 영업이익 80억 원을 기록했다.", "80억 원", "number"),
    (D, "동해정밀은 신규 직원 142명을 뽑는다.", "142명", "number"),
    (D, "동해정밀은 연간 감속기 부품 120만 개를 생산하며, 2,400곳의 정비 협력점에 공급한다.", None, ""),
]


@pytest.fixture(scope="module")
def contexts() -> dict[str, CheckContext]:
    demo = (paths.demo_dir() / "company.toml").read_text(encoding="utf-8")
    answers = parse_toml_text((paths.demo_dir() / "press-release.toml").read_text(encoding="utf-8"), None)
    return {
        "H": context(demo, answers),
        "HE": context(demo, answers, language="en"),
        "D": context(companies.DONGHAE, companies.DONGHAE_ANSWERS),
    }


@pytest.mark.parametrize(("company", "text", "claim", "kind"), cases)
def test_paragraph(contexts: dict[str, CheckContext], company: str, text: str, claim: str | None, kind: str) -> None:
    findings = check_text(text, contexts[company])
    if claim is None:
        assert [f for f in findings if f.severity == "error"] == []
    else:
        start = text.index(claim)
        end = start + len(claim)
        assert any(f.kind == kind and f.start < end and start < f.end for f in findings), findings
