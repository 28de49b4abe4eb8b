"""The structural checks a part's text must pass, by name (``checks = [...]`` in workflow.toml).

The same checks do two jobs: a model's text for a part is kept only when it
passes them (the lead is a dateline lead naming the company; the quote carries
the quote points' words attributed to the speaker), and a finished or edited
document is searched with them to find out whether a part is still there.
A new workflow combines these names; it needs no code.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.core import korean
from desktop.core.parts import meaning
from desktop.core.parts.clean import sentences

#: Share of an item's words (a key point, the quote points) a text must carry to cover it.
COVER_SHARE = 0.6
QUOTE_SHARE = 0.5
SUBJECT_SHARE = 0.4
#: Share of each quoted sentence's words the quote points must say: a sentence below it puts words in
#: the speaker's mouth ("고객사들이 이미 찾고 있다").
SENTENCE_SUPPORT = 0.34
#: Share of a headline's or subtitle's content words (by meaning) that must come from the facts.
GROUNDED_SHARE = 0.75
_ANOTHER_DATELINE = re.compile(r"\d{4}년 \d{1,2}월 \d{1,2}일\s*—|[A-Z]{3,}, [A-Z][a-z]+ \d{1,2}, \d{4}\s*—")
_QUOTED = re.compile(r"[“\"]([^”\"\n]+)[”\"]")
_BOLD_LABEL = re.compile(r"\*\*([^*\n]{2,40}?)\*\*")
_CONTENT_TAGS = {"NNG", "NNP", "SN", "SL", "SH", "XR", "VV", "VA", "NR"}
_EN_STOP = {"the", "and", "for", "with", "that", "this", "our", "are", "was", "will", "from", "its", "has", "have"}


@dataclass(frozen=True)
class PartFacts:
    """What a part's checks compare its text with."""

    language: str
    names: list[str]
    item: str = ""
    dateline: str = ""
    #: Day of the month of the release date ('10'), for "…10일 밝혔다".
    release_day: str = ""
    speaker_name: str = ""
    quote_points: str = ""
    policies: list[str] = field(default_factory=list)
    #: The part as built from the facts: its bold labels are the structure a model must keep.
    fact_text: str = ""
    #: Everything the company and the user stated (profile and answers), for "grounded".
    sources: str = ""
    #: What the part is about (its rendered ``subject``), for "covers_subject".
    subjects: list[str] = field(default_factory=list)
    #: Items the part must carry (its ``covers_field``: a release's key points), for "covers_items".
    items: list[str] = field(default_factory=list)
    #: The document before this part: a key point the lead already gave need not be given again.
    before: str = ""
    #: The key points of the whole document, for "keeps_items".
    key_points: list[str] = field(default_factory=list)


#: A reason a text fails, in Korean and English; None when it passes.
Reason = tuple[str, str] | None
Check = Callable[[str, PartFacts], Reason]


def content_words(text: str, language: str) -> list[str]:
    """Nouns, numbers and verb stems (Korean through Kiwi), or English words of three letters or more."""
    if language == "en" or not re.search(r"[\uac00-\ud7a3]", text):
        return [w for w in re.findall(r"[a-z0-9]{3,}", text.lower()) if w not in _EN_STOP]
    return [t.form for t in korean.tokenize(text) if t.tag in _CONTENT_TAGS and (len(t.form) >= 2 or t.tag == "SN")]


def _headline(text: str, facts: PartFacts) -> Reason:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    title = lines[0].lstrip("# ").strip() if lines else ""
    if not lines or not lines[0].startswith("# ") or not title:
        return ("제목 줄이 없음", "no headline line")
    if len(lines) > 1 or re.search(r"[?!]", title) or len(title) > 120:
        return ("제목 형식이 아님 (한 줄, 물음표·느낌표 없이)", "not a headline (one short line, no ? or !)")
    return None


def _subtitle(text: str, facts: PartFacts) -> Reason:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if len(lines) != 1 or not lines[0].startswith("## ") or len(lines[0]) > 160:
        return ("부제 형식이 아님", "not a subtitle line")
    return None


def _title(text: str, facts: PartFacts) -> Reason:
    return None if text.lstrip().startswith("# ") else ("문서 제목이 없음", "no document title")


def _names_company(text: str, facts: PartFacts) -> Reason:
    if any(name and name.lower() in text.lower() for name in facts.names):
        return None
    return ("회사 이름이 없음", "does not name the company")


def _dateline(text: str, facts: PartFacts) -> Reason:
    """Opens with the right city and date, once; a Korean lead's '…일 밝혔다' names the release day."""
    body = text.strip()
    if not body.startswith(facts.dateline):
        return (f"'{facts.dateline}'로 시작하지 않음", f"does not open with '{facts.dateline}'")
    rest = body[len(facts.dateline) :]
    if _ANOTHER_DATELINE.search(rest):
        return ("날짜 줄이 두 번 나옴", "a second dateline")
    said = re.search(r"(\d{1,2})일 (밝혔다|발표했다)", rest)
    if said and facts.release_day and said.group(1) != facts.release_day:
        return (f"발표일이 {facts.release_day}일이 아님", f"the release day is not the {facts.release_day}th")
    if facts.language == "ko" and not body.rstrip("”\"' ").endswith("다."):
        return ("신문 문체(…다.)로 끝나지 않음", "does not end in newspaper style")
    return None


def _one_paragraph(text: str, facts: PartFacts) -> Reason:
    return ("한 문단이 아님", "more than one paragraph") if "\n\n" in text.strip() else None


def _covers_item(text: str, facts: PartFacts) -> Reason:
    if meaning.says(facts.item, text, COVER_SHARE) or not content_words(facts.item, facts.language):
        return None
    return (f"'{facts.item}' 내용이 빠짐", f"leaves out '{facts.item}'")


def item_words(item: str, language: str) -> list[str]:
    """An item's content words, read in its own script: a Korean note in an English release is still Korean.

    A number keeps its counter ('20일', '7번째'), so a date or phone number elsewhere does not carry it.
    """
    if not re.search(r"[\uac00-\ud7a3]", item):
        return content_words(item, language) + re.findall(
            r"(?<![\d,.])\d[\d,.]*\d(?![\d])|(?<![\d,.])\d(?![\d,.])", item
        )
    words: list[str] = []
    tokens = korean.tokenize(item)
    for index, token in enumerate(tokens):
        if token.tag == "SN":
            end = token.start + token.len
            for following in tokens[index + 1 : index + 3]:
                if following.start != end or following.tag not in ("NNB", "NR", "NNG", "XSN", "SW"):
                    break
                end = following.start + following.len
            words.append(item[token.start : end])
        elif token.tag in _CONTENT_TAGS and token.tag != "NR" and len(token.form) >= 2:
            words.append(token.form)
    return words


def covers(item: str, text: str, language: str) -> bool:
    """``text`` carries ``item``: most of its content words and figures, by meaning (``parts.meaning``).

    An item with no content word is never found."""
    if not item_words(item, language):
        return False
    return meaning.says(item, text, COVER_SHARE)


def _covers_items(text: str, facts: PartFacts) -> Reason:
    said = facts.before + "\n" + text
    missing = [
        item for item in facts.items if item_words(item, facts.language) and not covers(item, said, facts.language)
    ]
    if missing:
        return (f"'{missing[0]}' 내용이 빠짐", f"leaves out '{missing[0]}'")
    return None


def _keeps_items(text: str, facts: PartFacts) -> Reason:
    """The key points the part built from the facts carried (a plan, a launch date) are still said: a model's
    part replaces the fact-built one, so what it leaves out would be lost from the document."""
    said = facts.before + "\n" + text
    for item in facts.key_points:
        if covers(item, facts.fact_text, facts.language) and not covers(item, said, facts.language):
            return (f"'{item}' 내용이 빠짐", f"leaves out '{item}'")
    return None


def _covers_any(text: str, facts: PartFacts) -> Reason:
    if any(covers(item, text, facts.language) for item in facts.items):
        return None
    return ("핵심 내용이 없음", "carries none of the key points")


_DATE_FIRST = re.compile(r"^(\d{4}년|\d{1,2}월|\d{1,2}일|\d|[A-Z][a-z]+ \d{1,2},)")


def _headline_style(text: str, facts: PartFacts) -> Reason:
    """A headline an editor would keep: the company first (Korean), short, no date in front."""
    title = text.strip().splitlines()[0].lstrip("# ").strip() if text.strip() else ""
    if _DATE_FIRST.match(title):
        return ("제목이 날짜로 시작함", "the headline starts with a date")
    if facts.language == "ko":
        if facts.names and not any(title.startswith(name) for name in facts.names if name):
            return ("제목이 회사 이름으로 시작하지 않음", "the headline does not start with the company")
        if len(title) > 40:
            return ("제목이 너무 김 (40자 이내)", "the headline is too long")
        figures = re.findall(r"\d[\d,.]*", title)  # '40톤짜리 냉동 굴 40톤': the same number twice
        if len(figures) != len(set(figures)):
            return ("제목에 같은 수치가 두 번 나옴", "the headline gives a figure twice")
        if not _ends_as_news(title):
            return ("제목이 소식으로 끝나지 않음 (…출시, …연다)", "the headline does not end in what happens")
    elif len(title) > 110:
        return ("제목이 너무 김", "the headline is too long")
    return None


#: A headline ending on one of these trails off: a place or a name ('…냉동 굴 40톤 캐나다'), a number
#: cut short ('…수입사 연간 20'), a unit or a particle. A quoted name may close it.
_TRAILING_TAGS = ("NNP", "SN", "NR", "NNB", "SL", "SW", "SO", "SP")


def _ends_as_news(title: str) -> bool:
    """A Korean headline ends in what happens ('…첫 수출', '…매장 연다'), with no 을/를 before it
    ('투자를 유치' is a sentence cut short: headlines say '투자 유치')."""
    tokens = korean.tokenize(title)
    if not tokens or tokens[-1].tag in _TRAILING_TAGS or tokens[-1].tag.startswith("J"):
        return False
    return not (len(tokens) >= 2 and tokens[-1].tag == "NNG" and tokens[-2].tag == "JKO")


def _quote(text: str, facts: PartFacts) -> Reason:
    quoted = " ".join(_QUOTED.findall(text))
    if not facts.quote_points.strip():
        return ("인용문 요지가 없음", "no quote points were given")
    if not quoted:
        return ("인용문이 없음", "no quotation")
    if facts.speaker_name and facts.speaker_name not in text:
        return (f"인용한 사람({facts.speaker_name})이 없음", f"not attributed to {facts.speaker_name}")
    if meaning.share_said(facts.quote_points, quoted) < QUOTE_SHARE:
        return ("인용문이 인용문 요지와 다름", "the quote does not say what the quote points say")
    for said in _QUOTED.findall(text):
        for sentence in sentences(said, facts.language):
            for clause in re.split(r"(?<=[가-힣a-z]),\s|;\s", sentence):  # '…문의가 이어지는 만큼, …': each clause
                words = meaning.content(clause)
                if len(words) >= 3 and meaning.share_said(clause, facts.quote_points) < SENTENCE_SUPPORT:
                    return (
                        f"인용문 요지에 없는 말: {clause[:40]}",
                        f"the quote points do not say this: {clause[:40]}",
                    )
    return None


def _attributed(text: str, facts: PartFacts) -> Reason:
    """A quotation attributed to the speaker (the quote may still be a placeholder to fill in)."""
    if not re.search(r"[“\"][^”\"\n]+[”\"]", text):
        return ("인용문이 없음", "no quotation")
    if facts.speaker_name and facts.speaker_name not in text:
        return (f"인용한 사람({facts.speaker_name})이 없음", f"not attributed to {facts.speaker_name}")
    return None


def _covers_subject(text: str, facts: PartFacts) -> Reason:
    """Says what the news is: at least 3 (or 40 %) of one subject's words besides the company's name."""
    names = " ".join(facts.names).lower()
    for subject in facts.subjects:
        words = [w for w in content_words(subject, facts.language) if w.lower() not in names]
        needed = min(3, math.ceil(SUBJECT_SHARE * len(words)))
        if words and sum(1 for w in set(words) if w.lower() in text.lower()) >= needed:
            return None
    return ("발표 내용을 담지 않음", "does not say what the news is")


#: Headline words that assert nothing: a headline may use them though no fact does.
HEADLINE_WORDS = frozenset(
    "본격 본격화 규모 돌입 확대 나서 나선다 첫 첫발 시동 박차 속도 가속 체제 확보 강화 추진 착수 선보이 선보여 갖추 "
    "맞손 손잡 협력 나들이 새 새로 본궤도 성큼 주목 눈길 마련 계기 발판 걸음 결실 결합 한눈 성공 "
    "new launches launch opens expands marks brings begins starts names unveils adds debuts".split()
)


def _grounded(text: str, facts: PartFacts) -> Reason:
    """A headline or subtitle restates the facts: at least ``GROUNDED_SHARE`` of its content words, by meaning,
    are the sources' (words that assert nothing, ``HEADLINE_WORDS``, are free), and every proper name and long
    compound ('옥수수도시락', a name Kiwi does not know) is."""
    words = meaning.content(text)
    if not words:
        return None
    strange = meaning.unsupported(text, facts.sources, HEADLINE_WORDS)
    names = {t.form for t in korean.tokenize(text) if t.tag == "NNP" or len(t.form) >= 4 and t.tag == "NNG"}
    if 1 - len(strange) / len(words) >= GROUNDED_SHARE and not names & set(strange):  # a name is never free
        return None
    return (f"자료에 없는 말: {', '.join(strange[:3])}", f"words the facts do not contain: {', '.join(strange[:3])}")


def _same_labels(text: str, facts: PartFacts) -> Reason:
    """The part keeps the fact-built part's bold labels ('**다음 안내:**'; '**다음 안내**:' is the same label)."""
    plain = re.sub(r"\*+|\s+(?=[:：])", "", text)
    missing = [label for label in _BOLD_LABEL.findall(facts.fact_text) if label.replace("*", "") not in plain]
    if missing:
        return (f"구성 요소가 빠짐: {', '.join(missing)}", f"missing parts: {', '.join(missing)}")
    return None


def _policies(text: str, facts: PartFacts) -> Reason:
    missing = [policy for policy in facts.policies if policy not in text]
    if missing:
        return (f"규칙이 그대로 들어 있지 않음: {missing[0]}", f"a rule is not stated verbatim: {missing[0]}")
    return None


def _release_line(text: str, facts: PartFacts) -> Reason:
    first = text.strip().splitlines()[0] if text.strip() else ""
    if re.search(r"보도자료|FOR IMMEDIATE RELEASE|EMBARGOED", first, re.IGNORECASE):
        return None
    return ("배포 정보 줄이 없음", "no release line")


def _end_mark(text: str, facts: PartFacts) -> Reason:
    return None if text.strip() == "###" else ("끝 표시(###)가 없음", "no end mark (###)")


def _numbered_list(text: str, facts: PartFacts) -> Reason:
    return None if re.search(r"^\d+\. \S", text, re.MULTILINE) else ("번호 목록이 없음", "no numbered list")


def _checklist(text: str, facts: PartFacts) -> Reason:
    return None if re.search(r"^\s*- \[ \] \S", text, re.MULTILINE) else ("체크리스트가 없음", "no checklist")


CHECKS: dict[str, Check] = {
    "headline": _headline,
    "subtitle": _subtitle,
    "title": _title,
    "names_company": _names_company,
    "dateline": _dateline,
    "one_paragraph": _one_paragraph,
    "covers_item": _covers_item,
    "covers_items": _covers_items,
    "keeps_items": _keeps_items,
    "covers_any": _covers_any,
    "headline_style": _headline_style,
    "quote": _quote,
    "attributed": _attributed,
    "same_labels": _same_labels,
    "grounded": _grounded,
    "covers_subject": _covers_subject,
    "policies": _policies,
    "release_line": _release_line,
    "end_mark": _end_mark,
    "numbered_list": _numbered_list,
    "checklist": _checklist,
}


def failed(names: list[str], text: str, facts: PartFacts) -> Reason:
    """The first of the named checks ``text`` fails, or None when it passes them all."""
    for name in names:
        reason = CHECKS[name](text, facts)
        if reason:
            return reason
    return None
