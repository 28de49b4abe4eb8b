"""Turning what a check found into a ``Finding``: the span in the user's text and two messages.

Checks work on the plain text (Markdown marks removed); the finding must
index the text the user gave, so the span is mapped back here, once. The
nearest source ("자료에는 신규 채용 35명") is added to each message in that
message's language, and kept on its own in the draft's language.
"""

from __future__ import annotations

from desktop.core.factcheck.text import Analysed
from desktop.core.findings import Finding, Kind, Severity

_LONGEST_EXCERPT = 80


def finding(
    doc: Analysed,
    kind: Kind,
    severity: Severity,
    span: tuple[int, int],
    ko: str,
    en: str,
    excerpt: str = "",
    language: str = "ko",
) -> Finding:
    start, end = doc.original_span(*span)
    excerpt = _short(excerpt)
    if excerpt:
        ko = f"{ko} (자료에는 {excerpt})"
        en = f"{en} (the facts say: {excerpt})"
    return Finding(kind, severity, start, end, doc.original[start:end], ko, en, nearest(language, excerpt))


def nearest(language: str, excerpt: str) -> str:
    """'자료에는 신규 채용 35명' / 'The facts say: 35 new hires'."""
    excerpt = _short(excerpt)
    if not excerpt:
        return ""
    return f"The facts say: {excerpt}" if language == "en" else f"자료에는 {excerpt}"


def _short(excerpt: str) -> str:
    excerpt = " ".join(excerpt.split())
    return excerpt[: _LONGEST_EXCERPT - 1] + "…" if len(excerpt) > _LONGEST_EXCERPT else excerpt
