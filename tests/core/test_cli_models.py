"""``prstudio models``: the catalogue table, the licence question, a download through a mirror with Ctrl+C."""

from __future__ import annotations

import hashlib
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli_models, paths
from desktop.cli import main
from desktop.core.engines.bundled_model import bundled_model_path
from desktop.core.models.catalogue import load_catalogue
from desktop.core.models.local import ModelFiles, local_state
from tests.core.fake_hub import FakeHub

REPO = "prstudio-test/gemma-3-270m-GGUF"
COMMIT = "0123456789abcdef0123456789abcdef01234567"


def test_the_catalogue_table_answers_company_use_and_fit(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_models, "total_memory_gb", lambda: 7.8)
    assert main(["models", "--catalogue"]) == 0
    out = capsys.readouterr().out
    assert "이 PC의 메모리: 8 GB" in out
    lines = {line.split()[0]: line for line in out.splitlines() if line.split() and line.split()[0] in _ids()}
    assert set(lines) == _ids()
    assert "회사 업무 불가" in lines["exaone-3.5-2.4b"] and "★" not in lines["exaone-3.5-2.4b"]
    assert "★ 추천" in lines["kanana-1.5-2.1b"] and out.count("★") == 1
    assert "빠듯함" in lines["qwen3-4b"]
    assert "https://ai.google.dev/gemma/terms" in out


def _ids() -> set[str]:
    return {m.id for m in load_catalogue().models}


def test_a_download_waits_for_the_licence_to_be_accepted(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "--download", "gemma-3-1b-it"]) == 2  # stdin is no terminal: nobody to ask
    err = capsys.readouterr().err
    assert "Gemma 이용약관" in err and "--accept-licence" in err
    assert not any(paths.downloaded_models_dir().iterdir())


def test_an_unknown_model_id_lists_the_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "--download", "gpt-9", "--accept-licence"]) == 2
    assert "kanana-1.5-2.1b" in capsys.readouterr().err


@pytest.fixture
def test_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, str]]:
    """The real catalogue file plus the built-in GGUF as one more entry, served by a loopback mirror."""
    gguf = bundled_model_path()
    digest = hashlib.sha256(gguf.read_bytes()).hexdigest()
    extra = f"""
[[models]]
id = "gemma-3-270m-test"
name = "Gemma 3 270M (test)"
family = "Google Gemma 3"
parameters = "270M"
repo = "{REPO}"
file = "{gguf.name}"
revision = "{COMMIT}"
quantisation = "Q4_K_M"
size_bytes = {gguf.stat().st_size}
sha256 = "{digest}"
checksum_sources = ["computed by the test"]
context_length = 32768
min_ram_gb = 1
recommended_ram_gb = 1
preference = 1
licence = "gemma"
licence_sources = ["the built-in model's licence"]
chat_template_note = "test"
quality_ko = "시험용"
quality_en = "for tests"
"""
    catalogue = tmp_path / "models.toml"
    catalogue.write_text(paths.model_catalogue_path().read_text(encoding="utf-8") + extra, encoding="utf-8")
    monkeypatch.setattr(paths, "model_catalogue_path", lambda: catalogue)
    yield gguf, digest


def interrupt_when_partial_exceeds(
    path: Path, size: int, stop: threading.Event, hub: FakeHub | None = None
) -> threading.Thread:
    """Press Ctrl+C (SIGINT to the main thread) once the partial file is big enough.

    ``stop`` ends the watch, so a download that finished first is never interrupted later. With a hub
    that holds the line (``hold_after``) the key is pressed while the download waits for bytes, as a
    person on a slow line would press it: the signal breaks the wait at once, however fast the machine.
    The line is let go a moment later in case the signal went unseen.
    """

    def watch() -> None:
        while not stop.wait(0.01):
            held = hub is None or hub.holding.is_set()
            if held and path.exists() and path.stat().st_size > size:
                signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)
                if hub is not None:
                    stop.wait(1.0)
                    hub.release.set()
                return

    watcher = threading.Thread(target=watch, name="ctrl-c", daemon=True)
    watcher.start()
    return watcher


def test_ctrl_c_keeps_the_partial_download_and_the_next_run_resumes_it(
    test_catalogue: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    gguf, digest = test_catalogue
    model = load_catalogue().get("gemma-3-270m-test")
    args = ["models", "--download", "gemma-3-270m-test", "--accept-licence"]
    with FakeHub(gguf, digest, REPO, gguf.name, commit=COMMIT, hold_after=60_000_000) as hub:
        monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)  # a company mirror
        stop = threading.Event()
        watcher = interrupt_when_partial_exceeds(ModelFiles.of(model).partial, 40_000_000, stop, hub)
        try:
            assert main(args) == 4
        finally:
            stop.set()
            watcher.join()
        stopped = capsys.readouterr().err
        kept = local_state(model).partial_bytes
        assert "이어서" in stopped and kept > 40_000_000
        assert main(args) == 0
    assert hub.gets() == ["", f"bytes={kept}-"]
    done = capsys.readouterr().err
    assert "라이선스: Gemma 이용약관" in done and "SHA-256 확인됨" in done
    assert local_state(model).verified
    assert main(["models", "--ollama-host", "http://127.0.0.1:9"]) == 0
    listing = capsys.readouterr().out
    assert "Gemma 3 270M (test)" in listing and "SHA-256 확인됨" in listing
    assert listing.count("Gemma 이용약관") >= 2  # the built-in model and the download
