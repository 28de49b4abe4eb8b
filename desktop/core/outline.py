"""The outline of a document: which sections it has, in what order, and how long each may be.

Long documents are planned before any text is written, so the user sees
"섹션 3/9" progress and each section can be regenerated on its own. A
section with ``repeat_field`` (the staff manual's chapters) becomes one
section per item the user listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.workflows import SectionSpec, Workflow


@dataclass(frozen=True)
class PlannedSection:
    spec: SectionSpec
    title: str
    index: int
    max_tokens: int
    item: str = ""

    @property
    def key(self) -> str:
        return f"{self.spec.id}:{self.item}" if self.item else self.spec.id


def plan_outline(
    workflow: Workflow, answers: dict[str, Any], language: str, max_tokens_cap: int | None = None
) -> list[PlannedSection]:
    planned: list[PlannedSection] = []
    for spec in workflow.sections:
        items = answers.get(spec.repeat_field) if spec.repeat_field else [""]
        for item in items or []:
            title = ": ".join(part for part in (spec.title(language), item) if part)
            budget = _budget(workflow, spec, answers, max_tokens_cap)
            planned.append(PlannedSection(spec, title, len(planned), budget, item))
    return planned


def _budget(workflow: Workflow, spec: SectionSpec, answers: dict[str, Any], cap: int | None) -> int:
    length = str(answers.get("length", ""))
    budget = workflow.sampling.length_tokens.get(length, spec.max_tokens)
    return min(budget, cap) if cap else budget
