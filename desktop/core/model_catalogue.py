"""What each engine offers right now, and which models suit this laptop.

Used by ``prstudio models``, the first-run welcome and the settings screen.
The facts (sizes, licences, the answer to "may a company use it") come from
the model catalogue in ``assets/models.toml``; see ``desktop.core.models``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from desktop.core.engines.bundled_model import bundled_model_status
from desktop.core.engines.endpoints import redact_url
from desktop.core.errors import PRStudioError
from desktop.core.models.catalogue import Catalogue, Licence, load_catalogue
from desktop.core.models.fit import nominal_memory_gb
from desktop.core.models.local import downloaded_models
from desktop.core.models.memory import total_memory_gb
from desktop.core.settings import Settings

__all__ = [
    "EngineStatus",
    "Recommendation",
    "check_engines",
    "describe_models",
    "recommended_models",
    "total_memory_gb",
]


def describe_models(settings: Settings, ollama_host: str, lang: str) -> Iterator[str]:
    """``prstudio models``: each engine's models with the licence answer for company use."""
    from desktop.core.engines.embedded import EmbeddedEngine  # engines load on first use (window start-up)
    from desktop.core.engines.ollama_engine import OllamaEngine
    from desktop.core.models.choice import embedded_engine

    catalogue = load_catalogue()
    yield "[embedded / 내장]"
    try:
        for model in EmbeddedEngine(n_ctx=settings.embedded_context).list_models():
            yield f"  {model.name}  {model.size_bytes // 2**20} MB  ({model.details})"
    except PRStudioError as exc:
        yield f"  {exc.message(lang)}"
    yield from _licence_lines(catalogue.licence_of(catalogue.builtin), lang)
    yield from _downloaded_lines(catalogue, lang)
    in_use = embedded_engine(settings.embedded_model_path, settings.embedded_context, catalogue=catalogue)
    yield ("  → 내장 엔진이 쓰는 모델: " if lang != "en" else "  → the embedded engine uses: ") + in_use.model
    host = ollama_host or settings.ollama_host
    yield f"[ollama {redact_url(host)}]"
    try:
        for model in OllamaEngine(settings.ollama_model or "-", host=host).list_models():
            yield f"  {model.name}  {model.size_bytes // 2**20} MB  {model.details}"
            yield from _ollama_licence_lines(catalogue, model.name, lang)
    except PRStudioError as exc:
        yield f"  {exc.message(lang)}"
    yield "[openai / anthropic]"
    if settings.allow_cloud:
        yield f"  {settings.api_provider}: {settings.api_model or '-'} {redact_url(settings.api_base_url)}"
    else:
        yield "  " + (
            "사용 안 함 (설정 또는 --allow-cloud 로 허용)"
            if lang == "ko"
            else "off (allow in Settings or with --allow-cloud)"
        )


def _licence_lines(licence: Licence, lang: str) -> Iterator[str]:
    label = "라이선스" if lang != "en" else "Licence"
    yield f"    {label}: {licence.label(lang)} — {licence.short_answer(lang)} ({licence.url})"
    yield f"    {licence.answer(lang)}"


def _downloaded_lines(catalogue: Catalogue, lang: str) -> Iterator[str]:
    for state in downloaded_models(catalogue):
        if state.verified:
            status = "SHA-256 확인됨" if lang != "en" else "SHA-256 verified"
        else:
            status = "확인되지 않음" if lang != "en" else "not verified"
        yield f"  {state.model.name}  {state.model.size_bytes // 2**20} MB  ({status}, {state.path})"
        yield from _licence_lines(catalogue.licence_of(state.model), lang)


def _ollama_licence_lines(catalogue: Catalogue, tag: str, lang: str) -> Iterator[str]:
    licence = catalogue.licence_for_ollama_tag(tag)
    if licence is not None:
        yield from _licence_lines(licence, lang)
    else:
        yield "    " + (
            "라이선스 정보 없음: 회사에서 쓰기 전에 모델 페이지의 라이선스를 확인하세요."
            if lang != "en"
            else "Licence unknown: check the model page's licence before company use."
        )


@dataclass(frozen=True)
class Recommendation:
    """An Ollama model worth suggesting for a laptop of a given memory."""

    name: str
    download_gb: float
    minimum_ram_gb: int
    licence_ko: str
    licence_en: str


def recommended_models(memory_gb: float) -> list[Recommendation]:
    """Ollama models for this PC; never one whose licence forbids company use."""
    catalogue = load_catalogue()
    nominal = nominal_memory_gb(memory_gb)
    suggestions = []
    for suggestion in catalogue.ollama:
        licence = catalogue.licence_of(suggestion)
        if licence.commercial and suggestion.min_ram_gb <= nominal:
            suggestions.append(
                Recommendation(
                    suggestion.tag,
                    suggestion.download_gb,
                    suggestion.min_ram_gb,
                    f"{licence.label('ko')} ({licence.short_answer('ko')})",
                    f"{licence.label('en')} ({licence.short_answer('en')})",
                )
            )
    return suggestions


@dataclass(frozen=True)
class EngineStatus:
    """What the first-run check found, in words for the welcome screen."""

    ollama_running: bool
    ollama_models: list[str]
    embedded_ready: bool
    problem: str = ""


def check_engines(settings: Settings, lang: str) -> EngineStatus:
    from desktop.core.engines.ollama_engine import OllamaEngine

    try:
        models = [m.name for m in OllamaEngine("-", host=settings.ollama_host).list_models()]
        running = True
    except PRStudioError:
        models, running = [], False
    if bundled_model_status()[0]:
        return EngineStatus(running, models, True)
    return EngineStatus(
        running,
        models,
        False,
        "내장 모델이 없습니다. 프로그램을 다시 설치해 주세요."
        if lang == "ko"
        else "The built-in model is missing. Reinstall PR Studio.",
    )
