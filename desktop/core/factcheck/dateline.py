"""The dateline: "창원, 2026년 2월 3일 —", "SEOUL, March 10, 2026 —" or "AUSTIN, Texas —" opening the lead.

Its place must be where the news comes from (the answers' location, else the
headquarters) and its date the release date; both are checked where places
and dates are checked, so this module only finds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.factcheck.dates import find_dates
from desktop.core.factcheck.text import Analysed

_PLACE = re.compile(r"^\s*\[?\s*(?P<place>[^\s,=\[\]—–-][^,=\[\]—–\n]{0,30}?)\s*(?:,|=)\s*")
_COUNTRY = re.compile(r"^(?:South Korea|Korea|Republic of Korea|대한민국|한국)\s*,\s*")
_DASH = re.compile(r"^\s*(?:[—–]|--?|/[^/]{1,30}/\s*[—–-]{1,2})\s*")
_HEAD_UNITS = 8
#: A state or country and the dash after an all-caps city ('AUSTIN, Texas —', 'PROVO, UT --').
_STATE_DASH = re.compile(r"^(?:[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?[ \t]*)?(?:[—–]|--)")


@dataclass(frozen=True)
class Dateline:
    place_start: int
    place_end: int
    date_start: int
    date_end: int


def find_dateline(doc: Analysed) -> Dateline | None:
    for unit in doc.units[:_HEAD_UNITS]:
        if unit.kind not in ("paragraph", "quote"):
            continue
        found = _dateline(doc.text, unit.start, unit.end)
        if found:
            return found
    return None


def _dateline(text: str, start: int, end: int) -> Dateline | None:
    line = text[start:end]
    place = _PLACE.match(line)
    if not place or len(place.group("place").split()) > 3:
        return None
    rest_start = place.end()
    country = _COUNTRY.match(line[rest_start:])
    if country:
        rest_start += country.end()
    dates = [d for d in find_dates(line[rest_start : rest_start + 40]) if d.start <= 12 and d.month and d.day]
    if not dates:
        if place.group("place").isupper() and _STATE_DASH.match(line[rest_start:]):
            end_of_place = start + place.end("place")  # 'AUSTIN, Texas —': a wire dateline with no date
            return Dateline(start + place.start("place"), end_of_place, end_of_place, end_of_place)
        return None
    date = dates[0]
    if not _DASH.match(line[rest_start + date.end :]):
        return None
    return Dateline(
        start + place.start("place"),
        start + place.end("place"),
        start + rest_start + date.start,
        start + rest_start + date.end,
    )
