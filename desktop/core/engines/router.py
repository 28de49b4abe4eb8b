"""Choosing the engine: local first, anything outside this PC only with the user's consent.

``auto`` uses Ollama when a model is configured and Ollama answers, else the
embedded engine with the best verified downloaded model, or the bundled one.
An engine whose address is not loopback (a paid API, a colleague's Ollama, a
company server) is used only when the user allowed it (``--allow-cloud`` or
the settings switch); every call to it is written to the privacy ledger
before it is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.engines.endpoints import OFFICIAL_ADDRESSES, leaves_machine, redact_url
from desktop.core.errors import CloudNotAllowed, EngineError, InputError, ModelMissing
from desktop.core.settings import Settings
from desktop.core.store import History

if TYPE_CHECKING:  # engines and their SDKs load when an engine is first chosen (window start-up time)
    from desktop.core.engines.base import Engine
    from desktop.core.engines.embedded import EmbeddedEngine
    from desktop.core.engines.ollama_engine import OllamaEngine

CLOUD_ENGINES = ("openai", "anthropic")


@dataclass(frozen=True)
class EngineOptions:
    """What the user picked for this run; empty values fall back to the settings."""

    engine: str = ""
    model: str = ""
    ollama_host: str = ""
    base_url: str = ""
    allow_cloud: bool = False
    api_key_env: str | None = None
    #: 'base', 'chat' or '' (find out from the server, the file or the name).
    model_kind: str = ""


def model_kind(options: EngineOptions, settings: Settings) -> bool | None:
    """The person's word on the model: True for chat (instruction-tuned), False for base, None to find out."""
    kind = options.model_kind or settings.model_kind
    return {"chat": True, "base": False}.get(kind)


def choose_engine(options: EngineOptions, settings: Settings, session_keys: dict[str, str] | None = None) -> Engine:
    """``session_keys``: keys the window holds for this session when there is no keychain."""
    engine = _build(options, settings, session_keys)
    if engine.leaves_machine and not _allowed(options, settings):
        raise _consent_needed(engine.kind, engine.endpoint)
    return engine


def _allowed(options: EngineOptions, settings: Settings) -> bool:
    return options.allow_cloud or settings.allow_cloud


def _build(options: EngineOptions, settings: Settings, session_keys: dict[str, str] | None) -> Engine:
    choice = options.engine or settings.engine
    if choice == "embedded":
        return _embedded(options, settings)
    if choice == "ollama":
        return _ollama(options, settings, options.model or settings.ollama_model)
    if choice in CLOUD_ENGINES:
        return _cloud(choice, options, settings, session_keys or {})
    return _auto(options, settings, session_keys or {})


def _auto(options: EngineOptions, settings: Settings, session_keys: dict[str, str]) -> Engine:
    engine: Engine
    ollama_model = settings.ollama_model
    if ollama_model:
        engine = _ollama(options, settings, ollama_model)
        try:
            engine.context_window()
            return engine
        except EngineError:
            pass
    try:
        engine = _embedded(options, settings)
        engine.context_window()
        return engine
    except EngineError:
        if _allowed(options, settings) and settings.api_model:
            return _cloud(settings.api_provider, options, settings, session_keys)
        raise


def _embedded(options: EngineOptions, settings: Settings) -> EmbeddedEngine:
    """The picked file, else the best verified catalogue download, else the built-in model."""
    from desktop.core.models.choice import embedded_engine

    engine = embedded_engine(options.model or settings.embedded_model_path, settings.embedded_context)
    engine.chat_override = model_kind(options, settings)
    return engine


def _ollama(options: EngineOptions, settings: Settings, model: str) -> OllamaEngine:
    from desktop.core.engines.ollama_engine import OllamaEngine

    host = options.ollama_host or settings.ollama_host
    if model:
        return OllamaEngine(model, host=host, chat=model_kind(options, settings))
    return _installed_ollama_model(host, model_kind(options, settings))


def _installed_ollama_model(host: str, chat: bool | None) -> OllamaEngine:
    """No model named anywhere: the only (or first) model Ollama has, and the user is told which."""
    from desktop.core.engines.ollama_engine import OllamaEngine

    installed = [info.name for info in OllamaEngine("", host=host).list_models()]  # Ollama down: exit 3
    usable = [name for name in installed if "embed" not in name.lower()]
    if not usable:
        raise ModelMissing(
            "Ollama에 설치된 글쓰기 모델이 없습니다. 설정에서 모델을 내려받거나 'ollama pull gemma3:4b'를 실행하세요.",
            "Ollama has no text model installed. Download one in Settings or run 'ollama pull gemma3:4b'.",
        )
    model = usable[0]
    engine = OllamaEngine(model, host=host, chat=chat)
    which_ko, which_en = ("유일한", "only") if len(usable) == 1 else ("첫 번째", "first")
    engine.choice_note = (
        f"Ollama 모델을 지정하지 않아 설치된 {which_ko} 모델 '{model}'을(를) 씁니다. 바꾸려면 --model 을 쓰세요.",
        f"No Ollama model given: using the {which_en} installed model '{model}'. Pass --model to choose another.",
    )
    return engine


def _consent_needed(kind: str, endpoint: str) -> CloudNotAllowed:
    where = redact_url(endpoint)
    return CloudNotAllowed(
        f"이 엔진({kind}, {where})은 이 PC 밖에 있어 회사 자료가 그곳으로 전송됩니다. "
        "사용자가 허용했을 때만 씁니다. 허용하려면 --allow-cloud 를 붙이거나 설정에서 켜세요.",
        f"this engine ({kind} at {where}) is outside this PC: company data would be sent there. "
        "It is used only with your consent: add --allow-cloud or enable it in Settings.",
        key="--allow-cloud",
    )


def _cloud(provider: str, options: EngineOptions, settings: Settings, session_keys: dict[str, str]) -> Engine:
    model = options.model or settings.api_model
    base_url = options.base_url or settings.api_base_url or None
    endpoint = base_url or OFFICIAL_ADDRESSES[provider]
    if leaves_machine(endpoint) and not _allowed(options, settings):
        raise _consent_needed(provider, endpoint)  # before any key is looked up
    from desktop.core.keys import resolve_api_key

    api_key = (
        resolve_api_key(provider, options.api_key_env, endpoint=base_url)
        or session_keys.get(provider)
        or _local_server_key(base_url, provider)
    )
    if not model:
        raise InputError("API 모델 이름이 없습니다 (--model).", "no API model given (--model).", key="--model")
    if provider == "anthropic":
        from desktop.core.engines.anthropic_engine import AnthropicEngine

        return AnthropicEngine(model, api_key, base_url)
    from desktop.core.engines.openai_engine import OpenAIEngine

    return OpenAIEngine(model, api_key, base_url, chat=model_kind(options, settings))


def _local_server_key(base_url: str | None, provider: str) -> str:
    """A company's own llama.cpp or LM Studio server often needs no key at all."""
    if base_url and provider == "openai":
        return "no-key"
    raise InputError(
        f"{provider} API 키가 없습니다. 설정에서 키를 저장하거나 --api-key-env 로 환경 변수를 지정하세요.",
        f"no {provider} API key. Save one in Settings or name an environment variable with --api-key-env.",
        key="--api-key-env",
    )


def record_if_sent(history: History, engine: Engine, characters: int) -> None:
    """Privacy ledger: one row per call that leaves this computer, written before the call."""
    if engine.leaves_machine:
        history.record_sent(engine.kind, engine.model, redact_url(engine.endpoint), characters)
