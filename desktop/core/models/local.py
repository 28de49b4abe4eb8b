"""What of the catalogue is on this PC: finished files, partial downloads, and the verified marks.

A downloaded model is used only once its SHA-256 matched the catalogue. The
proof is a small JSON marker beside the file recording the hash, size and
modification time it was checked at; if the file changes afterwards the
marker no longer matches and the file counts as unverified again. A model
whose SHA-256 no source gave us can be downloaded and picked by hand, but
its marker always says ``verified: false``.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.core.models.catalogue import Catalogue, CatalogueModel


@dataclass(frozen=True)
class ModelFiles:
    """Where one catalogue model lives on disk."""

    final: Path
    partial: Path
    partial_info: Path
    marker: Path
    lock: Path

    @classmethod
    def of(cls, model: CatalogueModel, root: Path | None = None) -> ModelFiles:
        folder = root or paths.downloaded_models_dir()
        final = folder / model.file
        return cls(
            final,
            final.with_name(final.name + ".part"),
            final.with_name(final.name + ".part.json"),
            final.with_name(final.name + ".verified.json"),
            final.with_name(final.name + ".lock"),
        )


@dataclass(frozen=True)
class LocalState:
    """One catalogue model as this PC has it."""

    model: CatalogueModel
    files: ModelFiles
    downloaded: bool
    verified: bool
    partial_bytes: int
    licence_accepted_at: str

    @property
    def path(self) -> Path:
        return self.files.final


def local_state(model: CatalogueModel, root: Path | None = None) -> LocalState:
    files = ModelFiles.of(model, root)
    marker = read_json(files.marker)
    downloaded = files.final.is_file()
    return LocalState(
        model,
        files,
        downloaded,
        downloaded and marker_matches(model, files.final, marker),
        _size(files.partial),
        str(marker.get("licence_accepted_at", "")) if downloaded else "",
    )


def downloaded_models(catalogue: Catalogue, root: Path | None = None) -> list[LocalState]:
    """Every catalogue model whose file is on this PC, verified or not."""
    states = (local_state(model, root) for model in catalogue.models)
    return [state for state in states if state.downloaded]


def marker_matches(model: CatalogueModel, path: Path, marker: dict[str, Any]) -> bool:
    """True only for a file hashed against the catalogue's SHA-256 and unchanged since."""
    if not model.checksum_known or marker.get("verified") is not True:
        return False
    try:
        stat = path.stat()
    except OSError:
        return False
    return (
        marker.get("sha256") == model.sha256
        and marker.get("size") == stat.st_size == model.size_bytes
        and marker.get("mtime_ns") == stat.st_mtime_ns
    )


def write_marker(model: CatalogueModel, path: Path, marker_path: Path, *, verified: bool, accepted_at: str) -> None:
    stat = path.stat()
    write_json(
        marker_path,
        {
            "model": model.id,
            "sha256": model.sha256 if verified else "",
            "size": stat.st_size,
            "mtime_ns": stat.st_mtime_ns,
            "verified": verified,
            "licence": model.licence,
            "licence_accepted_at": accepted_at,
        },
    )


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def read_json(path: Path) -> dict[str, Any]:
    """A marker or partial-download note; a missing or damaged one counts as absent."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_json(path: Path, data: dict[str, Any]) -> None:
    handle, temp_name = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=2)
    os.replace(temp_name, path)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
