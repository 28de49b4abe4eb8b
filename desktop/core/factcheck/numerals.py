"""Numbers as values with a unit: 1천500원 = 1,500 KRW, 120만 개 = 1,200,000, $32 million, 3.1 %, 두 곳.

A press release states figures in many equivalent ways, in Korean
(만/억/조 groups, 1천500, 1.2만, native numerals before counters, 100여 명)
and in English (32 million, KRW 6.2 billion, more than 400). Comparing
figures means comparing values and units, so this module turns every way of
writing one into the same ``Quantity``. Years, dates and phone numbers are
someone else's job: the caller passes their spans as taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.factcheck.text import Token

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_DIGITS_RE = re.compile(_DIGITS)
_START = re.compile(rf"(?<![0-9A-Za-z.,])(?:{_DIGITS})")
_MAGNITUDES = {"조": 10**12, "억": 10**8, "만": 10**4, "천": 1000, "백": 100, "십": 10}
_MAG_RE = re.compile(r"\s?(조|억|천|백|만)")
_SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "bn": 1e9, "k": 1e3, "m": 1e6, "b": 1e9,
}  # fmt: skip
_SCALE_RE = re.compile(r"\s?(thousand|million|billion|trillion|mn|bn)\b|(k|m|bn|b)\b", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"(US\$|\$|USD|KRW|₩|€|EUR|£|GBP|¥|JPY|CNY|RMB)\s?$")
_CURRENCY_CODES = {"US$": "USD", "$": "USD", "USD": "USD", "KRW": "KRW", "₩": "KRW", "€": "EUR", "EUR": "EUR",
                   "£": "GBP", "GBP": "GBP", "¥": "JPY", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY"}  # fmt: skip

#: Korean units after a number: surface → (kind, unit). Longest surfaces are tried first.
KO_UNITS: dict[str, tuple[str, str]] = {
    "원": ("money", "KRW"), "달러": ("money", "USD"), "유로": ("money", "EUR"), "엔": ("money", "JPY"),
    "위안": ("money", "CNY"), "파운드": ("money", "GBP"),
    "%p": ("percent", "%p"), "%포인트": ("percent", "%p"), "퍼센트포인트": ("percent", "%p"), "%": ("percent", "%"),
    "％": ("percent", "%"), "퍼센트": ("percent", "%"), "프로": ("percent", "%"), "배": ("ratio", "x"),
    "명": ("count", "명"), "인": ("count", "명"), "곳": ("count", "곳"), "개소": ("count", "곳"), "군데": ("count", "곳"),
    "개사": ("count", "개사"), "사": ("count", "개사"), "개국": ("count", "개국"), "개": ("count", "개"),
    "가지": ("count", "가지"), "종": ("count", "종"), "대": ("count", "대"), "건": ("count", "건"), "권": ("count", "권"),
    "편": ("count", "편"), "회": ("count", "회"), "차례": ("count", "회"), "척": ("count", "척"), "채": ("count", "채"),
    "마리": ("count", "마리"), "그루": ("count", "그루"), "병": ("count", "병"), "잔": ("count", "잔"), "팩": ("count", "팩"),
    "상자": ("count", "상자"), "박스": ("count", "상자"), "세트": ("count", "세트"), "벌": ("count", "벌"),
    "가구": ("count", "가구"), "세대": ("count", "가구"), "개팀": ("count", "팀"), "팀": ("count", "팀"),
    "석": ("count", "석"), "좌석": ("count", "석"), "객실": ("count", "객실"), "실": ("count", "객실"),
    "병상": ("count", "병상"), "층": ("count", "층"), "주": ("count", "주"), "장": ("count", "장"),
    "호점": ("ordinal", "호점"), "호기": ("ordinal", "호기"), "번째": ("ordinal", "th"), "째": ("ordinal", "th"),
    "기": ("ordinal", "기"), "차": ("ordinal", "차"), "학년": ("ordinal", "학년"), "위": ("rank", "위"),
    "등급": ("grade", "등급"), "등": ("rank", "위"), "단계": ("structure", "단계"), "절": ("structure", "절"),
    "항": ("structure", "항"), "쪽": ("structure", "쪽"), "부": ("structure", "부"), "페이지": ("structure", "쪽"), "번": ("structure", "번"),
    "㎡": ("measure", "m2"), "m²": ("measure", "m2"), "m2": ("measure", "m2"), "제곱미터": ("measure", "m2"),
    "평": ("measure", "평"), "㎞": ("measure", "km"), "km": ("measure", "km"), "킬로미터": ("measure", "km"),
    "㎝": ("measure", "cm"), "cm": ("measure", "cm"), "mm": ("measure", "mm"), "미터": ("measure", "m"),
    "m": ("measure", "m"), "㎏": ("measure", "kg"), "kg": ("measure", "kg"), "킬로그램": ("measure", "kg"),
    "그램": ("measure", "g"), "g": ("measure", "g"), "톤": ("measure", "t"), "t": ("measure", "t"),
    "리터": ("measure", "L"), "ℓ": ("measure", "L"), "L": ("measure", "L"), "㎖": ("measure", "ml"), "ml": ("measure", "ml"),
    "mL": ("measure", "ml"), "kWh": ("measure", "kWh"), "킬로와트시": ("measure", "kWh"), "킬로와트": ("measure", "kW"),
    "메가와트시": ("measure", "MWh"), "메가와트": ("measure", "MW"), "기가와트": ("measure", "GW"), "MWh": ("measure", "MWh"), "GWh": ("measure", "GWh"),
    "kW": ("measure", "kW"), "MW": ("measure", "MW"), "GW": ("measure", "GW"), "TB": ("measure", "TB"),
    "GB": ("measure", "GB"), "MB": ("measure", "MB"), "℃": ("measure", "℃"), "시간": ("duration", "hour"),
    "분기": ("quarter", "q"), "분": ("duration", "minute"), "초": ("duration", "second"), "주년": ("anniversary", "year"),
    "주일": ("duration", "week"), "주간": ("duration", "week"), "개월": ("duration", "month"), "달": ("duration", "month"),
    "년간": ("duration", "year"), "년 동안": ("duration", "year"), "년에 걸쳐": ("duration", "year"),
    "개월에 걸쳐": ("duration", "month"), "일에 걸쳐": ("duration", "day"), "시간에 걸쳐": ("duration", "hour"),
    # Dependent nouns written apart or together ('5일 간' = '5일간', '21년만에' = '21년 만에').
    "일 간": ("duration", "day"), "년 간": ("duration", "year"), "개월 간": ("duration", "month"),
    "년 만에": ("duration", "year"), "년만에": ("duration", "year"), "개월 만에": ("duration", "month"),
    "개월만에": ("duration", "month"), "일 만에": ("duration", "day"), "일만에": ("duration", "day"), "일간": ("duration", "day"), "일 동안": ("duration", "day"),
    "세": ("age", "세"), "살": ("age", "세"),
}  # fmt: skip
_KO_UNIT_RE = re.compile(
    r"(여)?\s?(" + "|".join(re.escape(unit) for unit in sorted(KO_UNITS, key=len, reverse=True)) + r")(?![A-Za-z])"
)
#: English unit words after a number.
EN_UNITS: dict[str, tuple[str, str]] = {
    "won": ("money", "KRW"), "dollars": ("money", "USD"), "dollar": ("money", "USD"), "euros": ("money", "EUR"),
    "yen": ("money", "JPY"), "yuan": ("money", "CNY"), "percentage points": ("percent", "%p"),
    "percentage point": ("percent", "%p"), "percent": ("percent", "%"), "per cent": ("percent", "%"),
    "%": ("percent", "%"), "times": ("ratio", "x"), "-fold": ("ratio", "x"), "fold": ("ratio", "x"),
    "x": ("ratio", "x"), "square meters": ("measure", "m2"), "square metres": ("measure", "m2"),
    "square meter": ("measure", "m2"), "square metre": ("measure", "m2"), "square-meter": ("measure", "m2"),
    "square-metre": ("measure", "m2"), "hectares": ("measure", "ha"), "hectare": ("measure", "ha"),
    "sqm": ("measure", "m2"), "m2": ("measure", "m2"), "m²": ("measure", "m2"), "pyeong": ("measure", "평"),
    "kilometers": ("measure", "km"), "kilometres": ("measure", "km"), "km": ("measure", "km"),
    "kilograms": ("measure", "kg"), "kg": ("measure", "kg"), "tonnes": ("measure", "t"), "tons": ("measure", "t"),
    "liters": ("measure", "L"), "litres": ("measure", "L"), "hours": ("duration", "hour"), "hour": ("duration", "hour"),
    "minutes": ("duration", "minute"), "seconds": ("duration", "second"), "weeks": ("duration", "week"),
    "months": ("duration", "month"), "years": ("duration", "year"), "days": ("duration", "day"),
    "mwh": ("measure", "MWh"), "kwh": ("measure", "kWh"), "gwh": ("measure", "GWh"), "mw": ("measure", "MW"),
    "kw": ("measure", "kW"), "gw": ("measure", "GW"), "gb": ("measure", "GB"), "tb": ("measure", "TB"),
}  # fmt: skip
_EN_UNIT_RE = re.compile(
    r"[\s-]?(" + "|".join(re.escape(unit) for unit in sorted(EN_UNITS, key=len, reverse=True)) + r")(?![A-Za-z])",
    re.IGNORECASE,
)
_NATIVE = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "스무": 20}
_NATIVE_RE = re.compile(
    r"(?<![가-힣])(첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무)\s?(번째)|"
    r"(?<![가-힣])(두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무)\s(명|곳|개|가지|개사|군데|차례|종|권|대|개국|나라|배|번)"
    # A counter may carry a particle ('두 곳을', '세 명이'), never another syllable ('세 대학', '두 개월').
    r"(?=(?:이|가|을|를|은|는|의|에|에서|에게|와|과|도|만|씩|으로|로|까지|부터|뿐|이다|다|이며|이고)?(?![가-힣]))"
)
#: Counters read differently after a native numeral: '두 번' counts times, '세 나라' countries (= 3개국).
_NATIVE_COUNTERS = {"번": ("count", "회"), "나라": ("count", "개국")}
#: '하루 2번', '주 3번': after a period, 번 counts times (as 회 does), not an item number.
_PER_PERIOD = re.compile(r"(?:하루|매일|일주일에?|매주|주|한 주에?|매달|매월|월|한 달에?|연|연간|매년|한 해에?)\s?$")
_EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
_EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_EN_WORD_RE = re.compile(
    r"\b(" + "|".join(_EN_WORDS) + r")(?:[ -](one|two|three|four|five|six|seven|eight|nine))?"
    r"(?:\s(hundred|thousand|million|billion))?\b",
    re.IGNORECASE,
)
_EN_ORDINAL_RE = re.compile(r"\b(?:(\d+)(?:st|nd|rd|th)|(" + "|".join(_EN_ORDINALS) + r"))\b", re.IGNORECASE)
_APPROX_BEFORE = [
    (re.compile(r"(?:more than|over|upwards of|at least|in excess of|최소|최소한)\s*$", re.I), "more"),
    (
        re.compile(r"(?:about|around|approximately|approx\.|roughly|some|an estimated|circa|약|대략|~)\s*$", re.I),
        "about",
    ),
    (re.compile(r"(?:nearly|almost|close to|just under)\s*$", re.I), "nearly"),
    (re.compile(r"(?:up to|under|less than|fewer than|below|최대)\s*$", re.I), "less"),
]
_APPROX_AFTER = [
    (re.compile(r"^\s*(?:이상|넘는|넘게|넘어|넘|초과|남짓|\+|-plus|plus)"), "more"),
    (re.compile(r"^\s*(?:가량|정도|쯤|내외|안팎)"), "about"),
    (re.compile(r"^\s*(?:가까이|가까운|육박)"), "nearly"),
    (re.compile(r"^\s*(?:이하|미만)"), "less"),
]


@dataclass(frozen=True)
class Quantity:
    value: float
    kind: str  # money | percent | ratio | count | ordinal | rank | measure | duration | age | structure | bare ...
    unit: str  # canonical: "KRW", "%", "명", "곳", "m2", "hour", "" (an English count)
    start: int
    end: int
    approx: str = ""  # "" | more | about | nearly | less
    #: English counts: the noun counted ("stores"), which is both unit and subject.
    noun: str = ""


def find_quantities(
    text: str, taken: Iterable[tuple[int, int]] = (), morphemes: Sequence[Token] = ()
) -> list[Quantity]:
    """Every figure in ``text`` outside the ``taken`` spans (dates, contacts, codes), in order.

    ``morphemes`` are Kiwi's tokens of ``text`` when the caller has them: Kiwi
    then says which Hangul noun after a figure is its counter ('54차시를',
    '1억 2천만 봉', '1,870대다'), so counters no list names are read too.
    """
    blocked = sorted(taken)
    nouns = {token.start: token for token in morphemes if token.tag in ("NNB", "NNG")}
    found: list[Quantity] = []
    for match in _START.finditer(text):
        if _inside(match.start(), blocked) or _is_code(text, match.start()):
            continue
        quantity = _digits_quantity(text, match, nouns)
        if quantity and not any(_overlaps(quantity, other) for other in found):
            found.append(quantity)
    for quantity in _word_quantities(text):
        if not _inside(quantity.start, blocked) and not any(_overlaps(quantity, other) for other in found):
            found.append(quantity)
    return _without_rates(text, sorted(found, key=lambda q: q.start))


def _without_rates(text: str, found: list[Quantity]) -> list[Quantity]:
    """'1대 4만 9천 원', '1인당 3만 원', '1초에 40장', 'one per box': the '1' says per what, not a figure of its own."""
    kept: list[Quantity] = []
    for index, quantity in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        between = text[quantity.end : following.start].strip() if following else "-"
        if quantity.value == 1 and quantity.kind == "count" and between in ("", "당", "에", "당에"):
            continue
        if quantity.value == 1 and quantity.kind == "duration" and re.match(r"^(?:당|에|마다)\s?\S{0,6}$", between):
            continue
        kept.append(quantity)
    return kept


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _overlaps(a: Quantity, b: Quantity) -> bool:
    return a.start < b.end and b.start < a.end


#: Words a number completes into a name or an address ('Interstate 70', 'Suite 200', 'Gate 3').
_NUMBERED_NAME = re.compile(
    r"\b(?:Interstate|Route|Highway|Hwy\.?|Suite|Ste\.?|Room|Gate|Exit|Terminal|Pier|Building|Bldg\.?|Floor|Level"
    r"|Hall|Booth|Stand|Unit|Apt\.?|Box)\s$"
)


def _is_code(text: str, start: int) -> bool:
    """'ISO 14001', 'SOC 2', 'COVID-19', 'K-300', 'Interstate 70': the number is part of a name."""
    before = text[max(0, start - 12) : start]
    if _NUMBERED_NAME.search(before):
        return True
    return bool(re.search(r"(?:\b[A-Z]{2,}[a-z]*|[A-Za-z]+-)\s?$", before)) and not _CURRENCY_BEFORE.search(before)


#: A range's sign between two figures ('19~34세'); a hyphen is left alone (dates, codes, phone numbers).
_RANGE_TO = re.compile(r"\s?[~∼～]\s?(?=\d)")


def _digits_quantity(text: str, match: re.Match[str], nouns: dict[int, Token]) -> Quantity | None:
    value, end = _korean_value(text, match)
    currency = _CURRENCY_BEFORE.search(text[max(0, match.start() - 5) : match.start()])
    start = match.start() - (len(currency.group(0)) if currency else 0)
    scale = _SCALE_RE.match(text, end)
    if scale and (scale.group(1) or currency):
        value *= _SCALES[(scale.group(1) or scale.group(2)).lower()]
        end = scale.end()
    if currency:
        kind, unit = "money", _CURRENCY_CODES[currency.group(1)]
        tail = _EN_UNIT_RE.match(text, end)
        if tail and EN_UNITS[tail.group(1).lower()][0] == "money":
            end = tail.end()
    elif ranged := _RANGE_TO.match(text, end):
        # '19~34세', '12만~18만 원': the first figure of a range takes the unit of the second.
        after = _digits_quantity(text, _START.match(text, ranged.end()), nouns)  # type: ignore[arg-type]
        kind, unit, approx_after = (after.kind, after.unit, "") if after else ("bare", "", "")
    else:
        kind, unit, end, approx_after = _counted(text, match.start(), end, nouns) or _unit_after(text, end)
    if not currency:
        if unit == "번" and _PER_PERIOD.search(text[max(0, start - 8) : start]):
            kind, unit = "count", "회"
        if kind in ("bare", "count") and _word_is_year(value, match.group(0)):
            return None
        if approx_after:
            return Quantity(value, kind, unit, start, end, approx_after, _noun_after(text, end, kind))
    approx = _approx(text, start, end)
    return Quantity(value, kind, unit, start, end, approx, _noun_after(text, end, kind))


def _word_is_year(value: float, raw: str) -> bool:
    return raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2100


def _korean_value(text: str, match: re.Match[str]) -> tuple[float, int]:
    """The value of '1천500', '3억 5천만', '1.2만', '1,200' and where it ends."""
    total = 0.0
    section = 0.0
    number: float | None = _number(match.group(0))
    end = match.end()
    while True:
        # '만' in '10만에' or '만큼' means "after"/"as much as", not ten thousand.
        magnitude = _MAG_RE.match(text, end)
        if magnitude and not (
            magnitude.group(1) == "만" and text[magnitude.end() : magnitude.end() + 1] in ("에", "큼")
        ):
            size = _MAGNITUDES[magnitude.group(1)]
            if size >= 10**4:
                total += (section + (number if number is not None else 0) or 1) * size
                section = 0
            else:
                section += (number if number is not None else 1) * size
            number, end = None, magnitude.end()
            following = re.compile(rf"\s?({_DIGITS})").match(text, end)
            if following and (_MAG_RE.match(text, following.end()) or text[end : end + 1] != " "):
                number, end = _number(following.group(1)), following.end()
            continue
        break
    return total + section + (number or 0), end


def _number(raw: str) -> float:
    return float(raw.replace(",", ""))


def _unit_after(text: str, end: int) -> tuple[str, str, int, str]:
    korean = _KO_UNIT_RE.match(text, end)
    if korean and not _continues_word(text, korean):
        kind, unit = KO_UNITS[korean.group(2)]
        return kind, unit, korean.end(), "more" if korean.group(1) else ""
    english = _EN_UNIT_RE.match(text, end)
    if english:
        kind, unit = EN_UNITS[english.group(1).lower()]
        return kind, unit, english.end(), ""
    if re.match(r"\s?(?:\+|-plus\b)", text[end:]):
        return "count", "", end, "more"
    if re.match(r" [a-z]", text[end : end + 2]):
        return "count", "", end, ""
    return "bare", "", end, ""


_PARTICLES = frozenset("로 으로 에 의 은 는 이 가 을 를 와 과 도 만 씩 께 란 랑 나".split())
#: Words often written without their space after a counter ('5년연속', '3년동안', '2주이내').
_GLUED_AFTER = ("연속", "동안", "이내", "이상", "이하", "미만", "가량", "정도")


def _counted(text: str, start: int, end: int, nouns: dict[int, Token]) -> tuple[str, str, int, str] | None:
    """The unit Kiwi reads after a Korean figure, when it differs from or is missing in the unit list.

    The unit is the run of nouns right after the figure, up to its particle or
    ending: Kiwi cuts '24차시' as 차+시 or as 차시 depending on the sentence,
    but the run is '차시' either way. A listed unit Kiwi confirms
    ('1,870대다': 대 + copula) is kept; a longer run ('54차시' is not 54차)
    or an unlisted counter ('120만 봉', '3필') becomes the unit, so a figure
    counted in other things than the facts' is not taken for the same figure.
    '제2공장' is a name, not a count of factories.
    """
    position = end + 1 if text[end : end + 1] == " " and text[end - 1 : end] in _MAGNITUDES else end
    run_end = position
    while run_end in nouns:
        run_end = nouns[run_end].end
    unit = text[position:run_end]
    glued = next((word for word in _GLUED_AFTER if unit.endswith(word) and len(unit) > len(word)), "")
    if glued:  # '5년연속' is 5년 연속: the word after the counter, written without its space
        unit, run_end = unit[: -len(glued)], run_end - len(glued)
    # Kiwi now and then tags a particle after a name's number as a noun ('새싹봇 2로').
    if not re.fullmatch(r"[가-힣]{1,5}", unit) or unit in _PARTICLES or text[start - 1 : start] == "제":
        return None
    listed = _KO_UNIT_RE.match(text, end)
    if listed and listed.group(2) == unit:
        kind, canonical = KO_UNITS[unit]
        return kind, canonical, listed.end(), "more" if listed.group(1) else ""
    if listed and not _continues_word(text, listed):
        return None
    kind, canonical = KO_UNITS.get(unit, ("count", unit))
    return kind, canonical, run_end, ""


def _continues_word(text: str, unit: re.Match[str]) -> bool:
    """'3명품' is not 3명: a one-letter unit glued to more Hangul that is not a particle starts another word."""
    after = text[unit.end() : unit.end() + 2]
    if not after or not re.match(r"[가-힣]", after[0]):
        return False
    particles = (*"의 을 를 이 가 은 는 에 와 과 도 로 으 만 씩 까 부 째 분".split(), *_GLUED_AFTER)
    return len(unit.group(2)) == 1 and not after.startswith(particles) and unit.group(2) not in ("곳", "명", "개", "원")


def _noun_after(text: str, end: int, kind: str) -> str:
    if kind != "count":
        return ""
    words = re.match(r"\s((?:[a-z][a-z-]*\s){0,2}[a-z][a-z-]*)", text[end:])
    return words.group(1) if words else ""


def _approx(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 20) : start]
    for pattern, name in _APPROX_BEFORE:
        if pattern.search(before):
            return name
    after = text[end : end + 8]
    for pattern, name in _APPROX_AFTER:
        if pattern.search(after):
            return name
    return ""


def _word_quantities(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    for match in _NATIVE_RE.finditer(text):
        if match.group(1):
            first = 1 if match.group(1) == "첫" else _NATIVE[match.group(1)]
            found.append(Quantity(first, "ordinal", "th", match.start(), match.end()))
        else:
            kind, unit = _NATIVE_COUNTERS.get(match.group(4)) or KO_UNITS[match.group(4)]
            found.append(Quantity(_NATIVE[match.group(3)], kind, unit, match.start(), match.end()))
    for match in _EN_WORD_RE.finditer(text):
        value = float(_EN_WORDS[match.group(1).lower()] + (_EN_WORDS[match.group(2).lower()] if match.group(2) else 0))
        if match.group(3):
            value *= {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}[match.group(3).lower()]
        kind, unit, end, approx = _unit_after(text, match.end())
        if kind == "bare" or match.group(1).lower() == "one" and kind == "count":
            continue  # "one" is as often a pronoun as a figure
        approx = approx or _approx(text, match.start(), end)
        found.append(Quantity(value, kind, unit, match.start(), end, approx, _noun_after(text, end, kind)))
    for match in _EN_ORDINAL_RE.finditer(text):
        rank = int(match.group(1)) if match.group(1) else _EN_ORDINALS[match.group(2).lower()]
        if match.group(2) and match.group(2).lower() in ("first", "second") or not _ordinal_noun(text, match.end()):
            continue  # 'the first week', 'a second look': ordinary words more often than figures
        found.append(Quantity(rank, "ordinal", "th", match.start(), match.end()))
    return found


def _ordinal_noun(text: str, end: int) -> bool:
    """'its second store' is a figure; 'in the first place' or 'second, ...' is not worth checking."""
    following = re.match(r"\s([a-z]+)", text[end:])
    return following is not None and following.group(1) not in ("time", "place", "half", "quarter", "of", "and", "to")


def same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def fits(claimed: Quantity, source: Quantity) -> bool:
    """Does the source's value make the claim true, taking 'more than', 'about' and the like into account?"""
    value, stated = claimed.value, source.value
    if same_value(value, stated):
        return True
    if source.approx:
        return False
    if claimed.approx == "more":
        return value <= stated < value * 1.5
    if claimed.approx == "about":
        return abs(stated - value) <= 0.1 * value
    if claimed.approx == "nearly":
        return 0.85 * value <= stated <= value
    if claimed.approx == "less":
        return 0.5 * value <= stated <= value
    return False


def describe(value: float) -> str:
    """A value as people write it: 1,200,000 / 3.1."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
