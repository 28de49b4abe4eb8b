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

H, HE, D, N = "H", "HE", "D", "N"
#: Clean paragraphs, true to the facts and written another way: no error at all.
CLEAN = [
    ("H", "한빛베이커리는 매일 아침 작업장에서 구운 빵을 그날 판매한다. 동네 단골손님이 많은 것도 이 원칙 덕분이다."),
    (
        "H",
        "성수동은 카페와 작은 가게가 모여 있는 동네다. 한빛베이커리는 이곳 이웃들에게 우리밀 식빵과 제철 과일 타르트를 선보인다.",
    ),
    (
        "H",
        "개점 첫 주의 우리밀 식빵 수익금은 모두 지역 푸드뱅크로 간다. 회사는 앞으로도 남은 빵 기부를 이어 갈 계획이다.",
    ),
    ("H", "한빛베이커리의 빵은 국산 밀과 천연 발효종으로 만든다. 반죽은 48시간 동안 천천히 숙성한다."),
    ("H", "서울특별시 마포구에서 시작한 한빛베이커리는 서대문과 용산으로 매장을 넓혀 왔다."),
    ("H", "한빛베이커리 김다은 최고경영자는 성수동 매장 개점을 앞두고 직원들과 메뉴를 점검했다."),
    ("H", "성수동 매장은 2026.03.20에 문을 연다."),
    ("H", "성수동 매장은 2026-03-20 개점한다."),
    ("H", "한빛베이커리의 임직원은 48명이다."),
    ("H", "한빛베이커리는 서울 마포·서대문·용산에서 6개 매장을 운영한다."),
    ("H", "한빛베이커리는 2024년부터 지역 푸드뱅크 세 곳에 남은 빵을 기부하고 있다."),
    (
        "HE",
        "Hanbit Bakery, which bakes with Korean wheat and a natural sourdough starter, opened in Mapo-gu, Seoul, in 2012.",
    ),
    ("HE", "The bakery posted sales of KRW 6.2 billion in 2025 and has 48 employees."),
    ("HE", "Kim Da-eun, CEO of Hanbit Bakery, said the Seongsu-dong store would open on 20 March 2026."),
    ("HE", "Media inquiries: Lee Su-jin, PR team lead, +82 2-3141-5926, press@hanbit-bakery.example.kr."),
    ("HE", "During the first week, all proceeds from its Korean wheat bread will go to a local food bank."),
    ("D", "전기차 시장이 커지면서 감속기 하우징 수요도 늘고 있다. 동해정밀은 제2공장으로 이 수요에 대응한다."),
    ("D", "동해정밀은 올해 35명을 새로 뽑아 생산과 품질 관리 인력을 늘린다."),
    ("D", "동해정밀은 경상남도 창원시에 본사를 둔 자동차 부품 정밀가공 기업이다."),
    ("D", "동해정밀은 매출 1천200억 원 규모의 회사로, 임직원은 142명이다."),
    ("D", "새 공장은 2026년 3월 2일(월)부터 가동한다."),
    ("D", "제2공장에서는 알루미늄 감속기 하우징을 만든다. 공장 운영은 기존 생산 방식을 따른다."),
    ("D", '윤성호 대표는 "전기차 부품 수요에 맞춰 제2공장에 투자했고, 지역 청년들과 함께 성장하겠다"고 강조했다.'),
    (
        "DE",
        "CHANGWON, South Korea, Feb. 3, 2026 — Donghae Precision, an auto parts maker, said it has completed a second plant and will hire 35 people.",
    ),
    ("DE", "The company posted revenue of 120 billion won in 2025 and employs 142 people."),
    ("DE", "Yoon Sung-ho, CEO of Donghae Precision, said the plant would start operating on March 2."),
    ("N", "Nuri Logistics, founded in 2016, runs three cold-chain warehouses in Incheon and Pyeongtaek."),
    ("N", "The new warehouse covers 12,000 square meters and opens on April 20, 2026."),
    (
        "N",
        '"Online food sellers kept asking us for faster cold-chain delivery, and this warehouse is our answer," said Han Ji-min, chief executive of Nuri Logistics.',
    ),
    ("N", "Nuri Logistics delivers 40,000 parcels a day and will add capacity for 15,000 more."),
    ("N", "With the new site, NuriFresh customers in the capital region will get same-day delivery."),
    ("N", "The company reported 2025 revenue of 48 billion won."),
    (
        "B",
        "클라우드브릿지는 사내 시스템 데이터를 실시간으로 연동하는 브릿지싱크를 서비스한다. 새 버전에는 AI 오류 탐지 기능이 들어간다.",
    ),
    ("B", "브릿지싱크의 월간 활성 이용자는 32만 명, 고객사는 1,200곳이다."),
    ("B", "클라우드브릿지는 2025년 11월 시리즈B 투자로 3,200만 달러를 유치했다."),
    ("B", "새 버전은 5월 19일 정식 출시되며, 기존 고객사는 추가 비용 없이 쓸 수 있다."),
    ("BE", "CloudBridge, based in Bundang, Seongnam, raised $32 million in a Series B round in November 2025."),
    (
        "BE",
        "BridgeSync has 320,000 monthly active users and 1,200 business customers, and CloudBridge holds SOC 2 Type II certification.",
    ),
]

cases = [
    ("H", "한빛베이커리의 직원은 1.3만 명이다.", "1.3만 명", "number"),
    ("H", "매출은 전년보다 두 배 늘었다.", "두 배", "number"),
    ("H", "한빛베이커리는 100여 명의 직원을 두고 있다.", "100여 명", "number"),
    ("HE", "Hanbit Bakery has over 50 employees.", "50", "number"),
    ("HE", "Hanbit Bakery has nearly 50 employees.", None, ""),
    ("H", "성수동 매장은 2026년 3월 20일(금) 문을 연다.", None, ""),
    ("H", "성수동 매장은 21일 문을 연다.", "21일", "date"),
    ("H", "성수동 매장은 20일 문을 연다.", None, ""),
    ("HE", "CEO Kim Da-eun said the store would open on March 20.", None, ""),
    ("HE", '"We want to share honest bread," said Lee Su-jin, PR team lead.', '"We want', "quote"),
    ("HE", '"We want to share honest bread," Ms. Park said.', "Park", "person"),
    (
        "HE",
        "Hanbit Bakery worked with the Korea Productivity Center on staff training.",
        "Korea Productivity Center",
        "organisation",
    ),
    ("H", "한빛베이커리는 KOTRA와 함께 해외 진출을 준비한다.", "KOTRA", "organisation"),
    ("H", "한빛베이커리는 올해의 브랜드 대상을 수상했다.", "브랜드 대상", "award"),
    ("H", "고객 満足을 최우선으로 한다.", "満足", "script"),
    ("N", "Nuri Logistics operates five warehouses in Incheon and Pyeongtaek.", "five", "number"),
    ("N", "Nuri Logistics posted 2025 revenue of KRW 52 billion.", "KRW 52 billion", "number"),
    ("N", "Nuri Logistics was founded in 2015.", "2015", "date"),
    ("N", "INCHEON, April 15, 2026 — Nuri Logistics opened a warehouse.", "April 15, 2026", "date"),
    ("N", "The warehouse opens on Tuesday, April 21.", "April 21", "date"),
    ("N", '"It is a great day," said Han Ji-min, CEO.', '"It is', "quote"),
    ("N", "Nuri Logistics hired Kevin Cho as chief operating officer.", "Kevin Cho", "person"),
    ("N", "The company has signed a contract with Coupang to deliver groceries.", "Coupang", "organisation"),
    ("N", "The company also launched NuriChill, a frozen delivery line.", "NuriChill", "product"),
    ("N", "Nuri Logistics is ISO 22000 certified.", "ISO 22000", "award"),
    ("N", "The warehouse in Busan will open later this year.", "Busan", "place"),
    ("N", "Media contact: press@nuri-logistics.com", "press@nuri-logistics.com", "contact"),
    ("N", "Visit nurilogistics.co.kr for details.", "nurilogistics.co.kr", "contact"),
    ("N", "Nuri Logistics is the industry's first fully automated cold-chain operator.", "industry's first", "hype"),
    ("N", "It offers best-in-class delivery.", "best", "avoided_word"),
    ("N", "Its cutting-edge warehouse opens soon.", "cutting-edge", "hype"),
    ("N", "The warehouse is near 평택항.", "평택항", "script"),
    ("N", "Bluepath Logistics also opened a warehouse.", "Bluepath", "example_name"),
    (
        "N",
        "Han Ji-min, CEO of Nuri Logistics, opened the warehouse with Choi Soo-ah, communications manager.",
        None,
        "",
    ),
    (
        "N",
        "Nuri Logistics, which has been HACCP certified since 2021, runs NuriFresh for online food sellers.",
        None,
        "",
    ),
    (
        "N",
        "The 12,000-square-meter site adds capacity for 15,000 parcels a day, bringing the total to 55,000.",
        "55,000",
        "number",
    ),
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
    # A product by its shape or by what is said of it, even beside a partner word ('함께', 'with').
    (H, "매장에서는 제빵 키트 '홈베이킹 박스'도 함께 판다.", "홈베이킹 박스", "product"),
    (H, "한빛베이커리는 '크루아상 X2'와 함께 새 매장을 연다.", "크루아상 X2", "product"),
    (HE, "Customers can order with its BreadBox app.", "BreadBox", "product"),
    (H, "고객은 전용 앱 한빛톡에서 빵을 예약할 수 있다.", "한빛톡", "product"),
    (HE, "Orders go through OvenTrack, its new ordering tool, with E-Mart.", "OvenTrack", "product"),
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
    # Names Kiwi does not know (정동훈 read as one common noun, 윤 + 재석) are still names beside a title.
    (D, "감속기 설계는 정동훈 기술이사가 맡았다.", "정동훈", "person"),
    (D, "동해정밀은 윤재석 대표가 세운 회사다.", "윤재석", "person"),
    (D, "동해정밀은 외부 전문가 자문위원의 검토를 받았다.", None, ""),
    (D, "협약식에는 창원시 이태경 주무관이 참석했다.", "이태경", "person"),
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
        "DE": context(companies.DONGHAE, companies.DONGHAE_ANSWERS, language="en"),
        "N": context(companies.NURI, companies.NURI_ANSWERS, language="en"),
        "B": context(companies.BRIDGE, companies.BRIDGE_ANSWERS),
        "BE": context(companies.BRIDGE, companies.BRIDGE_ANSWERS, language="en"),
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


@pytest.mark.parametrize(("company", "text"), CLEAN)
def test_clean_paragraph(contexts: dict[str, CheckContext], company: str, text: str) -> None:
    assert [f for f in check_text(text, contexts[company]) if f.severity == "error"] == []
