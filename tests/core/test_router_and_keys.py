"""Local first, cloud only with consent; keys from the keychain, never from our files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from desktop import paths
from desktop.core.engines.router import EngineOptions, choose_engine
from desktop.core.errors import CloudNotAllowed, InputError
from desktop.core.keys import keychain_set, resolve_api_key
from desktop.core.settings import Settings, load_settings, save_settings
from tests.core.fake_servers import ollama_show


def test_auto_prefers_a_running_ollama(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/show", method="POST").respond_with_json(ollama_show())
    settings = Settings(ollama_model="gemma3:4b", ollama_host=httpserver.url_for("").rstrip("/"))
    assert choose_engine(EngineOptions(), settings).kind == "ollama"


@pytest.mark.model
def test_auto_falls_back_to_the_embedded_engine_when_ollama_is_down() -> None:
    settings = Settings(ollama_model="gemma3:4b", ollama_host="http://127.0.0.1:9")
    assert choose_engine(EngineOptions(), settings).kind == "embedded"


def test_cloud_needs_consent_from_the_run_or_the_settings() -> None:
    keychain_set("anthropic", "sk-ant-from-keychain")
    with pytest.raises(CloudNotAllowed):
        choose_engine(EngineOptions(engine="anthropic", model="claude-x"), Settings())
    assert choose_engine(
        EngineOptions(engine="anthropic", model="claude-x", allow_cloud=True), Settings()
    ).leaves_machine
    assert choose_engine(EngineOptions(engine="anthropic", model="claude-x"), Settings(allow_cloud=True)).leaves_machine


def test_key_order_explicit_then_keychain_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-environment")
    assert resolve_api_key("openai") == "sk-from-environment"
    assert keychain_set("openai", "sk-from-keychain")
    assert resolve_api_key("openai") == "sk-from-keychain"
    monkeypatch.setenv("COMPANY_KEY", "sk-explicit")
    assert resolve_api_key("openai", "COMPANY_KEY") == "sk-explicit"
    with pytest.raises(InputError):
        resolve_api_key("openai", "UNSET_VARIABLE")


def test_no_key_is_ever_written_under_the_user_folder(prstudio_home: Path) -> None:
    keychain_set("anthropic", "sk-ant-secret-123")
    save_settings(Settings(api_provider="anthropic", api_model="claude-x", allow_cloud=True))
    choose_engine(EngineOptions(engine="anthropic"), load_settings())
    for path in prstudio_home.rglob("*"):
        if path.is_file():
            assert b"sk-ant-secret-123" not in path.read_bytes(), path


def test_a_damaged_settings_file_is_named() -> None:
    paths.settings_path().write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_settings()
    assert "settings.json" in caught.value.message("ko")
    save_settings(Settings(language="en"))
    assert json.loads(paths.settings_path().read_text())["language"] == "en"
