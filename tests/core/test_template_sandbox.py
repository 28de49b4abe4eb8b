"""Shared workflow folders are untrusted: a prompt template sees plain data and can touch no file."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from desktop import paths
from desktop.cli import main
from desktop.core.answers import load_answers_file, validate_answers
from desktop.core.engines.base import estimate_tokens
from desktop.core.errors import InputError
from desktop.core.outline import plan_outline
from desktop.core.profile import CompanyProfile
from desktop.core.prompting import PromptBuilder
from desktop.core.templating import TemplateRenderer
from desktop.core.workflows import get_workflow


@pytest.fixture
def prompts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped prompts that the test may edit, as a user sharing a workflow folder would."""
    copy = tmp_path / "prompts"
    shutil.copytree(paths.prompts_dir(), copy)
    monkeypatch.setenv("PRSTUDIO_PROMPTS", str(copy))
    return copy


def prepend(prompts: Path, line: str) -> None:
    prefix = prompts / "press-release" / "prefix.md.j2"
    prefix.write_text(line + "\n" + prefix.read_text(encoding="utf-8"), encoding="utf-8")


def plan_press_release(profile: CompanyProfile) -> PromptBuilder:
    workflow = get_workflow("press-release")
    raw, _ = load_answers_file(paths.demo_dir() / "press-release.toml")
    answers = validate_answers(workflow, raw)
    builder = PromptBuilder(
        workflow, profile, answers, language="ko", count_tokens=estimate_tokens, context_window=100_000
    )
    builder.plan(plan_outline(workflow, answers, "ko"))
    return builder


def test_a_template_cannot_read_a_file_through_an_example(prompts: Path, demo_profile: CompanyProfile) -> None:
    prepend(prompts, "{{ examples[0].path.joinpath('/etc/hostname').read_text() }}")
    with pytest.raises(InputError) as caught:
        plan_press_release(demo_profile)
    message = caught.value.message("ko")
    assert "prefix.md.j2" in message and "1번째 줄" in message
    assert socket.gethostname() not in message


def test_a_template_cannot_write_a_file(prompts: Path, demo_profile: CompanyProfile, tmp_path: Path) -> None:
    target = tmp_path / "written-by-a-template.txt"
    prepend(prompts, f"{{{{ examples[0].path.joinpath('{target}').write_text('x') }}}}")
    with pytest.raises(InputError):
        plan_press_release(demo_profile)
    assert not target.exists()


def test_no_method_on_objects_the_sandbox_does_not_know(tmp_path: Path, demo_profile: CompanyProfile) -> None:
    (tmp_path / "t.md.j2").write_text("{{ company.name }}\n{{ company.model_dump_json() }}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        TemplateRenderer(tmp_path).render("t.md.j2", {"company": demo_profile.company})
    assert "t.md.j2" in caught.value.message("en") and "line 2" in caught.value.message("en")
    # Plain data still works as templates expect: keys, str methods, loops.
    (tmp_path / "ok.md.j2").write_text(
        "{{ company.name }} {{ answers.items }} {% for p in products %}{{ loop.index }}{{ p.name.strip() }}{% endfor %}",
        encoding="utf-8",
    )
    rendered = TemplateRenderer(tmp_path).render(
        "ok.md.j2", {"company": demo_profile.company, "answers": {"items": "값"}, "products": demo_profile.products}
    )
    assert rendered.startswith(f"{demo_profile.company.name} 값 1{demo_profile.products[0].name}")


@pytest.mark.parametrize(
    "expression", ["{{ range(10**7) }}", "{{ 'x' * 1000000 }}", "{{ 9 ** 999 ** 999 }}", "{{ 1 / 0 }}"]
)
def test_resource_hungry_or_failing_expressions_name_the_template(tmp_path: Path, expression: str) -> None:
    (tmp_path / "t.md.j2").write_text(f"첫 줄\n{expression}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        TemplateRenderer(tmp_path).render("t.md.j2", {})
    assert "t.md.j2" in caught.value.message("ko") and "2번째 줄" in caught.value.message("ko")


def test_a_huge_range_in_a_shared_template_is_exit_code_2(
    prompts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prepend(prompts, "{% for i in range(10**7) %}{% endfor %}")
    code = main(["generate", "press-release", "--demo", "--out", str(tmp_path / "a.docx"), "--engine", "embedded"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "prefix.md.j2" in err and "1번째 줄" in err and "Traceback" not in err


def test_a_missing_include_names_the_including_template(prompts: Path, demo_profile: CompanyProfile) -> None:
    prepend(prompts, '{% include "nowhere.md.j2" %}')
    with pytest.raises(InputError) as caught:
        plan_press_release(demo_profile)
    assert "nowhere.md.j2" in caught.value.message("ko") and "prefix.md.j2" in caught.value.message("ko")
