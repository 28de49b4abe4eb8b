"""Reading a Korean key-point note: its clauses, and in each what is done, to what, when.

"시리즈B 150억 원 투자 유치, 리드 투자사는 한국산업성장파트너스" is two clauses: an
event (the verbal noun 유치 with its object 시리즈B 150억 원 투자) and a topic
with a comment (리드 투자사는 → 한국산업성장파트너스). Kiwi supplies the
morphemes; ``assets/writing/korean.toml`` says what each verbal noun takes.
Nothing here writes a sentence: ``korean_sentences`` realises what is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core import korean
from desktop.core.parts.grammar import josa
from desktop.core.writing.lexicon import korean_lexicon
from desktop.core.writing.timing import find_times, is_time_word

#: What a clause is, for the sentence it becomes.
SENTENCE = "sentence"  # already a sentence: '…갖췄다', '…예정입니다', '…판매함'
EVENT = "event"  # ends in a verbal noun: '… 투자 유치', '… 준공 목표'
FIGURE = "figure"  # a noun phrase ending in a figure: '1박 요금 12만~18만 원'
EXISTENCE = "existence"  # where + what: '모든 객실에 온돌 난방과 개별 욕실'
COPULA = "copula"  # a topic and a noun phrase: '리드 투자사는 한국산업성장파트너스', '대표 제품 '바다솔 재래김''
PHRASE = "phrase"  # a noun phrase PR Studio cannot read with confidence

_NOUN_TAGS = {"NNG", "NNP", "NNB", "NR", "NP", "SN", "SL", "SH", "XSN", "XPN", "XR", "MM", "SW", "SO"}
_FIGURE_TAGS = {"SN", "NR"}
_QUOTES = {"SSO", "SSC"}
#: Counted nouns that Kiwi may tag as common nouns after a number ('3곳', '5종').
_COUNTERS = {
    "곳",
    "종",
    "배",
    "건",
    "회",
    "차",
    "호",
    "위",
    "톤",
    "대",
    "개",
    "명",
    "원",
    "달러",
    "박",
    "층",
    "석",
    "가구",
    "인",
}
#: Words that stand inside a figure: '오전 8시~오후 10시', '약 300명'.
_FIGURE_WORDS = {
    "오전",
    "오후",
    "새벽",
    "밤",
    "약",
    "총",
    "최대",
    "최소",
    "연",
    "월",
    "하루",
    "연간",
    "월간",
    "1인당",
    "지상",
    "지하",
    "전국",
    "국내",
    "해외",
    "전",
    "누적",
}
#: Verbal nouns whose object is itself an act: '계약 체결' signs a contract ('계약 재배' farms under one).
_TAKES_AN_ACT = {"체결", "완료", "해지", "갱신", "연장", "추진", "검토", "협의", "논의", "시작", "마무리", "준비"}
#: Titles after a person's name: '법인장 김도현 전무' names a person.
_TITLES = (
    "대표",
    "전무",
    "상무",
    "이사",
    "부사장",
    "사장",
    "회장",
    "팀장",
    "본부장",
    "센터장",
    "법인장",
    "원장",
    "소장",
    "교수",
    "박사",
)
#: Nouns ending in 가 that are prices, not a subject with its particle ('판매가 ℓ당 3만 8천 원').
_PRICE_WORDS = {"판매", "정", "단", "원", "소비자", "회원", "출고", "공급", "분양", "입찰", "판매 가격"}


@dataclass
class Clause:
    """One clause of a note, read into the parts a sentence is made of."""

    text: str
    kind: str
    #: A subject the note names itself ('리드 투자사는', '매출이'), with its particle; "" when implied.
    subject: str = ""
    #: What comes before the complement, as written: time, place, '…으로' phrases.
    adjuncts: str = ""
    #: The phrase the verbal noun governs, or the noun phrase of a figure or an existence.
    complement: str = ""
    #: Words standing as adverbs before the verbal noun ('추가', '신규', '함께'), in order.
    adverbs: list[str] = field(default_factory=list)
    #: The verbal noun ('유치'), or "" for clauses with none.
    predicate: str = ""
    #: How the news stands: 'plan', 'scheduled', 'target', 'expected', 'ability', 'ongoing', 'hoped' or "".
    aspect: str = ""
    #: The aspect noun as the user wrote it ('계획', '방침').
    aspect_word: str = ""
    #: The figure of a FIGURE clause ('12만~18만 원').
    figure: str = ""
    #: The complement and the verbal noun as written ('기술이전' stays one word).
    core: str = ""
    #: A closing parenthesis kept as written: '(8인치 웨이퍼 기준)'.
    aside: str = ""


def read_clause(text: str) -> Clause:
    """What a single clause says, by its last morphemes."""
    text = " ".join(text.split()).strip().rstrip(".;。 ")
    if colon := re.match(r"^([^:：\d]{1,20})\s*[:：]\s*(.+)$", text):
        text = f"{josa(colon.group(1).strip(), '는')} {colon.group(2).strip()}"
    text = _time_first(_ended(text))
    aside = ""
    if match := re.search(r"\s*(\([^()]{1,40}\))$", text):  # '월 3만 장 생산(8인치 웨이퍼 기준)'
        text, aside = text[: match.start()].strip(), match.group(1)
    tokens = _merged(korean.tokenize(text), text)
    if not tokens:
        return Clause(text, PHRASE, complement=text)
    if ends_as_sentence(text):
        return Clause(text, SENTENCE)
    subject_end = _topic_end(text, tokens)
    subject = text[:subject_end].strip() if subject_end else ""
    clause = _read_predicate(text, [t for t in tokens if t.start >= subject_end], subject_end)
    clause.subject = clause.subject or subject
    if clause.kind == FIGURE and aside:  # '참가비 1인 2만 원(시음 포함)': the aside stays with the figure
        clause.figure, aside = f"{clause.figure}{aside}", ""
    clause.aside = aside
    if subject and clause.kind in (PHRASE, EXISTENCE):  # '주원료는 동애등에 유충 단백질'
        clause.kind, clause.complement, clause.adjuncts = COPULA, text[subject_end:].strip(), ""
    return clause


@dataclass(frozen=True)
class _Token:
    form: str
    tag: str
    start: int
    len: int


def _merged(tokens: list, text: str) -> list:  # type: ignore[type-arg]
    """Kiwi cuts some verbal nouns in two ('선적' → 선 + 적): a listed verbal noun is put back together."""
    lexicon = korean_lexicon()
    merged: list = []  # type: ignore[type-arg]
    for token in tokens:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.tag == "NNG"
            and token.tag in ("XSN", "NNG")
            and previous.start + previous.len == token.start
        ):
            word = text[previous.start : token.start + token.len]
            if word in lexicon.object_nouns or word in lexicon.place_nouns or word in lexicon.change_nouns:
                merged[-1] = _Token(word, "NNG", previous.start, len(word))
                continue
        merged.append(token)
    return merged


def _ended(text: str) -> str:
    """'…입주자 모집을 맡고' (a clause cut from the next at its comma) ends as a sentence: '…맡는다'."""
    tokens = korean.tokenize(text)
    if len(tokens) < 2 or tokens[-1].tag != "EC" or tokens[-1].form not in ("고", "며", "으며"):
        return text
    stem = tokens[-2]
    if stem.tag == "EP":
        return text[: tokens[-1].start] + "다"  # '맡았고' → '맡았다'
    if not stem.tag.startswith(("VV", "VA", "XSV", "XSA")):
        return text
    ending = "다" if stem.tag.startswith(("VA", "XSA")) else "ᆫ다"
    return text[: stem.start] + korean.join([(stem.form, stem.tag.split("-")[0]), (ending, "EF")])


def _time_first(text: str) -> str:
    """'베트남 법인 설립 11월 예정' → '11월 베트남 법인 설립 예정': a time after the news moves before it."""
    times = find_times(text, None)
    if not times or times[-1].start == 0:
        return text
    last = times[-1]
    if text[: last.start].rstrip().endswith(("~", "–", "-")) or text[last.end :].lstrip().startswith(("~", "–")):
        return text  # part of a range: '4월 1일~4월 30일'
    after = text[last.end :].strip()
    words = after.split()
    aspects = korean_lexicon().aspects
    tail_ok = not words or (len(words) <= 2 and all(korean_lexicon().is_verbal(w) or w in aspects for w in words))
    if not tail_ok:
        return text
    before = text[: last.start].strip()
    if before.endswith(("에", "에서", "는", "은", "과", "와")):
        return text
    if any(t.tag.startswith(("E", "VV", "XSV")) for t in korean.tokenize(before)):
        return text  # '…공장을 준공하고 12월부터 가동', '9월 착공해 12월 입주': the time is the later verb's
    return " ".join(part for part in (text[last.start : last.end].strip(), before, after) if part)


def _read_predicate(text: str, tokens: list, offset: int) -> Clause:  # type: ignore[type-arg]
    lexicon = korean_lexicon()
    tokens = list(tokens)
    aspect = aspect_word = ""
    while tokens and len(tokens) > 1 and tokens[-1].form in lexicon.aspects and tokens[-1].tag in ("NNG", "NNB"):
        aspect, aspect_word = lexicon.aspects[tokens[-1].form], tokens[-1].form
        tokens.pop()
    end = _token_end(tokens[-1]) if tokens else offset
    if tokens and tokens[-1].tag in ("NNG", "XR", "NNP") and lexicon.is_verbal(tokens[-1].form):
        return _event(text, tokens, offset, aspect, aspect_word)
    scale = tokens[-1].form == "규모" and len(tokens) > 1  # '지상 4층 규모', '연 90억 원 규모'
    figure_start = _figure_start(text, tokens[:-1] if scale else tokens)
    if figure_start is not None:
        head = text[offset : tokens[figure_start].start].strip()
        figure = text[tokens[figure_start].start : end].strip()
        if aspect:
            return Clause(text, EVENT, complement=text[offset:end].strip(), aspect=aspect, aspect_word=aspect_word)
        if not head:
            return Clause(text, FIGURE, figure=figure)
        clause = _figure_as_event(text, tokens[:figure_start], offset, figure, aspect)
        return clause or Clause(text, FIGURE, complement=head, figure=figure)
    if aspect:
        return Clause(text, EVENT, complement=text[offset:end].strip(), aspect=aspect, aspect_word=aspect_word)
    named = _named_last(text, tokens, offset)
    if named:
        return named
    where = _last_locative(tokens)
    if where is not None and where < len(tokens) - 1:
        split = _token_end(tokens[where])
        return Clause(text, EXISTENCE, adjuncts=text[offset:split].strip(), complement=text[split:end].strip())
    return Clause(text, PHRASE, complement=text[offset:end].strip())


def _event(text: str, tokens: list, offset: int, aspect: str, aspect_word: str) -> Clause:  # type: ignore[type-arg]
    lexicon = korean_lexicon()
    predicate = tokens[-1].form
    index = len(tokens) - 2
    adverbs: list[str] = []
    while index >= 0 and (
        (
            tokens[index].form in lexicon.adverbs
            and tokens[index].tag in ("NNG", "MAG", "MM", "XPN")
            and not (lexicon.is_verbal(tokens[index].form) and predicate in _TAKES_AN_ACT)
        )
        or (tokens[index].tag == "MAG" and not _is_time(tokens, index))
    ):
        if (
            tokens[index].form in ("없이", "함께")
            and index > 0
            and (tokens[index - 1].tag in ("JKB", "JC") or tokens[index].form == "없이")
        ):
            break  # '예약 없이', '고객과 함께': the phrase before goes with it, not to the verb
        adverbs.insert(0, tokens[index].form)
        index -= 1
    complement_end = index
    while index >= 0 and (_in_noun_phrase(tokens, index) or _is_time(tokens, index)):
        index -= 1
    start = index + 1
    while 0 < start <= complement_end and text[tokens[start].start - 1] != " ":
        start -= 1  # '착즙 라인': a word is never cut where Kiwi reads its first syllable apart ('착' MAG)
    while start <= complement_end and _is_time(tokens, start):
        start += 1
    inner = [i for i in range(start, complement_end + 1) if _is_time(tokens, i)]
    if inner:  # '100호점 10월 8일 대전 둔산동 개점': what, when, where
        first, last = inner[0], inner[-1]
        what = text[tokens[start].start : _token_end(tokens[first - 1])].strip()
        when = text[tokens[first].start : _token_end(tokens[last])].strip()
        where = (
            text[tokens[last + 1].start : _token_end(tokens[complement_end])].strip() if last < complement_end else ""
        )
        before = text[offset : tokens[start].start].strip()
        return Clause(
            text,
            EVENT,
            adjuncts=" ".join(p for p in (before, when, f"{where}에" if where else "") if p),
            complement=what,
            adverbs=adverbs,
            predicate=predicate,
            aspect=aspect,
            aspect_word=aspect_word,
        )
    # A complement that is only a modifier of the verbal noun ('첫') is an adverb, not an object.
    if start == complement_end and tokens[start].tag == "MM" and tokens[start].form in lexicon.adverbs:
        adverbs.insert(0, tokens[start].form)
        complement_end -= 1
    if start <= complement_end:
        adjunct_end = tokens[start].start
        complement = text[tokens[start].start : _token_end(tokens[complement_end])].strip()
    else:
        adjunct_end = _token_end(tokens[complement_end]) if complement_end >= 0 else offset
        complement = ""
    return Clause(
        text,
        EVENT,
        adjuncts=text[offset:adjunct_end].strip(),
        complement=complement,
        adverbs=adverbs,
        predicate=predicate,
        aspect=aspect,
        aspect_word=aspect_word,
        core=text[adjunct_end : _token_end(tokens[-1])].strip(),
    )


def _figure_as_event(text: str, head: list, offset: int, figure: str, aspect: str) -> Clause | None:  # type: ignore[type-arg]
    """'제2공장 가동으로 신규 채용 35명' reads '…35명을 신규 채용': the verbal noun takes the figure."""
    lexicon = korean_lexicon()
    if not head or head[-1].tag != "NNG" or lexicon.role_of(head[-1].form) != "object":
        return None
    if not lexicon.is_verbal(head[-1].form):
        return None
    index = len(head) - 2
    adverbs: list[str] = []
    while index >= 0 and head[index].form in lexicon.adverbs:
        adverbs.insert(0, head[index].form)
        index -= 1
    if index >= 0 and _in_noun_phrase(head, index) and not _is_time(head, index):
        return None  # '연구 인력 채용 20명': the noun before is the object; a figure phrase reads better
    adjuncts = text[offset : _token_end(head[index])].strip() if index >= 0 else ""
    return Clause(
        text, EVENT, adjuncts=adjuncts, complement=figure, adverbs=adverbs, predicate=head[-1].form, aspect=aspect
    )


def _figure_start(text: str, tokens: list) -> int | None:  # type: ignore[type-arg]
    """Where a trailing figure begins ('12만~18만 원', '3만 2천㎡', 'ℓ당 3만 8천 원'), if the phrase ends in one."""
    index = len(tokens) - 1
    saw_number = False
    if index > 0 and tokens[index].tag == "NNG" and tokens[index - 1].tag in _FIGURE_TAGS:
        index -= 1  # any noun right after a number counts what it counts: '2만 팔레트', '15만 상자'
    while index >= 0:
        token = tokens[index]
        if token.tag in _FIGURE_TAGS or token.tag == "SO" or (token.form == "·" and saw_number):
            saw_number = saw_number or token.tag == "SN"
        elif not (
            _unit(token)
            or (token.form in _FIGURE_WORDS and token.tag in ("NNG", "NNB", "MM", "MAG"))
            or (token.form == "당" and token.tag == "XSN")
            or (index + 1 < len(tokens) and tokens[index + 1].form == "당" and token.tag in ("SL", "SW", "NNB", "NNG"))
        ):
            break
        index -= 1
    start = index + 1
    while start < len(tokens) and tokens[start].tag == "SO":
        start += 1
    if not saw_number or start >= len(tokens):
        return None
    # A number glued to letters is a name ('GB-201'), not a figure.
    if (
        start > 0
        and tokens[start].start == _token_end(tokens[start - 1])
        and tokens[start - 1].tag in ("SL", "NNP", "NNG")
    ):
        return None
    return start


def _unit(token: object) -> bool:
    tag, form = token.tag, token.form  # type: ignore[attr-defined]
    if form in ("등", "중", "것", "수", "때", "뿐", "및", "외"):
        return False
    return tag in ("NNB", "SW", "SL") or (tag in ("NNG", "XSN") and form in _COUNTERS | {"간", "째", "대"})


def _named_last(text: str, tokens: list, offset: int) -> Clause | None:  # type: ignore[type-arg]
    """'대표 제품 '바다솔 재래김'', '법인장 김도현 전무', '박스, 완충재 모두 종이 소재': a topic and what it is."""
    if len(tokens) < 2:
        return None
    for index, token in enumerate(tokens):
        if token.form in ("모두", "전부", "모두가") and token.tag in ("MAG", "NNG") and 0 < index < len(tokens) - 1:
            topic = text[offset : token.start].strip()
            return Clause(text, COPULA, subject=josa(topic, "는"), complement=text[token.start :].strip())
    if tokens[-1].tag == "SSC":
        opening = max(i for i, t in enumerate(tokens) if t.tag == "SSO") if any(t.tag == "SSO" for t in tokens) else 0
        if opening > 0:
            topic = text[offset : tokens[opening].start].strip()
            return Clause(text, COPULA, subject=josa(topic, "는"), complement=text[tokens[opening].start :].strip())
    code = re.search(r"\s([A-Za-z]+[-–][A-Za-z0-9-]+)$", text)
    topic = text[offset : code.start()].strip() if code else ""
    if code and re.search(r"[\uac00-\ud7a3]", topic):  # '후보물질명 GB-201'
        return Clause(text, COPULA, subject=josa(topic, "는"), complement=code.group(1))
    if tokens[-1].form in _TITLES and len(tokens) >= 3 and tokens[-2].tag == "NNP":
        topic = text[offset : tokens[-2].start].strip()
        if topic:
            return Clause(text, COPULA, subject=josa(topic, "는"), complement=text[tokens[-2].start :].strip())
    return None


def _in_noun_phrase(tokens: list, index: int) -> bool:  # type: ignore[type-arg]
    token = tokens[index]
    if token.tag in _NOUN_TAGS or token.tag in _QUOTES or (token.tag == "SP" and token.form == "·"):
        return True
    if token.tag in ("JC", "JKG"):  # '온돌 난방과 개별 욕실', '회사의 제품' (never '농가 140곳과 협력')
        following = tokens[index + 1] if index + 2 < len(tokens) else None
        before = tokens[index - 1] if index > 0 else None
        counted = before is not None and (before.tag in ("NNB", "SN", "NR") or before.form in _COUNTERS)
        if token.tag == "JC" and counted:
            return False  # '수입사 1곳과 … 계약': with whom, not a list of things
        return index > 0 and following is not None and following.tag in _NOUN_TAGS and following.tag != "MM"
    # '남은 빵': a modifier clause inside the phrase
    following = tokens[index + 1].tag if index + 1 < len(tokens) else ""
    return token.tag == "ETM" or (token.tag in ("VV", "VA", "XSV", "XSA") and following == "ETM")


def _is_time(tokens: list, index: int) -> bool:  # type: ignore[type-arg]
    token = tokens[index]
    if is_time_word(token.form):
        return True
    # a date, not a duration: '2027년', '6월', '20일' (but '1년', '6개월', '5일간' say how long)
    if token.tag == "SN" and index + 1 < len(tokens) and _date_unit(tokens[index + 1].form, token.form):
        return True
    if index > 0 and tokens[index - 1].tag == "SN" and _date_unit(token.form, tokens[index - 1].form):
        return True
    return token.tag == "MAG" and token.form in ("매주", "매일", "매월", "매년")


def _date_unit(unit: str, number: str) -> bool:
    return unit in ("월", "일", "분기") or (unit == "년" and len(number) == 4)


def _topic_end(text: str, tokens: list) -> int:  # type: ignore[type-arg]
    """End of a leading topic or subject ('리드 투자사는', '매출이'), or 0 when the note has none."""
    depth = 0
    for index, token in enumerate(tokens[:-1]):
        depth += 1 if token.tag == "SSO" else -1 if token.tag == "SSC" else 0
        if depth or (index == 0 and token.tag.startswith("J")):
            continue
        before = tokens[index - 1] if index else None
        if before is None or before.tag not in _NOUN_TAGS | _QUOTES:
            if token.tag.startswith("J") and token.tag not in ("JC", "JKG"):
                return 0
            continue
        if token.tag == "JX" and token.form in ("은", "는"):
            return _token_end(token)
        if token.tag == "JKS" and not (token.form == "가" and before.form in _PRICE_WORDS):
            return _token_end(token)
        if token.tag.startswith("J") and token.tag not in ("JC", "JKG", "JKS"):
            return 0  # a phrase with 에/에서/으로 first is not a topic-comment note
    return 0


def _last_locative(tokens: list) -> int | None:  # type: ignore[type-arg]
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index].tag == "JKB" and tokens[index].form in ("에", "에는", "에서"):
            return index
    return None


def _spaced(text: str, first: object, second: object) -> bool:
    return text[_token_end(first) : second.start] == " "  # type: ignore[attr-defined]


def _token_end(token: object) -> int:
    return int(token.start + token.len)  # type: ignore[attr-defined]


def ends_as_sentence(text: str) -> bool:
    """The text ends in a verb ending ('…갖췄다', '…판매함'), not a noun."""
    body = text.strip().rstrip(".!。 ")
    tokens = [t for t in korean.tokenize(body) if not t.tag.startswith("S") or t.tag in ("SN", "SL", "SH")]
    return bool(tokens) and tokens[-1].tag == "EF"
