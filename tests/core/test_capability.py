"""Engines say what their model can write: base or instruction-tuned, and how many parameters."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from desktop import paths
from desktop.core.engines.anthropic_engine import AnthropicEngine
from desktop.core.engines.capability import ModelCapability, billions_from_label
from desktop.core.engines.embedded import EmbeddedEngine
from desktop.core.engines.gguf_meta import read_metadata
from desktop.core.engines.ollama_engine import OllamaEngine
from desktop.core.engines.openai_engine import OpenAIEngine
from desktop.core.profile import CompanyProfile
from desktop.core.store import History
from tests.core.fake_servers import ollama_show


@pytest.mark.parametrize(
    ("label", "billions"),
    [("270M", 0.27), ("4B", 4.0), ("4.3B", 4.3), ("8x7B", 56.0), ("gemma-3-4b-it-Q4_K_M", 4.0), ("llama", None)],
)
def test_sizes_are_read_from_labels_and_names(label: str, billions: float | None) -> None:
    assert billions_from_label(label) == pytest.approx(billions) if billions else billions_from_label(label) is None


def test_capable_means_instruction_tuned_and_about_a_billion_parameters_or_unknown() -> None:
    assert not ModelCapability(False, 70.0).capable
    assert not ModelCapability(True, 0.27).capable
    assert ModelCapability(True, 4.0).capable and ModelCapability(True, None).capable


def _string(text: str) -> bytes:
    data = text.encode("utf-8")
    return struct.pack("<Q", len(data)) + data


def write_gguf(path: Path, values: dict[str, str | int], tokens: int = 5000) -> Path:
    """A GGUF v3 header as llama.cpp writes it: scalars, strings and a long token array to skip."""
    entries = [_string("tokenizer.ggml.tokens") + struct.pack("<IIQ", 9, 8, tokens)]
    entries[0] += b"".join(_string(f"tok{i}") for i in range(tokens))
    for key, value in values.items():
        if isinstance(value, int):
            entries.append(_string(key) + struct.pack("<IQ", 10, value))
        else:
            entries.append(_string(key) + struct.pack("<I", 8) + _string(value))
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 0, len(entries)) + b"".join(entries))
    return path


def test_the_embedded_engine_reads_size_and_chat_template_from_the_gguf_header(tmp_path: Path) -> None:
    base = write_gguf(tmp_path / "model.gguf", {"general.name": "Gemma 3 270m", "general.size_label": "270M"})
    assert read_metadata(base)["general.size_label"] == "270M"
    assert EmbeddedEngine(base).capability() == ModelCapability(False, 0.27)
    tuned = write_gguf(
        tmp_path / "my-model.gguf",
        {"general.name": "Qwen", "general.parameter_count": 3_090_000_000, "tokenizer.chat_template": "{{ x }}"},
    )
    assert EmbeddedEngine(tuned).capability() == ModelCapability(True, pytest.approx(3.09))
    named = write_gguf(tmp_path / "gemma-3-4b-it-q4_k_m.gguf", {"general.architecture": "gemma3"})
    assert EmbeddedEngine(named).capability().capable  # size and '-it' from the file name


def test_ollama_reports_parameter_size_and_text_tags_are_base_models(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/show", method="POST").respond_with_json(ollama_show())
    host = httpserver.url_for("").rstrip("/")
    assert OllamaEngine("gemma3:4b", host=host).capability() == ModelCapability(True, 4.3)
    assert not OllamaEngine("gemma3:4b-text", host=host, chat=False).capability().capable


def test_paid_apis_chat_models_are_capable_and_completion_models_are_not() -> None:
    assert OpenAIEngine("gpt-4o-mini", api_key="k").capability().capable
    assert not OpenAIEngine("davinci-002", api_key="k", chat=False).capability().capable
    assert AnthropicEngine("claude-sonnet-4-5", api_key="k").capability() == ModelCapability(True, None)


def test_ollama_asks_the_model_template_whether_it_is_base(httpserver: HTTPServer) -> None:
    """A base model's template passes the prompt through; no '-text' in the tag is needed to see it."""
    httpserver.expect_request("/api/show", method="POST").respond_with_json(ollama_show(template="{{ .Prompt }}"))
    host = httpserver.url_for("").rstrip("/")
    assert OllamaEngine("company/gemma3-4b-pt", host=host).capability() == ModelCapability(False, 4.3)
    assert OllamaEngine("company/gemma3-4b-pt", host=host, chat=True).capability().capable  # --model-kind chat


def openai_models(httpserver: HTTPServer, model: str, n_params: int | None = None) -> None:
    entry: dict[str, object] = {"id": model, "object": "model", "owned_by": "llamacpp"}
    if n_params:
        entry["meta"] = {"n_params": n_params, "n_ctx_train": 32768}
    httpserver.expect_request("/v1/models", method="GET").respond_with_json({"object": "list", "data": [entry]})


@pytest.mark.parametrize("model", ["local-4b", "qwen3-4b", "company-writer"])
def test_an_openai_compatible_server_serves_chat_models_whatever_their_name(httpserver: HTTPServer, model: str) -> None:
    openai_models(httpserver, model, n_params=4_022_468_096)
    engine = OpenAIEngine(model, "no-key", base_url=httpserver.url_for("/v1").rstrip("/"))
    assert engine.capability() == ModelCapability(True, pytest.approx(4.02, abs=0.01))
    assert engine.chat and engine.capability().capable  # the whole document is asked of it


def test_an_openai_compatible_model_named_base_or_chosen_base_gets_the_completions_endpoint(
    httpserver: HTTPServer,
) -> None:
    openai_models(httpserver, "qwen3-4b-base")
    url = httpserver.url_for("/v1").rstrip("/")
    assert not OpenAIEngine("qwen3-4b-base", "no-key", base_url=url).chat
    assert not OpenAIEngine("qwen3-4b", "no-key", base_url=url, chat=False).capability().instruction_tuned


def test_the_model_kind_setting_and_option_reach_every_engine(tmp_path: Path) -> None:
    from desktop.core.engines.router import EngineOptions, choose_engine
    from desktop.core.settings import Settings

    settings = Settings(engine="openai", api_base_url="http://127.0.0.1:9/v1", api_model="qwen3-4b", model_kind="base")
    engine = choose_engine(EngineOptions(), settings)
    assert isinstance(engine, OpenAIEngine) and not engine.chat
    engine = choose_engine(EngineOptions(model_kind="chat"), settings)
    assert engine.chat
    ollama = choose_engine(EngineOptions(engine="ollama", model="gemma3:4b", model_kind="base"), settings)
    assert isinstance(ollama, OllamaEngine) and not ollama.chat


def test_a_4b_model_on_a_company_server_is_asked_for_the_whole_release(
    httpserver: HTTPServer, demo_profile: CompanyProfile, history: History
) -> None:
    """'qwen3-4b' says neither 'it' nor 'instruct': it is still asked for every part, in chat, with the facts,
    the press contact, the body written so far and the length chosen."""
    from desktop.core.answers import load_answers_file, validate_answers
    from desktop.core.generation import Finished, GenerationJob, generate
    from desktop.core.workflows import get_workflow
    from tests.core.fake_servers import openai_completion_stream, recorded_json

    openai_models(httpserver, "qwen3-4b", n_params=4_022_468_096)
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_data(
        openai_completion_stream([""], chat=True), content_type="text/event-stream"
    )
    workflow = get_workflow("press-release")
    raw, _ = load_answers_file(paths.demo_dir() / "press-release.toml")
    job = GenerationJob(workflow, demo_profile, validate_answers(workflow, raw))
    engine = OpenAIEngine("qwen3-4b", "no-key", base_url=httpserver.url_for("/v1").rstrip("/"))
    *_, finished = generate(job, engine, history)
    assert isinstance(finished, Finished)
    asked = {record.key.split("#")[0] for record in finished.result.parts if record.asked}
    assert {"headline", "subtitle", "lead", "details", "quote"} <= asked
    requests = [recorded_json(request) for request, _ in httpserver.log if request.path.endswith("/completions")]
    assert requests and all(request.path == "/v1/chat/completions" for request, _ in httpserver.log[1:])
    prompts = [body["messages"][-1]["content"] for body in requests]
    contact = demo_profile.contact
    assert all(contact.phone in prompt for prompt in prompts)  # every part knows where reporters call
    assert any("1,200~2,500자" in prompt for prompt in prompts)  # the body is asked at the chosen length
