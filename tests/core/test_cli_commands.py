"""The other ``prstudio`` commands: history, models, streaming output."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pytest_httpserver import HTTPServer

from desktop.cli import main
from desktop.core.store import History
from tests.core.fake_servers import ollama_pull_stream, ollama_tags

pytestmark = pytest.mark.model


def test_stream_then_list_show_and_export_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "first.docx"
    args = ["generate", "catchphrase", "--demo", "--out", str(out), "--max-tokens", "60", "--seed", "1", "--stream"]
    assert main([*args, "--set", "count=3"]) == 0
    streamed = capsys.readouterr()
    assert streamed.out.strip() and "섹션 2/3" in streamed.err

    assert main(["history"]) == 0
    listing = capsys.readouterr().out
    assert "#1" in listing and "catchphrase" in listing and "한빛베이커리" in listing

    assert main(["history", "show", "1"]) == 0
    shown = capsys.readouterr().out
    assert shown == History().versions(1)[-1].markdown + "\n"

    again = tmp_path / "again.docx"
    assert main(["history", "export", "1", "--out", str(again)]) == 0
    assert docx.Document(str(again)).paragraphs[0].text == docx.Document(str(out)).paragraphs[0].text

    assert main(["history", "show", "42"]) == 2
    assert "#42" in capsys.readouterr().err


def test_models_lists_each_engine(httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]) -> None:
    httpserver.expect_request("/api/tags", method="GET").respond_with_json(ollama_tags())
    assert main(["models", "--ollama-host", httpserver.url_for("").rstrip("/")]) == 0
    out = capsys.readouterr().out
    assert "gemma-3-270m" in out and "gemma3:4b" in out and "--allow-cloud" in out


def test_models_when_ollama_is_down(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "--ollama-host", "http://127.0.0.1:9"]) == 0
    assert "Ollama가 실행 중이 아닙니다" in capsys.readouterr().out


def test_pull_shows_progress(httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]) -> None:
    httpserver.expect_request("/api/pull", method="POST").respond_with_data(
        ollama_pull_stream(), content_type="application/x-ndjson"
    )
    assert main(["models", "--pull", "gemma3:4b", "--ollama-host", httpserver.url_for("").rstrip("/")]) == 0
    err = capsys.readouterr().err
    assert "pulling manifest" in err and "success" in err and "내려받았습니다" in err
