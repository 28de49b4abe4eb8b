"""Dates in a draft: real calendar dates, weekdays that fit, the release date where the release date belongs.

A weekday must fit its date ("2월 3일(화)"), the day in "…3일 밝혔다", the
dateline and the release line are the release date, a founding year is the
profile's, and any other date is one the sources give for the same event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.factcheck import dates as calendar
from desktop.core.factcheck.dateline import find_dateline
from desktop.core.factcheck.dates import DateClaim, find_dates
from desktop.core.factcheck.report import finding
from desktop.core.factcheck.sources import Sourced
from desktop.core.factcheck.subjects import clause_concepts, overlap
from desktop.core.factcheck.text import Analysed
from desktop.core.findings import Finding

if TYPE_CHECKING:
    from desktop.core.factcheck.context import CheckContext

_WEEKDAYS_KO = "월화수목금토일"
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
Problem = tuple[str, str, str]


def check_dates(
    doc: Analysed, ctx: CheckContext, taken: list[tuple[int, int]]
) -> tuple[list[Finding], list[tuple[int, int]]]:
    claims = find_dates(doc.text, taken)
    dateline = find_dateline(doc)
    spans = [(c.start, c.end) for c in claims]
    findings: list[Finding] = []
    for claim in claims:
        if dateline and dateline.date_start <= claim.start < dateline.date_end:
            claim = _as_role(claim, "dateline")
        problem = _judge(doc, claim, ctx, claims)
        if problem:
            ko, en, excerpt = problem
            findings.append(finding(doc, "date", "error", (claim.start, claim.end), ko, en, excerpt, ctx.language))
    return findings, spans


def _as_role(claim: DateClaim, role: str) -> DateClaim:
    from dataclasses import replace

    return replace(claim, role=role)


def _judge(doc: Analysed, claim: DateClaim, ctx: CheckContext, claims: list[DateClaim]) -> Problem | None:
    if claim.role == "metadata":
        return None
    if calendar.is_impossible(claim):
        return "달력에 없는 날짜입니다.", "This date does not exist.", ""
    release = ctx.sources.release_date
    weekday = _wrong_weekday(claim, release.year if release else None)
    if weekday:
        return weekday
    if claim.role in ("release_day", "dateline", "release_line") and release:
        return _release(claim, ctx)
    if claim.role == "founded" and str(ctx.profile.company.founded).isdigit():
        founded = int(str(ctx.profile.company.founded))
        if claim.year != founded:
            return "설립 연도가 자료와 다릅니다.", "The founding year differs from the facts.", _say_year(ctx, founded)
        return None
    return _traced(doc, claim, ctx, claims)


def _wrong_weekday(claim: DateClaim, release_year: int | None) -> Problem | None:
    if claim.weekday is None:
        return None
    real = calendar.real_date(claim, release_year)
    if real is None or real.weekday() == claim.weekday:
        return None
    return (
        f"요일이 맞지 않습니다: {real.year}년 {real.month}월 {real.day}일은 {_WEEKDAYS_KO[real.weekday()]}요일입니다.",
        f"Wrong weekday: {real:%B} {real.day}, {real.year} is a {_WEEKDAYS_EN[real.weekday()]}.",
        "",
    )


def _release(claim: DateClaim, ctx: CheckContext) -> Problem | None:
    release = ctx.sources.release_date
    assert release is not None
    parts = ((claim.year, release.year), (claim.month, release.month), (claim.day, release.day))
    if all(mine is None or mine == theirs for mine, theirs in parts):
        return None
    excerpt = (
        f"배포일 {release.year}년 {release.month}월 {release.day}일"
        if ctx.language == "ko"
        else f"release date {release:%B} {release.day}, {release.year}"
    )
    return "배포일과 다른 날짜입니다.", "This is not the release date.", excerpt


def _say_year(ctx: CheckContext, year: int) -> str:
    return f"{year}년 설립" if ctx.language == "ko" else f"founded in {year}"


def _traced(doc: Analysed, claim: DateClaim, ctx: CheckContext, claims: list[DateClaim]) -> Problem | None:
    release = ctx.sources.release_date
    year = release.year if release else None
    others = [(c.start, c.end) for c in claims if c is not claim]
    clause = clause_concepts(doc, claim.start, others)
    concepts = clause - ctx.sources.own_concepts
    # 'Bronze wins in 2022 and 2023 and now Silver wins in 2024 and 2025': a date its own clause also names
    # is not a rival ('registered in 2024 and was selected in 2022' is two clauses, and a swap).
    beside = [
        c
        for c in claims
        if c is not claim and clause_concepts(doc, c.start, [(o.start, o.end) for o in claims if o is not c]) == clause
    ]
    known = ctx.sources.dates
    same = [(d, s) for d, s in known if calendar.agrees(claim, d, year)]
    if not same:
        closest = _closest(claim, concepts, known)
        return "자료에 없는 날짜입니다.", "This date is not in the facts.", closest.excerpt if closest else ""
    best = max(overlap(concepts, s.concepts) for _, s in same)
    comparable = [
        (d, s)
        for d, s in known
        if _same_precision(claim, d)
        and not calendar.agrees(claim, d, year)
        and not any(calendar.agrees(other, d, year) for other in beside)
    ]
    rivals = [s for _, s in comparable if overlap(concepts, s.concepts) > best]
    if rivals:
        rival = max(rivals, key=lambda s: overlap(concepts, s.concepts))
        return (
            "자료에서 이 날짜는 다른 일의 날짜입니다.",
            "In the facts this date belongs to another event.",
            rival.excerpt,
        )
    return None


def _same_precision(claim: DateClaim, other: DateClaim) -> bool:
    if claim.is_time or other.is_time:
        return claim.is_time and other.is_time
    return (claim.month is None) == (other.month is None) and (claim.day is None) == (other.day is None)


def _closest(claim: DateClaim, concepts: frozenset[str], known: list[tuple[DateClaim, Sourced]]) -> Sourced | None:
    comparable = [(d, s) for d, s in known if _same_precision(claim, d) or d.year == claim.year]
    if not comparable:
        return None
    return max(
        comparable,
        key=lambda pair: (
            overlap(concepts, pair[1].concepts),
            pair[0].year == claim.year,
            pair[0].month == claim.month,
        ),
    )[1]
