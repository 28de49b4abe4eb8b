"""Answers are checked against the workflow's declared types and ranges before any work starts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop import paths
from desktop.cli import main
from desktop.core.answers import apply_overrides, load_answers_file, validate_answers
from desktop.core.errors import InputError
from desktop.core.store import History
from desktop.core.workflows import get_workflow, load_workflow_file


def refused(workflow: str, **answers: Any) -> str:
    raw, _ = load_answers_file(paths.demo_dir() / f"{workflow}.toml")
    with pytest.raises(InputError) as caught:
        validate_answers(get_workflow(workflow), {**raw, **answers})
    return caught.value.message("ko")


@pytest.mark.parametrize(
    ("workflow", "answers", "expected"),
    [
        ("catchphrase", {"count": 100000}, "1~50"),
        ("catchphrase", {"count": -3}, "1~50"),
        ("catchphrase", {"count": 3.7}, "정수"),
        ("catchphrase", {"max_length": -1}, "0~200"),
        ("crisis-plan", {"severity_levels": 9}, "3~5"),
        ("crisis-plan", {"scenarios": [f"상황 {n}" for n in range(40)]}, "최대 20개"),
        ("press-release", {"announcement": "가" * 5000}, "최대 3000자"),
        ("press-release", {"key_points": {"a": 1}}, "표"),
        ("press-release", {"announcement": {"a": 1}}, "글자여야 하는데 표입니다"),
        ("press-release", {"key_points": [["중첩", "목록"]]}, "목록"),
        ("staff-manual", {"chapters": ["근무 시간", {"a": 1}]}, "표"),
    ],
)
def test_out_of_range_or_wrongly_shaped_answers_are_refused(workflow: str, answers: dict, expected: str) -> None:
    message = refused(workflow, **answers)
    [key] = answers
    assert expected in message and f"항목 '{key}'" in message


def test_a_table_in_the_answers_file_is_named_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "answers.toml"
    answers.write_text('announcement = "성수동 7번째 매장"\n\n[key_points]\na = 1\n', encoding="utf-8")
    args = ["generate", "press-release", "--profile", str(paths.demo_dir() / "company.toml")]
    args += ["--answers", str(answers), "--out", str(tmp_path / "a.docx"), "--engine", "ollama"]
    assert main([*args, "--model", "gemma3:4b", "--ollama-host", "http://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert "key_points" in err and "3번째 줄" in err and "{'a': 1}" not in err


def test_a_huge_count_is_refused_before_any_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["generate", "catchphrase", "--demo", "--out", str(tmp_path / "a.docx"), "--set", "count=100000"]
    assert main([*args, "--engine", "ollama", "--model", "gemma3:4b", "--ollama-host", "http://127.0.0.1:9"]) == 2
    assert "후보 수" in capsys.readouterr().err
    assert History().drafts() == []


@pytest.mark.parametrize("option", ["key_points=[첫째, 둘째", 'key_points=["첫째", "둘째"', "key_points=[{a = 1}]"])
def test_a_malformed_set_list_is_refused(option: str) -> None:
    with pytest.raises(InputError) as caught:
        validate_answers(get_workflow("press-release"), apply_overrides({"announcement": "새 매장"}, [option]))
    assert "key_points" in caught.value.message("ko")


def test_well_formed_answers_still_pass() -> None:
    workflow = get_workflow("press-release")
    answers = apply_overrides({"announcement": "새 매장"}, ['key_points=["첫째", "둘째"]'])
    assert validate_answers(workflow, answers)["key_points"] == ["첫째", "둘째"]
    assert validate_answers(workflow, apply_overrides(answers, ["key_points=첫째; 둘째"]))["key_points"] == [
        "첫째",
        "둘째",
    ]
    catchphrase = get_workflow("catchphrase")
    assert validate_answers(catchphrase, {"subject": "식빵", "count": "50", "max_length": ""})["count"] == 50


def test_a_workflow_declaring_an_impossible_range_is_refused(tmp_path: Path) -> None:
    definition = tmp_path / "workflow.toml"
    text = (paths.prompts_dir() / "catchphrase" / "workflow.toml").read_text(encoding="utf-8")
    definition.write_text(text.replace("min = 1\nmax = 50", "min = 60\nmax = 50"), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_workflow_file(definition)
    assert "count" in caught.value.message("en")
