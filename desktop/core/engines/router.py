"""Choosing the engine: local first, a paid API only with the user's consent.

``auto`` uses Ollama when a model is configured and Ollama answers, else the
embedded engine with the best verified downloaded model, or the bundled one.
OpenAI and Anthropic are used only when the user allowed it (``--allow-cloud``
or the settings switch); every call to them is written to the privacy ledger
before it is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.errors import CloudNotAllowed, EngineError, InputError
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


def choose_engine(options: EngineOptions, settings: Settings, session_keys: dict[str, str] | None = None) -> Engine:
    """``session_keys``: keys the window holds for this session when there is no keychain."""
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
        if (options.allow_cloud or settings.allow_cloud) and settings.api_model:
            return _cloud(settings.api_provider, options, settings, session_keys)
        raise


def _embedded(options: EngineOptions, settings: Settings) -> EmbeddedEngine:
    """The picked file, else the best verified catalogue download, else the built-in model."""
    from desktop.core.models.choice import embedded_engine

    return embedded_engine(options.model or settings.embedded_model_path, settings.embedded_context)


def _ollama(options: EngineOptions, settings: Settings, model: str) -> OllamaEngine:
    if not model:
        raise InputError(
            "Ollama 모델 이름이 없습니다. --model 로 지정하거나 설정에서 고르세요 (예: gemma3:4b).",
            "no Ollama model given. Pass --model or choose one in Settings (e.g. gemma3:4b).",
            key="--model",
        )
    from desktop.core.engines.ollama_engine import OllamaEngine

    host = options.ollama_host or settings.ollama_host
    return OllamaEngine(model, host=host, chat=not model.endswith("-text"))


def _cloud(provider: str, options: EngineOptions, settings: Settings, session_keys: dict[str, str]) -> Engine:
    if not (options.allow_cloud or settings.allow_cloud):
        raise CloudNotAllowed(
            "유료/외부 API는 사용자가 허용했을 때만 씁니다. 회사 자료가 이 PC 밖으로 전송됩니다. "
            "허용하려면 --allow-cloud 를 붙이거나 설정에서 켜세요.",
            "paid/external APIs are used only with your consent: company data would leave this PC. "
            "Add --allow-cloud or enable it in Settings.",
            key="--allow-cloud",
        )
    from desktop.core.keys import resolve_api_key

    model = options.model or settings.api_model
    base_url = options.base_url or settings.api_base_url or None
    api_key = (
        resolve_api_key(provider, options.api_key_env)
        or session_keys.get(provider)
        or _local_server_key(base_url, provider)
    )
    if not model:
        raise InputError("API 모델 이름이 없습니다 (--model).", "no API model given (--model).", key="--model")
    if provider == "anthropic":
        from desktop.core.engines.anthropic_engine import AnthropicEngine

        return AnthropicEngine(model, api_key, base_url)
    from desktop.core.engines.openai_engine import OpenAIEngine

    return OpenAIEngine(model, api_key, base_url)


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
        endpoint = str(getattr(engine, "base_url", "") or f"{engine.kind} default")
        history.record_sent(engine.kind, engine.model, endpoint, characters)
