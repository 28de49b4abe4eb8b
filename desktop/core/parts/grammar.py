"""Korean newspaper grammar for the parts built from the facts, through Kiwi.

A fact-built lead must read "한빛베이커리(대표 김다은)는 … 연다고 10일 밝혔다",
a key point "… 7번째 매장 개점" must become a sentence, and every particle
must fit the word before it (세진정밀은, 한빛베이커리는). Particles, endings
and the choice between a verb and a copula are Kiwi's job (``desktop.core.korean``):
we hand Kiwi morphemes and let it shape them, and where Korean offers two
readings (``…개점한다`` or ``…개점이다``) Kiwi's language model picks the likelier.
Nothing here is a table of particles.

These functions are exposed to the fact templates (``prompts/*/parts/*.j2``).
"""

from __future__ import annotations

import re

from desktop.core import korean
from desktop.core.placeholders import PLACEHOLDER_RE

#: Particle → (Kiwi's base form, tag); Kiwi turns the base into the allomorph the word needs.
_PARTICLES = {
    "은": ("는", "JX"),
    "는": ("는", "JX"),
    "이": ("가", "JKS"),
    "가": ("가", "JKS"),
    "을": ("를", "JKO"),
    "를": ("를", "JKO"),
    "와": ("와", "JKB"),
    "과": ("와", "JKB"),
    "으로": ("로", "JKB"),
    "로": ("로", "JKB"),
    "이라고": ("라고", "JKQ"),
    "라고": ("라고", "JKQ"),
}
#: Readings of the last digit (and of round tens, hundreds…) so Kiwi can hear how a number ends.
_DIGIT_READING = "영일이삼사오육칠팔구"
#: How a unit written as a symbol or in Latin letters is read aloud, so its particle fits ('3만㎡가' is wrong).
_UNIT_READING = {
    "㎡": "미터",
    "m2": "미터",
    "m²": "미터",
    "㎢": "미터",
    "㎞": "미터",
    "km": "미터",
    "m": "미터",
    "cm": "미터",
    "mm": "미터",
    "㎏": "그램",
    "kg": "그램",
    "g": "그램",
    "t": "톤",
    "℃": "도",
    "L": "리터",
    "ℓ": "리터",
    "ml": "리터",
    "GB": "바이트",
    "TB": "바이트",
    "MW": "와트",
    "kW": "와트",
    "kWh": "시",
    "GWh": "시",
    "MWh": "시",
}
_ROUND_READING = {1: "십", 2: "백", 3: "천", 4: "만"}
_PLAIN_ENDINGS = {"다", "ᆫ다", "는다"}
_PREDICATE_TAGS = {"VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA"}
#: A sentence that already says who announced it: '…연다고 밝혔다'.
_REPORTED = re.compile(r"고\s*(밝혔다|발표했다|전했다|알렸다)$")
#: Nouns that close a plan ('출시 예정') and read naturally with 이다; other noun phrases get a neutral frame.
_INTENTIONS = {"예정", "계획", "방침", "목표", "전망"}
_NOUN_TAGS = {"NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "XSN", "NP"}


def particle(word: str, base: str) -> str:
    """The form of particle ``base`` ('은', '이', '을', '와', '으로', '라고') that fits after ``word``."""
    if base not in _PARTICLES:
        return base
    last = _last_word(word)
    if not last:
        return _both(base)
    form, tag = _PARTICLES[base]
    joined = korean.join([(last, "NNP"), (form, tag)])
    return joined[len(last) :] if joined.startswith(last) else form


def josa(word: str, base: str) -> str:
    """``word`` followed by the fitting particle: josa('세진정밀', '는') → '세진정밀은'."""
    return f"{word}{particle(word, base)}"


def _last_word(word: str) -> str:
    """The end of ``word`` as Kiwi should hear it: Hangul or Latin as written, numbers read aloud."""
    text = PLACEHOLDER_RE.sub("", word)
    text = re.sub(r"\s*\([^()]*\)$", "", text)  # '인증(GRS)': the particle follows the word, not the aside
    text = text.rstrip(" )]}'\"”’.")
    if text.endswith("%"):
        return "퍼센트"
    unit = re.search(r"(?<=[\d\s만천백십억])([A-Za-z²㎡㎢㎞㎏℃ℓ]+)$", text)
    if unit and unit.group(1) in _UNIT_READING:
        return _UNIT_READING[unit.group(1)]
    if not text or not re.search(r"[\w]$", text):
        return ""
    if match := re.search(r"(\d[\d,]*)$", text):
        return _number_reading(match.group(1).replace(",", ""))
    return text.split()[-1]


def _number_reading(digits: str) -> str:
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped)
    if not stripped:
        return "영"
    if zeros == 0:
        return _DIGIT_READING[int(stripped[-1])]
    return _ROUND_READING.get(zeros, "만" if zeros > 4 else "십")


def _both(base: str) -> str:
    """After a placeholder the word is unknown: show both forms, as Korean forms do ('은(는)')."""
    pairs = {"JX": "은(는)", "JKS": "이(가)", "JKO": "을(를)", "JKB": "와(과)", "JKQ": "(이)라고"}
    form, tag = _PARTICLES[base]
    return "(으)로" if form == "로" else pairs.get(tag, base)


def plain(sentence: str) -> str:
    """A sentence in newspaper form ('…다'), without its final period.

    '판매함' → '판매한다', '만듭니다' → '만든다', '예정입니다' → '예정이다'; a sentence
    already ending in '…다' is returned as it is.
    """
    text = sentence.strip().rstrip(".!。 ")
    tokens = korean.tokenize(text)
    ending = _final_ending(tokens)
    if ending is None or tokens[ending].form in _PLAIN_ENDINGS:
        return text
    chain = _predicate_chain(tokens, ending)
    morphs = [(t.form, t.tag) for t in tokens[chain:ending]]
    candidates = [korean.join([*morphs, ("다", "EF")]), korean.join([*morphs, ("ᆫ다", "EF")])]
    if any(tag == "EP" for _, tag in morphs):
        candidates = candidates[:1]
    elif morphs and morphs[-1][1].startswith(("VV", "XSV", "VX")):
        candidates = candidates[1:]  # a verb in the present: '받음' → '받는다', never the dictionary form '받다'

    prefix = text[: tokens[chain].start]
    return max((prefix + candidate for candidate in candidates), key=_likelihood)


def is_sentence(text: str) -> bool:
    """True when ``text`` ends in a verb ending (a sentence) rather than a noun (a key-point phrase)."""
    return _final_ending(korean.tokenize(text.strip().rstrip(".!。 "))) is not None


def reported(sentence: str) -> str:
    """The indirect-speech form for '…고 10일 밝혔다': '매장을 연다' → '매장을 연다고', '예정이다' → '예정이라고'."""
    text = plain(sentence)
    if _REPORTED.search(text):
        return _REPORTED.sub("고", text)  # already reported: '…연다고 밝혔다' → '…연다고'
    tokens = korean.tokenize(text)
    ending = _final_ending(tokens)
    if ending is None:
        return f"{text}고" if text.endswith("다") else f"{text}{particle(text, '이라고')}"
    if ending > 0 and tokens[ending - 1].tag == "VCP":
        start = ending - 2 if ending > 1 and tokens[ending - 2].tag in _NOUN_TAGS else ending - 1
        morphs = [(t.form, t.tag) for t in tokens[start:ending]]
        return text[: tokens[start].start] + korean.join([*morphs, ("라고", "EC")])
    return f"{text}고"


def quote_close(quote: str) -> str:
    """What follows a direct quotation: '…싶다”고 말했다' but '…싶습니다”라고 말했다'."""
    tokens = korean.tokenize(quote.strip().rstrip(". "))
    ending = _final_ending(tokens)
    if ending is not None and tokens[ending].form in _PLAIN_ENDINGS and not quote.rstrip().endswith(("?", "!")):
        return "고"
    return particle(quote.rstrip(".?! "), "라고")


def has_subject(sentence: str) -> bool:
    return any(t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는")) for t in korean.tokenize(sentence))


def without_subject(sentence: str, names: list[str]) -> str:
    """The sentence without the company as its subject: the lead names the company itself.

    '한빛베이커리가 성수동에 … 연다' and '3월 10일 한빛베이커리(대표 김다은)는 … 연다'
    both lose '한빛베이커리…가/는'; any other subject stays.
    """
    text = sentence.strip()
    tokens = korean.tokenize(text)
    for name in sorted((n for n in names if n), key=len, reverse=True):
        at = text.find(name)
        if at < 0 or at > 20:
            continue
        end = at + len(name)
        if match := re.match(r"\s*\([^)]*\)", text[end:]):  # '(대표 김다은)' between the name and its particle
            end += match.end()
        after = next((t for t in tokens if t.start >= end), None)
        if after is not None and after.start == end and after.tag in ("JKS", "JX"):
            return (text[:at] + text[after.start + after.len :].lstrip()).strip()
        if particle := re.match(r"(이|가|은|는)\s", text[end:]):  # Kiwi read '나무결하우징이' as one unknown name
            return (text[:at] + text[end + particle.end() :]).strip()
    return text


def statement(phrase: str, subject: str, lead_in: str = "") -> str:
    """A key point as a newspaper sentence with a period.

    '… 7번째 매장 개점' → '{subject}는 … 7번째 매장을 개점한다.'; '신규 채용 35명' →
    '{subject}의 신규 채용은 35명이다.'; a full sentence keeps its own words.
    """
    text = phrase.strip().rstrip(".!。 ")
    if not text:
        return ""
    lead = f"{lead_in} " if lead_in else ""
    if is_sentence(text):
        body = plain(text)
        return f"{lead}{body}." if has_subject(body) else f"{josa(subject, '는')} {lead}{body}."
    tokens = korean.tokenize(text)
    if _likelihood(text + "한다") > _likelihood(text + "이다"):
        return f"{josa(subject, '는')} {lead}{_with_object(text, tokens)}한다."
    return _copula_statement(text, tokens, subject, lead)


def _with_object(text: str, tokens: list) -> str:  # type: ignore[type-arg]
    """'… 매장 개점' → '… 매장을 개점': the noun before a verbal noun is its object."""
    if len(tokens) < 2:
        return text
    before, last = tokens[-2], tokens[-1]
    gap = text[before.start + before.len : last.start]
    counted = len(tokens) > 2 and tokens[-3].tag in ("SN", "NR") and before.tag != "SW"
    if gap != " " or before.tag not in _NOUN_TAGS | {"SW"} or counted:
        # '1,200곳 판매' is where, '62억 원 투자' is what: a figure before the verb keeps no particle.
        return text
    head = text[: before.start + before.len]
    return f"{head}{particle(head, '를')} {text[last.start :]}"


def _copula_statement(text: str, tokens: list, subject: str, lead: str) -> str:  # type: ignore[type-arg]
    start = _numeral_start(tokens)
    plain_head = start is not None and not any(t.tag.startswith("J") for t in tokens[:start])
    if start is not None and start > 0 and plain_head:
        head = text[: tokens[start].start].strip()
        figure = text[tokens[start].start :]
        return f"{lead}{subject}의 {josa(head, '는')} {_copula(figure)}."
    if tokens[-1].form in _INTENTIONS:
        return f"{josa(subject, '는')} {lead}{_copula(text)}."
    if lead:  # a second such point in a row reads better in another frame
        return f"{text}도 이번 발표 내용에 포함됐다."
    return f"이번 발표에는 {text}도 담겼다."


def copula(noun_phrase: str) -> str:
    """'주요 제품은 우리밀 식빵' + 이다 → '…우리밀 식빵이다' (Kiwi picks 이다 or 다)."""
    return _copula(noun_phrase.strip().rstrip("."))


def _copula(noun_phrase: str) -> str:
    tokens = korean.tokenize(noun_phrase)
    last = tokens[-1]
    morphs = [(last.form, last.tag), ("이", "VCP"), ("다", "EF")]
    return noun_phrase[: last.start] + korean.join(morphs)


def _numeral_start(tokens: list) -> int | None:  # type: ignore[type-arg]
    """Where a trailing figure such as '35명' or '62억 원' begins, if the phrase ends with one."""
    index = len(tokens) - 1
    while (
        index >= 0
        and tokens[index].tag in ("NNB", "NNG")
        and index > 0
        and tokens[index - 1].tag in ("SN", "NR", "NNB")
    ):
        index -= 1
    while index >= 0 and tokens[index].tag in ("SN", "NR"):
        index -= 1
    start = index + 1
    return start if start < len(tokens) and tokens[start].tag == "SN" else None


def headline(sentence: str, company: str, names: list[str]) -> str:
    """'한빛베이커리가 성수동에 7번째 매장을 연다.' → '한빛베이커리, 성수동에 7번째 매장 연다'."""
    text = _REPORTED.sub("", without_subject(sentence.split("\n")[0], names).rstrip(".!。 "))
    first = korean.split_sentences(text)
    if first:
        text = text[: first[0].end].rstrip(".!。 ")
    tokens = korean.tokenize(text)
    ending = _final_ending(tokens)
    if ending is not None:
        chain = _predicate_chain(tokens, ending)
        past = any(t.tag == "EP" and t.form in ("었", "았", "였") for t in tokens[chain:ending])
        if tokens[chain].tag in ("XSV", "XSA") and chain > 0 and tokens[chain - 1].tag == "NNG":
            text = text[: tokens[chain].start]  # '…3종을 출시한다' → '…3종을 출시'
        elif past:  # headlines tell past news with '-어': '협약 맺었다' → '협약 맺어'
            text = text[: tokens[chain].start] + korean.join([(tokens[chain].form, tokens[chain].tag), ("어", "EC")])
        else:
            text = plain(text)
        text = _drop_last_object_particle(text)
    return f"{company}, {text}" if company and company not in text else text


def _drop_last_object_particle(text: str) -> str:
    """Headlines leave out 을/를 before the predicate: '매장을 연다' → '매장 연다'."""
    tokens = korean.tokenize(text)
    for token in reversed(tokens):
        if token.tag == "JKO":
            return text[: token.start] + text[token.start + token.len :]
    return text


def _final_ending(tokens: list) -> int | None:  # type: ignore[type-arg]
    """Index of the sentence-final ending (EF), ignoring trailing punctuation and quotes."""
    index = len(tokens) - 1
    while index >= 0 and tokens[index].tag.startswith("S") and tokens[index].tag not in ("SN", "SL", "SH"):
        index -= 1
    return index if index >= 0 and tokens[index].tag == "EF" else None


def _predicate_chain(tokens: list, ending: int) -> int:  # type: ignore[type-arg]
    """First morpheme of the predicate that ends at ``ending`` (stem plus pre-final endings)."""
    index = ending - 1
    while index > 0 and tokens[index].tag == "EP":
        index -= 1
    if index >= 0 and tokens[index].tag.split("-")[0] in _PREDICATE_TAGS:  # VV-R, VV-I: regular, irregular
        return index
    return max(index + 1, 0)


def _likelihood(text: str) -> float:
    """Kiwi's language-model score for its best reading of ``text`` (higher is likelier)."""
    with korean._lock:
        return float(korean.analyser().analyze(text, top_n=1)[0][1])
