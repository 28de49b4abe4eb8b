"""A release body built from the facts alone: its shape, each fact once, the length honestly.

Run on the writing benchmark's fictional companies (``bench/writing_data``),
the way the pipeline builds the fact-built parts (Kiwi choosing wordings; the
model's judgement is tested with the real engine elsewhere).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from desktop.core.lengths import RELEASE_LENGTHS as LENGTHS
from desktop.core.profile import CompanyProfile, load_profile
from desktop.core.writing.fluency import FluencyJudge
from desktop.core.writing.release import ReleasePlan, plan_release, render

DATA = Path(__file__).resolve().parents[3] / "bench" / "writing_data"
KOREAN = ["nuriedge", "dalbit-hanok", "hangyeol-chem", "badagotgan", "ieum-dongheng", "deulnyeok-aero"]
ENGLISH = ["corner-ledger", "lanternfall", "olle-botanics"]


def company(name: str) -> tuple[CompanyProfile, dict]:  # type: ignore[type-arg]
    profile = load_profile(DATA / name / "company.toml")
    answers = tomllib.loads((DATA / name / "press-release.toml").read_text(encoding="utf-8"))
    return profile, answers


def body(plan: ReleasePlan) -> str:
    judge = FluencyJudge(language="ko")
    used: set[str] = set()
    parts = []
    for part in ("lead", "details", "plans", "background"):
        parts.append(render(plan.paragraphs(part), judge.choose, "\n\n".join(parts), used))
    return "\n\n".join(part for part in parts if part)


@pytest.mark.parametrize("name", KOREAN)
def test_a_korean_release_has_the_shape_an_editor_expects(name: str) -> None:
    profile, answers = company(name)
    plan = plan_release(profile, answers, "ko")
    text = body(plan)
    company_name = profile.company.name
    assert plan.headline[0].startswith(f"{company_name}, ") and len(plan.headline[0]) <= 40
    assert not re.match(r"\d{4}년|\d{1,2}월|\d{1,2}일", plan.headline[0][len(company_name) + 2 :])  # no date in front
    assert plan.subtitle != plan.headline[0] and "?" not in plan.subtitle
    lead = text.split("\n\n")[0]
    assert lead.startswith(f"{answers['location']}, ") and re.search(r"고 \d{1,2}일 밝혔다\.", lead)
    for broken in ("이번 발표에는", "발표 내용에 포함", "도 담겼다", "을를", "은(는)", "  "):
        assert broken not in text
    openers = [p.split()[0] for p in text.split("\n\n")[1:] if p.split()[0] in ("또한", "아울러", "이와", "한편")]
    assert len(openers) == len(set(openers))  # no connective opens two paragraphs


@pytest.mark.parametrize("name", KOREAN + ENGLISH)
def test_every_key_point_figure_is_in_the_release_and_stated_once(name: str) -> None:
    profile, answers = company(name)
    language = profile.brand.language
    plan = plan_release(profile, answers, language)
    text = body(plan)
    sentences = [s for s in re.split(r"(?<=[.다])\s+|\n", text) if s.strip()]
    for point in answers["key_points"]:
        for figure in re.findall(r"\d[\d,.]*\d|\d", point):
            if language == "en" and len(figure) == 1:
                continue  # AP style writes one to nine in words
            assert figure in text, f"{figure} of '{point}' is missing"
    said = [s for s in sentences if not s.startswith("- ")]
    assert len(said) == len(set(said)), "a sentence is said twice"


@pytest.mark.parametrize("name", KOREAN + ENGLISH)
def test_a_short_body_says_why_instead_of_padding(name: str) -> None:
    profile, answers = company(name)
    plan = plan_release(profile, answers, profile.brand.language)
    low, _ = LENGTHS[answers.get("length", "standard")]
    quote = len(answers.get("quote_points", ""))
    if len(body(plan).replace("\n", "")) + quote < low:
        assert any("자료가 적어" in ko and "nothing was invented" in en for ko, en in plan.notes)


def test_the_release_uses_the_companys_facts_that_bear_on_the_news() -> None:
    profile, answers = company("hangyeol-chem")
    text = body(plan_release(profile, answers, "ko"))
    assert "1,180억 원" in text  # 2025 revenue, a profile fact, in the background
    assert "아쿠아실드는" in text  # the product the news names, described from the profile


@pytest.mark.parametrize("name", KOREAN)
def test_the_head_count_closes_the_background_and_never_stands_alone(name: str) -> None:
    profile, answers = company(name)
    plan = plan_release(profile, answers, "ko")
    paragraphs = body(plan).split("\n\n")
    employees = f"임직원은 {profile.company.employees}명이다."
    [paragraph] = [p for p in paragraphs if employees in p]
    assert paragraph != employees and paragraph.endswith(employees)
    assert f"{profile.company.name}의 {employees}" not in paragraph  # the paragraph is already the company's


def test_a_key_point_that_tells_the_announcement_more_fully_is_said_once_in_the_lead() -> None:
    profile, answers = company("nuriedge")  # '투자금은 … 양산 준비에 쓴다' and its key point with '2027년'
    paragraphs = body(plan_release(profile, answers, "ko")).split("\n\n")
    assert "2027년 양산 준비" in paragraphs[0]
    assert sum(paragraph.count("투자금은") for paragraph in paragraphs) == 1


def test_a_note_kept_as_written_keeps_every_word() -> None:
    profile, answers = company("dalbit-hanok")  # '… 한지 등 만들기 체험 (무료)' cannot be read with confidence
    text = body(plan_release(profile, answers, "ko"))
    assert "만들기 체험 (무료)" in text


def test_an_english_product_description_becomes_a_sentence() -> None:
    profile, answers = company("baram-cargo")  # 'Baram Swap': 'Battery-swap stations for delivery fleets, …'
    text = body(plan_release(profile, answers, "en"))
    assert "Baram Swap offers battery-swap stations for delivery fleets" in text
    assert "Baram Swap:" not in text and "is a battery-swap stations" not in text


def test_english_dates_are_written_one_way() -> None:
    profile, answers = company("olle-botanics")
    text = body(plan_release(profile, answers, "en"))
    assert (
        re.search(
            r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)", text
        )
        is None
    )
    assert "15 April 2027" not in text and "April 15, 2027" in text


def test_with_no_facts_left_the_note_names_the_length(demo_profile: CompanyProfile) -> None:
    answers = {
        "announcement": "한빛베이커리가 성수동에 7번째 매장을 연다.",
        "date": "2026-03-10",
        "key_points": ["3월 20일 서울 성동구 성수동에 7번째 매장 개점"],
        "length": "standard",
    }
    plan = plan_release(demo_profile, answers, "ko")
    [note] = [ko for ko, _ in plan.notes if "자료가 적어" in ko]
    assert re.search(r"본문이 약 [\d,]+자입니다\(선택한 분량은 1,200~2,500자\)", note)
