"""Korean newspaper sentences from key-point notes: right subject, particles and tense.

"현지 인력 150명 채용 계획" becomes "현지 인력 150명을 채용할 계획이다",
"2월 3일 완성차 고객사에 첫 출하" on a release of 3 February becomes
"2월 3일 완성차 고객사에 처음으로 출하했다", "리드 투자사는 한국산업성장파트너스"
keeps its own subject: "리드 투자사는 한국산업성장파트너스다". Each statement
carries every correct wording found (``bodies``), so a fluency judge may pick
the most natural; a note that cannot be read with confidence is kept in the
user's words as an item of a list, never forced into a wrong predicate.

Tense comes from the note's own dates against the release date; a note with
none follows the story it belongs to (the clause before it, else the
announcement: details of news that happened happened too), except for
activities that go on ('운영하고 있다') and results ('인증을 획득했다').
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from desktop.core import korean
from desktop.core.parts.grammar import has_subject, josa, particle, plain
from desktop.core.writing.korean_notes import (
    COPULA,
    EVENT,
    EXISTENCE,
    FIGURE,
    SENTENCE,
    Clause,
    read_clause,
    split_clauses,
)
from desktop.core.writing.lexicon import korean_lexicon
from desktop.core.writing.statements import Statement
from desktop.core.writing.timing import FUTURE, ONGOING, PAST, PRESENT, find_times, is_time_word, tense_at

#: Verbal nouns done in a place: a counted place before them takes 에서 ('1,200곳에서 판매한다').
_DONE_IN_PLACE = {"판매", "생산", "개최", "진행", "전시", "실시", "시행", "제작", "교육", "영업"}
#: Verbal nouns that hand something to someone: an agent before them is the receiver ('고객사에 납품').
_HANDING = {
    "공급",
    "납품",
    "출하",
    "수출",
    "제공",
    "지원",
    "기부",
    "후원",
    "전달",
    "기증",
    "판매",
    "배송",
    "발급",
    "증정",
}
#: Verbs that take an object, for notes typed without the particle ('시범 방제 마침').
#: Nouns that work as adverbs before a verb ('처음 수출했다'): never an object.
_ADVERB_NOUNS = {"처음", "최초", "다시", "함께", "모두", "각각", "직접", "본격", "공동", "일부", "전부", "새로", "정식"}
_TRANSITIVE_VERBS = {
    "마치",
    "열",
    "갖추",
    "받",
    "쓰",
    "만들",
    "짓",
    "세우",
    "선보이",
    "알리",
    "늘리",
    "줄이",
    "맺",
    "얻",
}
#: Verbal nouns whose missing object is the product or place the news is about.
_LAUNCHES = {"출시", "공개", "판매", "선보임"}
_RATE_WORDS = ("연간", "월간", "하루", "매일", "매년", "매월", "연", "월", "일", "시간당", "주당")
_PERSON_AGENTS = {"고객", "회원", "주민", "학생", "참가자", "관람객", "투숙객", "이용자", "임직원", "직원"}
#: Heads of figures that belong to the company as a whole ('누적 투자액', '직원'): '누리비전의 …'.
_COUNTED_PLACE = re.compile(r"\d\s*(?:곳|개국|개소|개 도시|개 지역|개 매장|호점|개 지점)$")


@dataclass(frozen=True)
class NoteContext:
    """What a note is read against: whose news it is, when it is told, and the story's tense."""

    company: str
    release: dt.date | None
    #: The place or product the news is about ('김 가공 공장', "'아쿠아실드'"): subject of what it is or can do.
    focus: str = ""
    #: PAST when the announcement tells of something done (the lead says it in the past).
    story: str = ""
    #: The note is one of the company's own facts (background): its figures are the company's ('…의 직원은').
    fact: bool = False


def note_statements(note: str, context: NoteContext, ongoing: bool = False) -> list[Statement]:
    """Every sentence a key-point note makes, in order; see ``_statements``.

    When one of the note's clauses cannot be read, the note is kept whole as written: its earlier
    clauses may belong to it ('시력검사, 안압 측정, 안경 세척 무료' is one list of free services).
    """
    statements = _statements(note, context, ongoing)
    if len(statements) > 1 and any(statement.listed for statement in statements):
        text = " ".join(note.split())
        return [Statement(text, context.company, True, (text,), PRESENT, listed=True)]
    return statements


def _statements(note: str, context: NoteContext, ongoing: bool) -> list[Statement]:
    """Every sentence a key-point note makes, in order.

    The clauses of one note tell one story: a clause without a date of its own takes the
    tense of the clause before it ('시리즈B 투자 유치(done), …, 기존 투자사 후속 투자' → done).
    ``ongoing``: the note is a company fact, so an undated activity is going on ('…운영하고 있다').
    """
    if ongoing:
        context = replace(context, fact=True)
    statements: list[Statement] = []
    told = ""
    for clause in split_clauses(note):
        statement = statement_for(clause, context, told or (ONGOING if ongoing else ""))
        statements.append(statement)
        if statement.tense in (PAST, FUTURE):  # a copula in between keeps the story's tense
            told = statement.tense
    return _joined(statements)


def statement_for(text: str, context: NoteContext, told: str = "") -> Statement:
    """``told``: the tense of the story the clause belongs to, for a clause with no date of its own."""
    clause = read_clause(text)
    tense = tense_at(find_times(clause.text, context.release), context.release)
    if not tense and clause.kind == EVENT and not clause.aspect:
        tense = _undated_tense(clause, context, told)
    realise = {SENTENCE: _sentence, EVENT: _event, FIGURE: _figure, EXISTENCE: _existence, COPULA: _copula_clause}
    if clause.kind not in realise:
        return Statement(clause.text, context.company, True, (clause.text,), tense or PRESENT, listed=True)
    statement = realise[clause.kind](clause, context, tense)
    bodies = (_tidy(body) for body in statement.bodies)
    if clause.aside:
        bodies = (body[:-1] + f" {clause.aside}." if clause.aside not in body else body for body in bodies)
    return replace(statement, bodies=tuple(dict.fromkeys(bodies)))


def _undated_tense(clause: Clause, context: NoteContext, told: str) -> str:
    """A note with no date: a result is done ('인증 획득' → 획득했다); the clause before it sets the
    story's tense ('…투자 유치(done), 기존 투자사 후속 투자' → done); a company fact's activity goes
    on ('운영하고 있다'); anything else is told in the present, as newspapers tell what a product does."""
    lexicon = korean_lexicon()
    if clause.predicate in lexicon.result_nouns:
        return PAST
    if told == ONGOING:
        return ONGOING
    return told or PRESENT


# -- the kinds of clause -------------------------------------------------------------


def _sentence(clause: Clause, context: NoteContext, tense: str) -> Statement:
    body = _object_particles(plain(clause.text).rstrip(".") + ".")
    tokens = korean.tokenize(body)
    past = any(t.tag == "EP" and t.form in ("었", "았", "였") for t in tokens)
    if not past and tense == PAST and _memo_ending(clause.text):
        body, past = _in_past(body), True  # a memo dated before the release: '… 체결함' tells what was done
    planned = re.search(r"(계획|예정|방침|목표)(이다|으로 한다|로 한다)\.$", body)
    tense = PAST if past else ("plan" if planned else (tense or PRESENT))
    own = has_subject(body)
    if not own and (changed := _changed_subject(body)):  # '수출국 8개국으로 늘어남' → '수출국이 8개국으로 늘었다'
        if context.story == PAST and not past and _memo_ending(clause.text):
            body, past = _in_past(body), True
        return Statement(clause.text, changed[0], True, (changed[1](body),), PAST if past else tense or PRESENT)
    subject = _subject_words(body) if own else context.company
    if own and subject == context.company:
        return Statement(clause.text, subject, False, (_without_leading_subject(body),), tense)
    return Statement(clause.text, subject, own, (body,), tense)


def _event(clause: Clause, context: NoteContext, tense: str) -> Statement:
    lexicon = korean_lexicon()
    tense = clause.aspect or tense or PRESENT
    if not clause.predicate:
        return _aspect_only(clause, context, tense)
    role = lexicon.role_of(clause.predicate)
    subject, own = _implied_subject(clause, context), bool(clause.subject)
    complement, agent = _governed(clause, role)
    if role in ("change", "reach") and not own:
        subject, own = "", True  # '매출이 30% 증가했다': what changed is the subject
    if agent and not own:
        subject, own, complement = re.sub(r"(이|가)$", "", agent), True, agent
    verbs = _verb_forms(clause, role, tense)
    if tense == "target":
        goal = clause.core or " ".join(part for part in (clause.complement, clause.predicate) if part)
        verbs, complement = [f"{josa(goal, '를')} 목표로 한다"], ""
    elif role == "received":  # '식약처 임상 1상 승인' → '식약처 임상 1상 승인을 받았다'
        goal = clause.core or " ".join(part for part in (clause.complement, clause.predicate) if part)
        verbs, complement = [f"{josa(goal, '를')} {_receive(tense)}"], ""
    if clause.predicate == "오픈" and not complement:
        complement = "문을"  # '11월 20일 오픈' → '11월 20일 문을 연다'
    elif not complement and not clause.aspect and context.focus and clause.predicate in _LAUNCHES and not own:
        complement = josa(context.focus, "를")  # '6월 1일 출시' → "6월 1일 'DN-40'을 출시한다"
    if (
        clause.adverbs == ["첫"]
        and not complement
        and clause.adjuncts
        and all(
            find_times(word, None) or is_time_word(word) or re.fullmatch(r"\d+일", word)
            for word in clause.adjuncts.split()
        )
    ):  # '5월 9일 첫 견학' → '첫 견학은 5월 9일이다'
        body = _sentence_of([josa(f"첫 {clause.predicate}", "는"), copula_of(clause.adjuncts)])
        return Statement(clause.text, f"첫 {clause.predicate}", True, (body,), tense)
    bodies = [
        _sentence_of([clause.subject, clause.adjuncts, scaled, _adverb_forms(clause.adverbs)[0], verbs[0]])
        for scaled in _scaled(clause, role)
    ]
    for adverbs in _adverb_forms(clause.adverbs):
        for verb in verbs:
            bodies.append(_sentence_of([clause.subject, clause.adjuncts, complement, adverbs, verb]))
    joined = ""
    if tense in (PRESENT, FUTURE) and role == "object" and not clause.subject:
        and_then = korean.join([(clause.predicate, "NNG"), ("하", "XSV"), ("어", "EC")])
        joined = _sentence_of([clause.adjuncts, complement, _adverb_forms(clause.adverbs)[0], and_then])[:-1]
    return Statement(clause.text, subject, own, tuple(dict.fromkeys(bodies)), tense, joined=joined)


#: Verbs whose first noun is what changes: '수출국 8개국으로 늘어남' is about the 수출국, not the company.
_CHANGES = {"늘어나", "줄어들", "늘", "줄", "오르", "떨어지", "증가", "감소", "확대되", "바뀌", "늘어", "줄어"}


def _changed_subject(sentence: str) -> tuple[str, Any] | None:
    """For a sentence whose verb says something changed, its first noun as subject and how to add the particle."""
    tokens = korean.tokenize(sentence)
    verbs = [t for t in tokens if t.tag in ("VV", "XSV") or (t.tag == "NNG" and t.form in _CHANGES)]
    if (
        not verbs
        or not any(v.form in _CHANGES for v in verbs[-2:])
        or not tokens
        or tokens[0].tag not in ("NNG", "NNP")
    ):
        return None
    first = tokens[0]
    if sentence[first.start + first.len : first.start + first.len + 1] != " ":
        return None
    head = sentence[: first.start + first.len]

    def with_particle(body: str) -> str:
        return josa(head, "이") + body[len(head) :]

    return head, with_particle


def _memo_ending(note: str) -> bool:
    """'…체결함', '…마침', '…받음': a note that ends on a syllable closed by ㅁ is a memo, not a sentence."""
    last = note.strip().rstrip(".")[-1:]
    return bool(last) and "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 == 16


def _in_past(sentence: str) -> str:
    """'…체결한다.' → '…체결했다.': a memo note dated before the release tells what was done."""
    tokens = korean.tokenize(sentence.rstrip("."))
    ending = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].tag == "EF"), None)
    if ending is None or ending == 0 or tokens[ending - 1].tag not in ("XSV", "VV", "VX", "XSA", "VA"):
        return sentence
    stem = tokens[ending - 1]
    return sentence[: stem.start] + korean.join([(stem.form, stem.tag), ("었", "EP"), ("다", "EF")]) + "."


def _object_particles(sentence: str) -> str:
    """'업무협약 체결했다' → '업무협약을 체결했다', '시범 방제 마쳤다' → '시범 방제를 마쳤다': a bare noun right
    before a verb that takes an object gets 을/를."""
    lexicon = korean_lexicon()
    tokens = korean.tokenize(sentence)
    for index in range(len(tokens) - 2, 0, -1):
        verb, light, before = tokens[index], tokens[index + 1], tokens[index - 1]
        verbal_noun = verb.tag == "NNG" and light.tag == "XSV" and lexicon.role_of(verb.form) == "object"
        transitive = verb.tag == "VV" and verb.form in _TRANSITIVE_VERBS
        if not ((verbal_noun and lexicon.is_verbal(verb.form)) or transitive):
            continue
        gap = sentence[before.start + before.len : verb.start]
        if (
            gap == " "
            and before.tag in ("NNG", "NNP", "SL")
            and (before.form not in lexicon.adverbs or lexicon.is_verbal(before.form))
            and before.form not in _ADVERB_NOUNS
            and not is_time_word(before.form)
        ):
            head = sentence[: before.start + before.len]
            return head + particle(head, "를") + sentence[before.start + before.len :]
    return sentence


def _receive(tense: str) -> str:
    return {
        PAST: "받았다",
        FUTURE: "받는다",
        "plan": "받을 계획이다",
        "scheduled": "받을 예정이다",
        "target": "받는 것을 목표로 한다",
    }.get(tense, "받았다")


def _aspect_only(clause: Clause, context: NoteContext, tense: str) -> Statement:
    """'2030년 베트남 매출 800억 원 목표' → '…800억 원을 목표로 한다'; '하반기 2호점 계획' → '…을 계획하고 있다'."""
    lead, what = _split_time(clause.complement, context)
    ending = {
        "target": f"{josa(what, '를')} 목표로 한다",
        "plan": f"{josa(what, '를')} 계획하고 있다",
        "scheduled": f"{josa(what, '이')} 예정돼 있다",
        "expected": f"{josa(what, '이')} 전망된다",
        "ongoing": f"{what} 중이다",
        "hoped": f"{josa(what, '를')} 기대한다",
    }.get(clause.aspect, "")
    if not ending:
        return Statement(clause.text, context.company, True, (clause.text,), tense, listed=True)
    body = _sentence_of([clause.subject, clause.adjuncts, lead, ending])
    return Statement(clause.text, _implied_subject(clause, context), bool(clause.subject), (body,), tense)


def _figure(clause: Clause, context: NoteContext, tense: str) -> Statement:
    """'1박 요금 12만~18만 원' → '(숙소의) 1박 요금은 12만~18만 원이다': whose figure is said with 의.

    A figure the company reached at a past time reads as a record: '2025년 매출 62억 원' →
    '2025년 매출 62억 원을 기록했다' (the company as subject).
    """
    head, figure = _compared(clause.complement, clause.figure)
    lexicon = korean_lexicon()
    only_time = bool(head) and all(
        is_time_word(word) or find_times(word, None) or re.fullmatch(r"[월화수목금토일·]+요일", word)
        for word in head.split()
    )
    if (
        re.search(r"(에서|에|으로|로|부터|까지)(\s|$)", head)
        or re.search(r"\s(후|전|만|중|동안|이후)$", head)
        or only_time
    ):
        return Statement(clause.text, context.company, True, (clause.text,), tense or PRESENT, listed=True)
    if clause.subject:  # '충전 요금은 회원가 kWh당 290원': the topic stays the subject
        body = _sentence_of([clause.subject, head, copula_of(figure)])
        return Statement(clause.text, _bare(clause.subject), True, (body,), tense or PRESENT, joined=_joined_form(body))
    if figure.endswith("배") and re.search(r"능력|규모|매출|생산량|용량", head) and not clause.subject:
        body = _sentence_of([josa(head, "는"), figure + "로", "늘어난다" if tense != PAST else "늘었다"])
        return Statement(clause.text, head, True, (body,), tense or PRESENT)  # '…약 1.6배로 늘어난다'
    if tense == PAST and any(word in lexicon.record_heads for word in head.split()):
        body = _sentence_of([head, josa(figure, "를"), "기록했다"])
        return Statement(clause.text, context.company, False, (body,), PAST)
    if not head or head.endswith("대비"):  # '지상 4층 규모', '전년 대비 2.1배'
        if not head and not figure.endswith("규모"):
            return Statement(clause.text, context.company, True, (clause.text,), tense or PRESENT, listed=True)
        body = _sentence_of([head, copula_of(figure if figure.endswith("규모") else f"{figure} 규모")])
        owner = context.focus or context.company
        return Statement(clause.text, owner, False, (body,), tense or PRESENT, joined=_joined_form(body))
    focus = context.focus.strip("'‘’\"“”")
    if focus and head.startswith((context.focus, focus)) and head not in (context.focus, focus):
        name = context.focus if head.startswith(context.focus) else focus
        rest = head[len(name) :].strip()
        body = _sentence_of([josa(name, "는"), rest, copula_of(figure)])
        return Statement(clause.text, name, True, (body,), tense or PRESENT, joined=_joined_form(body))
    body = _sentence_of([josa(head, "는"), copula_of(figure)])
    owned = context.fact and not (
        context.company in head or head.startswith(("'", "‘", "“", "이 ", "그 ", "이중", "그중"))
    )
    if owned and not (find_times(head, context.release) and find_times(head, context.release)[0].start == 0):
        return Statement(
            clause.text, context.company, False, (body,), tense or PRESENT, possessive=True, joined=_joined_form(body)
        )
    return Statement(clause.text, head, True, (body,), tense or PRESENT, joined=_joined_form(body))


def _existence(clause: Clause, context: NoteContext, tense: str) -> Statement:
    """'모든 객실에 온돌 난방과 개별 욕실' → '모든 객실에는 온돌 난방과 개별 욕실이 있다'."""
    where = clause.adjuncts
    where_topic = where + "는" if where.endswith("에") else where
    bodies = (_sentence_of([clause.subject, where_topic, josa(clause.complement, "이"), "있다"]),)
    return Statement(clause.text, _implied_subject(clause, context), True, bodies, tense or PRESENT)


def _copula_clause(clause: Clause, context: NoteContext, tense: str) -> Statement:
    """'리드 투자사는 한국산업성장파트너스' → '리드 투자사는 한국산업성장파트너스다'."""
    comment = clause.complement or clause.text[len(clause.subject) :].strip()
    if re.search(r"(에서|에게|에|으로|로|부터|까지)(만|도)?$", comment):
        return Statement(clause.text, context.company, True, (clause.text,), tense or PRESENT, listed=True)
    body = _sentence_of([clause.subject, copula_of(comment)])
    subject = re.sub(r"(은|는|이|가)$", "", clause.subject)
    return Statement(clause.text, subject, True, (body,), tense or PRESENT, joined=_joined_form(body))


# -- pieces ------------------------------------------------------------------------


def _governed(clause: Clause, role: str) -> tuple[str, str]:
    """The complement with the particle the verbal noun asks for, and the agent when it names one."""
    complement = clause.complement
    if not complement:
        return "", ""
    lexicon = korean_lexicon()
    words = complement.replace("'", " ").split()
    agent = any(lexicon.is_agent(word) for word in words[-2:])
    if role == "place":
        return (
            ("", josa(complement, "이"))
            if agent and not clause.adjuncts.endswith(("에", "에서"))
            else (_at(complement), "")
        )
    if role == "place_at":  # '대전 본사 근무' → '…에서 근무한다'; '동행 매니저 11명 활동' → '…11명이 활동한다'
        if re.search(r"\d\s*명$", complement) or lexicon.is_agent(words[-1]):
            return "", josa(complement, "이")
        return complement + "에서", ""
    if role == "change":
        head, figure = _split_figure(complement)
        return " ".join(part for part in (josa(head, "이") if head else "", figure) if part), ""
    if role == "reach":  # '사전 예약자 120만 명 돌파' → '사전 예약자가 120만 명을 돌파했다'
        head, figure = _split_figure(complement)
        return " ".join(
            part for part in (josa(head, "이") if head else "", josa(figure, "를") if figure else "") if part
        ), ""
    if role == "passive":
        return josa(complement, "으로"), ""
    if clause.predicate in _HANDING:
        for at in range(len(words) - 2, -1, -1):  # '65세 이상 고객 돋보기 증정' → '…고객에게 돋보기를'
            if words[at] in _PERSON_AGENTS or lexicon.is_agent(words[at]):
                receiver = " ".join(words[: at + 1]) + ("에게" if words[at] in _PERSON_AGENTS else "에")
                return f"{receiver} {josa(' '.join(words[at + 1 :]), '를')}", ""
    if any(lexicon.is_agent(word) for word in words[-2:]) and clause.predicate not in lexicon.takes_people:
        if clause.predicate in _HANDING:
            return complement + ("에게" if words[-1] in _PERSON_AGENTS else "에"), ""
        return "", josa(complement, "이")
    if all(
        is_time_word(word) or re.fullmatch(r"오전|오후|~|\d{1,2}시(\d{1,2}분)?", word)
        for word in complement.replace("~", " ~ ").split()
    ):
        return complement, ""  # '평일 오전 9시~오후 6시 운영': when, not what
    if re.search(r"\s(내|이내)$", complement):  # '주문 후 2주 내 배송': when, not what
        return complement + "에", ""
    if re.search(r"\s(후|전|동안|만에|간)$", complement) or re.search(r"\d\s*(년|개월|주|일|시간)간?$", complement):
        return complement, ""  # '구입 후 2년간 무상 점검': how long, not what
    venue = words[-1].endswith(lexicon.venues)
    if (_COUNTED_PLACE.search(complement) or venue) and clause.predicate in _DONE_IN_PLACE | _HANDING:
        return complement + ("에서" if clause.predicate in _DONE_IN_PLACE else "에"), ""
    if place := _counted_place_inside(complement):
        return place, ""
    head, rate = _split_rate(complement)
    if rate:
        return f"{josa(head, '를')} {rate}", ""
    return josa(complement, "를"), ""


def _at(place: str) -> str:
    return place + "에"


def _counted_place_inside(complement: str) -> str:
    """'전국 초등학교 320곳 시범 운영' → '전국 초등학교 320곳에서 시범 운영을': where, then what is done there."""
    match = re.search(r"^(.+?\d[\d,]*\s*곳)\s+(\S.*)$", complement)
    if not match or re.search(r"\d", match.group(2)):
        return ""
    if match.group(2).split()[-1].replace("시범", "") not in _DONE_IN_PLACE | {"실증", "테스트", "시험", "시범운영"}:
        return ""
    return f"{match.group(1)}에서 {josa(match.group(2), '를')}"


def _verb_forms(clause: Clause, role: str, tense: str) -> list[str]:
    light = ("되", "XSV") if role == "passive" else ("하", "XSV")
    if clause.predicate == "오픈" and not clause.complement:
        noun, light = ("열", "VV"), ("", "")
    else:
        noun = (clause.predicate, "NNG")

    def join(*morphs: tuple[str, str]) -> str:
        return korean.join([m for m in (noun, light, *morphs) if m[0]])

    if tense == PAST:
        return [join(("었", "EP"), ("다", "EF"))]
    if tense in (ONGOING, "ongoing"):
        return [join(("고", "EC"), ("있", "VX"), ("다", "EF"))]
    if tense in ("plan", "scheduled", "expected"):
        word = clause.aspect_word if clause.aspect_word in ("계획", "방침", "예정", "전망") else "예정"
        return [f"{join(('ᆯ', 'ETM'))} {word}이다"]
    if tense == "ability":
        return [f"{join(('ᆯ', 'ETM'))} 수 있다"]
    if tense == "hoped":
        return [f"{join(('ᆯ', 'ETM'))} 것으로 기대한다"]
    present = join(("ᆫ다", "EF"))
    if tense == FUTURE:
        return [present, f"{join(('ᆯ', 'ETM'))} 예정이다"]
    return [present]


def _adverb_forms(adverbs: list[str]) -> list[str]:
    """'추가 채용' may read '추가로 채용' or stay as written; both are offered."""
    if not adverbs:
        return [""]
    table = korean_lexicon().adverbs
    mapped = " ".join(table.get(word, word) for word in adverbs)
    kept = " ".join(adverbs)
    if "첫" in adverbs:
        return [mapped]
    return list(dict.fromkeys([mapped, kept]))


def _scaled(clause: Clause, role: str) -> list[str]:
    """'시리즈B 150억 원 투자' may read '150억 원 규모의 시리즈B 투자' (the same claim)."""
    if role != "object" or not clause.complement:
        return []
    match = re.match(
        r"^(?P<before>[^\d]+?)\s+(?P<money>[\d,.]+\s*(?:[만억조천]\s*)*원)\s+(?P<after>\S.*)$", clause.complement
    )
    if not match or re.search(r"\d", match.group("after")):
        return []
    return [josa(f"{match.group('money')} 규모의 {match.group('before')} {match.group('after')}", "를")]


def _implied_subject(clause: Clause, context: NoteContext) -> str:
    if clause.subject:
        return re.sub(r"(은|는|이|가)$", "", clause.subject)
    if clause.aspect in ("target", "plan"):
        return context.company  # the company sets targets and makes plans, not its plant
    if clause.aspect == "ability" and (facility := _leading_facility(clause)):
        return facility
    lexicon = korean_lexicon()
    talks_of_place = clause.aspect == "ability" or any(word in lexicon.properties for word in clause.complement.split())
    return context.focus if talks_of_place and context.focus else context.company


def _leading_facility(clause: Clause) -> str:
    """'가공 공장 하루 누룽지 3톤 생산 가능': the plant named first is what can do it (and leaves the object)."""
    words = clause.complement.split()
    suffixes = korean_lexicon().facility_suffixes
    for end in range(min(3, len(words) - 1), 0, -1):
        if words[end - 1].endswith(suffixes):
            clause.complement = " ".join(words[end:])
            return " ".join(words[:end])
    return ""


def _bare(subject: str) -> str:
    return re.sub(r"(은|는|이|가)$", "", subject.strip())


def _compared(head: str, figure: str) -> tuple[str, str]:
    """'기존 제품 대비 방오 성능 지속기간' + '2배' → ('방오 성능 지속기간', '기존 제품 대비 2배')."""
    words = head.split()
    if "대비" in words[:-1]:
        at = words.index("대비") + 1
        return " ".join(words[at:]), f"{' '.join(words[:at])} {figure}"
    return head, figure


def _subject_words(sentence: str) -> str:
    for token in korean.tokenize(sentence):
        if token.tag == "JKS" or (token.tag == "JX" and token.form in ("은", "는")):
            return sentence[: token.start].strip()
    return ""


def _without_leading_subject(sentence: str) -> str:
    for token in korean.tokenize(sentence):
        if token.tag == "JKS" or (token.tag == "JX" and token.form in ("은", "는")):
            return sentence[token.start + token.len :].strip()
    return sentence


def _split_figure(text: str) -> tuple[str, str]:
    match = re.search(r"\s*([\d,.]+\s*(?:[만억조천]\s*)*[^\s\d]*)$", text)
    if not match or not text[: match.start()].strip():
        return text, ""
    return text[: match.start()].strip(), match.group(1)


def _split_rate(text: str) -> tuple[str, str]:
    """'감속기 하우징 연간 12만 개' → ('감속기 하우징', '연간 12만 개'): the object, then how many."""
    for word in _RATE_WORDS:
        match = re.search(rf"\s{word}\s*[\d,.]", text)
        if match and text[: match.start()].strip():
            return text[: match.start()].strip(), text[match.start() :].strip()
    return text, ""


def _split_time(text: str, context: NoteContext) -> tuple[str, str]:
    """A leading time expression stays before the object: '2030년 베트남 매출 800억 원' → ('2030년', '…')."""
    times = find_times(text, context.release)
    if times and times[0].start == 0 and times[0].end < len(text):
        return text[: times[0].end].strip(), text[times[0].end :].strip()
    return "", text


def _joined(statements: list[Statement]) -> list[Statement]:
    """Two facts of one note about one thing become one sentence: '매장 면적은 330㎡이며, 좌석은 60석이다'."""
    result: list[Statement] = []
    for statement in statements:
        last = result[-1] if result else None
        if last is not None and last.joined.endswith("해") and statement.planned and statement.subject == last.subject:
            # '2027년 3월 착공, 2028년 6월 준공 예정' → '…착공해 2028년 6월 준공할 예정이다'
            body = f"{last.joined} {statement.bodies[0]}"
            result[-1] = replace(statement, note=f"{last.note}, {statement.note}", bodies=(body,), joined="")
            continue
        if (
            last is not None
            and last.joined.endswith(",")
            and statement.joined.endswith(",")
            and last.possessive == statement.possessive
            and (last.subject == statement.subject or statement.own_subject)
            and not last.note.endswith("+")
        ):
            body = f"{last.joined} {statement.bodies[0]}"
            result[-1] = replace(last, note=f"{last.note}, {statement.note}", bodies=(body,), joined="")
            continue
        result.append(statement)
    return result


def _joined_form(body: str) -> str:
    """A copula sentence as the first half of a joined one: '…330㎡다.' → '…330㎡이며,'."""
    match = re.search(r"(이)?다\.$", body)
    return body[: match.start()] + "이며," if match else ""


def copula_of(noun_phrase: str, past: bool = False) -> str:
    """'한국산업성장파트너스' → '한국산업성장파트너스다', '420억 원' → '420억 원이다' (as the last word is read)."""
    text = noun_phrase.strip().rstrip(".")
    if not text:
        return text
    vowel = particle(text, "이") == "가"
    if past:
        return text + ("였다" if vowel else "이었다")
    return text + ("다" if vowel else "이다")


def _tidy(body: str) -> str:
    """A copula after a figure read with a final vowel ('35%이다' → '35%다'); '작년' as newspapers write it."""
    body = re.sub(r"(?<![가-힣])작년(?=\s|$)", "지난해", body)

    def fix(match: re.Match[str]) -> str:
        word = match.group(1)
        return word + ("다" if particle(word, "이") == "가" else "이다")

    return re.sub(r"(\S*[^\s\uac00-\ud7a3)])이다(?=[.,]| \()", fix, body)


def _sentence_of(words: list[str], aside: str = "") -> str:
    text = " ".join(word.strip() for word in words if word and word.strip())
    text = re.sub(r"\s{2,}", " ", text).strip()
    return text.rstrip(".") + (f" {aside}" if aside else "") + "."
