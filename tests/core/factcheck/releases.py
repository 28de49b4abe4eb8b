"""Whole documents for the development companies, written as a careful PR manager would (all true)."""

DONGHAE_RELEASE = """**보도자료** · 배포 2026년 2월 3일

# 동해정밀, 창원에 제2공장 준공… 신규 인력 35명 채용

## 전기차 감속기 하우징 생산 늘려 3월 2일부터 가동

창원, 2026년 2월 3일 — 자동차 부품 정밀가공 기업 동해정밀(대표 윤성호)은 창원 국가산업단지에 제2공장을 준공하고 신규 인력 35명을 채용한다고 3일 밝혔다.

제2공장의 연면적은 1만2천㎡이다. 새 공장은 3월 2일부터 가동하며, 전기차용 알루미늄 감속기 하우징을 생산한다. 동해정밀은 현재 감속기 부품을 연간 120만 개 생산하고 있으며, 전국 정비 협력점 2,400곳에 부품을 공급한다.

이번 채용으로 동해정밀의 임직원은 142명 규모에서 더 늘어난다. 신규 인력 35명은 생산과 품질 관리 업무를 맡는다. 회사는 1998년 창원에서 설립된 뒤 현대모비스의 1차 협력사로 성장했으며, 2025년 매출 1,200억 원을 기록했다.

동해정밀은 2023년 ISO 14001 인증을 획득했고, 2024년 대한민국 안전산업대상에서 우수상을 받았다. 박정민 기술연구소장이 이끄는 연구소는 경량화 소재 연구를 이어 가고 있다.

윤성호 대표는 "제2공장은 전기차 부품 수요에 맞춘 투자"라며 "지역 청년들과 함께 성장하는 회사가 되겠다"고 말했다.

제2공장 가동으로 동해정밀은 전기차 부품 주문에 더 빨리 대응할 수 있게 된다. 회사는 새 공장에서 만든 하우징을 기존 고객사에 먼저 공급하고, 공급 물량을 단계적으로 늘릴 계획이다. 채용된 인력은 입사 후 품질 교육을 받은 뒤 현장에 배치된다.

## 회사소개

동해정밀은 1998년 창원에서 설립된 자동차 부품 정밀가공 기업으로, 전기차용 감속기 하우징을 만든다.

## 언론 문의

- 담당: 정미영 홍보팀장
- 전화: 055-285-7100
- 이메일: pr@donghae-precision.co.kr
- 홈페이지: https://www.donghae-precision.co.kr
"""

NURI_RELEASE = """**FOR IMMEDIATE RELEASE**

# Nuri Logistics Opens a Cold-Chain Warehouse in Pyeongtaek

INCHEON, April 14, 2026 — Nuri Logistics, a cold-chain logistics company, today announced that it is opening a new cold-chain warehouse in Pyeongtaek.

The 12,000-square-meter warehouse opens on April 20 and adds capacity for 15,000 parcels a day. Nuri Logistics already delivers 40,000 parcels a day from three warehouses in Incheon and Pyeongtaek.

The company, founded in 2016, posted revenue of KRW 48 billion in 2025. It has been HACCP certified since 2021 and runs NuriFresh, a same-day cold-chain delivery service for online food sellers.

"Fresh food sellers told us they needed faster cold-chain delivery, and this warehouse is our answer," said Han Ji-min, CEO of Nuri Logistics.

## About Nuri Logistics

Nuri Logistics runs cold-chain warehouses in Incheon and Pyeongtaek and delivers fresh food for online sellers.

## Media contact

- 최수아, Communications Manager
- Phone: +82 32-858-4100
- Email: press@nurilogis.com
- Web: https://nurilogis.com

###
"""
