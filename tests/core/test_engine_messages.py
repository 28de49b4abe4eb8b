"""Engine failures tell the right cause in plain words: down, dropped, busy, server error, no model chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from desktop.cli import main
from desktop.core.settings import Settings, save_settings
from tests.core.fake_servers import ollama_chat_stream, ollama_show, ollama_tags

LEAD = "한빛베이커리, 성수동에 7번째 매장\n\n서울, 2026년 3월 10일 — 한빛베이커리가 7번째 매장을 연다고 밝혔다."


def host(server: HTTPServer) -> str:
    return server.url_for("").rstrip("/")


def ollama_args(tmp_path: Path, address: str, *extra: str) -> list[str]:
    out = str(tmp_path / "out.docx")
    return ["generate", "press-release", "--demo", "--out", out, "--engine", "ollama", "--ollama-host", address, *extra]


def serve_generation(server: HTTPServer, model: str = "gemma3:4b") -> None:
    server.expect_request("/api/show", method="POST").respond_with_json(ollama_show())
    server.expect_request("/api/chat", method="POST").respond_with_data(
        ollama_chat_stream(model, [LEAD]), content_type="application/x-ndjson"
    )


def test_ollama_without_a_model_and_ollama_down_is_exit_code_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(ollama_args(tmp_path, "http://127.0.0.1:9")) == 3
    assert "Ollama가 실행 중이 아닙니다" in capsys.readouterr().err


def test_ollama_without_a_model_uses_the_installed_one_and_says_which(
    httpserver: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/api/tags", method="GET").respond_with_json(ollama_tags())
    serve_generation(httpserver)
    assert main(ollama_args(tmp_path, host(httpserver))) == 0
    err = capsys.readouterr().err
    assert "설치된 유일한 모델 'gemma3:4b'" in err
    from tests.core.fake_servers import recorded_json

    assert recorded_json(httpserver.log[-1][0])["model"] == "gemma3:4b"


def test_ollama_without_a_model_prefers_the_setting(
    httpserver: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    save_settings(Settings(ollama_model="qwen3:4b"))
    serve_generation(httpserver, "qwen3:4b")
    assert main(ollama_args(tmp_path, host(httpserver))) == 0
    assert not [request for request, _ in httpserver.log if request.path == "/api/tags"]
    assert "ollama:qwen3:4b" in capsys.readouterr().err


def test_ollama_with_no_model_installed_says_how_to_get_one(
    httpserver: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/api/tags", method="GET").respond_with_json({"models": []})
    assert main(ollama_args(tmp_path, host(httpserver))) == 3
    assert "ollama pull" in capsys.readouterr().err
