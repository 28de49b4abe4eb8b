"""A draft's Markdown as the window and the exporter handle it: one section replaced, a candidate list
replaced, the document model parsed from it.

These work on any Markdown (a generated draft, the user's edit, a version from
history); ``desktop.core.generation`` re-exports them for its callers.
"""

from __future__ import annotations

import re

from desktop.core.document import Document, ListBlock
from desktop.core.markdown_parse import parse_markdown
from desktop.core.parts.candidates import numbered
from desktop.core.parts.completeness import heading_span
from desktop.core.placeholders import placeholder
from desktop.core.workflows import Workflow


def splice_section(markdown: str, title: str, replacement: str) -> str:
    """``markdown`` with the ``## title`` section replaced (appended if it is not there)."""
    span = heading_span(markdown, title)
    if span is None:
        return markdown.rstrip("\n") + "\n\n" + replacement
    before = markdown[: span[0]].rstrip("\n")
    after = markdown[span[1] :].strip("\n")
    return "\n\n".join(part for part in (before, replacement.strip("\n"), after) if part) + "\n"


def replace_candidates(markdown: str, candidates: list[str]) -> str:
    """The draft with its numbered candidate list replaced (after the user edited or picked)."""
    lines = markdown.split("\n")
    listed = [i for i, line in enumerate(lines) if re.match(r"^\d+\. ", line)]
    if not listed:
        return markdown.rstrip("\n") + "\n\n" + numbered(candidates)
    before, after = lines[: listed[0]], lines[listed[-1] + 1 :]
    return "\n".join([*before, numbered(candidates).rstrip("\n"), *after])


def document_from_markdown(workflow: Workflow, markdown: str, language: str) -> Document:
    document = parse_markdown(markdown, subtitle_from_h2=workflow.kind == "document")
    if workflow.kind == "candidates":
        document.candidates = next(
            ([item.text for item in block.items] for block in document.blocks if isinstance(block, ListBlock)), []
        )
    if not document.title:
        document.title = placeholder("제목" if language == "ko" else "Headline", language)
    return document
