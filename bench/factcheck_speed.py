"""How long the claim checker takes on a 2,000-character press release, once the Korean analyser is loaded.

Target: at most 200 ms per release (the window re-checks on every pause in
typing). Prints the analyser's load time, the time to read the sources once
(``CheckContext.build``) and, for a Korean and an English release, the
median wall-clock and CPU time of ``check_text`` over several runs. CPU time
is shown beside wall-clock time because on a shared machine the wall clock
mostly measures the other processes.

    uv run python bench/factcheck_speed.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import time

from bench_support import demo_answers, demo_profile

from desktop.core import korean
from desktop.core.factcheck import CheckContext, check_text
from desktop.core.workflows import get_workflow

KOREAN_RELEASE = """**보도자료** · 배포 2026년 3월 10일

# 한빛베이커리, 성수동에 7번째 매장 연다

## 3월 20일 개점… 첫 주 우리밀 식빵 수익금 전액 푸드뱅크 기부

서울, 2026년 3월 10일 — 제과·베이커리 기업 한빛베이커리(대표 김다은)는 3월 20일 서울 성동구 성수동에 7번째 매장을 연다고 10일 밝혔다.

성수동 매장은 한빛베이커리가 마포·서대문·용산 밖에 여는 첫 매장이다. 새 매장에서도 국산 밀과 천연 발효종으로 48시간 숙성한 우리밀 식빵과 계절마다 바뀌는 국산 과일 타르트를 판매한다.

한빛베이커리는 개점을 기념해 첫 주 동안 우리밀 식빵 수익금 전액을 지역 푸드뱅크에 기부한다. 회사는 2024년부터 남은 빵을 지역 푸드뱅크 3곳에 매일 기부해 왔다.

2012년 서울 마포구에서 문을 연 한빛베이커리는 현재 서울 마포·서대문·용산에서 매장 6곳을 운영하고 있으며, 2025년 매출 62억 원을 기록했다. 직원은 48명이다.

김다은 대표는 "동네 빵집의 정직한 맛을 성수동 이웃들과 나누고 싶다"고 말했다.

한빛베이커리는 성수동 매장에서도 그날 구운 빵을 그날 판매하는 원칙을 지킨다. 영업을 마친 뒤 남은 빵은 기록한 뒤 다음 날 오전 지역 푸드뱅크에 전달한다. 매장 운영 시간과 메뉴는 개점에 앞서 홈페이지에서 안내할 예정이다.

새 매장의 빵은 기존 매장과 같은 방식으로 만든다. 국산 밀을 쓰고, 천연 발효종으로 48시간 숙성한다. 제철 과일 타르트는 계절마다 국산 과일로 바꾼다. 한빛베이커리는 성수동 이웃들이 매일 찾는 동네 빵집이 되는 것을 목표로 한다.

성수동은 한빛베이커리의 7번째 매장이 들어서는 곳이다. 회사는 개점 첫 주 기부를 시작으로 성수동 지역 푸드뱅크와도 남은 빵 기부를 이어 갈 계획이다. 기부 현황은 홈페이지를 통해 알린다.

한빛베이커리는 2012년 마포구의 작은 빵집으로 출발했다. 이후 서대문과 용산으로 매장을 넓혀 지금은 서울에서 매장 6곳을 운영한다. 2025년 매출은 62억 원이었고, 직원 48명이 매장과 작업장에서 일한다.

우리밀 식빵은 한빛베이커리를 대표하는 빵이다. 국산 밀과 천연 발효종을 쓰고 48시간 숙성해 굽는다. 제철 과일 타르트는 계절마다 바뀌는 국산 과일로 만든다. 두 제품 모두 성수동 매장에서 개점일부터 판매한다.

개점 첫 주에 팔린 우리밀 식빵의 수익금은 전액 지역 푸드뱅크에 기부된다. 한빛베이커리는 2024년부터 남은 빵을 지역 푸드뱅크 3곳에 매일 기부해 왔으며, 새 매장에서도 같은 방식으로 남은 빵을 나눈다.

한빛베이커리의 빵은 매일 아침 작업장에서 굽는다. 국산 밀을 쓰는 원칙과 천연 발효종으로 48시간 숙성하는 방식은 2012년 첫 매장을 연 뒤 지금까지 이어지고 있다. 성수동 매장도 이 원칙에 따라 빵을 굽고 판매한다. 회사는 개점 준비 과정과 기부 소식을 홈페이지와 매장 안내문으로 알릴 예정이다.

김다은 대표는 성수동 이웃들에게 동네 빵집의 정직한 맛을 알리고 싶다는 뜻을 밝혔다. 회사는 개점 이후에도 지역 이웃과 함께하는 활동을 이어 갈 계획이다. 매장 위치와 운영 시간은 홈페이지에서 확인할 수 있다.

한빛베이커리는 개점 첫 주 기부 외에도 남은 빵을 지역 푸드뱅크 3곳에 매일 전달하는 활동을 성수동 매장에서 이어 간다. 영업 종료 뒤 남은 빵은 기록해 두었다가 다음 날 오전 푸드뱅크에 보낸다. 이 방식은 2024년부터 마포·서대문·용산의 매장 6곳이 지켜 온 원칙이다.

## 회사소개

한빛베이커리는 2012년 서울 마포구에서 문을 연 동네 빵집으로, 국산 밀과 천연 발효종으로 빵을 굽습니다. 현재 서울에 매장 6곳을 운영하고 있습니다.

## 언론 문의

- 담당: 이수진 홍보팀장
- 전화: 02-3141-5926
- 이메일: press@hanbit-bakery.example.kr
- 홈페이지: https://hanbit-bakery.example.kr
"""

ENGLISH_RELEASE = """**FOR IMMEDIATE RELEASE**

# Hanbit Bakery Opens Its Seventh Store in Seongsu-dong

SEOUL, March 10, 2026 — Hanbit Bakery, a neighbourhood bakery founded in 2012 in Mapo-gu, Seoul, today announced that it will open its seventh store in Seongsu-dong, Seongdong-gu, on March 20.

The new store sells the same breads as the company's six stores in Mapo, Seodaemun and Yongsan, including its Korean wheat bread, proofed for 48 hours with a natural sourdough starter, and seasonal fruit tarts made with Korean fruit.

To mark the opening, Hanbit Bakery will donate all proceeds from its wheat bread during the first week to a local food bank. Since 2024 the bakery has donated its unsold bread every day to three local food banks.

Hanbit Bakery posted revenue of 6.2 billion won in 2025 and employs 48 people.

"We want to share the honest taste of a neighbourhood bakery with our new neighbours in Seongsu-dong," said Kim Da-eun, CEO of Hanbit Bakery.

The bakery bakes and sells its bread on the same day. Bread left at closing is recorded and taken to the food bank the next morning. Opening hours and the menu will be announced on the company's website before the opening.

## About Hanbit Bakery

Hanbit Bakery is a neighbourhood bakery that opened in Mapo-gu, Seoul, in 2012 and bakes with Korean wheat and natural sourdough. It runs six stores in Seoul.

## Media contact

- 이수진, 홍보팀장
- Phone: 02-3141-5926
- Email: press@hanbit-bakery.example.kr
- Web: https://hanbit-bakery.example.kr

###
"""


def _time(label: str, text: str, ctx: CheckContext, runs: int) -> None:
    check_text(text, ctx)
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        findings = check_text(text, ctx)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    print(
        f"{label}: {len(text):,} characters, {len(findings)} findings; median {statistics.median(wall):.0f} ms wall, "
        f"{statistics.median(cpu):.0f} ms CPU (target ≤ 200 ms; ratio {statistics.median(wall) / 200:.2f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    started = time.perf_counter()
    korean.warm_up()
    print(f"Korean analyser loaded in {time.perf_counter() - started:.1f} s")
    workflow = get_workflow("press-release")
    for language, text in (("ko", KOREAN_RELEASE), ("en", ENGLISH_RELEASE)):
        started = time.perf_counter()
        ctx = CheckContext.build(demo_profile(), demo_answers("press-release"), workflow=workflow, language=language)
        print(f"[{language}] sources read once in {(time.perf_counter() - started) * 1000:.0f} ms")
        _time(f"[{language}] check_text", text, ctx, args.runs)


if __name__ == "__main__":
    main()
