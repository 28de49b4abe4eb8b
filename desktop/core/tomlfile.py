"""Reading the TOML files users write (profiles, answers), with line numbers in errors.

``tomllib`` knows the line of a syntax error but not where a key lives, so
when a key is wrong we look for it in the text to tell the user which line
to fix.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from desktop.core.errors import InputError

_LINE_RE = re.compile(r"at line (\d+)")


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Parse a TOML file; return its data and its text (for later line look-ups)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("파일을 찾을 수 없습니다.", "file not found.", path=path) from None
    except OSError as exc:
        raise InputError(
            f"파일을 읽을 수 없습니다 ({exc.strerror}).", f"cannot read the file ({exc.strerror}).", path=path
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(
            "UTF-8 텍스트 파일이 아닙니다. 메모장에서 'UTF-8'로 다시 저장해 주세요.",
            "not a UTF-8 text file; save it again as UTF-8.",
            path=path,
        ) from None
    return parse_toml_text(text, path), text


def parse_toml_text(text: str, path: Path | None) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _LINE_RE.search(str(exc))
        line = int(match.group(1)) if match else None
        raise InputError(
            f"TOML 문법 오류입니다 ({exc}). 따옴표와 = 기호를 확인해 주세요.",
            f"TOML syntax error ({exc}). Check quotes and '=' signs.",
            path=path,
            line=line,
        ) from None


def line_of_key(text: str, dotted_key: str) -> int | None:
    """The first line that defines the last part of ``dotted_key`` (best effort)."""
    name = dotted_key.split(".")[-1]
    pattern = re.compile(rf'^\s*(\[\[?\s*)?"?{re.escape(name)}"?\s*(=|\]|\.)')
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None
