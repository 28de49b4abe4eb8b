"""``prstudio check``: drafts from anywhere, text or JSON, exit codes that scripts can rely on."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
import tomli_w

from desktop.cli import main
from tests.core.factcheck import companies
from tests.core.factcheck.releases import DONGHAE_RELEASE


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    profile = tmp_path / "동해정밀.toml"
    profile.write_text(companies.DONGHAE, encoding="utf-8")
    answers = tmp_path / "answers.toml"
    answers.write_text(tomli_w.dumps({**companies.DONGHAE_ANSWERS, "length": "short"}), encoding="utf-8")
    clean = tmp_path / "clean.md"
    clean.write_text(DONGHAE_RELEASE, encoding="utf-8")
    wrong = tmp_path / "wrong.docx"
    word = docx.Document()
    for line in ["동해정밀, 제2공장 준공", "", "동해정밀은 신규 인력 142명을 채용한다.", "문의: 010-2345-6789"]:
        word.add_paragraph(line)
    word.save(str(wrong))
    return {"profile": profile, "answers": answers, "clean": clean, "wrong": wrong}


def test_json_shape_offsets_and_exit_code(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    args = [
        "check",
        str(files["clean"]),
        str(files["wrong"]),
        "--profile",
        str(files["profile"]),
        "--answers",
        str(files["answers"]),
    ]
    assert main([*args, "--workflow", "press-release", "--json"]) == 5
    report = json.loads(capsys.readouterr().out)
    clean, wrong = report["files"]
    assert clean == {"path": str(files["clean"]), "findings": []}
    assert wrong["path"] == str(files["wrong"])
    text = "동해정밀, 제2공장 준공\n\n동해정밀은 신규 인력 142명을 채용한다.\n문의: 010-2345-6789"
    found = {(f["kind"], f["severity"], f["text"]) for f in wrong["findings"]}
    assert {("number", "error", "142명"), ("contact", "error", "010-2345-6789")} <= found
    for finding in wrong["findings"]:
        assert set(finding) >= {"kind", "severity", "start", "end", "text", "message"}
        assert text[finding["start"] : finding["end"]] == finding["text"]


def test_text_report_names_lines_and_a_clean_draft_exits_zero(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRSTUDIO_LANG", "en")
    assert (
        main(["check", str(files["clean"]), "--profile", str(files["profile"]), "--answers", str(files["answers"])])
        == 0
    )
    assert "0 error(s)" in capsys.readouterr().out
    assert main(["check", str(files["wrong"]), "--profile", str(files["profile"])]) == 5
    out = capsys.readouterr().out
    assert f"{files['wrong']}:3: [error] number: «142명»" in out and f"{files['wrong']}:4: [error] contact" in out


def test_bad_input_names_the_file(files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = ["--profile", str(files["profile"])]
    assert main(["check", str(tmp_path / "없음.md"), *profile]) == 2
    assert "없음.md" in capsys.readouterr().err
    odd = tmp_path / "draft.pdf"
    odd.write_bytes(b"%PDF")
    assert main(["check", str(odd), *profile]) == 2
    assert "draft.pdf" in capsys.readouterr().err
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    assert main(["check", str(broken), *profile]) == 2
    assert "broken.docx" in capsys.readouterr().err
    assert main(["check", str(files["clean"]), "--profile", str(tmp_path / "none.toml")]) == 2
    assert main(["check", str(files["clean"]), *profile, "--workflow", "nope"]) == 2
