"""The labelled set behind ``bench/checker_eval.py`` stays well-formed.

A measurement is only as honest as its labels: a claim that is not in its
paragraph, a case for a company that does not exist or a class with a handful
of cases would make the checker's figures meaningless. No model, no checker:
this only reads the set.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

from bench.checker_cases import ERROR_CLASSES, LABELS, Case, Company, load_cases, load_companies, load_releases

MIN_PER_CLASS = 18


@cache
def companies() -> dict[str, Company]:
    return load_companies()


@cache
def cases() -> tuple[Case, ...]:
    return tuple(load_cases())


def test_companies_are_full_profiles_with_valid_answers() -> None:
    found = companies()
    assert len(found) >= 6
    assert "한빛베이커리" not in {c.profile.company.name for c in found.values()}, "the demo bakery is not reused"
    for company in found.values():
        profile = company.profile
        assert profile.company.ceo and profile.company.headquarters and profile.company.description, company.slug
        assert profile.brand.avoid and profile.products and profile.contact.phone and profile.contact.email, (
            company.slug
        )
        assert len(profile.facts) >= 8, company.slug
        assert company.answers, f"{company.slug} has no press-release answers"
        for answers in company.answers.values():
            assert answers["date"] and answers["location"] and answers["quote_speaker"] and answers["quote_points"]
    english = [
        c for c in found.values() if c.profile.brand.language == "en" and c.profile.company.description.isascii()
    ]
    assert len(english) >= 2, "at least two companies with an English name and English boilerplate"


def test_every_case_is_labelled_and_belongs_to_a_company() -> None:
    for case in cases():
        where = case.origin
        assert not case.extra_keys, f"{where}: unknown keys {case.extra_keys}"
        assert case.label in LABELS, f"{where}: label {case.label!r}"
        assert case.origin.startswith(f"cases/{case.label}.toml"), f"{where}: label {case.label!r} in the wrong file"
        assert case.company in companies(), f"{where}: no company {case.company!r}"
        assert case.language in companies()[case.company].answers, f"{where}: no {case.language} answers"
        assert case.text.strip() == case.text and len(case.text) >= 40, f"{where}: text"


def test_every_claim_is_in_its_text_exactly_once() -> None:
    for case in cases():
        if case.label == "clean":
            assert not case.claim, f"{case.origin}: a clean paragraph has no claim"
            continue
        assert case.claim.strip() == case.claim and case.claim, f"{case.origin}: empty or padded claim"
        assert case.text.count(case.claim) == 1, f"{case.origin}: claim {case.claim!r} must occur once in the text"


def test_no_paragraph_is_written_twice() -> None:
    repeated = [text for text, count in Counter(case.text for case in cases()).items() if count > 1]
    assert not repeated


@pytest.mark.parametrize("label", ERROR_CLASSES)
def test_every_class_has_enough_cases_in_both_languages(label: str) -> None:
    languages = Counter(case.language for case in cases() if case.label == label)
    assert sum(languages.values()) >= MIN_PER_CLASS
    assert languages["ko"] and languages["en"]


def test_the_set_has_the_promised_size() -> None:
    labels = Counter(case.label for case in cases())
    assert sum(labels[label] for label in ERROR_CLASSES) >= 250
    assert labels["clean"] >= 70
    assert labels["reworded"] >= 50
    languages = Counter(case.language for case in cases())
    assert languages["ko"] > languages["en"] > 0


def test_whole_releases_for_timing() -> None:
    releases = load_releases()
    assert releases
    for release in releases:
        assert release.company in companies() and release.language in companies()[release.company].answers
        assert 1_700 <= len(release.text) <= 2_600, f"{release.path.name}: {len(release.text)} characters"
