"""The real download code against a loopback Hub serving the bundled 270M GGUF as a catalogue model.

Every test runs ``download_model`` unchanged: huggingface_hub's HEAD with the Hub's
redirects, the ranged GET, the SHA-256 check and the files it leaves on disk.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from filelock import FileLock
from huggingface_hub import constants

from desktop import paths
from desktop.core.answers import load_answers_file, validate_answers
from desktop.core.generation import Finished, GenerationJob, generate
from desktop.core.models import download as download_module
from desktop.core.models.catalogue import Catalogue, CatalogueModel, load_catalogue
from desktop.core.models.choice import embedded_engine
from desktop.core.models.download import download_model
from desktop.core.models.errors import (
    ChecksumMismatch,
    DownloadCancelled,
    DownloadFailed,
    LicenceNotAccepted,
    NotEnoughDisk,
)
from desktop.core.models.fit import best_downloaded
from desktop.core.models.local import ModelFiles, local_state, read_json
from desktop.core.models.progress import DownloadProgress
from desktop.core.store import History
from desktop.core.workflows import get_workflow
from tests.conftest import Source
from tests.core.fake_hub import FakeHub

REPO = "prstudio-test/gemma-3-270m-GGUF"


def entry(source: Source, **changes: object) -> CatalogueModel:
    """The bundled base model described as a chat catalogue entry (the test treats it as chat)."""
    fields: dict[str, object] = dict(
        id="gemma-3-270m-test",
        name="Gemma 3 270M (test)",
        family="Google Gemma 3",
        parameters="270M",
        repo=REPO,
        file=source.path.name,
        revision="0123456789abcdef0123456789abcdef01234567",
        quantisation="Q4_K_M",
        size_bytes=source.size,
        sha256=source.sha256,
        checksum_sources=["computed by the test from the bundled file"],
        context_length=32768,
        min_ram_gb=1,
        recommended_ram_gb=1,
        preference=1,
        licence="gemma",
        licence_sources=["the bundled model's Gemma Terms of Use"],
        chat=True,
        chat_template_note="the GGUF's own template (llama.cpp falls back to ChatML)",
        quality_ko="시험용",
        quality_en="for tests",
    )
    fields.update(changes)
    return CatalogueModel.model_validate(fields)


def catalogue_with(model: CatalogueModel) -> Catalogue:
    real = load_catalogue()
    return Catalogue(real.builtin, real.licences, (model,), (), {})


def hub_for(source: Source, **knobs: object) -> FakeHub:
    return FakeHub(source.path, source.sha256, REPO, source.path.name, **knobs)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Downloaded:
    model: CatalogueModel
    root: Path
    path: Path
    events: list[DownloadProgress]
    heads: list[str]
    gets: list[str]


@pytest.fixture(scope="module")
def downloaded(source: Source, tmp_path_factory: pytest.TempPathFactory) -> Downloaded:
    """One full download, shared by the tests that inspect it and the one that generates with it."""
    model, root, events = entry(source), tmp_path_factory.mktemp("models"), []
    with hub_for(source) as hub:
        path = download_model(model, accept_licence=True, on_progress=events.append, endpoint=hub.endpoint, root=root)
    return Downloaded(model, root, path, events, hub.heads(), hub.gets())


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(2**24):
            digest.update(chunk)
    return digest.hexdigest()


def test_a_full_download_is_verified_and_reports_progress(downloaded: Downloaded, source: Source) -> None:
    assert sha256_of(downloaded.path) == source.sha256
    assert downloaded.heads == [f"/{REPO}/resolve/{downloaded.model.revision}/{source.path.name}"]
    assert downloaded.gets == [""]  # one GET from the first byte, at the CDN the Hub redirected to
    phases = [event.phase for event in downloaded.events]
    assert phases[0] == "connecting" and phases[-1] == "done"
    assert phases.index("downloading") < phases.index("verifying")
    moving = [e for e in downloaded.events if e.phase == "downloading" and e.bytes_per_second > 0]
    assert moving and all(e.seconds_left is not None and e.total_bytes == source.size for e in moving)
    assert downloaded.events[-1].verified and downloaded.events[-1].path == downloaded.path
    marker = read_json(ModelFiles.of(downloaded.model, downloaded.root).marker)
    assert marker["verified"] is True and marker["sha256"] == source.sha256 and marker["licence_accepted_at"]
    assert not ModelFiles.of(downloaded.model, downloaded.root).partial.exists()


def test_the_verified_download_is_the_default_and_needs_no_network(
    downloaded: Downloaded, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogue = catalogue_with(downloaded.model)
    best = best_downloaded(catalogue, 7.8, downloaded.root)
    assert best is not None and best.path == downloaded.path
    engine = embedded_engine("", 2048, catalogue=catalogue, memory_gb=7.8, root=downloaded.root)
    assert engine.model_path == downloaded.path and engine.capability().instruction_tuned
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # and the hub is gone: nothing may be fetched
    assert download_model(downloaded.model, accept_licence=True, root=downloaded.root) == downloaded.path


@pytest.mark.model
def test_the_downloaded_model_writes_a_press_release_in_chat_mode(downloaded: Downloaded, demo_profile) -> None:  # type: ignore[no-untyped-def]
    catalogue = catalogue_with(downloaded.model)
    engine = embedded_engine("", 4096, catalogue=catalogue, memory_gb=8, root=downloaded.root)
    workflow = get_workflow("press-release")
    raw, _ = load_answers_file(paths.demo_dir() / "press-release.toml")
    job = GenerationJob(workflow, demo_profile, validate_answers(workflow, raw), seed=3, max_tokens_cap=48)
    history = History()
    try:
        events = list(generate(job, engine, history))
        result = events[-1]
        assert isinstance(result, Finished)
        assert result.result.document.title.strip()
        assert result.result.usage.output_tokens > 0  # the model itself wrote, through the chat handler
        [draft] = history.drafts()
        assert history.versions(draft.id)[-1].markdown == result.result.markdown
    finally:
        history.close()


def test_a_cancelled_download_keeps_its_part_and_resumes_with_a_range_request(source: Source, tmp_path: Path) -> None:
    model, cancel = entry(source), threading.Event()

    def stop_after_30_mb(event: DownloadProgress) -> None:
        if event.phase == "downloading" and event.done_bytes > 30_000_000:
            cancel.set()

    with hub_for(source) as hub:
        with pytest.raises(DownloadCancelled) as stopped:
            download_model(
                model,
                accept_licence=True,
                on_progress=stop_after_30_mb,
                cancel=cancel,
                endpoint=hub.endpoint,
                root=tmp_path,
            )
        kept = local_state(model, tmp_path).partial_bytes
        assert 30_000_000 < kept < source.size and "이어서" in stopped.value.message("ko")
        # A new call, as after a restart: only what is on disk carries over.
        path = download_model(model, accept_licence=True, endpoint=hub.endpoint, root=tmp_path)
    assert hub.gets() == ["", f"bytes={kept}-"]
    assert sha256_of(path) == source.sha256 and local_state(model, tmp_path).verified


def test_a_dropped_connection_resumes_within_the_same_download(source: Source, tmp_path: Path) -> None:
    model = entry(source)
    with hub_for(source, cut_after=20 * 2**20) as hub:
        path = download_model(model, accept_licence=True, endpoint=hub.endpoint, root=tmp_path)
    assert hub.gets() == ["", f"bytes={20 * 2**20}-"]
    assert sha256_of(path) == source.sha256


def test_a_tampered_file_is_refused_and_removed(source: Source, tmp_path: Path) -> None:
    model = entry(source)
    with hub_for(source, corrupt_at=source.size // 2) as hub, pytest.raises(ChecksumMismatch) as refused:
        download_model(model, accept_licence=True, endpoint=hub.endpoint, root=tmp_path)
    files = ModelFiles.of(model, tmp_path)
    assert not any(p.exists() for p in (files.final, files.partial, files.partial_info, files.marker))
    assert "지웠습니다" in refused.value.message("ko")


def test_a_server_announcing_another_file_is_refused_before_downloading(source: Source, tmp_path: Path) -> None:
    with hub_for(source, claimed_sha256="f" * 64) as hub, pytest.raises(ChecksumMismatch):
        download_model(entry(source), accept_licence=True, endpoint=hub.endpoint, root=tmp_path)
    assert hub.gets() == []


def test_a_full_disk_is_refused_before_starting(
    source: Source, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = entry(source)
    files = ModelFiles.of(model, tmp_path)
    files.partial.write_bytes(b"x" * 1000)  # the part of an older file: it cannot be resumed
    files.partial_info.write_text('{"etag": "an-older-version", "size": 5000}', encoding="utf-8")
    monkeypatch.setattr(download_module, "free_disk_bytes", lambda folder: 10_000_000)
    with hub_for(source) as hub, pytest.raises(NotEnoughDisk) as refused:
        download_model(model, accept_licence=True, endpoint=hub.endpoint, root=tmp_path)
    assert hub.gets() == []
    message = refused.value.message("ko")
    assert "10 MB" in message and "디스크 공간" in message
    assert f"{(source.size + 64 * 2**20) / 1e6:,.0f} MB" in message  # the whole file, not the old part
    assert not files.partial.exists()


def test_only_one_download_of_a_model_runs_at_a_time(source: Source, tmp_path: Path) -> None:
    model = entry(source)
    files = ModelFiles.of(model, tmp_path)
    with FileLock(files.lock), hub_for(source) as hub, pytest.raises(DownloadFailed) as refused:
        download_model(model, accept_licence=True, endpoint=hub.endpoint, root=tmp_path)
    assert hub.requests == [] and "이미" in refused.value.message("ko")


def test_the_licence_must_be_accepted_first(source: Source, tmp_path: Path) -> None:
    with hub_for(source) as hub, pytest.raises(LicenceNotAccepted) as refused:
        download_model(entry(source), accept_licence=False, endpoint=hub.endpoint, root=tmp_path)
    assert hub.requests == [] and "Gemma" in refused.value.message("ko")


def test_a_squashed_pinned_commit_falls_back_to_main(source: Source, tmp_path: Path) -> None:
    model, cancel = entry(source, revision="f" * 40), threading.Event()
    with hub_for(source) as hub, pytest.raises(DownloadCancelled):
        download_model(
            model,
            accept_licence=True,
            on_progress=lambda e: cancel.set(),
            cancel=cancel,
            endpoint=hub.endpoint,
            root=tmp_path,
        )
    commit = hub.commit
    assert hub.heads() == [
        f"/{REPO}/resolve/{'f' * 40}/{source.path.name}",
        f"/{REPO}/resolve/main/{source.path.name}",
        f"/{REPO}/resolve/{commit}/{source.path.name}",
    ]


def test_a_gated_repository_says_what_to_do(source: Source, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.delenv("HUGGING_FACE_HUB_TOKEN", raising=False)
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(tmp_path / "no-token"))  # a developer's own login
    with hub_for(source, gated=True) as hub, pytest.raises(DownloadFailed) as refused:
        download_model(entry(source), accept_licence=True, endpoint=hub.endpoint, root=tmp_path)
    assert "HF_TOKEN" in refused.value.message("ko")


def test_offline_mode_never_touches_the_network(
    source: Source, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with hub_for(source) as hub, pytest.raises(DownloadFailed) as refused:
        download_model(entry(source), accept_licence=True, endpoint=hub.endpoint, root=tmp_path)
    assert hub.requests == [] and "HF_HUB_OFFLINE" in refused.value.message("ko")


def test_a_model_without_a_published_checksum_is_kept_but_never_verified(source: Source, tmp_path: Path) -> None:
    model = entry(source, sha256="", checksum_sources=[])
    with hub_for(source) as hub:
        path = download_model(model, accept_licence=True, endpoint=hub.endpoint, root=tmp_path)
    state = local_state(model, tmp_path)
    assert path.exists() and state.downloaded and not state.verified
    assert read_json(ModelFiles.of(model, tmp_path).marker)["verified"] is False
    assert best_downloaded(catalogue_with(model), 16, tmp_path) is None


def test_a_mirror_without_the_file_says_so(source: Source, tmp_path: Path) -> None:
    with hub_for(source) as hub, pytest.raises(DownloadFailed) as refused:
        download_model(entry(source, file="missing.gguf"), accept_licence=True, endpoint=hub.endpoint, root=tmp_path)
    assert "찾을 수 없습니다" in refused.value.message("ko") and "HF_ENDPOINT" in refused.value.message("ko")
