"""Invented contacts and quotes never stay in a document: they become visible placeholders.

A wrong phone number or a quote nobody said is the one mistake a reporter
prints as it stands, so these two are replaced by ``[연락처 확인 필요]`` /
``[대표 인용문 확인 필요]``. Every other doubtful claim stays readable and is
reported, never broken up with inserted text.
"""

from __future__ import annotations

from desktop.core.factcheck.check import check_text
from desktop.core.factcheck.context import CheckContext
from desktop.core.findings import Finding
from desktop.core.placeholders import placeholder

_REPLACED = {"contact": ("연락처", "contact details"), "quote": ("대표 인용문", "Spokesperson quote")}


def guard_text(text: str, ctx: CheckContext) -> tuple[str, list[Finding]]:
    """``text`` with invented contacts and quotes replaced, and the findings on the new text."""
    findings = check_text(text, ctx)
    replace = [f for f in findings if f.kind in _REPLACED and f.severity == "error"]
    if not replace:
        return text, findings
    guarded = text
    for item in sorted(replace, key=lambda f: f.start, reverse=True):
        ko, en = _REPLACED[item.kind]
        label = en if ctx.language == "en" else ko
        guarded = guarded[: item.start] + placeholder(label, ctx.language) + guarded[item.end :]
    return guarded, check_text(guarded, ctx)
