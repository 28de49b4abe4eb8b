"""``prstudio models``: the catalogue table, the licence question, a download through a mirror with Ctrl+C."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli_models, paths
from desktop.cli import main
from desktop.core.engines.bundled_model import bundled_model_path
from desktop.core.models import progress as progress_module
from desktop.core.models.catalogue import load_catalogue
from desktop.core.models.local import local_state
from desktop.core.models.progress import DownloadProgress
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


def press_ctrl_c_after(size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C once ``size`` bytes are in: the KeyboardInterrupt rises in the main thread, mid-download,
    where Python delivers it, at the same byte count however fast or busy the machine is."""
    show = cli_models.ProgressPrinter.__call__
    pressed: list[bool] = []

    def printer(self: cli_models.ProgressPrinter, progress: DownloadProgress) -> None:
        show(self, progress)
        if progress.phase == "downloading" and progress.done_bytes > size and not pressed:
            pressed.append(True)
            raise KeyboardInterrupt

    monkeypatch.setattr(cli_models.ProgressPrinter, "__call__", printer)
    monkeypatch.setattr(progress_module, "_MIN_INTERVAL", 0.0)  # every chunk reaches the printer


def test_ctrl_c_keeps_the_partial_download_and_the_next_run_resumes_it(
    test_catalogue: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    gguf, digest = test_catalogue
    model = load_catalogue().get("gemma-3-270m-test")
    args = ["models", "--download", "gemma-3-270m-test", "--accept-licence"]
    press_ctrl_c_after(40_000_000, monkeypatch)
    with FakeHub(gguf, digest, REPO, gguf.name, commit=COMMIT) as hub:
        monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)  # a company mirror
        assert main(args) == 4
        stopped = capsys.readouterr().err
        kept = local_state(model).partial_bytes
        assert "이어서" in stopped and kept > 20_000_000  # all but the chunk the key press cut
        assert main(args) == 0
    assert hub.gets() == ["", f"bytes={kept}-"]
    done = capsys.readouterr().err
    assert "라이선스: Gemma 이용약관" in done and "SHA-256 확인됨" in done
    assert local_state(model).verified
    assert main(["models", "--ollama-host", "http://127.0.0.1:9"]) == 0
    listing = capsys.readouterr().out
    assert "Gemma 3 270M (test)" in listing and "SHA-256 확인됨" in listing
    assert listing.count("Gemma 이용약관") >= 2  # the built-in model and the download
