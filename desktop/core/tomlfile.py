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
from desktop.core.textfiles import read_text_file

_LINE_RE = re.compile(r"at line (\d+)")


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Parse a TOML file; return its data and its text (for later line look-ups).

    CP949/EUC-KR and UTF-16 files are read too (with an ``InputNotice``); a spreadsheet or
    another non-text file is refused in words that fit it.
    """
    text = read_text_file(path, "TOML 텍스트 파일", "a TOML text file")
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
