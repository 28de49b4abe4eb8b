"""The real-release set behind ``bench/checker_eval.py --data bench/checker_data/real`` stays well-formed."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bench.checker_cases import LABELS, Case, Company, load_cases, load_companies, load_releases

REAL = Path(__file__).resolve().parents[2] / "bench" / "checker_data" / "real"


@cache
def companies() -> dict[str, Company]:
    return load_companies(REAL)


def test_every_release_has_its_source_its_profile_and_its_answers() -> None:
    releases = load_releases(REAL)
    assert sum(r.language == "ko" for r in releases) >= 15 and sum(r.language == "en" for r in releases) >= 8
    for release in releases:
        folder = REAL / "companies" / release.company
        assert "http" in (folder / "source.txt").read_text(encoding="utf-8"), release.path.name
        assert release.language in companies()[release.company].answers, release.path.name


def test_every_case_is_labelled_once_in_its_text_and_belongs_to_a_release() -> None:
    cases: list[Case] = load_cases(REAL)
    assert len(cases) >= 200
    for case in cases:
        assert case.label in LABELS, f"{case.origin}: label {case.label!r}"
        assert case.company in companies(), f"{case.origin}: no company {case.company!r}"
        if case.label == "clean":
            assert not case.claim, case.origin
        else:
            assert case.text.count(case.claim) == 1, f"{case.origin}: claim {case.claim!r}"
