"""Check a draft: every claim traced to the sources, in an order where each check knows what the others took.

Contacts come first (their digits are not figures), then dates (their
digits are not figures either), then figures, quotes, people, places,
organisations and products, borrowed example names, words and, for a whole
document, its form. Findings the user accepted for this draft are dropped;
where two findings cover the same words, the more specific one stays.
"""

from __future__ import annotations

from desktop.core.factcheck import (
    boilerplate,
    borrowed,
    contact_check,
    dates_check,
    entities,
    meaning_check,
    numbers,
    people_check,
    places_check,
    quotes,
    style,
    words,
)
from desktop.core.factcheck.context import CheckContext
from desktop.core.factcheck.people import know_names
from desktop.core.factcheck.text import Analysed
from desktop.core.findings import Finding

#: When findings overlap, the first kind in this list wins.
_PRIORITY = ["contact", "quote", "example_name", "avoided_word", "hype", "person", "award", "date", "number", "place",
             "product", "organisation", "meaning", "script", "style"]  # fmt: skip
#: These kinds may overlap others: they are about the characters or the form, not a claim.
_ALWAYS_KEPT = {"script", "style"}


def check_text(text: str, ctx: CheckContext) -> list[Finding]:
    """Every open finding in ``text`` (Markdown or plain), sorted by position; spans index ``text``."""
    doc = Analysed(text)
    return check_analysed(doc, ctx)


def check_analysed(doc: Analysed, ctx: CheckContext) -> list[Finding]:
    found: list[Finding] = []
    know_names(doc, [person.name for person in ctx.sources.people])
    contacts, contact_spans = contact_check.check_contacts(doc, ctx)
    found += contacts
    dated, date_spans = dates_check.check_dates(doc, ctx, contact_spans)
    found += dated
    found += numbers.check_numbers(doc, ctx, contact_spans + date_spans)
    quoted, quote_spans = quotes.check_quotes(doc, ctx)
    found += quoted
    named, person_spans = people_check.check_people(doc, ctx, quote_spans)
    found += named
    located, place_spans = places_check.check_places(doc, ctx)
    found += located
    taken = contact_spans + date_spans + person_spans + place_spans
    if not quotes.quoted_speech_expected(ctx):  # prescribed wording in a plan or a manual names nobody
        taken += [(q.start, q.end) for q in quotes.quote_pairs(doc.text)]
    found += borrowed.check_example_names(doc, ctx, person_spans)
    found += entities.check_entities(doc, ctx, taken)
    found += words.check_words(doc, ctx)
    found += meaning_check.check_meaning(doc, ctx)
    found += style.check_style(doc, ctx)
    # A line listing the avoided words (a template's reminder) names them; nothing in it is a claim.
    lists = [doc.original_span(*span) for span in words.avoid_lists(doc, ctx)]
    found = [f for f in found if f.kind == "style" or not any(s <= f.start < e for s, e in lists)]
    return _settle(boilerplate.soften(found, boilerplate.partner_sections(doc.original, ctx)), ctx)


def _settle(found: list[Finding], ctx: CheckContext) -> list[Finding]:
    kept: list[Finding] = []
    rank = {kind: index for index, kind in enumerate(_PRIORITY)}
    for item in sorted(found, key=lambda f: (rank.get(f.kind, 99), f.start)):
        if item.key in ctx.accepted:
            continue
        if item.kind not in _ALWAYS_KEPT and any(
            _overlap(item, other) and other.kind != item.kind and other.kind not in _ALWAYS_KEPT and _hides(other, item)
            for other in kept
        ):
            continue
        if any(
            (other.kind, other.start, other.end, other.message_en) == (item.kind, item.start, item.end, item.message_en)
            for other in kept
        ):
            continue
        kept.append(item)
    return sorted(kept, key=lambda f: (f.start, f.end, rank.get(f.kind, 99)))


def _hides(kept: Finding, item: Finding) -> bool:
    """A warning never hides an error: 'Breakthrough' is hype, and the 'MedTech Breakthrough Award' is still invented."""
    return kept.severity == "error" or item.severity != "error"


def _overlap(a: Finding, b: Finding) -> bool:
    return a.start < b.end and b.start < a.end
