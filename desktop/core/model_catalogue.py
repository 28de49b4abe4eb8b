"""What each engine offers right now, for ``prstudio models`` and the settings screen."""

from __future__ import annotations

from collections.abc import Iterator

from desktop.core.engines.embedded import EmbeddedEngine
from desktop.core.engines.ollama_engine import OllamaEngine
from desktop.core.errors import PRStudioError
from desktop.core.settings import Settings


def describe_models(settings: Settings, ollama_host: str, lang: str) -> Iterator[str]:
    yield "[embedded / 내장]"
    try:
        for model in EmbeddedEngine(n_ctx=settings.embedded_context).list_models():
            yield f"  {model.name}  {model.size_bytes // 2**20} MB  ({model.details})"
    except PRStudioError as exc:
        yield f"  {exc.message(lang)}"
    host = ollama_host or settings.ollama_host
    yield f"[ollama {host}]"
    try:
        for model in OllamaEngine(settings.ollama_model or "-", host=host).list_models():
            yield f"  {model.name}  {model.size_bytes // 2**20} MB  {model.details}"
    except PRStudioError as exc:
        yield f"  {exc.message(lang)}"
    yield "[openai / anthropic]"
    if settings.allow_cloud:
        yield f"  {settings.api_provider}: {settings.api_model or '-'} {settings.api_base_url}"
    else:
        yield "  " + (
            "사용 안 함 (설정 또는 --allow-cloud 로 허용)"
            if lang == "ko"
            else "off (allow in Settings or with --allow-cloud)"
        )
