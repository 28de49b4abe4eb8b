"""What a draft is checked against, built once and reused for every check of that draft.

The window re-checks a draft on every pause in the user's typing, so the
sources are read and analysed here once (``CheckContext.build``) and each
``check_text`` call only reads the draft.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from desktop.core.factcheck.contacts import warm_up
from desktop.core.factcheck.sources import Sources, build_sources
from desktop.core.profile import CompanyProfile
from desktop.core.workflows import Workflow


@dataclass(frozen=True)
class CheckContext:
    profile: CompanyProfile
    answers: dict[str, Any]
    reference_text: str
    workflow: Workflow | None
    #: The draft's language: "ko" or "en" (messages' sources are phrased in it).
    language: str
    #: Names from the few-shot examples: they must never reach a real document.
    example_names: frozenset[str]
    #: ``Finding.key`` values the user accepted as true for this draft.
    accepted: frozenset[str]
    sources: Sources

    @classmethod
    def build(
        cls,
        profile: CompanyProfile,
        answers: dict[str, Any],
        reference_text: str = "",
        workflow: Workflow | None = None,
        language: str = "ko",
        example_names: frozenset[str] = frozenset(),
        accepted: frozenset[str] = frozenset(),
    ) -> CheckContext:
        """Read the sources (loads the Korean analyser on first use: call it off the UI thread)."""
        answers = dict(answers or {})
        sources = build_sources(profile, answers, reference_text, workflow)
        warm_up()
        language = "en" if language == "en" else "ko"
        return cls(
            profile, answers, reference_text, workflow, language, frozenset(example_names), frozenset(accepted), sources
        )

    def accepting(self, accepted: frozenset[str]) -> CheckContext:
        """The same context with another set of accepted findings (no re-reading of the sources)."""
        return replace(self, accepted=frozenset(accepted))

    def say(self, ko: str, en: str) -> str:
        return en if self.language == "en" else ko
