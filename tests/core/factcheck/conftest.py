"""Check contexts for the development companies, built once per test session (the analyser loads once)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop import paths
from desktop.core.examples import example_names, load_examples
from desktop.core.factcheck import CheckContext, check_text
from desktop.core.findings import Finding
from desktop.core.profile import parse_profile
from desktop.core.tomlfile import parse_toml_text
from desktop.core.workflows import get_workflow
from tests.core.factcheck import companies

EXAMPLE_NAMES = frozenset(example_names(load_examples(paths.prompts_dir() / "press-release" / "examples")))


def context(profile_toml: str, answers: dict, language: str = "ko", workflow: str | None = None) -> CheckContext:
    profile = parse_profile(profile_toml)
    flow = get_workflow(workflow) if workflow else None
    return CheckContext.build(profile, answers, language=language, workflow=flow, example_names=EXAMPLE_NAMES)


@pytest.fixture(scope="session")
def donghae() -> CheckContext:
    return context(companies.DONGHAE, companies.DONGHAE_ANSWERS)


@pytest.fixture(scope="session")
def nuri() -> CheckContext:
    return context(companies.NURI, companies.NURI_ANSWERS, language="en")


@pytest.fixture(scope="session")
def bridge() -> CheckContext:
    return context(companies.BRIDGE, companies.BRIDGE_ANSWERS)


@pytest.fixture(scope="session")
def bridge_en() -> CheckContext:
    return context(companies.BRIDGE, companies.BRIDGE_ANSWERS, language="en")


@pytest.fixture(scope="session")
def sodam() -> CheckContext:
    return context(companies.SODAM, companies.SODAM_ANSWERS)


@pytest.fixture(scope="session")
def sodam_en() -> CheckContext:
    return context(companies.SODAM, companies.SODAM_ANSWERS, language="en")


@pytest.fixture(scope="session")
def galmae() -> CheckContext:
    return context(companies.GALMAE, companies.GALMAE_ANSWERS)


@pytest.fixture(scope="session")
def galmae_en() -> CheckContext:
    return context(companies.GALMAE, companies.GALMAE_ANSWERS, language="en")


@pytest.fixture(scope="session")
def hanbit() -> CheckContext:
    demo = (paths.demo_dir() / "company.toml").read_text(encoding="utf-8")
    answers = parse_toml_text((paths.demo_dir() / "press-release.toml").read_text(encoding="utf-8"), None)
    return context(demo, answers)


def caught(ctx: CheckContext, text: str, claim: str, kind: str) -> list[Finding]:
    """The findings overlapping ``claim`` in ``text``; the test asserts one has ``kind``."""
    start = text.index(claim)
    end = start + len(claim)
    found = [f for f in check_text(text, ctx) if f.start < end and start < f.end]
    assert any(f.kind == kind for f in found), f"{kind} not caught in {claim!r}: {check_text(text, ctx)}"
    return found


def errors(ctx: CheckContext, text: str) -> list[Finding]:
    return [f for f in check_text(text, ctx) if f.severity == "error"]


Check = Callable[[CheckContext, str, str, str], list[Finding]]
