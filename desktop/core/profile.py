"""The company profile: the facts a company states about itself.

It is the single source of truth every prompt cites and every check holds the
output against. Users write it as TOML (see README); unknown keys are an
error so that a typo never silently drops a fact.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from desktop.core.tomlfile import parse_toml_text, read_toml
from desktop.core.validation import input_error_from


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Company(_Strict):
    name: str
    name_en: str = ""
    ceo: str = ""
    founded: int | str = ""
    headquarters: str = ""
    industry: str = ""
    website: str = ""
    employees: int | str = ""
    description: str = ""


class Brand(_Strict):
    tone: list[str] = Field(default_factory=list)
    avoid: list[str] = Field(default_factory=list)
    language: Literal["ko", "en"] = "ko"


class Product(_Strict):
    name: str
    description: str = ""


class Contact(_Strict):
    name: str = ""
    title: str = ""
    phone: str = ""
    email: str = ""


class Fact(_Strict):
    text: str


class CompanyProfile(_Strict):
    company: Company
    brand: Brand = Field(default_factory=Brand)
    products: list[Product] = Field(default_factory=list)
    contact: Contact = Field(default_factory=Contact)
    facts: list[Fact] = Field(default_factory=list)

    def known_text(self) -> str:
        """Everything the company stated, as one string (for fact checks)."""
        return self.model_dump_json()


def load_profile(path: Path) -> CompanyProfile:
    data, text = read_toml(path)
    return _validate(data, path, text)


def parse_profile(text: str, path: Path | None = None) -> CompanyProfile:
    return _validate(parse_toml_text(text, path), path, text)


def _validate(data: dict[str, object], path: Path | None, text: str) -> CompanyProfile:
    try:
        return CompanyProfile.model_validate(data)
    except ValidationError as exc:
        raise input_error_from(exc, path, text) from None
