"""The house rules that keep the core usable without Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_and_export_never_import_qt_or_the_window() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_only_paths_module_joins_paths_to_dunder_file() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "desktop").rglob("*.py")
        if "__file__" in path.read_text(encoding="utf-8") and path.name != "paths.py"
    ]
    assert offenders == []


def test_ruff_and_mypy_are_clean() -> None:
    tools = Path(sys.executable).parent
    lint = subprocess.run(
        [str(tools / "ruff"), "check", "desktop", "tests", "bench", "templates"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert lint.returncode == 0, lint.stdout
    types = subprocess.run([str(tools / "mypy")], cwd=ROOT, capture_output=True, text=True)
    assert types.returncode == 0, types.stdout
