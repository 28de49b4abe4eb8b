"""Paid-API engines: Anthropic against a loopback stand-in, OpenAI-compatible against a real llama.cpp server."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from desktop import paths
from desktop.cli import main
from desktop.core.answers import load_answers_file, validate_answers
from desktop.core.engines.anthropic_engine import AnthropicEngine
from desktop.core.engines.base import GenerationRequest
from desktop.core.engines.bundled_model import bundled_model_path
from desktop.core.engines.openai_engine import OpenAIEngine
from desktop.core.engines.sampling import sampling_for
from desktop.core.errors import BadApiKey, EngineUnreachable, RateLimited
from desktop.core.generation import Finished, GenerationJob, generate
from desktop.core.prompting import Prompt
from desktop.core.store import History
from desktop.core.workflows import get_workflow
from tests.core.fake_servers import anthropic_error, anthropic_stream, recorded_json, sse

PROMPT = Prompt(
    prefix="자료: 한빛베이커리\n", cue="<보도자료>\n# ", stop=("</보도자료>", " "), max_tokens=200, language="ko"
)


def anthropic_for(server: HTTPServer) -> AnthropicEngine:
    return AnthropicEngine("claude-test", "sk-ant-test", base_url=server.url_for("").rstrip("/"))


def test_anthropic_streams_and_marks_the_prefix_for_caching(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/messages", method="POST").respond_with_data(
        anthropic_stream(["한빛베이커리, ", "성수동 매장"], input_tokens=40, cached=260),
        content_type="text/event-stream",
    )
    stream = anthropic_for(httpserver).stream(GenerationRequest(PROMPT, sampling_for("creative", 1)))
    assert "".join(stream) == "한빛베이커리, 성수동 매장"
    body = recorded_json(httpserver.log[-1][0])
    assert body["messages"][0]["content"][0]["cache_control"] == {"type": "ephemeral"}
    assert "min_p" not in body and "temperature" not in body
    assert body["stop_sequences"] == ["</보도자료>"]  # whitespace-only stops are not allowed there
    headers = httpserver.log[-1][0].headers
    assert "sk-ant-test" in (headers.get("x-api-key") or headers.get("Authorization", ""))
    assert (stream.usage.prompt_tokens, stream.usage.cached_tokens, stream.usage.output_tokens) == (300, 260, 2)


@pytest.mark.parametrize(
    ("status", "kind", "error"),
    [
        (401, "authentication_error", BadApiKey),
        (429, "rate_limit_error", RateLimited),
        (529, "overloaded_error", RateLimited),
    ],
)
def test_anthropic_errors_are_typed(httpserver: HTTPServer, status: int, kind: str, error: type) -> None:
    httpserver.expect_request("/v1/messages", method="POST").respond_with_json(
        anthropic_error(kind, "no"), status=status
    )
    with pytest.raises(error):
        list(anthropic_for(httpserver).stream(GenerationRequest(PROMPT, sampling_for("precise", None))))


def test_anthropic_error_event_mid_stream(httpserver: HTTPServer) -> None:
    body = anthropic_stream(["첫 문장"]).split("event: content_block_stop")[0]
    body += sse(anthropic_error("overloaded_error", "Overloaded"))
    httpserver.expect_request("/v1/messages", method="POST").respond_with_data(body, content_type="text/event-stream")
    received: list[str] = []
    with pytest.raises(RateLimited):
        for chunk in anthropic_for(httpserver).stream(GenerationRequest(PROMPT, sampling_for("precise", None))):
            received.append(chunk)
    assert received == ["첫 문장"]


def test_every_cloud_call_is_in_the_privacy_ledger(proxy: HTTPServer, demo_profile, history: History) -> None:
    proxy.expect_request("/v1/messages", method="POST").respond_with_data(
        anthropic_stream(["한빛베이커리, 성수동에 7번째 매장\n\n서울, 2026년 3월 10일 — 개점한다."]),
        content_type="text/event-stream",
    )
    workflow = get_workflow("press-release")
    raw, _ = load_answers_file(paths.demo_dir() / "press-release.toml")
    job = GenerationJob(workflow, demo_profile, validate_answers(workflow, raw))
    remote = AnthropicEngine("claude-test", "sk-ant-test", base_url="http://192.0.2.30")  # reached through the proxy
    events = list(generate(job, remote, history))
    assert isinstance(events[-1], Finished)
    ledger = history.ledger()
    sent = [recorded_json(request)["messages"][0]["content"] for request, _ in proxy.log]
    assert len(ledger) == len(sent) >= 6  # Claude is capable: asked part by part, every call recorded
    assert all(
        e.engine == "anthropic" and e.model == "claude-test" and e.endpoint == "http://192.0.2.30" for e in ledger
    )
    assert [entry.characters for entry in ledger] == [sum(len(part["text"]) for part in content) for content in sent]
    assert events[-1].result.document.title.startswith("한빛베이커리")


@pytest.fixture(scope="module")
def llama_server() -> Iterator[str]:
    """A real llama.cpp HTTP server on loopback, serving the bundled model."""
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = str(bundled_model_path())
    params.n_ctx = 8192
    params.n_parallel = 1
    params.cpuparams.n_threads = 2
    params.cpuparams_batch.n_threads = 2
    params.verbosity = 0
    server = xllamacpp.Server(params)
    address = server.listening_address
    for _ in range(50):
        try:
            with urllib.request.urlopen(f"{address}/health", timeout=1) as response:
                if json.load(response).get("status") == "ok":
                    break
        except OSError:
            time.sleep(0.2)
    yield address
    del server


@pytest.mark.model
def test_openai_engine_against_llama_cpp_server(llama_server: str) -> None:
    engine = OpenAIEngine("gemma-3-270m", "no-key", base_url=f"{llama_server}/v1")
    assert not engine.chat and not engine.official
    stream = engine.stream(GenerationRequest(PROMPT, sampling_for("balanced", 3)))
    text = "".join(stream)
    assert text.strip()
    assert stream.usage.prompt_tokens > 5 and 0 < stream.usage.output_tokens <= 200
    assert engine.extra_parameters(GenerationRequest(PROMPT, sampling_for("creative", 1)))["min_p"] == 0.1
    assert [model.name for model in engine.list_models()]


@pytest.mark.model
def test_cli_through_an_openai_compatible_server(llama_server: str, tmp_path: Path) -> None:
    out = tmp_path / "보도자료.docx"
    args = [
        "generate",
        "press-release",
        "--demo",
        "--out",
        str(out),
        "--engine",
        "openai",
        "--model",
        "gemma-3-270m",
        "--base-url",
        f"{llama_server}/v1",
        "--allow-cloud",
        "--max-tokens",
        "80",
        "--seed",
        "2",
    ]
    assert main(args) == 0
    assert out.exists()
    assert History().ledger() == []  # a server on this PC: nothing left it


def test_openai_engine_server_down() -> None:
    engine = OpenAIEngine("gpt-4o-mini", "sk-test", base_url="http://127.0.0.1:9/v1")
    assert engine.chat
    with pytest.raises(EngineUnreachable):
        list(engine.stream(GenerationRequest(PROMPT, sampling_for("precise", None))))


def test_official_openai_gets_no_min_p() -> None:
    engine = OpenAIEngine("gpt-4o-mini", "sk-test")
    assert engine.official and engine.extra_parameters(GenerationRequest(PROMPT, sampling_for("creative", 1))) == {}


@pytest.mark.model
def test_the_built_in_model_does_not_expose_company_data_on_loopback(embedded_engine) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.engines.embedded import _load_server

    embedded_engine.count_tokens("한빛베이커리 회사 자료")  # loads the model and uses the listener with its key
    loaded = _load_server(str(bundled_model_path()), embedded_engine.n_ctx, embedded_engine.threads)
    for path in ("/slots", "/props", "/tokenize"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{loaded.server.listening_address}{path}", timeout=5)
        assert refused.value.code == 401
    request = urllib.request.Request(
        f"{loaded.server.listening_address}/tokenize",
        data=json.dumps({"content": "한빛베이커리"}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {loaded.api_key}"},
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        tokens = len(json.load(response)["tokens"])
    assert embedded_engine.count_tokens("한빛베이커리") == tokens + 1  # the exact count, plus the BOS token
