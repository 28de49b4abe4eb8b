"""Turning what a check found into a ``Finding``: the span in the user's text and two messages.

Checks work on the plain text (Markdown marks removed); the finding must
index the text the user gave, so the span is mapped back here, once.
"""

from __future__ import annotations

from desktop.core.factcheck.text import Analysed
from desktop.core.findings import Finding, Kind, Severity


def finding(
    doc: Analysed,
    kind: Kind,
    severity: Severity,
    span: tuple[int, int],
    ko: str,
    en: str,
    source: str = "",
) -> Finding:
    start, end = doc.original_span(*span)
    return Finding(kind, severity, start, end, doc.original[start:end], ko, en, source)


def nearest(language: str, excerpt: str) -> str:
    """'자료에는 신규 채용 35명' / 'The facts say: 35 new hires'."""
    if not excerpt:
        return ""
    excerpt = " ".join(excerpt.split())
    if len(excerpt) > 80:
        excerpt = excerpt[:77] + "…"
    return f"The facts say: {excerpt}" if language == "en" else f"자료에는 {excerpt}"


def with_source(message: str, source: str) -> str:
    return f"{message} ({source})" if source else message
