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

from desktop.core import korean
from desktop.core.parts.grammar import has_subject, josa, plain
from desktop.core.writing.korean_notes import (
    COPULA,
    EVENT,
    EXISTENCE,
    FIGURE,
    PHRASE,
    SENTENCE,
    Clause,
    read_clause,
)
from desktop.core.writing.korean_phrases import (
    adverb_forms,
    changed_subject,
    compared,
    copula_of,
    governed,
    in_past,
    joined_form,
    memo_ending,
    object_particles,
    receive,
    scaled,
    sentence_of,
    subject_words,
    tidy,
    verb_forms,
    without_leading_subject,
)
from desktop.core.writing.lexicon import korean_lexicon
from desktop.core.writing.note_clauses import split_clauses
from desktop.core.writing.statements import Statement
from desktop.core.writing.timing import FUTURE, ONGOING, PAST, PRESENT, find_times, is_time_word, tense_at

#: Verbal nouns whose missing object is the product or place the news is about.
#: Amounts whose percentage is a share: '해외 매출 18%' is '해외 매출 비중은 18%다'.
_AMOUNTS = {"매출", "매출액", "수출", "수출액", "거래액", "판매량", "생산량"}
_LAUNCHES = {"출시", "공개", "판매", "선보임"}
#: What is done to a product or a batch, never by it: said in the passive when the thing is the subject.
_DELIVERED = _LAUNCHES | {"공급", "납품"}


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
        if _AGREEMENT.search(statement.note):
            told = ""  # '양해각서 체결, 장비 30대 우선 공급': what was agreed is still to happen
    return _joined(statements)


#: A clause that signs something: the clauses after it say what was agreed, not what was done.
_AGREEMENT = re.compile(r"(협약|계약|양해각서|MOU|업무협약)\s*(을|를)?\s*(체결|맺음|맺었다|체결했다|체결함)?\s*$")


def statement_for(text: str, context: NoteContext, told: str = "") -> Statement:
    """``told``: the tense of the story the clause belongs to, for a clause with no date of its own."""
    clause = read_clause(text)
    tense = tense_at(find_times(clause.text, context.release), context.release)
    if not tense and clause.kind == EVENT and not clause.aspect:
        tense = _undated_tense(clause, context, told)
    elif not tense and clause.kind == SENTENCE and told == PAST:
        tense = PAST  # '…1동 설치(done), 군 관계자 현장 점검 마침' → '…점검을 마쳤다'
    realise = {SENTENCE: _sentence, EVENT: _event, FIGURE: _figure, EXISTENCE: _existence, COPULA: _copula_clause}
    if clause.kind == PHRASE and (aimed := re.fullmatch(r"(.{4,}?)\s+대상", clause.text)):
        body = f"{josa(aimed.group(1), '를')} 대상으로 한다."  # '… 1인 가구 대상' → '… 1인 가구를 대상으로 한다.'
        statement = Statement(clause.text, context.focus or context.company, False, (body,), tense or PRESENT)
    elif clause.kind not in realise:
        statement = Statement(clause.text, context.company, True, (clause.text,), tense or PRESENT, listed=True)
    else:
        statement = realise[clause.kind](clause, context, tense)
    if statement.listed:  # kept as the user wrote it, every word ('… 만들기 체험 (무료)')
        return replace(statement, bodies=(" ".join(text.split()).strip().rstrip("."),))
    bodies = (tidy(body) for body in statement.bodies)
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
    body = object_particles(plain(clause.text).rstrip(".") + ".")
    tokens = korean.tokenize(body)
    past = any(t.tag == "EP" and t.form in ("었", "았", "였") for t in tokens)
    if not past and tense == PAST and memo_ending(clause.text):
        body, past = in_past(body), True  # a memo dated before the release: '… 체결함' tells what was done
    planned = re.search(r"(계획|예정|방침|목표)(이다|으로 한다|로 한다)\.$", body)
    tense = PAST if past else ("plan" if planned else (tense or PRESENT))
    own = has_subject(body)
    if not own and (changed := changed_subject(body)):  # '수출국 8개국으로 늘어남' → '수출국이 8개국으로 늘었다'
        if context.story == PAST and not past and memo_ending(clause.text):
            body, past = in_past(body), True
        tense = PAST if past else tense or PRESENT
        if changed[0] in korean_lexicon().owned_heads and context.company not in body:
            owned = josa(changed[0], "는") + body[len(changed[0]) :]  # '바다곳간의 수출국은 …'
            return Statement(clause.text, context.company, False, (owned,), tense, possessive=True)
        return Statement(clause.text, changed[0], True, (changed[1](body),), tense)
    subject = subject_words(body) if own else context.company
    if own and subject == context.company:
        return Statement(clause.text, subject, False, (without_leading_subject(body),), tense)
    return Statement(clause.text, subject, own, (body,), tense)


def _event(clause: Clause, context: NoteContext, tense: str) -> Statement:
    lexicon = korean_lexicon()
    tense = clause.aspect or tense or PRESENT
    if not clause.predicate:
        return _aspect_only(clause, context, tense)
    role = lexicon.role_of(clause.predicate)
    subject, own = _implied_subject(clause, context), bool(clause.subject)
    complement, agent = governed(clause, role)
    if role in ("change", "reach") and not own:
        subject, own = "", True  # '매출이 30% 증가했다': what changed is the subject
    if agent and not own:
        subject, own, complement = re.sub(r"(이|가)$", "", agent), True, agent
    if own and clause.predicate in _DELIVERED and not complement and _a_thing(subject, context):
        role = "passive"  # "'귤피차'는 3월 출시" → '…출시될 예정이다', '나머지 20동은 … 공급된다
    verbs = verb_forms(clause, role, tense)
    if tense == "target":
        goal = clause.core or " ".join(part for part in (clause.complement, clause.predicate) if part)
        verbs, complement = [f"{josa(goal, '를')} 목표로 한다"], ""
    elif role == "received":  # '식약처 임상 1상 승인' → '식약처 임상 1상 승인을 받았다'
        goal = clause.core or " ".join(part for part in (clause.complement, clause.predicate) if part)
        verbs, complement = [f"{josa(goal, '를')} {receive(tense)}"], ""
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
        body = sentence_of([josa(f"첫 {clause.predicate}", "는"), copula_of(clause.adjuncts)])
        return Statement(clause.text, f"첫 {clause.predicate}", True, (body,), tense)
    bodies = [
        sentence_of([clause.subject, clause.adjuncts, scaled, adverb_forms(clause.adverbs)[0], verbs[0]])
        for scaled in scaled(clause, role)
    ]
    for adverbs in adverb_forms(clause.adverbs):
        for verb in verbs:
            bodies.append(sentence_of([clause.subject, clause.adjuncts, complement, adverbs, verb]))
    joined = ""
    if tense in (PRESENT, FUTURE) and role == "object" and not clause.subject:
        and_then = korean.join([(clause.predicate, "NNG"), ("하", "XSV"), ("어", "EC")])
        joined = sentence_of([clause.adjuncts, complement, adverb_forms(clause.adverbs)[0], and_then])[:-1]
    return Statement(clause.text, subject, own, tuple(dict.fromkeys(bodies)), tense, joined=joined)


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
    body = sentence_of([clause.subject, clause.adjuncts, lead, ending])
    return Statement(clause.text, _implied_subject(clause, context), bool(clause.subject), (body,), tense)


def _figure(clause: Clause, context: NoteContext, tense: str) -> Statement:
    """'1박 요금 12만~18만 원' → '(숙소의) 1박 요금은 12만~18만 원이다': whose figure is said with 의.

    A figure the company reached at a past time reads as a record: '2025년 매출 62억 원' →
    '2025년 매출 62억 원을 기록했다' (the company as subject).
    """
    head, figure = compared(clause.complement, clause.figure)
    lexicon = korean_lexicon()
    if figure.endswith("%") and head.split()[-1:] and head.split()[-1] in _AMOUNTS:
        head += " 비중"  # '해외 매출 18%': an amount is not a percentage, its share is
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
        owner = _bare(clause.subject)
        body = _owned_comparison(owner, head, figure) or sentence_of([clause.subject, head, copula_of(figure)])
        return Statement(clause.text, _bare(clause.subject), True, (body,), tense or PRESENT, joined=joined_form(body))
    if figure.endswith("배") and re.search(r"능력|규모|매출|생산량|용량", head) and not clause.subject:
        body = sentence_of([josa(head, "는"), figure + "로", "늘어난다" if tense != PAST else "늘었다"])
        return Statement(clause.text, head, True, (body,), tense or PRESENT)  # '…약 1.6배로 늘어난다'
    if tense == PAST and any(word in lexicon.record_heads for word in head.split()):
        body = sentence_of([head, josa(figure, "를"), "기록했다"])
        return Statement(clause.text, context.company, False, (body,), PAST)
    if not head or head.endswith("대비"):  # '지상 4층 규모', '전년 대비 2.1배'
        if not head and not figure.endswith("규모"):
            return Statement(clause.text, context.company, True, (clause.text,), tense or PRESENT, listed=True)
        body = sentence_of([head, copula_of(figure if figure.endswith("규모") else f"{figure} 규모")])
        owner = context.focus or context.company
        return Statement(clause.text, owner, False, (body,), tense or PRESENT, joined=joined_form(body))
    focus = context.focus.strip("'‘’\"“”")
    if focus and head.startswith((context.focus, focus)) and head not in (context.focus, focus):
        name = context.focus if head.startswith(context.focus) else focus
        rest = head[len(name) :].strip()
        body = _owned_comparison(name, rest, figure) or sentence_of([josa(name, "는"), rest, copula_of(figure)])
        return Statement(clause.text, name, True, (body,), tense or PRESENT, joined=joined_form(body))
    body = sentence_of([josa(head, "는"), copula_of(figure)])
    owned = context.fact and not (
        context.company in head or head.startswith(("'", "‘", "“", "이 ", "그 ", "이중", "그중"))
    )
    if owned and not (find_times(head, context.release) and find_times(head, context.release)[0].start == 0):
        return Statement(
            clause.text, context.company, False, (body,), tense or PRESENT, possessive=True, joined=joined_form(body)
        )
    return Statement(clause.text, head, True, (body,), tense or PRESENT, joined=joined_form(body))


def _a_thing(subject: str, context: NoteContext) -> bool:
    """A subject that cannot do what its verbal noun says: a product, a batch ('나머지 20동'), not a
    company, a person, a body that acts ('투자사', '광산구') or a place named by name."""
    if not subject or context.company in subject or korean_lexicon().is_agent(subject):
        return False
    tokens = korean.tokenize(subject)
    return bool(tokens) and tokens[-1].tag not in ("NNP", "NP")


def _owned_comparison(owner: str, head: str, figure: str) -> str:
    """'NE-2는 NE-1 대비 전력 효율 3배' → 'NE-2의 전력 효율은 NE-1 대비 3배다': the figure is the
    property's, so the owner takes 의 and the property the topic; "" when nothing is compared."""
    if not head or " 대비 " not in f" {figure} " or re.search(r"(은|는|이|가|을|를|의)$", head):
        return ""
    return sentence_of([f"{owner}의", josa(head, "는"), copula_of(figure)])


def _existence(clause: Clause, context: NoteContext, tense: str) -> Statement:
    """'모든 객실에 온돌 난방과 개별 욕실' → '모든 객실에는 온돌 난방과 개별 욕실이 있다'."""
    where = clause.adjuncts
    where_topic = where + "는" if where.endswith("에") else where
    bodies = (sentence_of([clause.subject, where_topic, josa(clause.complement, "이"), "있다"]),)
    return Statement(clause.text, _implied_subject(clause, context), True, bodies, tense or PRESENT)


def _copula_clause(clause: Clause, context: NoteContext, tense: str) -> Statement:
    """'리드 투자사는 한국산업성장파트너스' → '리드 투자사는 한국산업성장파트너스다'."""
    comment = clause.complement or clause.text[len(clause.subject) :].strip()
    if re.search(r"(에서|에게|에|으로|로|부터|까지)(만|도)?$", comment):
        return Statement(clause.text, context.company, True, (clause.text,), tense or PRESENT, listed=True)
    body = sentence_of([clause.subject, copula_of(comment)])
    subject = re.sub(r"(은|는|이|가)$", "", clause.subject)
    return Statement(clause.text, subject, True, (body,), tense or PRESENT, joined=joined_form(body))


# -- pieces ------------------------------------------------------------------------


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
