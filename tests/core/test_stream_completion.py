"""A stream that stops early without an error is a failure, not a finished document."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from desktop.cli import main
from desktop.core.engines.anthropic_engine import AnthropicEngine
from desktop.core.engines.base import GenerationRequest
from desktop.core.engines.ollama_engine import OllamaEngine
from desktop.core.engines.openai_engine import OpenAIEngine
from desktop.core.engines.sampling import sampling_for
from desktop.core.prompting import Prompt
from desktop.core.store import History
from tests.core.fake_servers import anthropic_stream, ollama_chat_stream, ollama_show, openai_completion_stream

PROMPT = Prompt(prefix="자료: 한빛베이커리\n", cue="# ", stop=("</보도자료>",), max_tokens=100, language="ko")
REQUEST = GenerationRequest(PROMPT, sampling_for("precise", None))


def base_url(server: HTTPServer) -> str:
    return server.url_for("/v1").rstrip("/")


@pytest.mark.parametrize("finish", ["stop", "length", None])
def test_openai_compatible_stream_reports_whether_it_ended(httpserver: HTTPServer, finish: str | None) -> None:
    httpserver.expect_request("/v1/completions", method="POST").respond_with_data(
        openai_completion_stream(["한빛", "베이커리"], finish=finish), content_type="text/event-stream"
    )
    stream = OpenAIEngine("company-model", "no-key", base_url=base_url(httpserver), chat=False).stream(REQUEST)
    assert "".join(stream) == "한빛베이커리"
    assert stream.usage.done is (finish is not None)


def test_ollama_stream_without_its_done_line_is_not_done(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/show", method="POST").respond_with_json(ollama_show())
    cut = "".join(ollama_chat_stream("gemma3:4b", ["한빛", "베이커리"]).splitlines(keepends=True)[:-1])
    httpserver.expect_request("/api/chat", method="POST").respond_with_data(cut, content_type="application/x-ndjson")
    stream = OllamaEngine("gemma3:4b", host=httpserver.url_for("").rstrip("/")).stream(REQUEST)
    assert "".join(stream) == "한빛베이커리" and not stream.usage.done


def test_anthropic_stream_without_message_stop_is_not_done(httpserver: HTTPServer) -> None:
    whole = anthropic_stream(["한빛", "베이커리"])
    httpserver.expect_request("/v1/messages", method="POST").respond_with_data(
        whole.split("event: message_stop")[0], content_type="text/event-stream"
    )
    engine = AnthropicEngine("claude-test", "sk-ant-test", base_url=httpserver.url_for("").rstrip("/"))
    stream = engine.stream(REQUEST)
    assert "".join(stream) == "한빛베이커리" and not stream.usage.done


def test_a_cut_stream_is_saved_as_failed_with_a_finding_and_exit_code_3(
    httpserver: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/v1/completions", method="POST").respond_with_data(
        openai_completion_stream(["한빛베이커리, 성수동에 ", "7번째 매장"], finish=None),
        content_type="text/event-stream",
    )
    out = tmp_path / "보도자료.docx"
    args = ["generate", "press-release", "--demo", "--out", str(out), "--engine", "openai"]
    args += ["--model", "company-model", "--model-kind", "base", "--base-url", base_url(httpserver), "--allow-cloud"]
    assert main(args) == 3
    err = capsys.readouterr().err
    assert "끊겼습니다" in err and "prstudio history show 1" in err
    assert not out.exists()
    [draft] = History().drafts()
    [version] = History().versions(draft.id)
    headline = next(part for part in version.parts if part["title"] == "제목")
    assert version.status == "failed" and "7번째 매장" in headline["raw"]  # a base model's attempt, kept in history
    assert any("끊겼습니다" in finding for finding in version.findings)


def test_an_engine_failure_says_where_the_partial_draft_is(
    httpserver: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/api/show", method="POST").respond_with_json(ollama_show())
    body = ollama_chat_stream("gemma3:4b", ["첫 문장"]).splitlines()[0] + '\n{"error":"model runner has crashed"}\n'
    httpserver.expect_request("/api/chat", method="POST").respond_with_data(body, content_type="application/x-ndjson")
    args = ["generate", "press-release", "--demo", "--out", str(tmp_path / "a.docx"), "--engine", "ollama"]
    args += ["--model", "gemma3:4b", "--ollama-host", httpserver.url_for("").rstrip("/")]
    assert main(args) == 3
    err = capsys.readouterr().err
    assert "model runner has crashed" in err and "prstudio history show 1" in err
    [draft] = History().drafts()
    assert "첫 문장" in History().versions(draft.id)[-1].markdown
