"""The facts a draft is held against, read once: profile, wizard answers, pasted reference text.

Every check compares a draft's claims with the same kind of claim in the
sources, found by the same functions, so both sides are read alike. This
module gathers the source texts (the profile's fields written as the short
sentences a document would use, "직원 48명", "대표 김다은"), analyses them in
one Kiwi call and indexes what the checks need: figures and dates with their
subjects, people with their titles, places, contacts, and the words
themselves. Words the brand avoids and its tone words are not facts and are
left out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from desktop.core.factcheck import places as gazetteer
from desktop.core.factcheck.contacts import Contact, find_contacts, phone_region
from desktop.core.factcheck.dates import DateClaim, find_dates
from desktop.core.factcheck.numerals import Quantity, find_quantities
from desktop.core.factcheck.people import Person, find_people, know_names
from desktop.core.factcheck.subjects import (
    CLAIMED_QUALIFIERS,
    clause_concepts,
    noun_concepts,
    subject_of,
    word_concepts,
)
from desktop.core.factcheck.text import Analysed, squash
from desktop.core.factcheck.vocab import concept
from desktop.core.legal_duties import legal_duty
from desktop.core.profile import CompanyProfile
from desktop.core.workflows import Workflow

#: Answers that steer the writing rather than state facts.
_NOT_FACTS = {"language", "length", "count", "max_length", "severity_levels", "style"}


@dataclass(frozen=True)
class Sourced:
    """A figure or date from the sources, with what it is about and the words around it."""

    concepts: frozenset[str]
    excerpt: str


@dataclass
class Sources:
    texts: list[str]
    doc: Analysed
    blob: str
    concepts: set[str]
    korean_words: set[str]
    contacts: list[Contact]
    quantities: list[tuple[Quantity, Sourced]]
    dates: list[tuple[DateClaim, Sourced]]
    people: list[Person]
    place_ids: set[str]
    #: Everything the user wrote, facts or not (tone, avoided words, style): letters in it are not leaks.
    user_text: str = ""
    release_date: dt.date | None = None
    dateline_ids: set[str] = field(default_factory=set)
    #: The ideas of the company's own name ('madsci'): every figure is the company's, so they tell none apart.
    own_concepts: frozenset[str] = frozenset()
    #: Where the company's phone numbers are dialled ('KR', or 'US' for '(512) 555-0187').
    region: str = "KR"
    speaker: Person | None = None
    ceo: Person | None = None


def build_sources(
    profile: CompanyProfile, answers: dict[str, Any], reference_text: str, workflow: Workflow | None
) -> Sources:
    texts = _texts(profile, answers, reference_text, workflow)
    doc = Analysed("\n".join(texts), markdown=False)
    region = phone_region(profile.contact.phone)
    contacts = find_contacts(doc.text, region)
    contact_spans = [(c.start, c.end) for c in contacts]
    dates = find_dates(doc.text, contact_spans)
    date_spans = [(d.start, d.end) for d in dates]
    quantities = find_quantities(doc.text, contact_spans + date_spans, doc.tokens)
    claim_spans = date_spans + [(q.start, q.end) for q in quantities]
    sources = Sources(
        texts=texts,
        doc=doc,
        blob=squash(doc.text),
        concepts=_concepts(doc),
        korean_words=_korean_words(doc),
        contacts=contacts,
        quantities=[
            (q, _sourced(doc, q.start, q.end, claim_spans, q.noun)) for q in quantities if q.kind != "structure"
        ],
        dates=[(d, _dated(doc, d.start, d.end, claim_spans)) for d in dates if d.role != "metadata"],
        people=_people(doc, profile, answers),
        place_ids=gazetteer.closure({p for m in gazetteer.find_places(doc) for p in m.ids}),
        release_date=_release_date(answers),
        user_text="\n".join([doc.text, *profile.brand.tone, *profile.brand.avoid, *(str(v) for v in answers.values())]),
    )
    sources.region = region
    names = f"{profile.company.name} {profile.company.name_en}"
    sources.own_concepts = frozenset(concept(word) for word in re.findall(r"\w+", names))
    sources.ceo = next((p for p in sources.people if "ceo" in p.roles), None)
    sources.speaker = next((p for p in sources.people if "speaker" in p.roles), None) or sources.ceo
    location = str(answers.get("location") or "") or profile.company.headquarters
    sources.dateline_ids = gazetteer.place_ids(location)
    if sources.place_ids and any(re.search(r"[가-힣]", text) for text in texts):
        sources.place_ids |= gazetteer.closure({"kr"})
    return sources


def _texts(
    profile: CompanyProfile, answers: dict[str, Any], reference_text: str, workflow: Workflow | None
) -> list[str]:
    company = profile.company
    texts = [
        company.name,
        company.name_en,
        company.headquarters,
        company.industry,
        company.website,
        company.description,
    ]
    if company.ceo:
        texts += [f"대표 {company.ceo}", f"CEO {company.ceo}"]
    if str(company.founded).strip():
        texts += [f"{company.founded}년 설립", f"founded in {company.founded}"]
    if str(company.employees).strip():
        employees = str(company.employees)
        texts += [f"직원 {employees}명" if employees.isdigit() else f"직원 {employees}"]
    texts += [f"{product.name}: {product.description}" for product in profile.products]
    contact = profile.contact
    texts += [f"{contact.title} {contact.name}".strip(), contact.phone, contact.email]
    texts += [fact.text for fact in profile.facts]
    for key, value in answers.items():
        if key in _NOT_FACTS or value in ("", None, []):
            continue
        items = value if isinstance(value, list) else [value]
        texts += [f"배포 {item}" if key == "date" else str(item) for item in items]
    texts += reference_text.splitlines()
    if workflow is not None:
        texts += [section.title_ko for section in workflow.sections] + [
            section.title_en for section in workflow.sections
        ]
    # The law a plan names for its scenarios ('72시간 이내에 정보주체에게 알리고') is a source, not a claim.
    texts += [legal_duty(str(s), lang) for s in answers.get("scenarios") or [] for lang in ("ko", "en")]
    return [" ".join(text.split()) for text in texts if text and text.strip()]


_TARGET_LABEL = re.compile(r"^\s*(?:target|goal|목표)\s*[:：]", re.IGNORECASE)
#: A fact that opens with a short label ('Seed round: … $10 million', '매출: …'): it names every figure after it.
_LABEL = re.compile(r"^\s*((?:[^:：\s]+[ \t]?){1,3})[:：]\s")


def _sourced(doc: Analysed, start: int, end: int, spans: list[tuple[int, int]], noun: str = "") -> Sourced:
    others = [span for span in spans if span != (start, end)]
    subject = subject_of(doc, start, end, others)
    # The counted noun ('1,500 pallets a day') describes a source figure as it describes a draft's.
    concepts = subject.concepts | noun_concepts(noun)
    # A target stays a target however the note says it: '… 2,000톤으로 확대 목표', 'target: 15% of revenue'.
    sentence = doc.sentence_at(start)
    labelled = sentence is not None and _TARGET_LABEL.match(doc.text[sentence.start : sentence.end])
    concepts |= clause_concepts(doc, start, others) & CLAIMED_QUALIFIERS | ({"target"} if labelled else set())
    return Sourced(frozenset(concepts | _label_concepts(doc, start)), doc.text[subject.start : subject.end])


def _dated(doc: Analysed, start: int, end: int, spans: list[tuple[int, int]]) -> Sourced:
    others = [span for span in spans if span != (start, end)]
    sentence = doc.sentence_at(start)
    excerpt = doc.text[sentence.start : sentence.end] if sentence else ""
    return Sourced(clause_concepts(doc, start, others) | _label_concepts(doc, start), excerpt)


def _label_concepts(doc: Analysed, start: int) -> set[str]:
    """The ideas of a short label a fact opens with ('수출의 탑 이력: 2016년 300만불, …'), which name every
    figure and date after it."""
    sentence = doc.sentence_at(start)
    label = _LABEL.match(doc.text[sentence.start : sentence.end]) if sentence else None
    if sentence is None or label is None or sentence.start + label.end() > start:
        return set()
    label_end = sentence.start + label.end(1)
    return {idea for word in sentence.words if word.end <= label_end for idea in word_concepts(word)}


def _concepts(doc: Analysed) -> set[str]:
    found: set[str] = set()
    for token in doc.tokens:
        if token.tag.startswith(("NN", "SL", "XR", "VV", "VA")):
            found.add(concept(token.form))
    return found


def _korean_words(doc: Analysed) -> set[str]:
    """Hangul words of the sources, for matching their romanised spellings in an English draft."""
    words: set[str] = set()
    for word in doc.words:
        if re.fullmatch(r"[가-힣]{2,12}", word.stem):
            words.add(word.stem)
        for token in word.tokens:
            if token.tag.startswith("NN") and re.fullmatch(r"[가-힣]{2,12}", token.form):
                words.add(token.form)
    return words


def _release_date(answers: dict[str, Any]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(answers.get("date") or ""))
    except ValueError:
        return None


def _people(doc: Analysed, profile: CompanyProfile, answers: dict[str, Any]) -> list[Person]:
    people: list[Person] = []
    company, contact = profile.company, profile.contact
    if company.ceo:
        _add(people, company.ceo, {"대표", "CEO"}, {"ceo"})
    if contact.name:
        _add(people, contact.name, {contact.title} if contact.title else set(), {"contact"})
    speaker = str(answers.get("quote_speaker") or "")
    if speaker:
        name, title = _name_and_title(speaker)
        _add(people, name, {title} if title else set(), {"speaker"})
    for member in answers.get("team") or []:
        role, _, who = str(member).partition(":")
        if who.strip():
            name, title = _name_and_title(who)
            _add(people, name, {t for t in (title, role.strip()) if t}, set())
    know_names(doc, [person.name for person in people], lenient=True)
    for mention in find_people(doc):
        if not mention.surname_only:
            _add(people, mention.name, {mention.title} if mention.title else set(), set())
    return people


def _name_and_title(text: str) -> tuple[str, str]:
    """'김다은 대표' → ('김다은', '대표'); 'Dana Kim, CEO' → ('Dana Kim', 'CEO')."""
    mentions = [m for m in find_people(Analysed(text, markdown=False)) if not m.surname_only]
    if mentions:
        return mentions[0].name, mentions[0].title
    if "," in text:
        name, _, title = text.partition(",")
        return name.strip(), title.strip()
    words = text.split()
    if len(words) >= 2 and re.fullmatch(r"[가-힣]{2,4}", words[0]):
        return words[0], " ".join(words[1:])
    return text.strip(), ""


def _add(people: list[Person], name: str, titles: set[str], roles: set[str]) -> None:
    name = name.strip()
    if not name:
        return
    for person in people:
        if person.name == name:
            person.titles |= titles
            person.roles |= roles
            return
    people.append(Person(name, set(titles), set(roles)))
