"""The one door a model's text passes through: does the claim checker find an error in it?

Every part a model writes is held against the company's facts before it may
replace the part built from those facts. This module is the only place that
knows which checker does that. Today it is ``desktop.core.checks.check_generated``
(digits, contacts, quotes, example names, avoided words); the claim-tracing
checker (``desktop.core.factcheck.check_text``) replaces it by changing the
body of ``model_text_errors`` alone:

    return [f for f in check_text(text, ctx.claims()) if f.severity == "error"]
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from desktop.core.checks import check_generated
from desktop.core.findings import Finding, Kind
from desktop.core.profile import CompanyProfile
from desktop.core.workflows import Workflow


@dataclass(frozen=True)
class GateContext:
    """What the checker needs to know; built once per generation."""

    profile: CompanyProfile
    answers: dict[str, Any]
    language: str
    workflow: Workflow | None = None
    reference_text: str = ""
    example_names: Collection[str] = field(default_factory=frozenset)

    @property
    def sources(self) -> str:
        return "\n".join([self.profile.known_text(), json.dumps(self.answers, ensure_ascii=False), self.reference_text])

    @property
    def quotes_allowed(self) -> bool:
        quote_field = self.workflow.quote_field if self.workflow else ""
        return bool(quote_field and self.answers.get(quote_field))

    def claims(self) -> Any:
        """The claim checker's context (``factcheck.CheckContext``), for when it replaces the legacy checks."""
        from desktop.core.factcheck import CheckContext  # type: ignore[import-not-found]

        return CheckContext.build(
            self.profile,
            self.answers,
            reference_text=self.reference_text,
            workflow=self.workflow,
            language=self.language,
            example_names=frozenset(self.example_names),
        )


def model_text_errors(text: str, ctx: GateContext) -> list[Finding]:
    """Errors the checker finds in ``text``; a model's text with any error is not used."""
    result = check_generated(
        text,
        ctx.sources,
        language=ctx.language,
        avoid=ctx.profile.brand.avoid,
        quotes_allowed=ctx.quotes_allowed,
        example_names=ctx.example_names,
    )
    # The legacy checker reports prose; each report is an error on the whole text.
    return [Finding(_kind(message), "error", 0, len(text), text[:40], message, message) for message in result.findings]


def _kind(message: str) -> Kind:
    for words, kind in _KINDS:
        if any(word in message for word in words):
            return kind
    return "style"


_KINDS: tuple[tuple[tuple[str, ...], Kind], ...] = (
    (("수치", "figure"), "number"),
    (("연락처", "contact"), "contact"),
    (("인용문", "quote"), "quote"),
    (("예시", "example"), "example_name"),
    (("표현", "avoids"), "avoided_word"),
)
