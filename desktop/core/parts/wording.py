"""Dates, datelines, speakers and English sentences for the parts built from the facts.

Korean grammar goes through Kiwi (``grammar.py``); what is left is the
newspaper furniture both languages share: "서울, 2026년 3월 10일 —" and
"SEOUL, March 10, 2026 —", the speaker's name and title, a headline in title
case, an English lead that says who announced what.
"""

from __future__ import annotations

import datetime as dt
import re

#: Korea's provincial-level divisions: the dateline of an English release uses the English name.
_ENGLISH_PLACES = {
    "서울": "Seoul",
    "부산": "Busan",
    "대구": "Daegu",
    "인천": "Incheon",
    "광주": "Gwangju",
    "대전": "Daejeon",
    "울산": "Ulsan",
    "세종": "Sejong",
    "경기": "Gyeonggi",
    "강원": "Gangwon",
    "충북": "Chungbuk",
    "충남": "Chungnam",
    "전북": "Jeonbuk",
    "전남": "Jeonnam",
    "경북": "Gyeongbuk",
    "경남": "Gyeongnam",
    "제주": "Jeju",
}
_DIVISION_SUFFIX = re.compile(r"(특별자치시|특별자치도|특별시|광역시)$")
_SMALL_WORDS = {
    "a",
    "an",
    "the",
    "and",
    "but",
    "or",
    "for",
    "nor",
    "on",
    "at",
    "to",
    "from",
    "by",
    "of",
    "in",
    "with",
    "as",
}
_LOWER_STARTS = {"a", "an", "the", "its", "our", "new", "this", "starting", "from", "all", "every"}


def korean_date(iso_date: str) -> str:
    if not iso_date:
        return ""
    day = dt.date.fromisoformat(iso_date)
    return f"{day.year}년 {day.month}월 {day.day}일"


def english_date(iso_date: str) -> str:
    """AP style as wire services print datelines: 'March 10, 2026', 'Oct. 1, 2026'."""
    if not iso_date:
        return ""
    from desktop.core.writing.ap_style import ap_date

    return ap_date(dt.date.fromisoformat(iso_date))


def day_of_month(iso_date: str) -> str:
    return str(dt.date.fromisoformat(iso_date).day) if iso_date else ""


def dateline_city(place: str, lang: str) -> str:
    """'서울특별시 마포구' → '서울' (English: 'SEOUL'); '경기도 성남시' → '성남'; 'Busan, South Korea' → 'BUSAN'."""
    words = place.replace(",", " ").split()
    if not words:
        return ""
    city = words[0]
    if _DIVISION_SUFFIX.search(city):
        city = _DIVISION_SUFFIX.sub("", city)
    elif city.endswith("도") and len(words) > 1 and words[1].endswith(("시", "군")):
        city = words[1][:-1]
    elif len(city) > 2 and city.endswith("시"):
        city = city[:-1]
    if lang != "en":
        return city
    english = _ENGLISH_PLACES.get(city[:2], city) if re.match(r"[\uac00-\ud7a3]", city) else city
    return english.upper()


def split_speaker(speaker: str) -> tuple[str, str]:
    """'김다은 대표' → ('김다은', '대표'); 'Dana Kim, CEO' → ('Dana Kim', 'CEO')."""
    if "," in speaker:
        name, _, title = speaker.partition(",")
        return name.strip(), title.strip()
    words = speaker.split()
    if len(words) >= 2 and re.match(r"[\uac00-\ud7a3]", words[0]):
        return words[0], " ".join(words[1:])
    return speaker.strip(), ""


def en_sentence(text: str) -> str:
    """First letter capitalised, one final full stop: 'the café opens on 9 April' → 'The café opens on 9 April.'"""
    text = " ".join(text.split())
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "”", '"')) else text + "."


def en_headline(sentence: str, company: str) -> str:
    """Title case without the full stop; the company leads when the sentence does not name it."""
    words = sentence.strip().rstrip(".").split()
    titled = [
        word if (any(ch.isupper() for ch in word) or (index and word.lower() in _SMALL_WORDS)) else word.capitalize()
        for index, word in enumerate(words)
    ]
    text = " ".join(titled)
    return text if not company or company.lower() in text.lower() else f"{company}: {text}"


def en_announced(sentence: str, names: list[str]) -> str:
    """The lead's news: 'Morning Hill Roasters opens …, the company announced today.' or 'X announced today that …'."""
    text = " ".join(sentence.split()).rstrip(".")
    named = next((name for name in names if name and text.startswith(name)), "")
    if named:
        return f"{text}, the company announced today."
    first, _, rest = text.partition(" ")
    if first.lower() in _LOWER_STARTS:
        text = f"{first.lower()} {rest}".strip()
    company = next((name for name in names if name), "The company")
    return f"{company} announced today that {text}."


def en_quote(quote: str) -> str:
    """The quoted words as they stand before ', said X': the closing full stop becomes a comma."""
    text = " ".join(quote.split())
    if text.endswith(("?", "!")):
        return text
    return text.rstrip(".") + ","
