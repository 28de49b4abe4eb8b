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
from desktop.core.writing.fluency import FluencyJudge
from desktop.core.writing.release import RELEASE_PARTS, ReleasePlan, plan_release, release_item, render

#: Parts of a release rendered in this order, each seeing the ones before it.
_RENDER_ORDER = ("lead", "details", "plans", "background")


class PartBuilder:
    """Renders one workflow's parts for one company and one set of answers.

    Templates of a press release ask for its parts with ``release_part("lead")``: the body is
    planned once for the whole release (``desktop.core.writing.release``), and each part's
    wordings are chosen by ``judge`` (the engine's fluency judgement, or Kiwi's).
    """

    def __init__(self, workflow: Workflow, profile: CompanyProfile, answers: dict[str, Any], language: str) -> None:
        self.workflow = workflow
        self.profile = profile
        self.answers = answers
        self.language = language
        self.renderer = TemplateRenderer(workflow.folder, paths.prompts_dir() / "_shared")
        self.context = template_context(profile, answers, language)
        self.context["release_part"] = lambda name: self.release_part(str(name))  # templates take plain functions
        self.judge = FluencyJudge(language=language)
        self._release: ReleasePlan | None = None
        self._rendered: dict[str, str] = {}
        #: Paragraph openers the release has used so far (each once).
        self._openers: set[str] = set()
        #: Parts as the document has them so far (by part id), e.g. a model's headline.
        self.written: dict[str, str] = {}

    def release_plan(self) -> ReleasePlan:
        if self._release is None:
            quote = str(self.answers.get("quote_points") or "")
            self._release = plan_release(self.profile, self.answers, self.language, fixed_length=len(quote) + 20)
        return self._release

    def release_part(self, name: str) -> str:
        """One part of a release built from the facts: headline, subtitle, lead, details, background or plans."""
        if name not in RELEASE_PARTS:
            raise InputError(f"보도자료에 '{name}' 부분은 없습니다.", f"A release has no part '{name}'.")
        plan = self.release_plan()
        if name == "headline":
            return plan.headline[0] if plan.headline else ""
        if name == "subtitle":
            headline = self.written.get("headline", "").lstrip("# ").strip()
            return plan.subtitle_under(headline) if headline else plan.subtitle
        for part in _RENDER_ORDER[: _RENDER_ORDER.index(name) + 1]:
            if part not in self._rendered:
                before = "\n\n".join(self._rendered[p] for p in _RENDER_ORDER if p in self._rendered)
                self._rendered[part] = render(plan.paragraphs(part), self.judge.choose, before, self._openers)
        return self._rendered[name]

    def item_text(self, item: str) -> str:
        """One key point alone as sentences, for putting back a point the document lost."""
        return release_item(self.profile, self.answers, self.language, item)

    def writing_notes(self) -> list[tuple[str, str]]:
        """What the fact-built release has to tell the reviewer (too few facts, notes kept as written)."""
        return list(self._release.notes) if self._release else []

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
