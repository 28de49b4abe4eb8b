"""The model catalogue: which GGUF models PR Studio offers, and whether a company may use each.

The list lives in ``assets/models.toml`` (data, reviewed like code): every
size and SHA-256 there was read from public sources, every licence from the
model card or licence text. This module only loads and checks it, so the
window, the command line and the recommendation logic all read the same
facts. A mistake in the file is reported with the key and line, like a
user's own TOML files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from desktop import paths
from desktop.core.errors import InputError
from desktop.core.tomlfile import read_toml
from desktop.core.validation import input_error_from

_SHA256 = re.compile(r"^([0-9a-f]{64})?$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Licence(_Strict):
    """A licence and the plain answer to "회사 업무에 써도 되는지"."""

    name: str
    name_ko: str
    url: str
    commercial: bool
    answer_ko: str
    answer_en: str
    licence_sources: list[str] = Field(min_length=1)

    def label(self, lang: str) -> str:
        return self.name if lang == "en" else self.name_ko

    def answer(self, lang: str) -> str:
        return self.answer_en if lang == "en" else self.answer_ko

    def short_answer(self, lang: str) -> str:
        """Two or three words for a table column."""
        if lang == "en":
            return "company use OK" if self.commercial else "NOT for company use"
        return "회사 업무 가능" if self.commercial else "회사 업무 불가(비상업)"


class CatalogueModel(_Strict):
    """One downloadable GGUF file of an instruction-tuned model."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.\-]*$")
    name: str
    family: str
    parameters: str
    repo: str = Field(pattern=r"^[\w.\-]+/[\w.\-]+$")
    file: str = Field(pattern=r"^[\w.\-]+\.gguf$")
    revision: str = "main"
    quantisation: str
    size_bytes: int = Field(ge=0)
    sha256: str = ""
    checksum_sources: list[str] = []
    context_length: int = Field(gt=0)
    min_ram_gb: int = Field(gt=0)
    recommended_ram_gb: int = Field(gt=0)
    preference: int
    licence: str
    licence_sources: list[str] = Field(min_length=1)
    ollama_tags: list[str] = []
    chat: bool = True
    chat_template_note: str
    template_kwargs: dict[str, Any] = {}
    quality_ko: str
    quality_en: str

    @field_validator("sha256")
    @classmethod
    def _lowercase_hex(cls, value: str) -> str:
        if not _SHA256.match(value):
            raise ValueError("sha256 must be 64 lowercase hex digits, or empty when no source gives it")
        return value

    @model_validator(mode="after")
    def _checksum_has_a_source(self) -> CatalogueModel:
        if self.sha256 and not self.checksum_sources:
            raise ValueError("a sha256 needs the checksum_sources it was read from")
        return self

    @property
    def checksum_known(self) -> bool:
        """Only a file whose SHA-256 we read from a source can ever be marked verified."""
        return bool(self.sha256) and self.size_bytes > 0

    def quality(self, lang: str) -> str:
        return self.quality_en if lang == "en" else self.quality_ko


class OllamaSuggestion(_Strict):
    tag: str
    licence: str
    download_gb: float = Field(ge=0)
    min_ram_gb: int = Field(gt=0)
    size_source: str


class Builtin(_Strict):
    name: str
    name_en: str = ""
    licence: str
    note_ko: str
    note_en: str

    def label(self, lang: str) -> str:
        return (self.name_en or self.name) if lang == "en" else self.name

    def note(self, lang: str) -> str:
        return self.note_en if lang == "en" else self.note_ko


class _CatalogueFile(_Strict):
    builtin: Builtin
    licences: dict[str, Licence]
    models: list[CatalogueModel]
    ollama: list[OllamaSuggestion] = []
    ollama_families: dict[str, str] = {}

    @model_validator(mode="after")
    def _references_resolve(self) -> _CatalogueFile:
        used = [self.builtin.licence, *(m.licence for m in self.models), *(o.licence for o in self.ollama)]
        missing = sorted({name for name in [*used, *self.ollama_families.values()] if name not in self.licences})
        if missing:
            raise ValueError(f"unknown licence {missing}; add it under [licences]")
        ids = [m.id for m in self.models]
        if len(set(ids)) != len(ids):
            raise ValueError("two models share one id")
        return self


@dataclass(frozen=True)
class Catalogue:
    """The loaded catalogue; look-ups by id and by Ollama tag."""

    builtin: Builtin
    licences: dict[str, Licence]
    models: tuple[CatalogueModel, ...]
    ollama: tuple[OllamaSuggestion, ...]
    ollama_families: dict[str, str]

    def get(self, model_id: str) -> CatalogueModel:
        for model in self.models:
            if model.id == model_id:
                return model
        known = ", ".join(m.id for m in self.models)
        raise InputError(
            f"카탈로그에 '{model_id}' 모델이 없습니다. 고를 수 있는 모델: {known}",
            f"no model '{model_id}' in the catalogue. Available: {known}",
            key="--download",
        )

    def licence_of(self, model: CatalogueModel | OllamaSuggestion | Builtin) -> Licence:
        return self.licences[model.licence]

    def by_file_name(self, file_name: str) -> CatalogueModel | None:
        return next((m for m in self.models if m.file == file_name), None)

    def for_ollama_tag(self, tag: str) -> CatalogueModel | None:
        """The catalogue entry of the same model, so Ollama users see the same notes."""
        wanted = _normalise_tag(tag)
        return next((m for m in self.models if wanted in {_normalise_tag(t) for t in m.ollama_tags}), None)

    def licence_for_ollama_tag(self, tag: str) -> Licence | None:
        """Exact tag first, then the model family (``gemma3:12b`` → ``gemma3``); None when unknown."""
        model = self.for_ollama_tag(tag)
        if model:
            return self.licence_of(model)
        wanted = _normalise_tag(tag)
        suggestion = next((o for o in self.ollama if _normalise_tag(o.tag) == wanted), None)
        if suggestion:
            return self.licence_of(suggestion)
        family = wanted.split(":", 1)[0]
        name = self.ollama_families.get(family)
        return self.licences[name] if name else None


def _normalise_tag(tag: str) -> str:
    """``gemma3`` and ``gemma3:latest`` name the same Ollama model."""
    tag = tag.strip().lower()
    return tag if ":" in tag else f"{tag}:latest"


def load_catalogue(path: Path | None = None) -> Catalogue:
    """The catalogue file; a damaged file is reported with the key and line."""
    return _load(path or paths.model_catalogue_path())


@lru_cache(maxsize=4)
def _load(path: Path) -> Catalogue:
    data, text = read_toml(path)
    try:
        parsed = _CatalogueFile.model_validate(data)
    except ValidationError as exc:
        raise input_error_from(exc, path, text) from None
    return Catalogue(
        parsed.builtin,
        parsed.licences,
        tuple(parsed.models),
        tuple(parsed.ollama),
        parsed.ollama_families,
    )
