"""The one door a model's text passes through: does the claim checker find an error in it?

Every part a model writes is held against the company's facts before it may
replace the part built from those facts. This module is the only place that
knows which checker does that: the claim tracer (``desktop.core.factcheck``),
whose context is read once per generation and reused for every part.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from desktop.core.factcheck import CheckContext, check_text
from desktop.core.findings import Finding
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
    #: The parts PR Studio builds from the facts alone (a crisis plan's severity table, its team): their terms
    #: ('관심', '주의', 'Watch') are the document's own, and a model's part may use them.
    document_terms: str = ""

    @property
    def known_text(self) -> str:
        return "\n".join(text for text in (self.reference_text, self.document_terms) if text)

    @cached_property
    def sources(self) -> str:
        return "\n".join([self.profile.known_text(), json.dumps(self.answers, ensure_ascii=False), self.known_text])

    @cached_property
    def claims(self) -> CheckContext:
        """The claim checker's context: the sources are read once, then every part is checked against them."""
        return CheckContext.build(
            self.profile,
            self.answers,
            reference_text=self.known_text,
            workflow=self.workflow,
            language=self.language,
            example_names=frozenset(self.example_names),
        )


#: Findings that are only warnings in a person's text but stop a model's: a person may choose hype or an
#: avoided word, a model may not.
MODEL_ERRORS = frozenset({"hype", "avoided_word"})


def model_text_errors(text: str, ctx: GateContext) -> list[Finding]:
    """Errors the checker finds in ``text``; a model's text with any error is not used."""
    return [f for f in check_text(text, ctx.claims) if f.severity == "error" or f.kind in MODEL_ERRORS]
