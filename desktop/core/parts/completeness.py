"""Is every required part in the document, and if not, put the fact-built part back in its place.

A document missing a required part (a headline-only release, a manual whose
chapter the user deleted) is never "완료": the pipeline and the window ask
``DocumentParts.missing`` after generation and after every edit, and
``restore``/``restore_all`` build what is missing from the facts and insert
it where it belongs (after the part that precedes it in the outline).

Parts with a heading are found by their heading ("## 회사소개", "## 초기 입장문: …");
the others (a lead, a key point, a quote) by their detection checks, searched
in order through the document's blocks.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from desktop.core.outline import PlannedSection, plan_outline
from desktop.core.parts.build import PartBuilder
from desktop.core.parts.structure import PartFacts, covers, failed
from desktop.core.parts.wording import day_of_month
from desktop.core.profile import CompanyProfile
from desktop.core.store import Draft
from desktop.core.workflows import Workflow, get_workflow

COMPLETE = "complete"
INCOMPLETE = "incomplete"


@dataclass(frozen=True)
class MissingPart:
    key: str
    title: str


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    text: str


class DocumentParts:
    """The required parts of one document (workflow, company, answers, language)."""

    def __init__(
        self,
        workflow: Workflow,
        profile: CompanyProfile,
        answers: dict[str, Any],
        language: str,
        builder: PartBuilder | None = None,
    ) -> None:
        self.workflow = workflow
        self.language = language
        self.builder = builder or PartBuilder(workflow, profile, answers, language)
        self.outline = plan_outline(workflow, answers, language)
        self.sources = "\n".join([profile.known_text(), json.dumps(answers, ensure_ascii=False)])

    def facts_for(self, section: PlannedSection, fact_text: str | None = None) -> PartFacts:
        """What the part's checks compare with; the fact-built text only when a check needs it."""
        context = self.builder.section_context(section)
        answers = self.builder.answers
        quote_field = self.workflow.quote_field
        return PartFacts(
            language=self.language,
            names=context["names"],
            item=section.item,
            dateline=context["dateline"],
            release_day=day_of_month(str(answers.get("date") or "")),
            speaker_name=context["speaker_name"],
            quote_points=str(answers.get(quote_field) or "") if quote_field else "",
            policies=context["policies_for"](section.item) if section.item else [],
            fact_text=fact_text if fact_text is not None else self._fact_text_if_needed(section),
            sources=self.sources,
            subjects=self.builder.subjects(section),
            items=self._items(section),
            key_points=[str(point) for point in answers.get("key_points") or [] if str(point).strip()],
        )

    def _items(self, section: PlannedSection) -> list[str]:
        field = section.spec.covers_field
        return [str(item) for item in self.builder.answers.get(field) or [] if str(item).strip()] if field else []

    def _fact_text_if_needed(self, section: PlannedSection) -> str:
        needs = bool({"same_labels", "keeps_items"} & {*section.spec.checks, *(section.spec.detect or [])})
        return self.builder.fact_text(section) if needs else ""

    def locate(self, markdown: str) -> dict[str, tuple[int, int]]:
        """Span of every part found in ``markdown``, by part key."""
        blocks = split_blocks(markdown)
        found: dict[str, tuple[int, int]] = {}
        cursor = 0
        for section in self.outline:
            span = self._find(section, markdown, blocks, cursor)
            if span:
                found[section.key] = span
                # An optional part may be absent; a look-alike found further on must not hide the parts between.
                cursor = span[1] if section.spec.required else cursor
        return found

    def missing(self, markdown: str) -> list[MissingPart]:
        located = self.locate(markdown)
        missing = []
        for section in self.outline:
            if section.spec.covers_field and section.key in located:
                missing += self._missing_items(section, markdown)
            elif section.spec.required and section.key not in located and self.builder.fact_text(section).strip():
                missing.append(MissingPart(section.key, section.title or section.spec.id))
        return missing

    def _missing_items(self, section: PlannedSection, markdown: str) -> list[MissingPart]:
        """Items of a covering part (a release's key points) that the document no longer carries anywhere."""
        body = "\n".join(block.text for block in split_blocks(markdown) if not block.text.startswith("#"))
        title = section.spec.item_title(self.language)
        return [
            MissingPart(f"{section.key}:{item}", f"{title}: {item}")
            for item in self._items(section)
            if not covers(item, body, self.language)
        ]

    def status(self, markdown: str) -> str:
        return INCOMPLETE if self.missing(markdown) else COMPLETE

    def restore(self, markdown: str, key: str) -> str:
        """``markdown`` with part ``key`` built from the facts and put in its place (unchanged if present)."""
        located = self.locate(markdown)
        item = self._item_key(key)
        if item is not None:
            span = located.get(item[0].key)
            return _insert(markdown, span[1] if span else len(markdown), self.builder.item_text(item[1]))
        section = next((s for s in self.outline if s.key == key), None)
        if section is None or key in located:
            return markdown
        text = self.builder.fact_text(section).strip("\n")
        if not text:
            return markdown
        order = [s.key for s in self.outline]
        position = order.index(key)
        before = [located[k][1] for k in order[:position] if k in located]
        after = [located[k][0] for k in order[position + 1 :] if k in located]
        at = before[-1] if before else after[0] if after else len(markdown)
        return _insert(markdown, at, text)

    def _item_key(self, key: str) -> tuple[PlannedSection, str] | None:
        for section in self.outline:
            if section.spec.covers_field and key.startswith(section.key + ":"):
                return section, key[len(section.key) + 1 :]
        return None

    def restore_all(self, markdown: str) -> str:
        """Every missing part put back, one at a time: a restored lead may carry a key point back with it."""
        for _ in range(len(self.outline) + 20):
            missing = self.missing(markdown)
            if not missing:
                break
            restored = self.restore(markdown, missing[0].key)
            if restored == markdown:
                break
            markdown = restored
        return markdown

    def replace(self, markdown: str, key: str, text: str) -> str:
        """``markdown`` with part ``key`` replaced by ``text`` (inserted in its place if it was missing)."""
        span = self.locate(markdown).get(key)
        if span is None:
            restored = self.restore(markdown, key)
            span = self.locate(restored).get(key)
            if span is None:
                return _insert(markdown, len(markdown), text.strip("\n"))
            markdown = restored
        start, end = span
        return _insert(markdown[:start] + markdown[end:], start, text.strip("\n"))

    def _find(self, section: PlannedSection, markdown: str, blocks: list[Block], cursor: int) -> tuple[int, int] | None:
        spec = section.spec
        if spec.heading:
            span = heading_span(markdown, section.title)
            if span is None or not _body(markdown[span[0] : span[1]]):
                return None
            if spec.detect and failed(spec.detect, _body(markdown[span[0] : span[1]]), self.facts_for(section)):
                return None
            return span
        checks = spec.detect if spec.detect is not None else spec.checks
        if not checks:
            return None
        facts = self.facts_for(section)
        later = [block for block in blocks if block.start >= cursor]
        for index, block in enumerate(later):
            if spec.covers_field and block.text.startswith("#"):
                continue
            if failed(checks, block.text, facts):
                continue
            end = block.end
            if spec.covers_field:  # several paragraphs: the run of blocks that carry an item
                for following in later[index + 1 :]:
                    if following.text.startswith("#") or failed(checks, following.text, facts):
                        break
                    end = following.end
            return block.start, end
        return None


def parts_for_draft(draft: Draft) -> DocumentParts:
    """The required parts of a draft kept in history (its workflow, company and answers as generated)."""
    profile = CompanyProfile.model_validate(draft.profile)
    answers = dict(draft.answers)
    language = str(answers.get("language") or profile.brand.language)
    return DocumentParts(get_workflow(draft.workflow), profile, answers, language)


def missing_message(missing: list[MissingPart], language: str) -> str:
    names = ", ".join(part.title for part in missing)
    if language == "en":
        return f"Incomplete: missing {names}."
    return f"완성되지 않았습니다. 빠진 부분: {names}."


def split_blocks(markdown: str) -> list[Block]:
    """Paragraph-like blocks separated by blank lines; every heading line is a block of its own."""
    blocks: list[Block] = []
    open_block = False
    offset = 0
    for line in markdown.splitlines(keepends=True):
        text = line.rstrip("\n")
        start, end = offset, offset + len(text)
        offset += len(line)
        if not text.strip():
            open_block = False
        elif text.startswith("#") or not open_block:
            blocks.append(Block(start, end, text))
            open_block = not text.startswith("#")
        else:
            last = blocks[-1]
            blocks[-1] = Block(last.start, end, f"{last.text}\n{text}")
    return blocks


def heading_span(markdown: str, title: str) -> tuple[int, int] | None:
    """The "## title" section (exact title, else a heading starting with it, e.g. "About Hanbit Bakery")."""
    # A section ends at the next title or section heading, or at the English end mark "###".
    headings = list(re.finditer(r"^(#{1,2}) (.+?)\s*$|^(###)\s*$", markdown, re.MULTILINE))
    for exact in (True, False):
        for index, heading in enumerate(headings):
            text = (heading.group(2) or "").strip()
            if heading.group(1) == "##" and (text == title if exact else text.startswith(title + " ")):
                end = headings[index + 1].start() if index + 1 < len(headings) else len(markdown)
                return heading.start(), end
    return None


def _body(section: str) -> str:
    return section.split("\n", 1)[1].strip() if "\n" in section else ""


def _insert(markdown: str, at: int, text: str) -> str:
    before = markdown[:at].rstrip("\n")
    after = markdown[at:].lstrip("\n")
    return "\n\n".join(part for part in (before, text, after.rstrip("\n")) if part) + "\n"
