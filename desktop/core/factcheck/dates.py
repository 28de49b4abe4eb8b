"""Dates and years in every common form, Korean and English, and what they must agree with.

2026년 2월 3일, 2월 3일(화), 2026.02.03, 2026-02-03, February 3, 2026,
3 Feb 2026, 2026년, "3일 밝혔다": all become one ``DateClaim``. A weekday
must fit its date, the day in "…3일 밝혔다" and the date of the release line
are the release date, a founding year is the profile's, and any other date
must be one the sources give (the release date included).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_EN_WEEKDAY = r"(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
_KO_WEEKDAYS = "월화수목금토일"
_EN_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_KO_WEEKDAY = r"(?:\s*\(\s*([월화수목금토일])(?:요일)?\s*\)|\s+([월화수목금토일])요일)?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("ymd", re.compile(rf"(?<!\d)(\d{{4}})\s*년\s*(\d{{1,2}})\s*월\s*(\d{{1,2}})\s*일{_KO_WEEKDAY}")),
    (
        "ymd_num",
        re.compile(rf"(?<![\d.,])(\d{{4}})\s*([.\-/])\s*(\d{{1,2}})\s*\2\s*(\d{{1,2}})(?![\d])\.?{_KO_WEEKDAY}"),
    ),
    ("en_mdy", re.compile(rf"{_EN_WEEKDAY}{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?(?![\d])", re.I)),
    (
        "en_dmy",
        re.compile(rf"{_EN_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(\d{{4}}))?(?![\d])", re.I),
    ),
    ("en_my", re.compile(rf"{_MONTH}\s+(?:of\s+)?(\d{{4}})(?![\d])", re.I)),
    ("ym", re.compile(r"(?<!\d)(\d{4})\s*년\s*(\d{1,2})\s*월(?!\s*\d)")),
    ("md", re.compile(rf"(?<![\d.])(\d{{1,2}})\s*월\s*(\d{{1,2}})\s*일{_KO_WEEKDAY}")),
    ("md_slash", re.compile(r"(?<![\d./])(\d{1,2})[./](\d{1,2})\s*\(\s*([월화수목금토일])(?:요일)?\s*\)")),
    ("y", re.compile(r"(?<![\d.,$₩])(\d{4})\s*년(?:도)?")),
    ("m", re.compile(r"(?<![\d.])(\d{1,2})\s*월(?!\d|간|급|세|\s*\d{1,2}\s*일)")),
    ("d", re.compile(r"(?<![\d.월])(\d{1,2})\s*일(?!\s*(?:간|동안|째|치|분|\d))")),
    ("time", re.compile(r"(오전|오후)?\s*(?<!\d)(\d{1,2})\s*시(?:\s*(\d{1,2})\s*분)?(?![간청장민설행작대])")),
    ("en_time", re.compile(r"(?<![\d:])(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?(?![a-z])", re.I)),
    ("year", re.compile(r"(?<![\d.,$₩#])((?:19|20)\d{2})(?!\d|,\d|\s*(?:년|%|명|개|원|곳))")),
]
_REPORTING = re.compile(r"^\s*(?:밝혔다|밝혔|발표했다|발표했|전했다|알렸다|공개했다|말했다|설명했다|밝힌|발표|밝혀)")
_FOUNDED_BEFORE = re.compile(r"(?:founded|established|설립된|창립된|창업한)\s*(?:in\s*)?$", re.I)
_FOUNDED_AFTER = re.compile(r"^\s*(?:에\s*)?(?:설립|창립|창업|문을 ?연|문을 ?열|개업|founded|established)")
_METADATA = re.compile(r"(?:작성일|작성|Prepared|Updated|수정일)\s*:?\s*$", re.I)
_RELEASE_LINE = re.compile(r"(?:배포|배포일|보도일|Release date|Date)\s*:?\s*$", re.I)


@dataclass(frozen=True)
class DateClaim:
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    hour: int | None = None
    minute: int | None = None
    role: str = ""  # release_day | founded | metadata | release_line

    @property
    def is_time(self) -> bool:
        return self.hour is not None


def find_dates(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[DateClaim]:
    found: list[DateClaim] = []
    for form, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in [*taken, *((c.start, c.end) for c in found)]):
                continue
            claim = _claim(form, match)
            if claim is not None:
                found.append(_with_role(text, claim))
    return sorted(found, key=lambda claim: claim.start)


def _claim(form: str, m: re.Match[str]) -> DateClaim | None:
    start, end = m.start(), m.end()
    if form == "ymd":
        return DateClaim(start, end, int(m[1]), int(m[2]), int(m[3]), _ko_weekday(m[4] or m[5]))
    if form == "ymd_num":
        return DateClaim(start, end, int(m[1]), int(m[3]), int(m[4]), _ko_weekday(m[5] or m[6]))
    if form in ("en_mdy", "en_dmy", "en_my") and _lowercase_month(m):
        return None  # "may" and "mar" are also ordinary words
    if form == "en_mdy":
        return DateClaim(start, end, _int(m[4]), _MONTHS[m[2].lower()], int(m[3]), _en_weekday(m[1]))
    if form == "en_dmy":
        return DateClaim(start, end, _int(m[4]), _MONTHS[m[3].lower()], int(m[2]), _en_weekday(m[1]))
    if form == "en_my":
        return DateClaim(start, end, int(m[2]), _MONTHS[m[1].lower()])
    if form == "ym":
        return DateClaim(start, end, int(m[1]), int(m[2]))
    if form == "md":
        return DateClaim(start, end, None, int(m[1]), int(m[2]), _ko_weekday(m[3] or m[4]))
    if form == "md_slash":
        return DateClaim(start, end, None, int(m[1]), int(m[2]), _ko_weekday(m[3]))
    if form in ("y", "year"):
        return DateClaim(start, end, int(m[1])) if 1900 <= int(m[1]) <= 2100 else None
    if form == "m":
        return DateClaim(start, end, month=int(m[1]))
    if form == "d":
        return DateClaim(start, end, day=int(m[1]))
    if form == "time":
        hour = int(m[2]) + (12 if m[1] == "오후" and int(m[2]) < 12 else 0)
        return DateClaim(start, end, hour=hour, minute=_int(m[3]) or 0) if hour <= 24 else None
    if form == "en_time":
        hour = int(m[1]) % 12 + (12 if m[3].lower() == "p" else 0)
        return DateClaim(start, end, hour=hour, minute=_int(m[2]) or 0)
    return None


def _lowercase_month(m: re.Match[str]) -> bool:
    return any(group and group.lower() in _MONTHS and group.islower() for group in m.groups())


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _ko_weekday(letter: str | None) -> int | None:
    return _KO_WEEKDAYS.index(letter) if letter else None


def _en_weekday(name: str | None) -> int | None:
    return _EN_WEEKDAYS.index(name[:3].lower()) if name else None


def _with_role(text: str, claim: DateClaim) -> DateClaim:
    before = text[max(0, claim.start - 16) : claim.start]
    after = text[claim.end : claim.end + 12]
    role = ""
    if _METADATA.search(before):
        role = "metadata"
    elif _RELEASE_LINE.search(before):
        role = "release_line"
    elif claim.day is not None and claim.month is None and _REPORTING.match(after):
        role = "release_day"
    elif claim.month is None and claim.day is None and (_FOUNDED_BEFORE.search(before) or _FOUNDED_AFTER.match(after)):
        role = "founded"
    return replace(claim, role=role) if role else claim


def real_date(claim: DateClaim, default_year: int | None) -> dt.date | None:
    """The calendar date, when the claim names one (the year defaulting to the release year)."""
    year = claim.year or default_year
    if year is None or claim.month is None or claim.day is None:
        return None
    try:
        return dt.date(year, claim.month, claim.day)
    except ValueError:
        return None


def is_impossible(claim: DateClaim) -> bool:
    if claim.month is not None and not 1 <= claim.month <= 12:
        return True
    if claim.day is not None and not 1 <= claim.day <= 31:
        return True
    if claim.month and claim.day:
        try:
            dt.date(claim.year or 2024, claim.month, claim.day)  # 2024: a leap year, so 2월 29일 is possible
        except ValueError:
            return True
    return False


def agrees(claim: DateClaim, source: DateClaim, release_year: int | None) -> bool:
    """Does the source date say what the claim says, at the claim's own precision?"""
    if claim.is_time or source.is_time:
        return claim.is_time and source.is_time and (claim.hour, claim.minute) == (source.hour, source.minute)
    source_year = source.year or (release_year if source.month else None)
    for mine, theirs in ((claim.year, source_year), (claim.month, source.month), (claim.day, source.day)):
        if mine is not None and mine != theirs:
            return False
    return True
