"""Figures: a value with its unit is true only when the sources give it for the same subject.

"신규 인력 142명" is wrong when the facts say 35명 신규 and 142명 직원: the
value exists, but belongs to another subject. So a figure is supported when
a source figure has the same value (or fits "more than 400", "약 3.1%") and a
compatible unit, and no other source figure of that unit describes the
claim's subject better. The finding names the nearest source figure
("자료에는 신규 채용 35명") so the user sees what to write instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.core.factcheck.numerals import KO_UNITS, Quantity, describe, find_quantities, fits, same_value
from desktop.core.factcheck.report import finding
from desktop.core.factcheck.sources import Sourced
from desktop.core.factcheck.subjects import (
    CLAIMED_QUALIFIERS,
    QUALIFIERS,
    clause_concepts,
    fit,
    noun_concepts,
    overlap,
    subject_of,
)
from desktop.core.factcheck.text import Analysed
from desktop.core.factcheck.vocab import concept, english_singular
from desktop.core.findings import Finding

if TYPE_CHECKING:
    from desktop.core.factcheck.context import CheckContext

#: Structural numbers (1단계, 3쪽) are not claims; small bare numbers are list or table labels.
_NOT_CLAIMS = {"structure"}
_SMALL_BARE = 100
#: Emergency numbers ('119에 신고한다', 'call 911'): everyone's knowledge, not the company's claim.
_EMERGENCY = {112, 119, 911}
#: Ideas that say what a figure measures; two different ones mean two different figures.
MEASURES = frozenset(
    {"staff", "hire", "revenue", "profit", "store", "convenience", "customer", "investment", "export", "country",
     "product", "production", "plant", "area", "partner", "donation", "share", "visitors", "downloads", "students",
     "order", "delivery", "warehouse", "price", "meal", "seat", "room", "bed", "vehicle", "patent", "app", "tree",
     "foodbank", "city", "school", "hospital", "coffee", "bread", "waste", "energy", "carbon", "plastic"}
)  # fmt: skip
_COUNTER_GROUPS = {"곳": "place", "개": "place", "개소": "place"}
#: The canonical units of the counter list; any other unit is a noun Kiwi read after the figure.
COUNTERS = frozenset(unit for kind, unit in KO_UNITS.values() if kind == "count")


def check_numbers(doc: Analysed, ctx: CheckContext, taken: list[tuple[int, int]]) -> list[Finding]:
    quantities = [q for q in find_quantities(doc.text, taken, doc.tokens) if _is_claim(q)]
    spans = taken + [(q.start, q.end) for q in quantities]
    findings: list[Finding] = []
    for quantity in quantities:
        others = [s for s in spans if s != (quantity.start, quantity.end)]
        subject = subject_of(doc, quantity.start, quantity.end, others)
        # '기존 … 새싹봇의 가격은 1대 4.9만 원': a qualifier anywhere in the clause qualifies the figure.
        qualifiers = clause_concepts(doc, quantity.start, others, between_claims=True) & (
            QUALIFIERS | CLAIMED_QUALIFIERS
        )
        concepts = (subject.concepts | qualifiers | noun_concepts(quantity.noun)) - ctx.sources.own_concepts
        becomes = _becomes(doc.text, quantity)
        sentence = doc.sentence_at(quantity.start)
        # '2016년 300만불, 2019년 500만불에 이어 700만불': a value the sentence gives its own subject is no rival.
        beside = [q for q in quantities if q is not quantity and sentence and sentence.start <= q.start < sentence.end]
        problem = (
            None
            if becomes and _nth(quantity, frozenset(concepts), ctx)
            else _judge(quantity, frozenset(concepts), ctx, beside)
        )
        if problem:
            ko, en, excerpt = problem
            findings.append(
                finding(doc, "number", "error", (quantity.start, quantity.end), ko, en, excerpt, ctx.language)
            )
    return findings


def _is_claim(quantity: Quantity) -> bool:
    if quantity.kind in _NOT_CLAIMS:
        return False
    return not (quantity.kind == "bare" and (quantity.value < _SMALL_BARE or quantity.value in _EMERGENCY))


def _judge(
    claim: Quantity, concepts: frozenset[str], ctx: CheckContext, beside: list[Quantity]
) -> tuple[str, str, str] | None:
    """None when the sources support the figure; else the two messages and the nearest source excerpt."""
    sources = ctx.sources
    if _derived(claim, ctx) or _counts_a_list(claim, ctx) or _counted_past_a_name(claim, ctx):
        return None
    if claim.kind == "bare":
        known = any(fits(claim, quantity) for quantity, _ in sources.quantities)
        return None if known or describe(claim.value).replace(",", "") in sources.blob else _missing(claim, None)
    candidates = [(q, s) for q, s in sources.quantities if _compatible(claim, q, concepts, s.concepts)]
    same = [(q, s) for q, s in candidates if fits(claim, q)]
    if not same:
        return _missing(claim, _closest(claim, concepts, candidates))
    best_same = max(same, key=lambda pair: fit(concepts, pair[1].concepts))
    best_score = fit(concepts, best_same[1].concepts)
    rivals = [
        (q, s)
        for q, s in candidates
        if not fits(claim, q)
        and fit(concepts, s.concepts) > max(best_score, 0)
        and not any(fits(other, q) for other in beside)
    ]
    if rivals:
        rival = max(rivals, key=lambda pair: fit(concepts, pair[1].concepts))
        return _elsewhere(claim, rival[1])
    if best_score <= 0 and all(_conflicts(concepts, s.concepts) for _, s in same):
        return _elsewhere(claim, best_same[1])
    return None


#: Counters and English nouns that count the items of a list the person gave ('세 가지 위기 상황', 'three chapters').
_LIST_COUNTERS = {"가지", "개", "단계", "장", "곳", "종", "개국"}
_LIST_NOUNS = re.compile(
    r"^(?:scenario|chapter|level|stage|step|point|area|type|kind|situation|rule|risk|group|section|part|channel|incident|case)s?$|^cris[ie]s$"
)


def _counts_a_list(claim: Quantity, ctx: CheckContext) -> bool:
    """'세 가지 위기 상황' where the answers list three scenarios: the text counts what the person listed."""
    if claim.kind != "count" or not (claim.unit in _LIST_COUNTERS or _LIST_NOUNS.match(claim.noun.lower())):
        return False
    lengths = {
        len([item for item in value if str(item).strip()]) for value in ctx.answers.values() if isinstance(value, list)
    }
    return int(claim.value) == claim.value and int(claim.value) in lengths


def _counted_past_a_name(claim: Quantity, ctx: CheckContext) -> bool:
    """'85 pharmacies' where the facts say '85 Hollis & Vane pharmacies': the brand between hides the noun."""
    if claim.kind != "count" or not claim.noun:
        return False
    stem = english_singular(claim.noun.lower())[:5]
    text = ctx.sources.doc.text
    return any(
        source.kind == "bare"
        and same_value(source.value, claim.value)
        and stem in text[source.end : source.end + 40].lower()
        for source, _ in ctx.sources.quantities
    )


def _derived(claim: Quantity, ctx: CheckContext) -> bool:
    """'창립 14주년' or '14 years' since founding follow from the founding year and the release date."""
    founded = str(ctx.profile.company.founded)
    release = ctx.sources.release_date
    if not (founded.isdigit() and release and claim.kind in ("anniversary", "duration")):
        return False
    return claim.unit == "year" and int(claim.value) == release.year - int(founded)


#: '세 곳으로 늘어난다', '세 곳이 된다', 'bringing the total to three': a count the news brings about.
_BECOMES_AFTER = re.compile(r"^\s?(?:으로|로|이|가)?\s?(?:늘어|늘리|늘려|늘|확대|증가|된다|되며|되고|될|돼)")
_BECOMES_BEFORE = re.compile(r"(?:brings?|bringing|grows?|growing|rises?|rising|total)\b[\w\s]{0,20}\bto\s*$", re.I)


def _becomes(text: str, quantity: Quantity) -> bool:
    return bool(
        _BECOMES_AFTER.match(text[quantity.end : quantity.end + 12])
        or _BECOMES_BEFORE.search(text[max(0, quantity.start - 40) : quantity.start])
    )


def _nth(claim: Quantity, concepts: frozenset[str], ctx: CheckContext) -> bool:
    """'세 번째 물류센터' in the sources makes '물류센터는 세 곳으로 늘어난다' true: opening the third makes three."""
    if claim.kind != "count":
        return False
    text = ctx.sources.doc.text
    return any(
        fits(claim, source)
        and (
            source.kind == "ordinal"
            and overlap(concepts, sourced.concepts) > 0
            # '세 나라로 늘어난다' in the answers: the count the news brings about, written another way.
            or source.kind == "count"
            and source.unit == claim.unit
            and _becomes(text, source)
        )
        for source, sourced in ctx.sources.quantities
    )


def _compatible(claim: Quantity, source: Quantity, mine: frozenset[str], theirs: frozenset[str]) -> bool:
    if claim.kind != source.kind:
        return claim.kind == "count" and source.kind == "count"
    if claim.kind == "count":
        if not claim.unit or not source.unit:
            return True
        if _COUNTER_GROUPS.get(claim.unit, claim.unit) == _COUNTER_GROUPS.get(source.unit, source.unit):
            return True
        # '고객 30만 명' and '30만 고객': a noun counted directly is the other side's subject, not another counter.
        return (
            concept(claim.unit) in theirs
            and claim.unit not in COUNTERS
            or concept(source.unit) in mine
            and source.unit not in COUNTERS
        )
    if claim.kind in ("ordinal",):
        return True
    return claim.unit == source.unit


def _conflicts(claim: frozenset[str], source: frozenset[str]) -> bool:
    mine, theirs = claim & MEASURES, source & MEASURES
    return bool(mine) and bool(theirs) and not mine & theirs and not claim & source


def _closest(claim: Quantity, concepts: frozenset[str], candidates: list[tuple[Quantity, Sourced]]) -> Sourced | None:
    if not candidates:
        return None
    return max(
        candidates,
        key=lambda pair: (overlap(concepts, pair[1].concepts), -abs(pair[0].value - claim.value) / max(claim.value, 1)),
    )[1]


def _missing(claim: Quantity, source: Sourced | None) -> tuple[str, str, str]:
    return (
        "자료에 없는 수치입니다.",
        "This figure is not in the facts.",
        source.excerpt if source else "",
    )


def _elsewhere(claim: Quantity, source: Sourced) -> tuple[str, str, str]:
    return (
        "자료에서 이 수치는 다른 내용의 수치입니다.",
        "In the facts this figure belongs to something else.",
        source.excerpt,
    )
