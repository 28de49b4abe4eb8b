"""Whole documents: parts built from the facts trace to them, and the form is checked on whole documents only."""

from __future__ import annotations

import pytest

from desktop import paths
from desktop.core.answers import validate_answers
from desktop.core.factcheck import CheckContext, check_text
from desktop.core.outline import plan_outline
from desktop.core.profile import parse_profile
from desktop.core.prompting import PromptBuilder
from desktop.core.tomlfile import parse_toml_text
from desktop.core.workflows import get_workflow
from tests.core.factcheck import companies
from tests.core.factcheck.conftest import EXAMPLE_NAMES, context
from tests.core.factcheck.releases import DONGHAE_RELEASE, NURI_RELEASE


def _template_parts(workflow_name: str, profile_toml: str, answers: dict, language: str) -> str:
    workflow = get_workflow(workflow_name)
    profile = parse_profile(profile_toml)
    builder = PromptBuilder(workflow, profile, answers, language=language, count_tokens=len, context_window=100_000)
    parts = [
        builder.render_template_section(s)
        for s in plan_outline(workflow, answers, language)
        if s.spec.source == "template"
    ]
    return "\n\n".join(part.strip() for part in parts)


@pytest.mark.parametrize("workflow", ["press-release", "crisis-plan", "staff-manual", "catchphrase"])
def test_parts_built_from_the_demo_facts_produce_no_error(workflow: str) -> None:
    profile = (paths.demo_dir() / "company.toml").read_text(encoding="utf-8")
    raw = parse_toml_text((paths.demo_dir() / f"{workflow}.toml").read_text(encoding="utf-8"), None)
    answers = validate_answers(get_workflow(workflow), raw)
    for language in ("ko", "en"):
        text = _template_parts(workflow, profile, answers, language)
        ctx = CheckContext.build(
            parse_profile(profile),
            answers,
            workflow=get_workflow(workflow),
            language=language,
            example_names=EXAMPLE_NAMES,
        )
        assert [f for f in check_text(text, ctx) if f.severity == "error"] == []


def test_a_true_korean_release_has_no_finding_at_all() -> None:
    ctx = context(companies.DONGHAE, {**companies.DONGHAE_ANSWERS, "length": "short"}, workflow="press-release")
    assert check_text(DONGHAE_RELEASE, ctx) == []


def test_a_true_english_release_has_no_finding_at_all() -> None:
    answers = {**companies.NURI_ANSWERS, "length": "short"}
    ctx = context(companies.NURI, answers, language="en", workflow="press-release")
    assert check_text(NURI_RELEASE, ctx) == []


def test_style_is_judged_on_whole_documents_only(donghae: CheckContext) -> None:
    ctx = context(companies.DONGHAE, companies.DONGHAE_ANSWERS, workflow="press-release")
    paragraph = "동해정밀은 제2공장을 준공합니다."
    assert [f for f in check_text(paragraph, ctx) if f.kind == "style"] == []
    broken = DONGHAE_RELEASE.replace("준공… 신규 인력 35명 채용", "준공했습니다!").split("## 회사소개")[0]
    broken = broken.replace("받았다.", "받았습니다.")
    messages = [f.message_en for f in check_text(broken, ctx) if f.kind == "style"]
    assert any("exclamation" in m for m in messages)
    assert any("boilerplate" in m for m in messages) and any("media contact" in m for m in messages)
    assert any("newspaper endings" in m for m in messages)


def test_an_english_release_needs_its_release_line_and_end_mark() -> None:
    ctx = context(
        companies.NURI, {**companies.NURI_ANSWERS, "length": "short"}, language="en", workflow="press-release"
    )
    text = NURI_RELEASE.replace("**FOR IMMEDIATE RELEASE**", "").replace("###", "")
    messages = [f.message_en for f in check_text(text, ctx) if f.kind == "style"]
    assert any("FOR IMMEDIATE RELEASE" in m for m in messages) and any("###" in m for m in messages)


def test_a_crisis_plan_needs_the_sections_its_workflow_declares(hanbit: CheckContext) -> None:
    profile = (paths.demo_dir() / "company.toml").read_text(encoding="utf-8")
    answers = validate_answers(
        get_workflow("crisis-plan"),
        parse_toml_text((paths.demo_dir() / "crisis-plan.toml").read_text(encoding="utf-8"), None),
    )
    ctx = context(profile, answers, workflow="crisis-plan")
    text = (
        _template_parts("crisis-plan", profile, answers, "ko")
        + "\n\n## 목적과 범위\n\n이 계획서는 위기 때 할 일을 정한다.\n\n본문이다.\n"
    )
    messages = [f.message_ko for f in check_text(text, ctx) if f.kind == "style"]
    assert any("초기 입장문: 제품 이물질 발견 신고" in m for m in messages)
    assert any("사후 검토" in m for m in messages) and not any("목적과 범위" in m for m in messages)


def test_spans_index_the_markdown_and_placeholders_are_never_claims(donghae: CheckContext) -> None:
    text = "## 성과\n\n- **신규 인력 142명**을 채용한다.\n- 매출 [매출액 확인 필요]을 기록했다.\n"
    findings = check_text(text, donghae)
    assert [(f.kind, f.text) for f in findings] == [("number", "142명")]
    assert text[findings[0].start : findings[0].end] == "142명"
