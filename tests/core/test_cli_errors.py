"""Bad input from a user: a clear message naming file, key and line, exit code 2, nothing lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop import paths
from desktop.cli import main
from desktop.core.store import History

DEMO = paths.demo_dir()


def generate(tmp_path: Path, *extra: str, profile: Path | None = None, answers: Path | None = None) -> list[str]:
    return [
        "generate",
        "press-release",
        "--profile",
        str(profile or DEMO / "company.toml"),
        "--answers",
        str(answers or DEMO / "press-release.toml"),
        "--out",
        str(tmp_path / "out.docx"),
        "--max-tokens",
        "40",
        *extra,
    ]


def test_malformed_toml_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "company.toml"
    broken.write_text('[company]\nname = "한빛\nceo = "김다은"\n', encoding="utf-8")
    assert main(["profile", "check", str(broken)]) == 2
    err = capsys.readouterr().err
    assert str(broken) in err and "2번째 줄" in err
    assert "Traceback" not in err


def test_unknown_key_is_named_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "company.toml"
    profile.write_text('[company]\nname = "한빛"\n\n[brand]\ntone = ["따뜻한"]\ncolour = "blue"\n', encoding="utf-8")
    assert main(["profile", "check", str(profile)]) == 2
    err = capsys.readouterr().err
    assert "brand.colour" in err and "6번째 줄" in err and "알 수 없는 항목" in err


def test_missing_required_answer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "answers.toml"
    answers.write_text('date = "2026-03-10"\n', encoding="utf-8")
    assert main(generate(tmp_path, answers=answers)) == 2
    err = capsys.readouterr().err
    assert "announcement" in err and "발표 내용" in err
    assert not (tmp_path / "out.docx").exists()


def test_unknown_answer_key_and_bad_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(generate(tmp_path, "--set", "headline=새 소식")) == 2
    assert "headline" in capsys.readouterr().err
    assert main(generate(tmp_path, "--set", "date=3월 10일")) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_unknown_workflow(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "newsletter", "--demo", "--out", str(tmp_path / "x.docx")]) == 2
    err = capsys.readouterr().err
    assert "newsletter" in err and "press-release" in err


def test_output_folder_that_does_not_exist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["generate", "press-release", "--demo", "--out", str(tmp_path / "없는폴더" / "a.docx")])
    assert code == 2
    assert "없는폴더" in capsys.readouterr().err
    assert History().drafts() == []  # checked before any work was done


@pytest.mark.model
def test_unwritable_output_keeps_the_draft_in_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "out.docx").mkdir()  # something that is not a writable file stands where the file should go
    assert main(generate(tmp_path)) == 2
    err = capsys.readouterr().err
    assert "out.docx" in err and "기록에 저장" in err
    drafts = History().drafts()
    assert len(drafts) == 1
    version = History().versions(drafts[0].id)[-1]
    assert version.status == "complete" and "회사소개" in version.markdown


def test_template_error_in_user_edited_prompt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prompts = tmp_path / "prompts"
    shutil.copytree(paths.prompts_dir(), prompts)
    section = prompts / "press-release" / "section.md.j2"
    section.write_text("{% if lang == 'ko' %}\n<보도자료>\n{{ answers.headline }}\n{% endif %}\n", encoding="utf-8")
    monkeypatch.setenv("PRSTUDIO_PROMPTS", str(prompts))
    assert main(generate(tmp_path)) == 2
    err = capsys.readouterr().err
    assert "section.md.j2" in err and "3번째 줄" in err and "headline" in err


def test_template_syntax_error_names_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prompts = tmp_path / "prompts"
    shutil.copytree(paths.prompts_dir(), prompts)
    (prompts / "press-release" / "prefix.md.j2").write_text("첫 줄\n{% if lang %}\n열린 채 끝\n", encoding="utf-8")
    monkeypatch.setenv("PRSTUDIO_PROMPTS", str(prompts))
    assert main(generate(tmp_path)) == 2
    err = capsys.readouterr().err
    assert "prefix.md.j2" in err and "줄" in err


def test_ollama_not_running_is_exit_code_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(generate(tmp_path, "--engine", "ollama", "--model", "gemma3:4b", "--ollama-host", "http://127.0.0.1:9"))
    assert code == 3
    assert "Ollama가 실행 중이 아닙니다" in capsys.readouterr().err


def test_cloud_without_consent_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(generate(tmp_path, "--engine", "anthropic", "--model", "claude-x")) == 2
    assert "--allow-cloud" in capsys.readouterr().err


def test_english_messages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PRSTUDIO_LANG", "en")
    assert main(["generate", "newsletter", "--demo", "--out", str(tmp_path / "x.docx")]) == 2
    assert "there is no workflow called 'newsletter'" in capsys.readouterr().err


def test_self_check_and_workflows_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["self-check"]) == 0
    out = capsys.readouterr().out
    assert "FAIL" not in out and out.count("OK") >= 10
    assert main(["workflows"]) == 0
    listing = capsys.readouterr().out
    for name in ("press-release", "catchphrase", "crisis-plan", "staff-manual"):
        assert name in listing
