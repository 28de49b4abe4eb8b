"""Findings: what the checks found in a draft, as typed records with a span.

A PR manager has to see *where* a doubtful claim is and *why* it is doubtful
("자료에는 35명"), in the window, in the Word file and on the command line.
So a finding is not a sentence of prose but a record: the kind of claim, how
serious it is (``error`` = probably untrue, ``warning`` = against the house
conventions), its exact character span in the checked text, the claim as
written, the nearest source it was compared with, and a message in Korean and
English. The window highlights the span, the exporter attaches the message as
a Word comment, ``prstudio check --json`` prints it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

Kind = Literal[
    "number",
    "date",
    "person",
    "organisation",
    "product",
    "award",
    "place",
    "quote",
    "contact",
    "example_name",
    "avoided_word",
    "hype",
    "script",
    "meaning",
    "style",
]
Severity = Literal["error", "warning"]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Finding:
    kind: Kind
    severity: Severity
    #: Character offsets into the checked text; ``text == checked[start:end]``.
    start: int
    end: int
    #: The claim as written in the draft.
    text: str
    message_ko: str
    message_en: str
    #: The nearest source the claim was compared with, in the document's language ("자료에는 35명").
    source: str = ""

    def message(self, lang: str = "ko") -> str:
        return self.message_en if lang == "en" else self.message_ko

    @property
    def key(self) -> str:
        """What identifies the claim across edits (offsets move; kind and wording do not)."""
        return f"{self.kind}:{self.text}"

    def shifted(self, offset: int) -> Finding:
        return replace(self, start=self.start + offset, end=self.end + offset)

    def to_json(self, lang: str = "ko") -> dict[str, Any]:
        """The shape ``prstudio check --json`` prints."""
        return {
            "kind": self.kind,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message(lang),
            "source": self.source,
        }

    def to_record(self) -> dict[str, Any]:
        """Both languages, for the history database."""
        return asdict(self)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Finding:
        return cls(**{name: record[name] for name in cls.__dataclass_fields__ if name in record})


def line_of(text: str, offset: int) -> int:
    """1-based line number of ``offset`` in ``text`` (for command-line messages)."""
    return text.count("\n", 0, offset) + 1
