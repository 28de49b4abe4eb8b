"""Shared fixtures: a temporary PR Studio home per test, one assembled model per run, no stray threads."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop import paths
from desktop.core.engines.bundled_model import bundled_model_path
from desktop.core.engines.embedded import EmbeddedEngine
from desktop.core.profile import CompanyProfile, load_profile
from desktop.core.store import History


class MemoryKeyring(KeyringBackend):
    """A keychain that lives in memory, so tests never touch the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


@dataclass(frozen=True)
class Source:
    """The bundled model as a download source: its file, SHA-256 and size."""

    path: Path
    sha256: str
    size: int


@pytest.fixture(scope="module")
def source(model_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Source]:
    """The bundled model, assembled once, and its SHA-256 computed here independently."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PRSTUDIO_MODEL_CACHE", str(model_cache))
        patch.setenv("PRSTUDIO_HOME", str(tmp_path_factory.mktemp("home")))
        path = bundled_model_path()
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(2**24):
            digest.update(chunk)
    yield Source(path, digest.hexdigest(), path.stat().st_size)


@pytest.fixture(autouse=True)
def prstudio_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, model_cache: Path) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("PRSTUDIO_HOME", str(home))
    monkeypatch.setenv("PRSTUDIO_MODEL_CACHE", str(model_cache))
    monkeypatch.delenv("PRSTUDIO_LANG", raising=False)
    monkeypatch.delenv("PRSTUDIO_PROMPTS", raising=False)
    for name in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    yield home
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_threads_left_running() -> Iterator[None]:
    """A test that leaves a generation thread alive fails: it would leak into the next one."""
    before = set(threading.enumerate())
    yield
    leftover = [
        t.name for t in threading.enumerate() if t not in before and t.is_alive() and t.name.startswith("prstudio")
    ]
    assert not leftover, f"threads left running: {leftover}"


@pytest.fixture
def demo_profile() -> CompanyProfile:
    return load_profile(paths.demo_dir() / "company.toml")


@pytest.fixture
def history() -> Iterator[History]:
    store = History()
    yield store
    store.close()


@pytest.fixture(scope="session")
def embedded_engine() -> EmbeddedEngine:
    """The real bundled model; loaded once per test run."""
    return EmbeddedEngine(n_ctx=8192)
