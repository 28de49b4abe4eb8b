"""Workflow definitions: data, not code.

Each folder under ``prompts/`` holds a ``workflow.toml`` (the wizard's fields,
the document's sections, default sampling, the Word template), Jinja2 prompt
templates and few-shot examples. Adding a workflow means adding a folder;
this module only reads and checks what is there.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from desktop import paths
from desktop.core.errors import InputError
from desktop.core.tomlfile import read_toml
from desktop.core.validation import input_error_from

FieldType = Literal["text", "longtext", "list", "int", "choice", "date", "bool"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FieldSpec(_Strict):
    """One question of the wizard."""

    name: str
    type: FieldType = "text"
    required: bool = False
    label_ko: str
    label_en: str
    help_ko: str = ""
    help_en: str = ""
    example: str = ""
    default: Any = None
    choices: list[str] = Field(default_factory=list)
    #: Declared ranges, checked on every answer: ``min``/``max`` for numbers, ``max_length`` in
    #: characters for text (for lists: for each item), ``max_items`` for lists.
    min: int | None = None
    max: int | None = None
    max_length: int | None = Field(default=None, gt=0)
    max_items: int | None = Field(default=None, gt=0)
    #: The wizard shows, under a list of notes, the sentence PR Studio will make of each (key points).
    preview_sentences: bool = False

    @model_validator(mode="after")
    def _range_is_possible(self) -> FieldSpec:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"field '{self.name}': min {self.min} is larger than max {self.max}")
        return self

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_ko

    def help(self, lang: str) -> str:
        return self.help_en if lang == "en" else self.help_ko


Writer = Literal["any", "capable", "facts"]


class SectionSpec(_Strict):
    """One part of the output, declared as data.

    ``writer`` says who may write it: ``any`` model (a headline, catchphrases),
    only a ``capable`` one (instruction-tuned, about 1B parameters or more), or
    only the ``facts`` (tables, contacts). Every part has a ``fact`` template that
    builds it from the answers and the profile; a model's text replaces it only
    when it passes the ``checks`` (names in ``desktop.core.parts.structure``)
    and mentions the part's ``subject``. ``detect`` finds the part in a finished
    or edited document (default: its heading, or else its checks).
    """

    id: str
    title_ko: str = ""
    title_en: str = ""
    required: bool = True
    writer: Writer = "capable"
    #: Template (under the workflow folder) building the part from the facts.
    fact: str = ""
    #: The part opens with "## {title}" (a section of a long document, 회사소개, 언론 문의).
    heading: bool = False
    checks: list[str] = Field(default_factory=list)
    detect: list[str] | None = None
    #: Jinja expressions: an on-topic text mentions a word of one of them.
    subject: list[str] = Field(default_factory=list)
    #: Jinja text telling an instruction-tuned model what this part is.
    ask_ko: str = ""
    ask_en: str = ""
    languages: list[str] = Field(default_factory=lambda: ["ko", "en"])
    max_tokens: int = 400
    #: How many times a small model may try (with another seed) before the facts stand.
    attempts: int = 1
    repeat_field: str = ""
    #: An answer list (e.g. ``key_points``) every item of which the document must carry somewhere;
    #: an item it lacks is a missing part of its own ("핵심 내용: …"), rebuilt from the facts alone.
    covers_field: str = ""
    item_title_ko: str = ""
    item_title_en: str = ""
    stop: list[str] = Field(default_factory=list)
    #: Jinja text the cue ends with and the part starts with (e.g. "# ", or the dateline).
    prime: str = ""

    @model_validator(mode="before")
    @classmethod
    def _older_form(cls, data: Any) -> Any:
        """Workflows written before parts were declared: ``source``/``template`` still work."""
        if isinstance(data, dict) and ("source" in data or "template" in data):
            data = dict(data)
            source = data.pop("source", "model")
            template = data.pop("template", "")
            data.setdefault("writer", "facts" if source == "template" else "any")
            data.setdefault("fact", template)
        return data

    @model_validator(mode="after")
    def _facts_need_a_template(self) -> SectionSpec:
        if self.writer == "facts" and not self.fact:
            raise ValueError(f"part '{self.id}' has writer = 'facts' but no fact template")
        from desktop.core.parts.structure import CHECKS

        unknown = [name for name in [*self.checks, *(self.detect or [])] if name not in CHECKS]
        if unknown:
            raise ValueError(f"part '{self.id}': unknown check {unknown[0]!r} (known: {', '.join(CHECKS)})")
        return self

    def title(self, lang: str) -> str:
        return self.title_en if lang == "en" else self.title_ko

    def ask(self, lang: str) -> str:
        return self.ask_en if lang == "en" else self.ask_ko

    def item_title(self, lang: str) -> str:
        return (self.item_title_en if lang == "en" else self.item_title_ko) or self.title(lang)

    @property
    def source(self) -> str:
        """'template' for parts only the facts write, 'model' otherwise (older callers)."""
        return "template" if self.writer == "facts" else "model"

    def model_may_write(self, capable: bool) -> bool:
        return self.writer == "any" or (self.writer == "capable" and capable)


PartSpec = SectionSpec


class Sampling(_Strict):
    preset: Literal["precise", "balanced", "creative"] = "balanced"
    #: The answer ``length`` (short, standard, long) scales every part's token budget.
    length_scale: dict[str, float] = Field(default_factory=dict)


class Workflow(_Strict):
    name: str
    label_ko: str
    label_en: str
    description_ko: str
    description_en: str
    kind: Literal["document", "long_document", "candidates"] = "document"
    #: Position on the home screen (smaller first).
    order: int = 100
    word_template: str
    document_label_ko: str
    document_label_en: str
    fields: list[FieldSpec]
    sections: list[SectionSpec]
    sampling: Sampling = Field(default_factory=Sampling)
    #: The answer that, when filled, lets the model write a quotation (else quotes become placeholders).
    quote_field: str = ""
    #: The answer naming who is quoted (else the CEO).
    speaker_field: str = ""
    folder: Path = Path()

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_ko

    def description(self, lang: str) -> str:
        return self.description_en if lang == "en" else self.description_ko

    def document_label(self, lang: str) -> str:
        return self.document_label_en if lang == "en" else self.document_label_ko

    def field(self, name: str) -> FieldSpec | None:
        return next((spec for spec in self.fields if spec.name == name), None)

    def examples_dir(self) -> Path:
        return self.folder / "examples"


def load_workflow_file(path: Path) -> Workflow:
    data, text = read_toml(path)
    try:
        return Workflow.model_validate({**data, "folder": path.parent})
    except ValidationError as exc:
        raise input_error_from(exc, path, text) from None


@cache
def _load_all(root: Path) -> dict[str, Workflow]:
    found: dict[str, Workflow] = {}
    for definition in sorted(root.glob("*/workflow.toml")):
        workflow = load_workflow_file(definition)
        found[workflow.name] = workflow
    return dict(sorted(found.items(), key=lambda item: (item[1].order, item[0])))


def all_workflows() -> dict[str, Workflow]:
    return _load_all(paths.prompts_dir())


def get_workflow(name: str) -> Workflow:
    workflows = all_workflows()
    if name not in workflows:
        known = ", ".join(workflows)
        raise InputError(
            f"'{name}'이라는 작업은 없습니다. 사용할 수 있는 작업: {known}",
            f"there is no workflow called '{name}'. Available: {known}",
        )
    return workflows[name]
