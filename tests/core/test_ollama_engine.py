"""The Ollama engine against a loopback server speaking Ollama's documented API."""

from __future__ import annotations

import time

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from desktop.core.engines.base import GenerationRequest
from desktop.core.engines.ollama_engine import OllamaEngine
from desktop.core.engines.sampling import sampling_for
from desktop.core.errors import EngineError, EngineUnreachable, ModelMissing
from desktop.core.prompting import Prompt
from tests.core.fake_servers import (
    ollama_chat_stream,
    ollama_pull_stream,
    ollama_show,
    ollama_tags,
    recorded_json,
)

PROMPT = Prompt(
    prefix="자료: 한빛베이커리\n", cue="<보도자료>\n# ", stop=("</보도자료>",), max_tokens=300, language="ko"
)


def request(seed: int | None = 7) -> GenerationRequest:
    return GenerationRequest(PROMPT, sampling_for("creative", seed))


def engine_for(server: HTTPServer, **kwargs: object) -> OllamaEngine:
    return OllamaEngine("gemma3:4b", host=server.url_for("").rstrip("/"), **kwargs)  # type: ignore[arg-type]


def test_streams_text_and_sends_num_ctx_min_p_and_no_thinking(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/show", method="POST").respond_with_json(ollama_show(131072))
    httpserver.expect_request("/api/chat", method="POST").respond_with_data(
        ollama_chat_stream("gemma3:4b", ["한빛", "베이커리, ", "7번째 매장"]), content_type="application/x-ndjson"
    )
    engine = engine_for(httpserver)
    stream = engine.stream(request())
    assert "".join(stream) == "한빛베이커리, 7번째 매장"
    body = recorded_json(httpserver.log[-1][0])
    assert body["think"] is False and body["stream"] is True
    assert body["options"]["num_ctx"] == 2048  # the prompt's need, rounded to a standard size
    assert body["options"]["min_p"] == 0.1 and body["options"]["seed"] == 7
    assert body["options"]["num_predict"] == 300 and body["options"]["stop"] == ["</보도자료>"]
    assert stream.usage.prompt_tokens == 120 and stream.usage.output_tokens == 3
    assert stream.usage.time_to_first_token is not None and not stream.usage.truncated


def test_num_ctx_is_capped_by_the_model_and_memory(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/show", method="POST").respond_with_json(ollama_show(4096))
    engine = engine_for(httpserver)
    assert engine.num_ctx_for(3000) == 4096
    assert engine.num_ctx_for(100_000) == 4096
    roomy = engine_for(httpserver, memory_cap=16384)
    roomy._context_length = 131072
    assert roomy.num_ctx_for(9000) == 16384 and roomy.context_window() == 16384


def test_a_prompt_that_filled_the_window_is_reported_as_truncated(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/show", method="POST").respond_with_json(ollama_show(131072))
    httpserver.expect_request("/api/chat", method="POST").respond_with_data(
        ollama_chat_stream("gemma3:4b", ["x"], prompt_eval_count=2048), content_type="application/x-ndjson"
    )
    stream = engine_for(httpserver).stream(request())
    list(stream)
    assert stream.usage.truncated


def test_missing_model_is_a_404_with_advice(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/show", method="POST").respond_with_json(
        {"error": "model 'gemma3:4b' not found"}, status=404
    )
    with pytest.raises(ModelMissing) as caught:
        engine_for(httpserver).context_window()
    assert "ollama pull gemma3:4b" in caught.value.message("ko")


def test_error_line_in_the_middle_of_a_stream(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/show", method="POST").respond_with_json(ollama_show())
    body = (
        ollama_chat_stream("gemma3:4b", ["첫 문장"]).splitlines()[0]
        + '\n{"error":"an error was encountered while running the model"}\n'
    )
    httpserver.expect_request("/api/chat", method="POST").respond_with_data(body, content_type="application/x-ndjson")
    received: list[str] = []
    with pytest.raises(EngineError) as caught:
        for chunk in engine_for(httpserver).stream(request()):
            received.append(chunk)
    assert received == ["첫 문장"]
    assert "an error was encountered" in caught.value.message("en")


def test_a_stalled_server_trips_the_watchdog(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/show", method="POST").respond_with_json(ollama_show())

    def stall(_: Request) -> Response:
        time.sleep(3)
        return Response("", status=200)

    httpserver.expect_request("/api/chat", method="POST").respond_with_handler(stall)
    started = time.monotonic()
    with pytest.raises(EngineUnreachable) as caught:
        list(engine_for(httpserver, first_token_timeout=1.0).stream(request()))
    assert time.monotonic() - started < 2.9
    assert "응답하지 않았습니다" in caught.value.message("ko")


def test_a_server_that_is_down() -> None:
    engine = OllamaEngine("gemma3:4b", host="http://127.0.0.1:9")
    with pytest.raises(EngineUnreachable) as caught:
        engine.list_models()
    assert "내장 모델로 계속" in caught.value.message("ko")


def test_lists_models_and_pulls_with_progress(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/tags", method="GET").respond_with_json(ollama_tags())
    httpserver.expect_request("/api/pull", method="POST").respond_with_data(
        ollama_pull_stream(), content_type="application/x-ndjson"
    )
    engine = engine_for(httpserver)
    [model] = engine.list_models()
    assert model.name == "gemma3:4b" and model.size_bytes == 3_338_801_804 and "Q4_K_M" in model.details
    events = list(engine.pull("gemma3:4b"))
    assert events[0].status == "pulling manifest" and events[-1].status == "success"
    assert [(e.completed, e.total) for e in events if e.total] == [(250, 1000), (1000, 1000)]
    assert recorded_json(httpserver.log[-1][0])["model"] == "gemma3:4b"
