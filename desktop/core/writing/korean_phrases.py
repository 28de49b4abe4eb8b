"""The pieces a Korean newspaper sentence is built from: particles, verb forms, adverbs, joins.

What particle the phrase before a verbal noun takes ('투자를 유치', '베트남에 진출',
'고객사에 납품', '매출이 … 증가'), the verb in each tense and aspect ('유치했다',
'채용할 계획이다', '생산할 수 있다'), adverb forms ('추가로'), the copula as the
last word is read ('35%다', '420억 원이다'), and the small repairs a typed
note needs ('업무협약 체결' → '업무협약을 체결', '…체결함' dated before the
release → '…체결했다'). ``korean_sentences`` puts them together.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core import korean
from desktop.core.parts.grammar import josa, particle
from desktop.core.writing.korean_notes import Clause
from desktop.core.writing.lexicon import korean_lexicon
from desktop.core.writing.timing import FUTURE, ONGOING, PAST, is_time_word

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


_RATE_WORDS = ("연간", "월간", "하루", "매일", "매년", "매월", "연", "월", "일", "시간당", "주당")


_PERSON_AGENTS = {"고객", "회원", "주민", "학생", "참가자", "관람객", "투숙객", "이용자", "임직원", "직원"}


#: Heads of figures that belong to the company as a whole ('누적 투자액', '직원'): '누리비전의 …'.
_COUNTED_PLACE = re.compile(r"\d\s*(?:곳|개국|개소|개 도시|개 지역|개 매장|호점|개 지점)$")


#: Verbs whose first noun is what changes: '수출국 8개국으로 늘어남' is about the 수출국, not the company.
_CHANGES = {"늘어나", "줄어들", "늘", "줄", "오르", "떨어지", "증가", "감소", "확대되", "바뀌", "늘어", "줄어"}


def changed_subject(sentence: str) -> tuple[str, Any] | None:
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


def memo_ending(note: str) -> bool:
    """'…체결함', '…마침', '…받음': a note that ends on a syllable closed by ㅁ is a memo, not a sentence."""
    last = note.strip().rstrip(".")[-1:]
    return bool(last) and "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 == 16


def in_past(sentence: str) -> str:
    """'…체결한다.' → '…체결했다.': a memo note dated before the release tells what was done."""
    tokens = korean.tokenize(sentence.rstrip("."))
    ending = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].tag == "EF"), None)
    if ending is None or ending == 0 or tokens[ending - 1].tag not in ("XSV", "VV", "VX", "XSA", "VA"):
        return sentence
    stem = tokens[ending - 1]
    return sentence[: stem.start] + korean.join([(stem.form, stem.tag), ("었", "EP"), ("다", "EF")]) + "."


def object_particles(sentence: str) -> str:
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


def receive(tense: str) -> str:
    return {
        PAST: "받았다",
        FUTURE: "받는다",
        "plan": "받을 계획이다",
        "scheduled": "받을 예정이다",
        "target": "받는 것을 목표로 한다",
    }.get(tense, "받았다")


def governed(clause: Clause, role: str) -> tuple[str, str]:
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
            else (complement + "에", "")
        )
    if role == "place_at":  # '대전 본사 근무' → '…에서 근무한다'; '동행 매니저 11명 활동' → '…11명이 활동한다'
        if re.search(r"\d\s*명$", complement) or lexicon.is_agent(words[-1]):
            return "", josa(complement, "이")
        return complement + "에서", ""
    if role == "change":
        head, figure = split_figure(complement)
        return " ".join(part for part in (josa(head, "이") if head else "", figure) if part), ""
    if role == "reach":  # '사전 예약자 120만 명 돌파' → '사전 예약자가 120만 명을 돌파했다'
        head, figure = split_figure(complement)
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
    if place := counted_place_inside(complement):
        return place, ""
    head, rate = split_rate(complement)
    if rate:
        return f"{josa(head, '를')} {rate}", ""
    if often := re.fullmatch(r"(.*?)\s*((?:해마다|매년|매월|매주|연|월|주)?\s*\d+\s*(?:차례|번|회))", complement):
        what = f"{josa(often.group(1), '를')} " if often.group(1) else ""
        return what + often.group(2), ""  # '설명회(를) 해마다 4차례': how often, not what
    return josa(complement, "를"), ""


def counted_place_inside(complement: str) -> str:
    """'전국 초등학교 320곳 시범 운영' → '전국 초등학교 320곳에서 시범 운영을': where, then what is done there."""
    match = re.search(r"^(.+?\d[\d,]*\s*곳)\s+(\S.*)$", complement)
    if not match or re.search(r"\d", match.group(2)):
        return ""
    if match.group(2).split()[-1].replace("시범", "") not in _DONE_IN_PLACE | {"실증", "테스트", "시험", "시범운영"}:
        return ""
    return f"{match.group(1)}에서 {josa(match.group(2), '를')}"


def verb_forms(clause: Clause, role: str, tense: str) -> list[str]:
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
    # Newspapers tell a dated future in the present ('12월부터 가동한다'); '…할 예정이다' only where the
    # note says 예정 (a plan the note does not state is not added).
    return [join(("ᆫ다", "EF"))]


def adverb_forms(adverbs: list[str]) -> list[str]:
    """'추가 채용' may read '추가로 채용' or stay as written; both are offered."""
    if not adverbs:
        return [""]
    table = korean_lexicon().adverbs
    mapped = " ".join(table.get(word, word) for word in adverbs)
    kept = " ".join(adverbs)
    if "첫" in adverbs:
        return [mapped]
    return list(dict.fromkeys([mapped, kept]))


def scaled(clause: Clause, role: str) -> list[str]:
    """'시리즈B 150억 원 투자' may read '150억 원 규모의 시리즈B 투자' (the same claim)."""
    if role != "object" or not clause.complement:
        return []
    match = re.match(
        r"^(?P<before>[^\d]+?)\s+(?P<money>[\d,.]+\s*(?:[만억조천]\s*)*원)\s+(?P<after>\S.*)$", clause.complement
    )
    if not match or re.search(r"\d", match.group("after")):
        return []
    return [josa(f"{match.group('money')} 규모의 {match.group('before')} {match.group('after')}", "를")]


def compared(head: str, figure: str) -> tuple[str, str]:
    """'기존 제품 대비 방오 성능 지속기간' + '2배' → ('방오 성능 지속기간', '기존 제품 대비 2배')."""
    words = head.split()
    if "대비" in words[:-1]:
        at = words.index("대비") + 1
        return " ".join(words[at:]), f"{' '.join(words[:at])} {figure}"
    return head, figure


def subject_words(sentence: str) -> str:
    for token in korean.tokenize(sentence):
        if token.tag == "JKS" or (token.tag == "JX" and token.form in ("은", "는")):
            return sentence[: token.start].strip()
    return ""


def without_leading_subject(sentence: str) -> str:
    for token in korean.tokenize(sentence):
        if token.tag == "JKS" or (token.tag == "JX" and token.form in ("은", "는")):
            return sentence[token.start + token.len :].strip()
    return sentence


def split_figure(text: str) -> tuple[str, str]:
    match = re.search(r"\s*([\d,.]+\s*(?:[만억조천]\s*)*[^\s\d]*)$", text)
    if not match or not text[: match.start()].strip():
        return text, ""
    return text[: match.start()].strip(), match.group(1)


def split_rate(text: str) -> tuple[str, str]:
    """'감속기 하우징 연간 12만 개' → ('감속기 하우징', '연간 12만 개'): the object, then how many."""
    for word in _RATE_WORDS:
        match = re.search(rf"\s{word}\s*[\d,.]", text)
        if match and text[: match.start()].strip():
            return text[: match.start()].strip(), text[match.start() :].strip()
    return text, ""


def joined_form(body: str) -> str:
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


def tidy(body: str) -> str:
    """A copula after a figure read with a final vowel ('35%이다' → '35%다'); '작년' as newspapers write it."""
    body = re.sub(r"(?<![가-힣])작년(?=\s|$)", "지난해", body)

    def fix(match: re.Match[str]) -> str:
        word = match.group(1)
        return word + ("다" if particle(word, "이") == "가" else "이다")

    return re.sub(r"(\S*[^\s\uac00-\ud7a3)])이다(?=[.,]| \()", fix, body)


def sentence_of(words: list[str], aside: str = "") -> str:
    text = " ".join(word.strip() for word in words if word and word.strip())
    text = re.sub(r"\s{2,}", " ", text).strip()
    return text.rstrip(".") + (f" {aside}" if aside else "") + "."
