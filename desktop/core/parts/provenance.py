"""Where each part of a document came from: the model, or the facts (and why).

The review step and the command line say "built from the facts: 리드, 인용문";
the history database keeps every record, with the model's raw text, so
nothing a model wrote is ever lost even when the document does not use it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from desktop.core.outline import PlannedSection

Source = Literal["model", "facts"]


@dataclass
class PartRecord:
    key: str
    title: str
    source: Source
    #: Whether the model was asked for this part at all.
    asked: bool = False
    #: Why the facts stand: the model's text failed a check, or the model was not asked.
    reason_ko: str = ""
    reason_en: str = ""
    #: Everything the model wrote for this part, untouched.
    raw: str = ""
    #: Lines and sentences removed while cleaning (prompt debris, copies of examples).
    dropped: list[str] = field(default_factory=list)
    #: An optional part the facts could not fill (no plans given): left out, and no model was asked to invent it.
    skipped: bool = False

    def reason(self, lang: str) -> str:
        return self.reason_en if lang == "en" else self.reason_ko

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> PartRecord:
        return cls(**{name: record[name] for name in cls.__dataclass_fields__ if name in record})


def built_from_facts(records: list[PartRecord], lang: str) -> str:
    """One line for the reader: which parts the model's text did not make it into, and why."""
    refused = [r for r in records if r.source == "facts" and r.asked]
    if not refused:
        return ""
    parts = ", ".join(f"{r.title} ({r.reason(lang)})" for r in refused)
    if lang == "en":
        return f"Built from the facts because the model's text failed the checks: {parts}"
    return f"모델 글이 검사를 통과하지 못해 자료로 만든 부분: {parts}"


def not_asked(records: list[PartRecord], lang: str, capability: str) -> str:
    """Which parts a small model was not asked for (they are built from the facts by design)."""
    skipped = [r.title for r in records if r.source == "facts" and not r.asked and r.reason_ko]
    if not skipped:
        return ""
    names = ", ".join(skipped)
    if lang == "en":
        return f"The model ({capability}) writes only what it can; built from the facts: {names}"
    return f"이 모델({capability})에는 쓸 수 있는 부분만 맡기고 자료로 만든 부분: {names}"


def model_share(records: list[PartRecord]) -> tuple[int, int]:
    """(parts the model's text was kept for, parts the model was asked for)."""
    asked = [r for r in records if r.asked]
    return sum(1 for r in asked if r.source == "model"), len(asked)


def short_title(section: PlannedSection, language: str) -> str:
    """'핵심 내용 2' rather than the whole key point, when the item is long."""
    if section.item and len(section.item) > 20 and section.spec.title(language):
        return f"{section.spec.title(language)} {section.item_index + 1}"
    return section.title or section.spec.id


def refused_notice(title: str, record: PartRecord, language: str) -> str:
    if language == "en":
        return f"{title}: built from the facts ({record.reason_en})."
    return f"{title}: 자료로 만들었습니다 ({record.reason_ko})."
