"""The app's settings: which engine, which model, whether paid APIs may be used.

Stored as JSON in the user data folder (never secrets: API keys go to the OS
keychain). A damaged settings file is reported by name, not ignored.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from desktop import paths
from desktop.core.errors import InputError
from desktop.core.storage import storage_error

EngineChoice = Literal["auto", "embedded", "ollama", "openai", "anthropic"]


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore")

    engine: EngineChoice = "auto"
    ollama_host: str = "http://127.0.0.1:11434"
    ollama_model: str = ""
    embedded_model_path: str = ""
    embedded_context: int = 8192
    api_provider: Literal["openai", "anthropic"] = "openai"
    api_base_url: str = ""
    api_model: str = ""
    allow_cloud: bool = False
    language: Literal["ko", "en"] = "ko"
    #: Whether the Ollama or API model is instruction-tuned ("chat") or a base model; "auto" asks the server.
    model_kind: Literal["auto", "base", "chat"] = "auto"


def load_settings(path: Path | None = None) -> Settings:
    path = path or paths.settings_path()
    if not path.exists():
        return Settings()
    try:
        return Settings.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, ValidationError) as exc:
        raise InputError(
            f"설정 파일이 손상되었습니다({exc}). 파일을 지우면 기본 설정으로 시작합니다.",
            f"the settings file is damaged ({exc}). Delete it to start with default settings.",
            path=path,
        ) from None


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or paths.settings_path()
    try:
        handle, temp_name = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(settings.model_dump_json(indent=2))
            os.replace(temp_name, path)
        finally:
            if os.path.exists(temp_name):
                os.remove(temp_name)
    except OSError as exc:  # a full disk or a read-only profile: say which folder, keep the old settings
        raise storage_error(path.parent, exc) from None
