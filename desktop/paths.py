"""Where PR Studio's files are: bundled resources and the user's own folders.

This is the only module that knows the layout on disk. A checkout keeps the
resources (prompts, Word templates, assets) beside the package; a PyInstaller
build unpacks them under ``sys._MEIPASS``, together with the starter model,
which the build writes whole into ``models/`` so that the installed program
never copies it anywhere. User data (history database,
settings, logs) lives under platformdirs, or under ``PRSTUDIO_HOME`` when that
is set (tests point it at a temporary folder), never in the install folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from desktop.core.storage import storage_error

APP_NAME = "PRStudio"
APP_AUTHOR = "PRStudio"
#: Folder inside a frozen build (relative to ``resource_root()``) holding the starter model.
FROZEN_MODELS_FOLDER = "models"


def resource_root() -> Path:
    """The folder holding prompts/, templates/ and assets/."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    """True in the installed (PyInstaller) program, False in a checkout."""
    return bool(getattr(sys, "frozen", False) and getattr(sys, "_MEIPASS", None))


def frozen_models_dir() -> Path | None:
    """Where a frozen build keeps the models it was built with; None in a checkout.

    The packaging spec writes the assembled starter model here, so this is the
    one place the build and the running program agree on.
    """
    return resource_root() / FROZEN_MODELS_FOLDER if is_frozen() else None


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


def model_catalogue_path() -> Path:
    """The curated list of downloadable models and their licences (data, not code)."""
    return assets_dir() / "models.toml"


def factcheck_data_dir() -> Path:
    """Word lists and the place gazetteer the fact checker reads (data, not code)."""
    return assets_dir() / "factcheck"


def writing_data_dir() -> Path:
    """Word lists the sentence builder reads: what a verbal noun takes, time words, connectives."""
    return assets_dir() / "writing"


def _home_override() -> Path | None:
    home = os.environ.get("PRSTUDIO_HOME")
    return Path(home) if home else None


def _folder(path: Path) -> Path:
    """``path`` created if needed; a folder that cannot be made is a StorageError naming it."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise storage_error(path, exc) from None
    return path


def user_data_dir() -> Path:
    """History database, settings and logs; created on first use."""
    home = _home_override()
    return _folder(home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))


def user_cache_dir() -> Path:
    """Re-creatable files such as the bundled model assembled by a checkout (never by the frozen program).

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
    return _folder(path)


def downloaded_models_dir() -> Path:
    """Models the user downloaded from the catalogue.

    User data rather than cache: a 2.5 GB download is not something a disk
    cleaner should silently throw away. Partial downloads wait here too, so
    an interrupted download resumes after a restart.
    """
    path = user_data_dir() / "models"
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
    return _folder(user_data_dir() / "logs")
