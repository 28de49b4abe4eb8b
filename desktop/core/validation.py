"""Turning pydantic validation errors into messages that name the key and line."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from desktop.core.errors import InputError
from desktop.core.tomlfile import line_of_key

_KO_REASONS = {
    "extra_forbidden": "알 수 없는 항목입니다. 철자를 확인하거나 지워 주세요.",
    "missing": "꼭 필요한 항목이 비어 있습니다.",
    "string_type": "글자(문자열)여야 합니다.",
    "int_parsing": "숫자여야 합니다.",
    "int_type": "숫자여야 합니다.",
    "list_type": '목록이어야 합니다. 예: ["첫째", "둘째"]',
    "literal_error": "허용되지 않는 값입니다.",
    "bool_type": "true 또는 false 여야 합니다.",
    "bool_parsing": "true 또는 false 여야 합니다.",
}


def input_error_from(exc: ValidationError, path: Path | None, text: str) -> InputError:
    """The first problem in ``exc``, with the file, key and line named."""
    first = exc.errors()[0]
    key = ".".join(str(part) for part in first["loc"] if not isinstance(part, int))
    ko = _KO_REASONS.get(first["type"], f"값이 올바르지 않습니다 ({first['msg']}).")
    if first["type"] == "literal_error":
        ko = f"{ko} ({first['msg']})"
    en = _english(first["type"], first["msg"])
    return InputError(ko, en, path=path, key=key or None, line=line_of_key(text, key) if key else None)


def _english(kind: str, msg: str) -> str:
    if kind == "extra_forbidden":
        return "unknown key; check the spelling or remove it."
    if kind == "missing":
        return "a required key is missing."
    return f"invalid value ({msg})."
