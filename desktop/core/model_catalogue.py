"""What each engine offers right now, and which models suit this laptop.

Used by ``prstudio models``, the first-run welcome and the settings screen.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.core.engines.bundled_model import bundled_model_status
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


@dataclass(frozen=True)
class Recommendation:
    """An Ollama model worth suggesting for a laptop of a given memory."""

    name: str
    download_gb: float
    minimum_ram_gb: int
    licence_ko: str
    licence_en: str


RECOMMENDED = (
    Recommendation(
        "gemma3:1b",
        0.8,
        4,
        "Gemma 이용약관 (상업적 사용 가능, 금지 용도 있음)",
        "Gemma Terms of Use (commercial use allowed, with prohibited uses)",
    ),
    Recommendation("qwen3:4b", 2.6, 8, "Apache 2.0", "Apache 2.0"),
    Recommendation(
        "gemma3:4b",
        3.3,
        8,
        "Gemma 이용약관 (상업적 사용 가능, 금지 용도 있음)",
        "Gemma Terms of Use (commercial use allowed, with prohibited uses)",
    ),
    Recommendation(
        "exaone3.5:7.8b",
        4.8,
        16,
        "EXAONE AI 모델 라이선스 (비상업적 용도만)",
        "EXAONE AI Model License (non-commercial use only)",
    ),
    Recommendation(
        "gemma3:12b",
        8.1,
        16,
        "Gemma 이용약관 (상업적 사용 가능, 금지 용도 있음)",
        "Gemma Terms of Use (commercial use allowed, with prohibited uses)",
    ),
)


def total_memory_gb() -> float:
    """Installed memory, without extra packages (sysconf on macOS/Linux, the Win32 API on Windows)."""
    if sys.platform == "win32":
        return _windows_memory_gb()
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        return 8.0


def _windows_memory_gb() -> float:
    import ctypes

    class MemoryStatus(ctypes.Structure):
        _fields_ = [
            ("length", ctypes.c_ulong),
            ("load", ctypes.c_ulong),
            ("total", ctypes.c_ulonglong),
            ("available", ctypes.c_ulonglong),
            ("page_total", ctypes.c_ulonglong),
            ("page_available", ctypes.c_ulonglong),
            ("virtual_total", ctypes.c_ulonglong),
            ("virtual_available", ctypes.c_ulonglong),
            ("extended", ctypes.c_ulonglong),
        ]

    status = MemoryStatus()
    status.length = ctypes.sizeof(MemoryStatus)
    ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status))  # type: ignore[attr-defined]
    return status.total / 2**30


def recommended_models(memory_gb: float) -> list[Recommendation]:
    return [model for model in RECOMMENDED if model.minimum_ram_gb <= memory_gb]


@dataclass(frozen=True)
class EngineStatus:
    """What the first-run check found, in words for the welcome screen."""

    ollama_running: bool
    ollama_models: list[str]
    embedded_ready: bool
    problem: str = ""


def check_engines(settings: Settings, lang: str) -> EngineStatus:
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
