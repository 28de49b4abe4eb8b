"""Model download over loopback: throughput of the resumable download and of the SHA-256 check.

Serves the built-in 253 MB GGUF from the tests' loopback Hub and downloads it
with the real code. Prints MB/s for the transfer and for verification, the
ratio to a plain file copy, and what verification adds for the largest
catalogue file. Run: ``uv run python bench/model_download.py``.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import tempfile
import time
from pathlib import Path

from bench_support import temporary_home

from desktop.core.engines.bundled_model import bundled_model_path
from desktop.core.models.catalogue import load_catalogue
from desktop.core.models.download import download_model
from desktop.core.models.progress import DownloadProgress
from tests.core.fake_hub import FakeHub


def main() -> None:
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no request log between the figures
    with temporary_home(), tempfile.TemporaryDirectory() as folder:
        source = bundled_model_path()
        sha = hashlib.sha256(source.read_bytes()).hexdigest()
        size = source.stat().st_size
        model = (
            load_catalogue()
            .get("gemma-3-1b-it")
            .model_copy(
                update={
                    "repo": "bench/gguf",
                    "file": source.name,
                    "size_bytes": size,
                    "sha256": sha,
                    "revision": "main",
                }
            )
        )
        started = time.perf_counter()
        shutil.copyfile(source, Path(folder) / "copy.gguf")
        copy_seconds = time.perf_counter() - started
        phases: dict[str, float] = {}

        def timing(event: DownloadProgress) -> None:
            phases.setdefault(event.phase, time.perf_counter())

        with FakeHub(source, sha, "bench/gguf", source.name) as hub:
            started = time.perf_counter()
            download_model(model, accept_licence=True, on_progress=timing, endpoint=hub.endpoint, root=Path(folder))
            total = time.perf_counter() - started
        transfer = phases["verifying"] - phases["downloading"]
        verify = phases["done"] - phases["verifying"]
        largest = max(m.size_bytes for m in load_catalogue().models)
        print(f"file: {size / 1e6:,.0f} MB")
        print(f"plain copy:          {size / copy_seconds / 1e6:8,.0f} MB/s")
        print(f"download (loopback): {size / transfer / 1e6:8,.0f} MB/s  ({transfer / copy_seconds:.1f}x a copy)")
        print(f"SHA-256 check:       {size / verify / 1e6:8,.0f} MB/s")
        print(f"whole call:          {total:8.2f} s")
        print(f"check adds {largest / (size / verify):.1f} s to the largest catalogue file ({largest / 1e9:.2f} GB)")


if __name__ == "__main__":
    main()
