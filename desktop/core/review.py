"""What the review step needs from the core: a draft's text checked again and again, cheaply.

The window re-checks the draft every time the person stops typing, so the
expensive part (reading the sources, loading the Korean analyser, planning the
required parts) is done once per draft in ``ReviewSources.build`` on a worker
thread; ``ReviewSources.review`` is then a few milliseconds per text.

The draft is checked against the facts it was written from *plus* the free
facts its company has added since: "회사 정보에 추가" saves a claim to the
company's profile (``add_fact_to_company``), and from then on every draft of
that company counts it as a fact. No Qt here; the window (``desktop.ui.review``)
calls these from its workers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.companies import CompanyStore
from desktop.core.draft_check import draft_context, saved_company, with_company_facts
from desktop.core.factcheck import CheckContext, check_text
from desktop.core.findings import Finding
from desktop.core.parts.completeness import DocumentParts, MissingPart, parts_for_draft
from desktop.core.parts.provenance import PartRecord
from desktop.core.profile import CompanyProfile, Fact
from desktop.core.store import Draft, History

#: Kinds a company can state as a fact; an avoided word, a style rule or an example's name cannot be "true".
FACT_KINDS = frozenset({"number", "date", "person", "organisation", "product", "award", "place", "quote", "contact"})
#: Kinds where the bare claim ("142명") says little without the words before it ("신규 인력 142명").
NEEDS_SUBJECT = frozenset({"number", "date"})
_MARKS = re.compile(r"^[#>\-*+\s]+|[*_`]+")
_SENTENCE_END = re.compile(r"[.!?。…]\s")
_TWO_WORDS = re.compile(r"(?<!\S)(?:\S+\s+){0,2}\S*$")


@dataclass(frozen=True)
class Review:
    """One text's check: open findings (spans index ``markdown``) and the required parts it lacks."""

    markdown: str
    findings: list[Finding] = field(default_factory=list)
    missing: list[MissingPart] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.severity == "error"]


@dataclass
class ReviewSources:
    """A draft's checker context and required parts, built once (slow), used for every check (fast)."""

    draft: Draft
    context: CheckContext
    parts: DocumentParts

    @classmethod
    def build(cls, history: History, draft: Draft, company: CompanyProfile | None) -> ReviewSources:
        """Loads Kiwi and reads the sources: call it off the UI thread. ``company`` is the saved profile, if any."""
        merged = with_company_facts(draft, company)
        return cls(draft, draft_context(history, merged), parts_for_draft(merged))

    def review(self, markdown: str, accepted: frozenset[str]) -> Review:
        """Open findings and missing parts in ``markdown``; claims in ``accepted`` (``Finding.key``) left out."""
        findings = check_text(markdown, self.context.accepting(accepted))
        findings = [finding for finding in findings if finding.key not in accepted]
        return Review(markdown, findings, self.parts.missing(markdown))


def fact_for(finding: Finding, markdown: str) -> str:
    """The words to save as the company's fact: the claim, with the words naming what a figure measures."""
    if finding.kind not in NEEDS_SUBJECT:
        return finding.text
    line_start = markdown.rfind("\n", 0, finding.start) + 1
    before = _MARKS.sub("", markdown[line_start : finding.start])
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    # "한빛베이커리는 신규 인력 142명": the two words before the figure say what it counts.
    tail = _TWO_WORDS.search(before)
    return ((tail.group(0) if tail else "") + finding.text).strip()


def add_fact_to_company(companies: CompanyStore, draft: Draft, text: str) -> CompanyProfile:
    """Saves ``text`` as a free fact of the draft's company (the saved profile, else the draft's own copy)."""
    profile = saved_company(companies, draft.company) or CompanyProfile.model_validate(draft.profile)
    if all(fact.text != text for fact in profile.facts):
        profile = profile.model_copy(update={"facts": [*profile.facts, Fact(text=text)]})
        companies.save(profile)
    return profile


def parts_from_facts(records: list[dict[str, object]] | list[PartRecord], lang: str) -> str:
    """Plain words for the reader: which parts were built from the facts, and why the model's text was not used."""
    parts = [record if isinstance(record, PartRecord) else PartRecord.from_record(record) for record in records]
    built = [part for part in parts if part.source == "facts" and not part.skipped]
    if not built:
        return ""
    names = ", ".join(f"{part.title} ({part.reason(lang)})" if part.asked else part.title for part in built)
    if lang == "en":
        return f"Built from your facts: {names}"
    return f"자료로 만든 부분: {names}"
