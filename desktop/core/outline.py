"""The outline of a document: which parts it has, in what order, and how long each may be.

Every document is planned before any text is written, so the user sees
"섹션 3/9" progress and each part can be regenerated or rebuilt on its own.
A part with ``repeat_field`` (a press release's key points, a crisis plan's
holding statements, a manual's chapters) becomes one part per item the user
listed; a part declared for one language only (the English end mark "###")
is left out of the other.
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
    #: Position of ``item`` in its list (0 for the first key point, scenario or chapter).
    item_index: int = 0

    @property
    def key(self) -> str:
        return f"{self.spec.id}:{self.item}" if self.item else self.spec.id


def plan_outline(
    workflow: Workflow, answers: dict[str, Any], language: str, max_tokens_cap: int | None = None
) -> list[PlannedSection]:
    planned: list[PlannedSection] = []
    for spec in workflow.sections:
        if language not in spec.languages:
            continue
        items = answers.get(spec.repeat_field) if spec.repeat_field else [""]
        for item_index, item in enumerate(items or []):
            title = ": ".join(part for part in (spec.title(language), item) if part)
            budget = _budget(workflow, spec, answers, max_tokens_cap)
            planned.append(PlannedSection(spec, title, len(planned), budget, item, item_index))
    return planned


def _budget(workflow: Workflow, spec: SectionSpec, answers: dict[str, Any], cap: int | None) -> int:
    scale = workflow.sampling.length_scale.get(str(answers.get("length", "")), 1.0)
    budget = max(16, round(spec.max_tokens * scale))
    return min(budget, cap) if cap else budget
