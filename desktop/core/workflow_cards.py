"""What the home screen shows of each workflow (name, label, one-line description), read without pydantic.

The home cards are the first thing a person sees. Validating the full
workflow definitions (``desktop.core.workflows``) imports pydantic and the
part checks, which took longer than painting the whole window; the cards only
need four strings per workflow, which ``tomllib`` reads in a few milliseconds.
The full definitions are still loaded and checked before a wizard opens.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop import paths


@dataclass(frozen=True)
class WorkflowCard:
    name: str
    label_ko: str
    label_en: str
    description_ko: str
    description_en: str
    order: int = 100

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_ko

    def description(self, lang: str) -> str:
        return self.description_en if lang == "en" else self.description_ko


def workflow_cards() -> list[WorkflowCard]:
    """The cards in home-screen order (the same order as ``all_workflows``)."""
    return _read_cards(paths.prompts_dir())


@cache
def _read_cards(root: Path) -> list[WorkflowCard]:
    try:
        cards = [_card(definition) for definition in sorted(root.glob("*/workflow.toml"))]
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError):
        cards = _validated_cards()  # a damaged definition: the full loader names the file and line
    return sorted(cards, key=lambda card: (card.order, card.name))


def _card(definition: Path) -> WorkflowCard:
    data = tomllib.loads(definition.read_text(encoding="utf-8"))
    keys = ("name", "label_ko", "label_en", "description_ko", "description_en")
    if not all(isinstance(data[key], str) for key in keys) or not isinstance(data.get("order", 100), int):
        raise TypeError(f"{definition}: a home-card field is not of its declared type")
    name, label_ko, label_en, description_ko, description_en = (data[key] for key in keys)
    return WorkflowCard(name, label_ko, label_en, description_ko, description_en, data.get("order", 100))


def _validated_cards() -> list[WorkflowCard]:
    from desktop.core.workflows import all_workflows  # raises the InputError a person can act on

    return [
        WorkflowCard(w.name, w.label_ko, w.label_en, w.description_ko, w.description_en, w.order)
        for w in all_workflows().values()
    ]
