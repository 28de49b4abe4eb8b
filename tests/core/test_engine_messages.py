"""Engine failures tell the right cause in plain words: down, dropped, busy, server error, no model chosen."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from desktop.cli import main
from desktop.core.engines.anthropic_engine import AnthropicEngine
from desktop.core.engines.base import GenerationRequest
from desktop.core.engines.ollama_engine import OllamaEngine
from desktop.core.engines.openai_engine import OpenAIEngine
from desktop.core.engines.sampling import sampling_for
from desktop.core.errors import EngineError
from desktop.core.prompting import Prompt
from desktop.core.settings import Settings, save_settings
from desktop.core.store import History
from tests.core.fake_servers import (
    DroppingOllama,
    anthropic_error,
    anthropic_stream,
    ollama_chat_stream,
    ollama_show,
    ollama_tags,
    openai_completion_stream,
    recorded_json,
)

REQUEST = GenerationRequest(
    Prompt(prefix="자료: 한빛베이커리\n", cue="# ", stop=(), max_tokens=50, language="ko"),
    sampling_for("precise", None),
)
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


def test_a_dropped_connection_is_not_called_ollama_not_running(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with DroppingOllama() as ollama:
        assert main(ollama_args(tmp_path, ollama.url, "--model", "gemma3:4b")) == 3
    err = capsys.readouterr().err
    assert "연결이 도중에 끊겼습니다" in err and "실행 중이 아닙니다" not in err
    assert "prstudio history show 1" in err
    [draft] = History().drafts()
    assert "첫 문장" in History().versions(draft.id)[-1].markdown


def test_an_http_500_is_a_sentence_not_a_python_dict(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/completions", method="POST").respond_with_json(
        {"error": {"message": "upstream model crashed", "type": "server_error", "code": None}}, status=500
    )
    engine = OpenAIEngine("company-model", "no-key", base_url=httpserver.url_for("/v1").rstrip("/"), chat=False)
    with pytest.raises(EngineError) as caught:
        list(engine.stream(REQUEST))
    message = caught.value.message("ko")
    assert "HTTP 500" in message and "upstream model crashed" in message
    assert "{" not in message and "'type'" not in message


def test_an_ollama_500_is_a_sentence(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/show", method="POST").respond_with_data(
        "<html><body><h1>500 Internal Server Error</h1></body></html>", status=500, content_type="text/html"
    )
    with pytest.raises(EngineError) as caught:
        OllamaEngine("gemma3:4b", host=host(httpserver)).context_window()
    assert caught.value.message("en") == "Ollama error (HTTP 500): 500 Internal Server Error"


def test_openai_compatible_server_429_then_200_is_retried_after_retry_after(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v1/completions", method="POST").respond_with_json(
        {"error": {"message": "slow down", "type": "rate_limit"}}, status=429, headers={"Retry-After": "1"}
    )
    httpserver.expect_request("/v1/completions", method="POST").respond_with_data(
        openai_completion_stream(["한빛", "베이커리"]), content_type="text/event-stream"
    )
    engine = OpenAIEngine("company-model", "no-key", base_url=httpserver.url_for("/v1").rstrip("/"), chat=False)
    started = time.monotonic()
    assert "".join(engine.stream(REQUEST)) == "한빛베이커리"
    assert time.monotonic() - started >= 0.9  # the server's Retry-After was honoured
    assert len(httpserver.log) == 2


def test_anthropic_overloaded_then_200_is_retried(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v1/messages", method="POST").respond_with_json(
        anthropic_error("overloaded_error", "Overloaded"), status=529, headers={"Retry-After": "1"}
    )
    httpserver.expect_request("/v1/messages", method="POST").respond_with_data(
        anthropic_stream(["한빛", "베이커리"]), content_type="text/event-stream"
    )
    engine = AnthropicEngine("claude-test", "sk-ant-test", base_url=host(httpserver))
    assert "".join(engine.stream(REQUEST)) == "한빛베이커리"
    assert len(httpserver.log) == 2


def test_a_busy_ollama_is_retried_after_retry_after(httpserver: HTTPServer) -> None:
    busy = {"error": "server busy, please try again.  maximum pending requests exceeded"}
    httpserver.expect_request("/api/show", method="POST").respond_with_json(ollama_show())
    httpserver.expect_oneshot_request("/api/chat", method="POST").respond_with_json(
        busy, status=503, headers={"Retry-After": "1"}
    )
    httpserver.expect_request("/api/chat", method="POST").respond_with_data(
        ollama_chat_stream("gemma3:4b", ["한빛", "베이커리"]), content_type="application/x-ndjson"
    )
    started = time.monotonic()
    stream = OllamaEngine("gemma3:4b", host=host(httpserver)).stream(REQUEST)
    assert "".join(stream) == "한빛베이커리" and stream.usage.done
    assert time.monotonic() - started >= 0.9
    assert [request.path for request, _ in httpserver.log].count("/api/chat") == 2
