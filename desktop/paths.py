"""Where PR Studio's files are: bundled resources and the user's own folders.

This is the only module that knows the layout on disk. A checkout keeps the
resources (prompts, Word templates, assets) beside the package; a PyInstaller
build unpacks them under ``sys._MEIPASS``. User data (history database,
settings, logs) lives under platformdirs, or under ``PRSTUDIO_HOME`` when that
is set (tests point it at a temporary folder), never in the install folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "PRStudio"
APP_AUTHOR = "PRStudio"


def resource_root() -> Path:
    """The folder holding prompts/, templates/ and assets/."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def prompts_dir() -> Path:
    override = os.environ.get("PRSTUDIO_PROMPTS")
    return Path(override) if override else resource_root() / "prompts"


def templates_dir() -> Path:
    return resource_root() / "templates"


def assets_dir() -> Path:
    return resource_root() / "assets"


def translations_dir() -> Path:
    return assets_dir() / "i18n"


def icons_dir() -> Path:
    return assets_dir() / "icons"


def demo_dir() -> Path:
    return assets_dir() / "demo"


def factcheck_data_dir() -> Path:
    """Word lists and the place gazetteer the fact checker reads (data, not code)."""
    return assets_dir() / "factcheck"


def _home_override() -> Path | None:
    home = os.environ.get("PRSTUDIO_HOME")
    return Path(home) if home else None


def user_data_dir() -> Path:
    """History database, settings and logs; created on first use."""
    home = _home_override()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_cache_dir() -> Path:
    """Re-creatable files such as the assembled bundled model.

    ``PRSTUDIO_MODEL_CACHE`` lets tests and CI share one assembled model
    between temporary homes instead of assembling 250 MB per test.
    """
    shared = os.environ.get("PRSTUDIO_MODEL_CACHE")
    home = _home_override()
    if shared:
        path = Path(shared)
    elif home:
        path = home / "cache"
    else:
        path = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def history_db_path() -> Path:
    return user_data_dir() / "history.sqlite3"


def settings_path() -> Path:
    return user_data_dir() / "settings.json"


def window_settings_path() -> Path:
    """Window geometry and last choices (QSettings, INI format), beside the other user data."""
    return user_data_dir() / "window.ini"


def log_dir() -> Path:
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
