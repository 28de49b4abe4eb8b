"""Downloading a catalogue model: resumable, with progress, and checked against the catalogue's SHA-256.

Built from huggingface_hub's own pieces: ``hf_hub_url`` + ``get_hf_file_metadata``
(one HEAD that follows the Hub's redirects and reads X-Linked-Size,
X-Linked-Etag and X-Repo-Commit) and ``http_get`` (a GET with a Range header
from the bytes already on disk, retrying broken connections). We do not call
``hf_hub_download`` itself because it deletes its temporary file when
interrupted, and a user on office Wi-Fi must not lose 2 GB to a closed lid.
HF_ENDPOINT (a company mirror), HF_TOKEN and proxy settings work as
huggingface_hub applies them; HF_HUB_OFFLINE stops before any network access.

The file is written to ``<name>.gguf.part`` beside a note of the server's
ETag and size, so a later call (even after a restart) resumes only the same
file. When every byte is in, the SHA-256 is computed; a mismatch deletes the
file, a match renames it into place and writes the verified marker.

Threading: ``download_model`` blocks (run it on a worker thread). The progress
callback runs on that same thread, a few times a second at most. Setting
``cancel`` from any thread stops the download within one chunk and raises
``DownloadCancelled``; the partial file is kept for the next call.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlparse

import httpx2
from filelock import FileLock, Timeout
from huggingface_hub import constants, get_hf_file_metadata, hf_hub_url
from huggingface_hub.errors import (
    GatedRepoError,
    HfHubHTTPError,
    RemoteEntryNotFoundError,
    RepositoryNotFoundError,
    RevisionNotFoundError,
)
from huggingface_hub.file_download import http_get
from huggingface_hub.utils import build_hf_headers

from desktop.core.models.catalogue import CatalogueModel, load_catalogue
from desktop.core.models.errors import (
    ChecksumMismatch,
    DownloadCancelled,
    DownloadFailed,
    LicenceNotAccepted,
    NotEnoughDisk,
)
from desktop.core.models.local import ModelFiles, local_state, now_iso, read_json, write_json, write_marker
from desktop.core.models.progress import ProgressCallback, ProgressReporter

# Telemetry makes huggingface_hub fetch an "agent registry" from the endpoint; an office PC
# downloading a model should make the requests it needs and no others.
constants.HF_HUB_DISABLE_TELEMETRY = True

_HASH_CHUNK = 8 * 2**20
_DISK_MARGIN = 64 * 2**20
_SHA256_ETAG = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class RemoteFile:
    """What the server says about the file before any byte is fetched."""

    url: str
    size: int
    etag: str
    commit: str
    headers: dict[str, str]


def download_model(
    model: CatalogueModel,
    *,
    accept_licence: bool,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    endpoint: str | None = None,
    root: Path | None = None,
) -> Path:
    """Download (or resume) one catalogue model and return its verified path.

    ``accept_licence`` must be True: the caller has shown the licence and the
    user agreed. Already verified files return at once without network access.
    """
    licence = load_catalogue().licences.get(model.licence)
    if not accept_licence:
        raise LicenceNotAccepted(model.name, licence.name if licence else model.licence, licence.url if licence else "")
    cancel = cancel or threading.Event()
    report = ProgressReporter(model.id, on_progress)
    files = ModelFiles.of(model, root)
    state = local_state(model, root)
    if state.verified:
        report.finish(files.final, True)
        return files.final
    if state.downloaded:
        return _check_existing(model, files, report, cancel)
    if _offline():
        raise DownloadFailed(
            "오프라인 모드(HF_HUB_OFFLINE)라서 모델을 내려받을 수 없습니다. 네트워크가 되는 곳에서 다시 시도하세요.",
            "offline mode (HF_HUB_OFFLINE) is on, so the model cannot be downloaded.",
        )
    report.start("connecting", 0, model.size_bytes)
    files.final.parent.mkdir(parents=True, exist_ok=True)
    with _only_one_download(model, files):
        remote = remote_file(model, endpoint)
        _refuse_if_remote_differs(model, remote)
        resume = _resume_point(files, remote)
        _check_disk(files.partial.parent, remote.size - resume)
        _fetch(remote, files, resume, report, cancel)
        return _install(model, files, report, cancel)


def remote_file(model: CatalogueModel, endpoint: str | None = None) -> RemoteFile:
    """HEAD the file at the pinned revision, or at "main" when the pinned commit is gone (squashed history)."""
    endpoint = (endpoint or os.environ.get("HF_ENDPOINT") or constants.ENDPOINT).rstrip("/")
    revisions = [model.revision] if model.revision == "main" else [model.revision, "main"]
    for revision in revisions:
        url = hf_hub_url(model.repo, model.file, revision=revision, endpoint=endpoint)
        try:
            # No retries: an office PC without network should hear so at once, not after a minute.
            meta = get_hf_file_metadata(url, endpoint=endpoint, library_name="prstudio", retry_on_errors=False)
        except RevisionNotFoundError:
            if revision == "main":
                raise _server_error(model, "revision") from None
            continue
        except GatedRepoError:
            raise _gated(model) from None
        except (RepositoryNotFoundError, RemoteEntryNotFoundError):
            raise _server_error(model, "missing") from None
        except (HfHubHTTPError, httpx2.HTTPError, OSError) as exc:
            raise _network_error(exc) from None
        size = meta.size or model.size_bytes
        headers = build_hf_headers(library_name="prstudio")
        if _origin(meta.location) != _origin(url):
            headers.pop("authorization", None)  # a signed CDN address must not receive the Hub token
        return RemoteFile(meta.location, size, meta.etag or "", meta.commit_hash or "", headers)
    raise _server_error(model, "revision")


def free_disk_bytes(folder: Path) -> int:
    """Free space where the model is written (a separate function so tests can fill the disk)."""
    return shutil.disk_usage(folder).free


def delete_download(model: CatalogueModel, root: Path | None = None) -> None:
    """Remove a model's file, partial download and marker (the user's "지우기")."""
    files = ModelFiles.of(model, root)
    for path in (files.final, files.partial, files.partial_info, files.marker, files.lock):
        path.unlink(missing_ok=True)


def discard_partial(model: CatalogueModel, root: Path | None = None) -> None:
    """Remove only an unfinished download (the user's "취소"); a finished, verified file stays."""
    files = ModelFiles.of(model, root)
    for path in (files.partial, files.partial_info):
        path.unlink(missing_ok=True)


@contextlib.contextmanager
def _only_one_download(model: CatalogueModel, files: ModelFiles) -> Iterator[None]:
    """The window and the command line must not append to the same partial file at once."""
    lock = FileLock(files.lock)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise DownloadFailed(
            f"{model.name}은(는) 이미 다른 창이나 명령에서 내려받는 중입니다. 그쪽이 끝나면 바로 쓸 수 있습니다.",
            f"{model.name} is already being downloaded by another window or command; it is ready when that ends.",
        ) from None
    try:
        yield
    finally:
        lock.release()


def _refuse_if_remote_differs(model: CatalogueModel, remote: RemoteFile) -> None:
    """Before fetching 2 GB: the Hub reports the LFS SHA-256 as ETag, so a different file shows here."""
    if not model.checksum_known:
        return
    if remote.size != model.size_bytes:
        raise ChecksumMismatch(
            model.name,
            f"서버 크기 {remote.size:,}바이트, 확인된 크기 {model.size_bytes:,}바이트",
            f"server size {remote.size:,} bytes, verified size {model.size_bytes:,} bytes",
        )
    if _SHA256_ETAG.match(remote.etag) and remote.etag != model.sha256:
        raise ChecksumMismatch(model.name, "서버가 알려 준 SHA-256이 다름", "the server reports another SHA-256")


def _resume_point(files: ModelFiles, remote: RemoteFile) -> int:
    """Bytes already on disk of this very file; anything else is started over."""
    note = read_json(files.partial_info)
    have = files.partial.stat().st_size if files.partial.exists() else 0
    same_file = note.get("etag") == remote.etag and note.get("size") == remote.size and remote.etag
    if same_file and 0 < have <= remote.size:
        return have
    files.partial.unlink(missing_ok=True)
    files.partial.parent.mkdir(parents=True, exist_ok=True)
    write_json(files.partial_info, {"etag": remote.etag, "size": remote.size, "commit": remote.commit})
    return 0


def _check_disk(folder: Path, needed: int) -> None:
    free = free_disk_bytes(folder)
    if free < needed + _DISK_MARGIN:
        raise NotEnoughDisk(needed + _DISK_MARGIN, free, folder)


class _Stopped(Exception):
    """Raised inside huggingface_hub's read loop when the user cancels."""


def _fetch(
    remote: RemoteFile, files: ModelFiles, resume: int, report: ProgressReporter, cancel: threading.Event
) -> None:
    bar = _progress_bar_class(report, cancel)
    try:
        with files.partial.open("ab") as out:
            http_get(
                remote.url,
                out,
                resume_size=resume,
                headers=remote.headers,
                expected_size=remote.size or None,
                tqdm_class=cast(Any, bar),
            )
    except _Stopped:
        raise DownloadCancelled(_size(files.partial)) from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise NotEnoughDisk(remote.size - _size(files.partial), 0, files.partial.parent) from None
        raise _network_error(exc) from None
    except httpx2.HTTPError as exc:
        raise _network_error(exc) from None


def _progress_bar_class(report: ProgressReporter, cancel: threading.Event) -> type:
    """A tqdm stand-in: huggingface_hub calls ``update`` for every chunk it writes."""

    class ProgressBar:
        def __init__(self, *args: Any, total: int | None = None, initial: int = 0, **kwargs: Any) -> None:
            report.start("downloading", initial, total or report.total)

        def update(self, count: float | None = 1) -> None:
            if cancel.is_set():
                raise _Stopped
            report.advance(int(count or 0))

        def close(self) -> None:
            pass

        def __enter__(self) -> ProgressBar:
            return self

        def __exit__(self, *exc_info: object) -> None:
            return None

    return ProgressBar


def _install(model: CatalogueModel, files: ModelFiles, report: ProgressReporter, cancel: threading.Event) -> Path:
    """Hash the complete partial file, then move it into place or delete it."""
    if model.checksum_known:
        digest = _sha256(files.partial, report, cancel)
        if digest != model.sha256:
            files.partial.unlink(missing_ok=True)
            files.partial_info.unlink(missing_ok=True)
            raise ChecksumMismatch(
                model.name, "내려받은 파일의 SHA-256이 다름", "the downloaded file's SHA-256 differs"
            )
    os.replace(files.partial, files.final)
    files.partial_info.unlink(missing_ok=True)
    write_marker(model, files.final, files.marker, verified=model.checksum_known, accepted_at=now_iso())
    report.finish(files.final, model.checksum_known)
    return files.final


def _check_existing(
    model: CatalogueModel, files: ModelFiles, report: ProgressReporter, cancel: threading.Event
) -> Path:
    """A finished file whose marker is missing or stale (copied, touched): hash it again rather than re-download."""
    if not model.checksum_known:
        report.finish(files.final, False)
        return files.final
    accepted = str(read_json(files.marker).get("licence_accepted_at") or now_iso())
    if _sha256(files.final, report, cancel) != model.sha256:
        for path in (files.final, files.marker):
            path.unlink(missing_ok=True)
        raise ChecksumMismatch(model.name, "저장된 파일의 SHA-256이 다름", "the stored file's SHA-256 differs")
    write_marker(model, files.final, files.marker, verified=True, accepted_at=accepted)
    report.finish(files.final, True)
    return files.final


def _sha256(path: Path, report: ProgressReporter, cancel: threading.Event) -> str:
    digest = hashlib.sha256()
    report.start("verifying", 0, path.stat().st_size)
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            if cancel.is_set():
                raise DownloadCancelled(path.stat().st_size)
            digest.update(chunk)
            report.advance(len(chunk))
    return digest.hexdigest()


def _offline() -> bool:
    flag = os.environ.get("HF_HUB_OFFLINE", "").strip().lower()
    return constants.is_offline_mode() or flag in {"1", "true", "yes", "on"}


def _origin(url: str) -> tuple[str, str, int | None]:
    parsed = urlparse(url)
    return parsed.scheme, (parsed.hostname or "").lower(), parsed.port


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def _gated(model: CatalogueModel) -> DownloadFailed:
    return DownloadFailed(
        f"{model.repo} 저장소는 Hugging Face 로그인과 약관 동의가 필요합니다. 웹에서 동의한 뒤 HF_TOKEN 환경 변수에 "
        "토큰을 넣고 다시 시도하세요.",
        f"the {model.repo} repository needs a Hugging Face login and accepted terms. Accept them on the web, put "
        "a token in the HF_TOKEN environment variable and try again.",
    )


def _server_error(model: CatalogueModel, kind: str) -> DownloadFailed:
    return DownloadFailed(
        f"서버에서 {model.repo}/{model.file} 파일을 찾을 수 없습니다({kind}). 회사 미러(HF_ENDPOINT)라면 이 파일을 "
        "받아 두었는지 확인하세요.",
        f"the server has no {model.repo}/{model.file} ({kind}). With a company mirror (HF_ENDPOINT), check that it "
        "holds this file.",
    )


def _network_error(exc: BaseException) -> DownloadFailed:
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return DownloadFailed(
        f"모델을 내려받는 중 연결에 문제가 생겼습니다({detail}). 받은 부분은 보관했으니 네트워크를 확인하고 다시 "
        "내려받으면 이어서 받습니다.",
        f"the connection failed while downloading ({detail}). What was received is kept; check the network and "
        "download again to resume.",
    )
