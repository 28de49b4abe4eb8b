"""Names of engines as the window shows them, in one place for every screen."""

from __future__ import annotations

ENGINE_LABELS = {
    "auto": ("자동 (이 PC 우선)", "Automatic (this PC first)"),
    "embedded": ("내장 모델", "Built-in model"),
    "ollama": ("Ollama", "Ollama"),
    "openai": ("OpenAI 호환 API", "OpenAI-compatible API"),
    "anthropic": ("Anthropic API", "Anthropic API"),
}


def engine_label(key: str, lang: str) -> str:
    korean, english = ENGINE_LABELS.get(key or "auto", (key, key))
    return english if lang == "en" else korean
