"""People in a draft must be people the sources name, with the titles the sources give them.

An invented 전무, a CEO with the wrong name, the contact person promoted to
대표: each is a claim a reporter will print. Names from the few-shot
examples are reported as borrowed names, not as unknown people.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.core.factcheck.people import Mention, Person, find_people, is_ceo_title, same_person, titles_agree
from desktop.core.factcheck.report import finding
from desktop.core.factcheck.romanise import names_person
from desktop.core.factcheck.text import Analysed, squash
from desktop.core.findings import Finding

if TYPE_CHECKING:
    from desktop.core.factcheck.context import CheckContext

Problem = tuple[str, str, str, str]  # kind, ko, en, excerpt


def check_people(
    doc: Analysed, ctx: CheckContext, quote_spans: list[tuple[int, int]]
) -> tuple[list[Finding], list[tuple[int, int]]]:
    mentions = [m for m in find_people(doc) if not any(s <= m.start < e for s, e in quote_spans)]
    findings: list[Finding] = []
    for mention in mentions:
        if _byline(doc.text, mention):
            continue
        problem = _judge(mention, ctx)
        if problem:
            kind, ko, en, excerpt = problem
            findings.append(finding(doc, kind, "error", (mention.start, mention.end), ko, en, excerpt, ctx.language))  # type: ignore[arg-type]
    return findings, [(m.start, m.end) for m in mentions]


def _judge(mention: Mention, ctx: CheckContext) -> Problem | None:
    people = ctx.sources.people
    matches = [p for p in people if same_person(mention, p)]
    if not matches:
        if squash(mention.name) in ctx.sources.blob and not mention.title:
            return None  # the company or a product speaking ("Hanbit Bakery said")
        if not mention.surname_only and is_borrowed(mention.name, ctx):
            return "example_name", "예시 문서에 나오는 이름입니다.", "This name comes from an example document.", ""
        if mention.title in ("씨", "님") and mention.surname_only:
            return None
        return _unknown(mention, ctx)
    person = next((p for p in matches if titles_agree(mention.title, p.titles)), matches[0])
    ceo = ctx.sources.ceo
    other_head = titles_agree(mention.title, person.titles)  # '㈜정푸드코리아 정보헌 대표': a partner's head
    if mention.title and is_ceo_title(mention.title) and "ceo" not in person.roles and ceo and not other_head:
        return "person", "대표가 아닌 사람을 대표로 썼습니다.", "This person is not the CEO.", _describe(ceo, ctx)
    if not titles_agree(mention.title, person.titles) and not _titled_in_the_facts(mention, person, ctx):
        return "person", "직함이 자료와 다릅니다.", "The title differs from the facts.", _describe(person, ctx)
    return None


def _unknown(mention: Mention, ctx: CheckContext) -> Problem:
    ceo = ctx.sources.ceo
    if mention.title and is_ceo_title(mention.title) and ceo:
        excerpt = _describe(ceo, ctx)
    else:
        excerpt = ", ".join(_describe(p, ctx) for p in ctx.sources.people[:3])
    return "person", "자료에 없는 인물입니다.", "This person is not in the facts.", excerpt


def _describe(person: Person, ctx: CheckContext) -> str:
    if ctx.language == "en":
        return _describe_en(person, ctx)
    korean_first = sorted(person.titles, key=lambda t: (not re.search(r"[가-힣]", t), -len(t)))
    title = korean_first[0] if korean_first else ""
    if re.match(r"[가-힣]", person.name):
        return f"{title} {person.name}".strip() if title else person.name
    return f"{person.name}, {title}" if title else person.name


def _describe_en(person: Person, ctx: CheckContext) -> str:
    """An English draft's reader gets the Latin spelling the sources give ('Jung Ha-yoon (정하윤), CEO')."""
    english_first = sorted(person.titles, key=lambda t: (bool(re.search(r"[가-힣]", t)), -len(t)))
    title = english_first[0] if english_first and not re.search(r"[가-힣]", english_first[0]) else ""
    name = person.name
    if re.match(r"[가-힣]", name):
        latin = next(
            (p.name for p in ctx.sources.people if re.match(r"[A-Za-z]", p.name) and names_person(p.name, name)), ""
        )
        name = f"{latin} ({name})" if latin else name
    return f"{name}, {title}" if title else name


def is_borrowed(name: str, ctx: CheckContext) -> bool:
    """A name from the few-shot examples (also when spelled in Latin letters) that the sources do not have."""
    names = {n for n in ctx.example_names if n.lower() not in ctx.sources.blob}
    if name in names:
        return True
    words = name.split()
    if len(words) > 1 and all(word in names for word in words):
        return True
    return any(re.fullmatch(r"[가-힣]{2,4}", korean) and names_person(name, korean) for korean in names)


def _titled_in_the_facts(mention: Mention, person: Person, ctx: CheckContext) -> bool:
    """'Eric Sudol, President' where a fact says 'Eric Sudol, CEO; he becomes Crete United's President of
    Energy Efficiency': the title is in the very fact that names the person, said another way."""
    surname = person.name.split()[-1] if " " in person.name else person.name
    title = mention.title.split(",")[0].strip()
    if not title or not surname:
        return False
    pattern = re.compile(rf"(?<![\w가-힣]){re.escape(title)}(?![a-z])", re.IGNORECASE)
    return any(surname in text and pattern.search(text) for text in ctx.sources.texts)


#: A newspaper's byline: '(서울=연합뉴스) 이영섭 기자 =', '[함안=쿠키뉴스] 강종효 기자 =', '홍길동 기자 hong@…'.
_BYLINE_AFTER = re.compile(r"^\s*(?:=|[\w.+-]+@|\(?[\w.+-]+@)")
_BYLINE_BEFORE = re.compile(r"(?:[)\]]|^)\s*$")


def _byline(text: str, mention: Mention) -> bool:
    """The reporter who wrote the article, not a person in the news."""
    if not mention.title.endswith("기자"):
        return False
    before = text[max(0, mention.start - 40) : mention.start].split("\n")[-1]
    return bool(_BYLINE_AFTER.match(text[mention.end : mention.end + 40])) or bool(
        _BYLINE_BEFORE.search(before) and text[mention.end : mention.end + 3].strip() in ("", "=")
    )
