"""English as the wires print it (AP style): one date form, small numbers in words, units spelled out.

A Korean office typing English notes writes "30 June 2026", "Oct 1", "7am",
"3 models", "2,000 lbs"; a reporter expects "June 30, 2026", "Oct. 1",
"7 a.m.", "three models", "2,000 pounds". The values never change: only how
they are written, and every date in a release is written one way.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_MONTHS = [name for name in calendar.month_name if name]
#: AP abbreviates these months before a day; March–July are always spelled out.
_ABBREVIATED = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.", "October": "Oct.",
                "November": "Nov.", "December": "Dec."}  # fmt: skip
_MONTH_LOOKUP = (
    {name.lower(): name for name in _MONTHS} | {name[:3].lower(): name for name in _MONTHS} | {"sept": "September"}
)
_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
             "7th": "seventh", "8th": "eighth", "9th": "ninth"}  # fmt: skip
_UNITS = [
    (r"(\d)\s*lbs?\b", r"\1 pounds"), (r"(\d)\s*sq\.?\s*ft\.?", r"\1 square feet"), (r"(\d)\s*m\b(?!²)", r"\1 meters"),
    (r"(\d)\s*km\b", r"\1 kilometers"), (r"(\d)\s*kg\b", r"\1 kilograms"), (r"(\d)\s*MW\b", r"\1 megawatts"),
    (r"\byrs?\b", "years"), (r"\bincl\.", "including"), (r"(\d)\s*am\b", r"\1 a.m."), (r"(\d)\s*pm\b", r"\1 p.m."),
    (r"\s\+\s", " and "), (r"~\s*(\d)", r"about \1"),
]  # fmt: skip
_DAY_MONTH = re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>[A-Z][a-z]{2,8})\.?(?:,?\s+(?P<y>\d{4}))?\b")
_MONTH_DAY = re.compile(r"\b(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{4}))?")
#: '09/2027': a month and a year, which AP spells out ('September 2027').
_MONTH_YEAR = re.compile(r"\b(?P<m>0?[1-9]|1[0-2])/(?P<y>20\d{2})\b")
_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")


def ap_date(day: dt.date, with_year: bool = True) -> str:
    """'Oct. 1, 2026', 'March 10, 2026'."""
    month = _MONTHS[day.month - 1]
    text = f"{_ABBREVIATED.get(month, month)} {day.day}"
    return f"{text}, {day.year}" if with_year else text


def ap_dates(text: str) -> str:
    """Every date in ``text`` in AP form, whichever way it was typed."""

    def written(match: re.Match[str]) -> str:
        month = _MONTH_LOOKUP.get(match.group("m").lower().rstrip("."))
        if not month:
            return match.group(0)
        day = int(match.group("d"))
        label = f"{_ABBREVIATED.get(month, month)} {day}"
        return f"{label}, {match.group('y')}" if match.group("y") else label

    def iso(match: re.Match[str]) -> str:
        try:
            return ap_date(dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d"))))
        except ValueError:
            return match.group(0)

    text = _ISO.sub(iso, text)
    text = _MONTH_YEAR.sub(lambda m: f"{_MONTHS[int(m.group('m')) - 1]} {m.group('y')}", text)  # '09/2027'
    text = _DAY_MONTH.sub(written, text)
    return _MONTH_DAY.sub(written, text)


def ap_numbers(text: str) -> str:
    """One to nine in words before a noun ('3 models' → 'three models', '2nd' → 'second'); figures with units stay."""
    text = re.sub(r"\b([1-9](?:st|nd|rd|th))\b", lambda m: _ORDINALS.get(m.group(1), m.group(1)), text)

    def word(match: re.Match[str]) -> str:
        before = text[: match.start()].split()
        named = bool(before) and before[-1][:1].isupper() and before[-1].rstrip(".,").lower() not in _MONTH_LOOKUP
        if before and (
            before[-1].rstrip(".,").lower() in _MONTH_LOOKUP
            or before[-1].lower() in ("no.", "grade", "grades", "version", "season", "district")
            or named
        ):
            return match.group(0)  # 'April 9 at', 'grade 3', 'PlayStation 5', 'District 1' stay figures
        return _NUMBERS[int(match.group(1))] + match.group(2)

    return re.sub(r"(?<![\d.,$€£₩#-])\b([1-9])(\s+[a-z][a-z-]+)\b(?!\s*(?:a\.m\.|p\.m\.|percent))", word, text)


def ap_style(text: str) -> str:
    """Dates, small numbers and units of a note as the wires write them."""
    for pattern, replacement in _UNITS:
        text = re.sub(pattern, replacement, text)
    return ap_numbers(ap_dates(text))
