"""Exporting a draft from history again: its newest version, in the draft's own language and template.

Used by ``prstudio history export`` and the window's 기록 page alike. The text is
checked again against the draft's own facts, and every open finding becomes a
Word comment on its words.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.companies import CompanyStore
from desktop.core.draft_check import check_draft, saved_company
from desktop.core.errors import InputError
from desktop.core.findings import Finding
from desktop.core.generation import document_from_markdown
from desktop.core.store import Draft, History
from desktop.core.workflows import get_workflow
from desktop.export.docx_export import check_target, export_docx, export_options_for


def export_latest_version(
    history: History, draft: Draft, target: Path, companies: CompanyStore | None = None
) -> tuple[Path, list[Finding]]:
    """Saves the newest version; returns the file and the open findings it carries as comments.

    Facts the company gained since the draft was written (회사 정보에 추가) count, as in the review step.
    """
    versions = history.versions(draft.id)
    if not versions:
        raise InputError(f"기록 #{draft.id}에 저장된 버전이 없습니다.", f"history entry #{draft.id} has no version.")
    workflow = get_workflow(draft.workflow)
    language = str(draft.answers.get("language") or "ko")
    markdown = versions[-1].markdown
    document = document_from_markdown(workflow, markdown, language)
    options = export_options_for(workflow.kind, workflow.word_template, draft.company, language)
    claims = check_draft(history, draft, markdown, saved_company(companies or CompanyStore(), draft.company))
    return export_docx(document, check_target(target), options, claims, markdown), claims
