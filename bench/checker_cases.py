"""The labelled set that measures PR Studio's claim checker, read from ``bench/checker_data``.

PR Studio promises that nothing invented reaches a reporter, so the checker
is measured on paragraphs whose truth is known: fictional companies (a
profile and press-release answers each), paragraphs with exactly one injected
error, clean paragraphs, and true facts written another way. The set is
plain TOML a person can read and extend; this module only loads it, for
``bench/checker_eval.py`` and for the test that keeps the set well-formed.

Layout (see ``bench/checker_data/README.md``):

- ``companies/<slug>/profile.toml``: the company profile, PR Studio's format;
- ``companies/<slug>/press-release.<language>.toml``: wizard answers per language;
- ``cases/<label>.toml``: ``[[cases]]`` with company, language, label, text, claim, note;
- ``releases/<slug>.<language>.md``: whole releases for timing.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.core.answers import Answers, load_answers_file, validate_answers
from desktop.core.findings import KINDS
from desktop.core.profile import CompanyProfile, load_profile
from desktop.core.workflows import get_workflow

#: One injected error of each of these kinds (they are also the checker's finding kinds).
#: Style is a convention, not a claim; changes of meaning are measured on the real-release set only.
ERROR_CLASSES: tuple[str, ...] = tuple(kind for kind in KINDS if kind not in ("style", "meaning"))
#: Errors a person would name although no finding kind has their name yet: a change of meaning with the
#: same words and figures ('늘어난' → '줄어든', 'signed' → 'terminated'). Caught when any finding is on them.
CASE_ONLY_CLASSES: tuple[str, ...] = ("meaning",)
LABELS: tuple[str, ...] = ("clean", "reworded", *ERROR_CLASSES, *CASE_ONLY_CLASSES)
CASE_KEYS = frozenset({"company", "language", "label", "text", "claim", "note"})


@dataclass(frozen=True)
class Company:
    slug: str
    profile: CompanyProfile
    #: Validated press-release answers by language ("ko", "en").
    answers: dict[str, Answers]


@dataclass(frozen=True)
class Case:
    company: str
    language: str
    label: str
    text: str
    claim: str = ""
    note: str = ""
    #: Where the case is written, for messages: "cases/number.toml #3".
    origin: str = ""
    extra_keys: tuple[str, ...] = field(default=())

    @property
    def claim_span(self) -> tuple[int, int]:
        """Character offsets of the claim in the text (its first occurrence)."""
        start = self.text.find(self.claim)
        return (start, start + len(self.claim)) if start >= 0 and self.claim else (-1, -1)


@dataclass(frozen=True)
class Release:
    company: str
    language: str
    text: str
    path: Path


def data_dir() -> Path:
    return paths.resource_root() / "bench" / "checker_data"


def load_companies(folder: Path | None = None) -> dict[str, Company]:
    root = (folder or data_dir()) / "companies"
    workflow = get_workflow("press-release")
    companies: dict[str, Company] = {}
    for profile_path in sorted(root.glob("*/profile.toml")):
        answers: dict[str, Answers] = {}
        for answers_path in sorted(profile_path.parent.glob("press-release.*.toml")):
            raw, text = load_answers_file(answers_path)
            language = answers_path.name.split(".")[1]
            answers[language] = validate_answers(workflow, raw, path=answers_path, text=text)
        slug = profile_path.parent.name
        companies[slug] = Company(slug, load_profile(profile_path), answers)
    return companies


def load_cases(folder: Path | None = None) -> list[Case]:
    root = (folder or data_dir()) / "cases"
    cases: list[Case] = []
    for path in sorted(root.glob("*.toml")):
        entries = tomllib.loads(path.read_text(encoding="utf-8")).get("cases", [])
        cases.extend(_case(entry, f"cases/{path.name} #{number}") for number, entry in enumerate(entries, 1))
    return cases


def _case(entry: dict[str, Any], origin: str) -> Case:
    return Case(
        company=str(entry.get("company", "")),
        language=str(entry.get("language", "")),
        label=str(entry.get("label", "")),
        text=str(entry.get("text", "")),
        claim=str(entry.get("claim", "")),
        note=str(entry.get("note", "")),
        origin=origin,
        extra_keys=tuple(sorted(set(entry) - CASE_KEYS)),
    )


def load_releases(folder: Path | None = None) -> list[Release]:
    root = (folder or data_dir()) / "releases"
    releases: list[Release] = []
    for path in sorted(root.glob("*.md")):
        company, language = path.name.split(".")[:2]
        releases.append(Release(company, language, path.read_text(encoding="utf-8").strip(), path))
    return releases
