"""What a generation is asked to do, and what it reports while it runs and when it ends.

Kept apart from the pipeline (``generation.py``) so the window, the command
line and the benchmarks can read the shapes without the machinery; import
them from ``desktop.core.generation`` as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.core.document import Document
from desktop.core.engines.base import Usage
from desktop.core.engines.capability import ModelCapability
from desktop.core.findings import Finding
from desktop.core.parts.completeness import COMPLETE, MissingPart
from desktop.core.parts.provenance import PartRecord
from desktop.core.profile import CompanyProfile
from desktop.core.workflows import Workflow


@dataclass(frozen=True)
class GenerationJob:
    workflow: Workflow
    profile: CompanyProfile
    answers: dict[str, Any]
    reference_text: str = ""
    creativity: str = ""
    seed: int | None = None
    max_tokens_cap: int | None = None
    #: Regenerating adds a version to this draft instead of starting a new one.
    draft_id: int | None = None
    #: Regenerate only this section (``PlannedSection.key``) of ``base_markdown``.
    only_section: str = ""
    base_markdown: str = ""
    #: Catchphrases: keep ``base_markdown``'s candidates and append ``count`` new ones.
    extend: bool = False

    @property
    def language(self) -> str:
        return str(self.answers.get("language") or self.profile.brand.language)


@dataclass(frozen=True)
class Started:
    """The draft and version rows exist: from here on, nothing written can be lost."""

    draft_id: int
    version_id: int


@dataclass(frozen=True)
class Progress:
    index: int
    total: int
    title: str

    def message(self, lang: str = "ko") -> str:
        return f"{'Section' if lang == 'en' else '섹션'} {self.index}/{self.total}: {self.title}"


@dataclass(frozen=True)
class TextChunk:
    section: str
    text: str


@dataclass(frozen=True)
class Attempt:
    """What a small base model wrote for a part, before the checks: for a details area, never the document.

    Only what passes the checks reaches the document (as a ``TextChunk``); a base model's raw
    text ("족발 10kg, 닭고기 5kg…") is shown apart, and kept in history with the part's record.
    """

    section: str
    text: str


@dataclass(frozen=True)
class SectionDone:
    """A part is written and saved; ``usage`` is what its model call cost (empty for fact-built parts)."""

    section: str
    usage: Usage
    #: The whole document so far, after checks (what the history database now holds).
    markdown: str = ""
    #: "model" when the model's text was kept, "facts" when the part was built from the facts.
    source: str = ""


@dataclass(frozen=True)
class Notice:
    text: str


@dataclass
class GenerationResult:
    draft_id: int
    version_id: int
    markdown: str
    document: Document
    language: str
    findings: list[str] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    #: Where each part came from and why (model or facts), with the model's raw text.
    parts: list[PartRecord] = field(default_factory=list)
    #: Required parts the document still lacks (then ``status`` is "incomplete").
    missing: list[MissingPart] = field(default_factory=list)
    status: str = COMPLETE
    capability: ModelCapability | None = None
    #: The claim checker's findings on the document (spans index ``markdown``).
    claims: list[Finding] = field(default_factory=list)

    def from_facts(self) -> list[str]:
        """Titles of the parts built from the facts."""
        return [record.title for record in self.parts if record.source == "facts" and not record.skipped]

    @property
    def complete(self) -> bool:
        return self.status == COMPLETE


@dataclass(frozen=True)
class Finished:
    result: GenerationResult


Event = Started | Progress | TextChunk | Attempt | SectionDone | Notice | Finished
