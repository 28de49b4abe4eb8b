"""Fictional companies for the checker's development examples (not the evaluation set).

Each has a profile in PR Studio's TOML format and press-release answers, with
facts that are easy to confuse on purpose: two head counts, several dates,
people with titles, partners, products, certifications and contacts.
"""

from __future__ import annotations

from typing import Any

DONGHAE = """
[company]
name = "동해정밀"
name_en = "Donghae Precision"
ceo = "윤성호"
founded = 1998
headquarters = "경상남도 창원시 성산구"
industry = "자동차 부품 정밀가공"
website = "https://www.donghae-precision.co.kr"
employees = 142
description = "동해정밀은 1998년 창원에서 설립된 자동차 부품 정밀가공 기업으로, 전기차용 감속기 하우징을 만든다."

[brand]
avoid = ["최고", "업계 1위"]

[[products]]
name = "EV 감속기 하우징"
description = "전기차용 알루미늄 감속기 하우징"

[contact]
name = "정미영"
title = "홍보팀장"
phone = "055-285-7100"
email = "pr@donghae-precision.co.kr"

[[facts]]
text = "2025년 매출 1,200억 원"

[[facts]]
text = "2026년 신규 채용 35명"

[[facts]]
text = "연간 감속기 부품 120만 개 생산"

[[facts]]
text = "현대모비스 1차 협력사"

[[facts]]
text = "2023년 ISO 14001 인증 획득"

[[facts]]
text = "2024년 대한민국 안전산업대상 우수상 수상"

[[facts]]
text = "박정민 기술연구소장이 경량화 소재 연구를 이끈다"
"""

DONGHAE_ANSWERS: dict[str, Any] = {
    "announcement": "창원 국가산업단지에 제2공장을 준공하고 신규 인력 35명을 채용한다.",
    "date": "2026-02-03",
    "location": "창원",
    "key_points": ["제2공장 연면적 1만2천㎡", "3월 2일부터 가동", "전국 정비 협력점 2,400곳에 부품 공급"],
    "quote_speaker": "윤성호 대표",
    "quote_points": "지역 청년들과 함께 성장하는 회사가 되겠다. 제2공장은 전기차 부품 수요에 맞춘 투자다.",
    "length": "standard",
}

NURI = """
[company]
name = "누리로지스"
name_en = "Nuri Logistics"
ceo = "한지민"
founded = 2016
headquarters = "인천광역시 연수구"
industry = "cold-chain logistics"
website = "https://nurilogis.com"
employees = 86
description = "Nuri Logistics runs cold-chain warehouses in Incheon and Pyeongtaek and delivers fresh food for online sellers."

[brand]
avoid = ["best", "revolutionary"]
language = "en"

[[products]]
name = "NuriFresh"
description = "same-day cold-chain delivery for online food sellers"

[contact]
name = "최수아"
title = "Communications Manager"
phone = "+82 32-858-4100"
email = "press@nurilogis.com"

[[facts]]
text = "2025 revenue of KRW 48 billion"

[[facts]]
text = "Delivers 40,000 parcels a day"

[[facts]]
text = "Operates 3 warehouses in Incheon and Pyeongtaek"

[[facts]]
text = "HACCP certified since 2021"
"""

NURI_ANSWERS: dict[str, Any] = {
    "announcement": "Nuri Logistics opens a cold-chain warehouse in Pyeongtaek.",
    "date": "2026-04-14",
    "location": "Incheon",
    "key_points": ["The 12,000-square-meter warehouse opens on April 20", "It adds capacity for 15,000 parcels a day"],
    "quote_speaker": "Han Ji-min, CEO",
    "quote_points": "Fresh food sellers told us they needed faster cold-chain delivery, and this warehouse is our answer.",
    "length": "standard",
}

BRIDGE = """
[company]
name = "클라우드브릿지"
name_en = "CloudBridge"
ceo = "서지훈"
founded = 2019
headquarters = "경기도 성남시 분당구"
industry = "기업용 데이터 연동 소프트웨어"
website = "cloudbridge.io"
employees = 64

[brand]
avoid = ["업계 1위"]

[[products]]
name = "브릿지싱크"
description = "사내 시스템 데이터를 실시간으로 연동하는 클라우드 서비스"

[contact]
name = "문하은"
title = "PR 매니저"
phone = "02-6956-3300"
email = "pr@cloudbridge.io"

[[facts]]
text = "2025년 11월 시리즈B 투자 3,200만 달러 유치"

[[facts]]
text = "SOC 2 Type II 인증"

[[facts]]
text = "고객사 1,200곳"

[[facts]]
text = "월간 활성 이용자 32만 명"

[[facts]]
text = "2025년 매출 3.1% 증가"
"""

BRIDGE_ANSWERS: dict[str, Any] = {
    "announcement": "브릿지싱크에 AI 오류 탐지 기능을 더한 새 버전을 출시한다.",
    "date": "2026-05-12",
    "location": "판교",
    "key_points": ["5월 19일(화) 정식 출시", "기존 고객사는 추가 비용 없이 사용"],
    "quote_speaker": "",
    "quote_points": "고객이 데이터 오류를 사람보다 먼저 알 수 있게 하는 것이 목표다.",
    "length": "short",
}

#: A tea maker whose facts hold look-alike figures: a goal beside an achieved figure, an old price beside
#: the new one, counts in several counters. Sentences about it are written for the tests, not taken from
#: the labelled set.
SODAM = """
[company]
name = "소담차방"
name_en = "Sodam Tea House"
ceo = "오세진"
founded = 2012
headquarters = "경상남도 하동군"
industry = "녹차 가공"
website = "sodamtea.kr"
employees = 38
description = "소담차방은 2012년 하동에서 설립된 녹차 가공 기업이다."

[[products]]
name = "소담 잎차"
description = "하동 야생 찻잎으로 만든 잎차"

[[products]]
name = "덖음기 D2"
description = "찻잎을 덖는 소형 가공 기계"

[contact]
name = "남궁현"
title = "홍보매니저"
phone = "055-884-2100"
email = "press@sodamtea.kr"

[[facts]]
text = "연간 티백 3,600만 개 생산"

[[facts]]
text = "2025년 수출액 180만 달러"

[[facts]]
text = "2026년 수출 목표 250만 달러"

[[facts]]
text = "기존 선물세트 가격 3만 2천 원"

[[facts]]
text = "다도 교실 12차시 운영"

[[facts]]
text = "한가람 품질연구소장이 찻잎 품질 관리를 이끈다"

[[facts]]
text = "Chief Operating Officer: Dr. Yuna Ha"

[[facts]]
text = "ISO 22000 인증, 2024년 농림축산식품부 장관상 수상"

[[facts]]
text = "블렌딩팀장 주세나"

[[facts]]
text = "일본 수입사 사쿠라차상사에 잎차 공급, 한국식품연구원과 공동 연구"

[brand]
avoid = ["어르신", "명품"]
"""

SODAM_ANSWERS: dict[str, Any] = {
    "announcement": "새 선물세트 '하동의 봄'을 출시한다.",
    "date": "2026-04-06",
    "location": "하동",
    "key_points": ["새 선물세트 가격 1세트 3만 8천 원", "4월 13일부터 판매"],
    "quote_speaker": "오세진 대표",
    "quote_points": "하동의 봄을 한 상자에 담았다.",
    "length": "standard",
}

#: An e-bike maker in Daegu's 중구 (a district name five cities share) selling in two US states and
#: Bac Ninh; its research partner has a long official name that writers shorten.
GALMAE = """
[company]
name = "갈매모빌리티"
name_en = "Galmae Mobility"
ceo = "허은결"
founded = 2017
headquarters = "대구광역시 중구"
industry = "전기자전거 제조"
website = "galmae-mobility.kr"
employees = 57
description = "갈매모빌리티는 2017년 대구에서 설립된 전기자전거 제조 기업이다."

[[products]]
name = "갈매 E7"
description = "접이식 전기자전거"

[contact]
name = "탁서윤"
title = "홍보팀장"
phone = "053-421-7700"
email = "pr@galmae-mobility.kr"

[[facts]]
text = "미국 텍사스·조지아주 자전거 판매점 120곳에 납품"

[[facts]]
text = "베트남 박닌성 조립공장 운영"

[[facts]]
text = "대구경북과학기술원, 한국교통대학교와 배터리 안전 공동 연구"

[[facts]]
text = "국내 전기자전거 업체 최초로 KC 배터리 안전 인증 획득"
"""

GALMAE_ANSWERS: dict[str, Any] = {
    "announcement": "접이식 전기자전거 갈매 E7을 미국에 출시한다.",
    "date": "2026-06-08",
    "location": "대구",
    "key_points": ["6월 15일부터 텍사스·조지아주 판매점에서 판매"],
    "quote_speaker": "허은결 대표",
    "quote_points": "출퇴근길이 가벼워지는 자전거를 만들고 싶었다.",
    "length": "standard",
}
