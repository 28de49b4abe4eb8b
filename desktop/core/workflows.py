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

    @model_validator(mode="after")
    def _range_is_possible(self) -> FieldSpec:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"field '{self.name}': min {self.min} is larger than max {self.max}")
        return self

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_ko

    def help(self, lang: str) -> str:
        return self.help_en if lang == "en" else self.help_ko


class SectionSpec(_Strict):
    """One part of the output: written by the model or rendered from facts."""

    id: str
    title_ko: str = ""
    title_en: str = ""
    source: Literal["model", "template"] = "model"
    template: str = ""
    max_tokens: int = 400
    repeat_field: str = ""
    stop: list[str] = Field(default_factory=list)
    #: Text the cue ends with and the section starts with (e.g. "# " so the model writes a title).
    prime: str = ""

    @model_validator(mode="after")
    def _template_needs_file(self) -> SectionSpec:
        if self.source == "template" and not self.template:
            raise ValueError(f"section '{self.id}' has source = 'template' but no template file")
        return self

    def title(self, lang: str) -> str:
        return self.title_en if lang == "en" else self.title_ko


class Sampling(_Strict):
    preset: Literal["precise", "balanced", "creative"] = "balanced"
    length_tokens: dict[str, int] = Field(default_factory=dict)


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
