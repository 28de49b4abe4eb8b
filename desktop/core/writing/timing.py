"""When a note says something happens, and so which tense its sentence takes.

A key point dated before the release is news that happened ("…첫 출하했다"),
one dated after it is a plan ("20일 매장을 연다"), "…부터" something still going
on ("2024년부터 … 기부하고 있다"). Dates are read as Korean and English offices
write them (2026년 3월 20일, 3월 20일, 2027년 6월, 내년 상반기, 하반기,
March 20, 2026, 30 June 2026); a note without a date has no tense of its own.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from desktop.core.writing.lexicon import korean_lexicon

PAST = "past"
FUTURE = "future"
PRESENT = "present"
ONGOING = "ongoing"


@dataclass(frozen=True)
class When:
    """A time expression in a note: where it stands and the days it can mean."""

    start: int
    end: int
    first: dt.date
    last: dt.date
    #: '…부터': from then on.
    since: bool = False


_FULL = r"(?P<y>\d{4})\s*년\s*(?P<m>\d{1,2})\s*월(?:\s*(?P<d>\d{1,2})\s*일)?"
_MONTH_DAY = r"(?P<m2>\d{1,2})\s*월(?:\s*(?P<d2>\d{1,2})\s*일)?"
_YEAR_PART = r"(?P<y3>\d{4})\s*년(?:\s*(?P<part3>상반기|하반기|[1-4]\s*분기|초|말|연말|연초))?"
_RELATIVE = r"(?P<rel>올해|금년|연내|내년|이듬해|지난해|작년)(?:\s*(?P<part4>상반기|하반기|[1-4]\s*분기|초|말)|\s*(?P<m4>\d{1,2})\s*월)?"
_HALF = r"(?P<part5>상반기|하반기|연말|연초)"
_DAY = r"(?<![\d.])(?P<d6>\d{1,2})\s*일(?!\s*(?:간|동안))"
_KOREAN = re.compile(
    rf"(?:{_FULL}|{_YEAR_PART}|{_RELATIVE}|{_MONTH_DAY}|{_HALF}|{_DAY})(?P<tail>\s*(?:부터|이후|까지|중|께|경)?)"
)
_MONTHS = {name: index for index, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name[:3]: index for name, index in list(_MONTHS.items())})
_ENGLISH = re.compile(
    r"(?:(?P<md_m>[A-Z][a-z]{2,8})\.?\s+(?P<md_d>\d{1,2})(?:st|nd|rd|th)?(?:,\s*(?P<md_y>\d{4}))?"
    r"|(?P<dm_d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<dm_m>[A-Z][a-z]{2,8})\.?(?:,?\s*(?P<dm_y>\d{4}))?"
    r"|(?P<my_m>[A-Z][a-z]{2,8})\s+(?P<my_y>\d{4})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))"
)


def find_times(text: str, release: dt.date | None) -> list[When]:
    """Every date or period in ``text`` (Korean or English), with the days it covers."""
    year = release.year if release else dt.date.today().year
    found = []
    for match in _KOREAN.finditer(text):
        span = _korean_span(match, year)
        if span:
            since = match.group("tail").strip() in ("부터", "이후")
            found.append(When(match.start(), match.end(), span[0], span[1], since))
    for match in re.finditer(r"\b(?:in|since|by|from|until)\s+(\d{4})\b", text):
        year_of = int(match.group(1))
        since = match.group(0).startswith(("since", "from"))
        found.append(When(match.start(1), match.end(1), dt.date(year_of, 1, 1), dt.date(year_of, 12, 31), since))
    for match in _ENGLISH.finditer(text):
        span = _english_span(match, year)
        if span and not any(w.start <= match.start() < w.end for w in found):
            since = bool(re.match(r"\s*(onward|on\b)", text[match.end() :])) or text[
                : match.start()
            ].rstrip().lower().endswith(("from", "since", "starting"))
            found.append(When(match.start(), match.end(), span[0], span[1], since))
    return sorted(found, key=lambda w: w.start)


def tense_at(times: list[When], release: dt.date | None) -> str:
    """PAST, FUTURE, ONGOING or PRESENT for a note with these time expressions ("" when it has none)."""
    if not times or release is None:
        return ""
    when = times[-1] if not any(t.since for t in times) else next(t for t in times if t.since)
    if when.since:
        return ONGOING if when.first <= release else FUTURE
    if when.last <= release:
        return PAST
    if when.first > release:
        return FUTURE
    return PRESENT


def _korean_span(match: re.Match[str], year: int) -> tuple[dt.date, dt.date] | None:
    groups = match.groupdict()
    try:
        if groups["y"]:
            return _month_span(int(groups["y"]), int(groups["m"]), groups["d"])
        if groups["y3"]:
            return _part_span(int(groups["y3"]), groups["part3"])
        if groups["rel"]:
            offset = {"내년": 1, "이듬해": 1, "지난해": -1, "작년": -1}.get(groups["rel"], 0)
            if groups["m4"]:
                return _month_span(year + offset, int(groups["m4"]), None)
            return _part_span(year + offset, groups["part4"])
        if groups["m2"]:
            return _month_span(year, int(groups["m2"]), groups["d2"])
        if groups["part5"]:
            return _part_span(year, groups["part5"])
        if groups["d6"]:
            return None  # a lone '20일' needs the month: left to the sentence, not to the tense
    except ValueError:
        return None
    return None


def _month_span(year: int, month: int, day: str | None) -> tuple[dt.date, dt.date]:
    if day:
        date = dt.date(year, month, int(day))
        return date, date
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _part_span(year: int, part: str | None) -> tuple[dt.date, dt.date]:
    part = (part or "").replace(" ", "")
    months = {
        "상반기": (1, 6),
        "하반기": (7, 12),
        "1분기": (1, 3),
        "2분기": (4, 6),
        "3분기": (7, 9),
        "4분기": (10, 12),
        "초": (1, 3),
        "연초": (1, 3),
        "말": (10, 12),
        "연말": (10, 12),
    }.get(part, (1, 12))
    return dt.date(year, months[0], 1), dt.date(year, months[1], calendar.monthrange(year, months[1])[1])


def _english_span(match: re.Match[str], year: int) -> tuple[dt.date, dt.date] | None:
    groups = match.groupdict()
    try:
        if groups["iso"]:
            date = dt.date.fromisoformat(groups["iso"])
            return date, date
        for prefix in ("md", "dm"):
            month = _MONTHS.get((groups[f"{prefix}_m"] or "").rstrip("."))
            if month:
                date = dt.date(int(groups[f"{prefix}_y"] or year), month, int(groups[f"{prefix}_d"]))
                return date, date
        month = _MONTHS.get(groups["my_m"] or "")
        if month:
            return _month_span(int(groups["my_y"]), month, None)
    except ValueError:
        return None
    return None


def is_time_word(word: str) -> bool:
    """A word that only says when ('하반기', '매주', '토요일'): never a sentence's object."""
    words = korean_lexicon().time_words
    # '년', '중', '말' count only after a number ('2026년', '3월 중'), which the caller checks.
    return any(word in group for kind, group in words.items() if kind != "nouns")
