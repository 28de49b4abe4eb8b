"""Checking a draft from history against the facts it was written from.

A draft keeps the company profile and the answers it was generated with, so
its text can be re-checked at any time: after the user edits it, before it
is exported again, or when an older draft is opened. The claims the user
accepted as true for this draft are left out, and the free facts its company
gained since it was written (회사 정보에 추가) count. The window, ``prstudio
history export`` and the Word export all go through ``draft_context``.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.core.companies import CompanyStore
from desktop.core.examples import example_names, load_examples
from desktop.core.factcheck import CheckContext, check_text
from desktop.core.findings import Finding
from desktop.core.profile import CompanyProfile, load_profile
from desktop.core.store import Draft, History
from desktop.core.workflows import get_workflow


def draft_context(history: History, draft: Draft) -> CheckContext:
    """The checker's context for ``draft`` (reads the sources once; loads Kiwi on first use)."""
    workflow = get_workflow(draft.workflow)
    answers = {key: value for key, value in draft.answers.items() if key != "language"}
    return CheckContext.build(
        CompanyProfile.model_validate(draft.profile),
        answers,
        workflow=workflow,
        language=str(draft.answers.get("language") or "ko"),
        example_names=frozenset(example_names(load_examples(workflow.examples_dir()))),
        accepted=frozenset(history.accepted(draft.id)),
    )


def check_draft(history: History, draft: Draft, markdown: str, company: CompanyProfile | None = None) -> list[Finding]:
    """Open findings in ``markdown`` (spans index it); ``company`` is the saved profile, if any."""
    return check_text(markdown, draft_context(history, with_company_facts(draft, company)))


def with_company_facts(draft: Draft, company: CompanyProfile | None) -> Draft:
    """``draft`` with the company's free facts that were added after it was written."""
    return replace(draft, profile=merged_profile(draft.profile, company).model_dump())


def merged_profile(draft_profile: dict[str, object], company: CompanyProfile | None) -> CompanyProfile:
    """The draft's profile with the company's free facts that were added after the draft was written."""
    profile = CompanyProfile.model_validate(draft_profile)
    if company is None:
        return profile
    known = {fact.text for fact in profile.facts}
    added = [fact for fact in company.facts if fact.text not in known]
    return profile.model_copy(update={"facts": [*profile.facts, *added]}) if added else profile


def saved_company(companies: CompanyStore, name: str) -> CompanyProfile | None:
    """The company's saved profile, or None when it was deleted or cannot be read."""
    path = companies.path_for(name)
    if not path.exists():
        return None
    try:
        return load_profile(path)
    except Exception:  # noqa: BLE001 - a broken profile file must not stop the review; the draft's own facts stand
        return None
