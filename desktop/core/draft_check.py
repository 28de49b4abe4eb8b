"""Checking a draft from history against the facts it was written from.

A draft keeps the company profile and the answers it was generated with, so
its text can be re-checked at any time: after the user edits it, before it
is exported again, or when an older draft is opened. The claims the user
accepted as true for this draft are left out. The window, ``prstudio history
export`` and the Word export all go through ``draft_context``.
"""

from __future__ import annotations

from desktop.core.examples import example_names, load_examples
from desktop.core.factcheck import CheckContext, check_text
from desktop.core.findings import Finding
from desktop.core.profile import CompanyProfile
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


def check_draft(history: History, draft: Draft, markdown: str) -> list[Finding]:
    """Open findings in ``markdown`` (spans index it), accepted claims left out."""
    return check_text(markdown, draft_context(history, draft))
