"""Building a part from the facts, and the part's own small texts (prime, ask, subject).

The fact-built version of a part is what the document says when no model may
write it, or when the model's text fails the checks. It is rendered from the
part's ``fact`` template with the answers and the profile alone, so it never
contains anything the company did not state; what is missing shows as a
placeholder.
"""

from __future__ import annotations

from typing import Any

import jinja2

from desktop import paths
from desktop.core.errors import InputError
from desktop.core.outline import PlannedSection
from desktop.core.parts.context import template_context
from desktop.core.placeholders import placeholder
from desktop.core.profile import CompanyProfile
from desktop.core.templating import TemplateRenderer, plain_data
from desktop.core.workflows import Workflow


class PartBuilder:
    """Renders one workflow's parts for one company and one set of answers."""

    def __init__(self, workflow: Workflow, profile: CompanyProfile, answers: dict[str, Any], language: str) -> None:
        self.workflow = workflow
        self.profile = profile
        self.answers = answers
        self.language = language
        self.renderer = TemplateRenderer(workflow.folder, paths.prompts_dir() / "_shared")
        self.context = template_context(profile, answers, language)

    def section_context(self, section: PlannedSection, **extra: Any) -> dict[str, Any]:
        return {**self.context, "section": section, "item": section.item, "item_index": section.item_index, **extra}

    def fact_text(self, section: PlannedSection) -> str:
        """The part built from the facts (with its heading when the part has one)."""
        spec = section.spec
        if not spec.fact:
            label = section.title or spec.id
            return placeholder(label, self.language) if spec.required else ""
        text = self.renderer.render(spec.fact, self.section_context(section)).strip("\n")
        return text + "\n" if text.strip() else ""

    def text(self, source: str, section: PlannedSection) -> str:
        """A short Jinja text from workflow.toml (a prime, an ask, a subject) for this part."""
        if "{" not in source:
            return source
        try:
            return self.renderer.env.from_string(source).render(plain_data(self.section_context(section)))
        except jinja2.TemplateError as exc:
            raise InputError(
                f"작업 정의의 '{section.spec.id}' 부분 문구 오류: {exc}",
                f"error in the text of part '{section.spec.id}': {exc}",
                path=self.workflow.folder / "workflow.toml",
            ) from None

    def subjects(self, section: PlannedSection) -> list[str]:
        return [text for text in (self.text(s, section).strip() for s in section.spec.subject) if text]
