"""Any engine address that is not loopback leaves the machine: consent, a ledger row, no stray keys or passwords.

"Another PC" is played by a loopback server acting as the HTTP proxy (the ``proxy`` fixture).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from desktop.cli import main
from desktop.core.engines.anthropic_engine import AnthropicEngine
from desktop.core.engines.endpoints import leaves_machine, redact_url
from desktop.core.engines.ollama_engine import OllamaEngine
from desktop.core.engines.openai_engine import OpenAIEngine
from desktop.core.engines.router import EngineOptions, choose_engine
from desktop.core.errors import InputError
from desktop.core.settings import Settings
from desktop.core.store import History
from tests.core.fake_servers import ollama_chat_stream, ollama_show, openai_completion_stream

ANOTHER_PC = "http://192.0.2.10:11434"
COMPANY_SERVER = "http://192.0.2.20:8080/v1"
LEAD = "한빛베이커리, 성수동에 7번째 매장\n\n서울, 2026년 3월 10일 — 한빛베이커리가 7번째 매장을 연다고 밝혔다."


def generate_args(tmp_path: Path, *engine: str) -> list[str]:
    return ["generate", "press-release", "--demo", "--out", str(tmp_path / "out.docx"), "--max-tokens", "40", *engine]


@pytest.mark.parametrize(
    ("address", "leaves"),
    [
        ("http://127.0.0.1:11434", False),
        ("localhost:11434", False),
        ("http://[::1]:8080/v1", False),
        ("http://127.0.0.5:8080", False),
        ("http://192.168.0.5:11434", True),
        ("gpu-box:11434", True),
        ("https://api.openai.com/v1", True),
        ("", False),
    ],
)
def test_only_loopback_stays_on_this_pc(address: str, leaves: bool) -> None:
    assert leaves_machine(address) is leaves


def test_every_engine_reports_honestly_whether_it_leaves_the_machine() -> None:
    assert OllamaEngine("gemma3:4b", host=ANOTHER_PC).leaves_machine
    assert not OllamaEngine("gemma3:4b", host="http://127.0.0.1:11434").leaves_machine
    assert OpenAIEngine("m", "no-key", base_url=COMPANY_SERVER).leaves_machine
    assert not OpenAIEngine("m", "no-key", base_url="http://127.0.0.1:8080/v1").leaves_machine
    assert OpenAIEngine("gpt-4o-mini", "sk").leaves_machine and AnthropicEngine("claude-x", "sk").leaves_machine


def test_a_remote_ollama_needs_consent(tmp_path: Path, proxy: HTTPServer, capsys: pytest.CaptureFixture[str]) -> None:
    args = generate_args(tmp_path, "--engine", "ollama", "--model", "gemma3:4b", "--ollama-host", ANOTHER_PC)
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "--allow-cloud" in err and "192.0.2.10" in err
    assert not [request for request, _ in proxy.log if request.path == "/api/chat"]  # nothing was sent
    assert History().ledger() == []


def test_a_remote_ollama_with_consent_is_in_the_ledger(tmp_path: Path, proxy: HTTPServer) -> None:
    proxy.expect_request("/api/show", method="POST").respond_with_json(ollama_show())
    proxy.expect_request("/api/chat", method="POST").respond_with_data(
        ollama_chat_stream("gemma3:4b", [LEAD]), content_type="application/x-ndjson"
    )
    args = generate_args(tmp_path, "--engine", "ollama", "--model", "gemma3:4b", "--ollama-host", ANOTHER_PC)
    assert main([*args, "--allow-cloud"]) == 0
    ledger = History().ledger()
    sent = [request for request, _ in proxy.log if request.path == "/api/chat"]
    assert len(ledger) == len(sent) >= 1  # every call that left this PC, one row each
    assert all((entry.engine, entry.endpoint) == ("ollama", ANOTHER_PC) for entry in ledger)
    assert all(entry.characters > 100 for entry in ledger)
    assert proxy.log[-1][0].headers["Host"] == "192.0.2.10:11434"  # the request really was for the other PC


def test_the_environment_key_goes_only_to_its_own_provider(
    tmp_path: Path, proxy: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env-secret-1234")
    proxy.expect_request("/v1/completions", method="POST").respond_with_data(
        openai_completion_stream([LEAD]), content_type="text/event-stream"
    )
    args = generate_args(
        tmp_path, "--engine", "openai", "--model", "company-model", "--model-kind", "base", "--base-url", COMPANY_SERVER
    )
    assert main([*args, "--allow-cloud"]) == 0
    sent = proxy.log[-1][0]
    assert "sk-env-secret-1234" not in str(sent.headers)
    official = choose_engine(EngineOptions(engine="openai", model="gpt-4o-mini", allow_cloud=True), Settings())
    assert official.client.api_key == "sk-env-secret-1234"  # type: ignore[attr-defined]


def test_an_anthropic_environment_key_is_not_sent_to_another_address(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-env")
    options = EngineOptions(engine="anthropic", model="claude-x", base_url=COMPANY_SERVER, allow_cloud=True)
    with pytest.raises(InputError) as caught:
        choose_engine(options, Settings())
    assert "--api-key-env" in caught.value.message("ko")
    monkeypatch.setenv("COMPANY_KEY", "sk-company")
    explicit = choose_engine(EngineOptions(**{**options.__dict__, "api_key_env": "COMPANY_KEY"}), Settings())
    assert explicit.client.api_key == "sk-company"  # type: ignore[attr-defined]


def test_a_password_in_an_address_is_never_stored_or_shown(
    tmp_path: Path, proxy: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    proxy.expect_request("/v1/completions", method="POST").respond_with_data(
        openai_completion_stream([LEAD]), content_type="text/event-stream"
    )
    with_password = "http://press:hunter2-secret@192.0.2.20:8080/v1"
    args = generate_args(
        tmp_path, "--engine", "openai", "--model", "company-model", "--model-kind", "base", "--base-url", with_password
    )
    assert main([*args, "--allow-cloud"]) == 0
    ledger = History().ledger()
    assert ledger and {entry.endpoint for entry in ledger} == {"http://press:***@192.0.2.20:8080/v1"}
    output = capsys.readouterr()
    assert "hunter2" not in output.err + output.out
    assert redact_url("http://h:1/v1?api_key=k-123&model=x") == "http://h:1/v1?api_key=***&model=x"
    assert "hunter2" not in redact_url("http://:hunter2@host") and redact_url("") == ""
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"hunter2" not in path.read_bytes(), path
