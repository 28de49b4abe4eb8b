"""Wizard answers: read them from TOML and ``--set``, check them against the workflow.

The same checks serve the window's wizard and the command line, so a missing
required answer or a value of the wrong kind gets the same clear message
naming the field (and the line, when it came from a file).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

from desktop.core.errors import InputError
from desktop.core.tomlfile import line_of_key, read_toml
from desktop.core.workflows import FieldSpec, Workflow

Answers = dict[str, Any]


def load_answers_file(path: Path) -> tuple[Answers, str]:
    return read_toml(path)


def parse_set_option(option: str) -> tuple[str, str]:
    key, sep, value = option.partition("=")
    if not sep or not key.strip():
        raise InputError(
            f"--set '{option}'은 '이름=값' 형식이어야 합니다.",
            f"--set '{option}' must look like 'name=value'.",
        )
    return key.strip(), value.strip()


def apply_overrides(answers: Answers, overrides: list[str]) -> Answers:
    merged = dict(answers)
    for option in overrides:
        key, value = parse_set_option(option)
        merged[key] = _parse_cli_value(value)
    return merged


def _parse_cli_value(value: str) -> Any:
    """``--set`` values are text, or a TOML list/number when written as one."""
    if value.startswith("[") or value.isdigit():
        try:
            return tomllib.loads(f"v = {value}")["v"]
        except tomllib.TOMLDecodeError:
            return value
    return value


def validate_answers(workflow: Workflow, answers: Answers, *, path: Path | None = None, text: str = "") -> Answers:
    """Known fields only, required ones present, values coerced to their type."""
    known = {spec.name for spec in workflow.fields}
    for key in answers:
        if key not in known:
            names = ", ".join(sorted(known))
            raise InputError(
                f"'{workflow.name}' 작업에는 이 항목이 없습니다. 쓸 수 있는 항목: {names}",
                f"workflow '{workflow.name}' has no such field. Known fields: {names}",
                path=path,
                key=key,
                line=line_of_key(text, key),
            )
    return {spec.name: _field_value(spec, answers, path, text) for spec in workflow.fields}


def _field_value(spec: FieldSpec, answers: Answers, path: Path | None, text: str) -> Any:
    value = answers.get(spec.name)
    if _is_empty(value):
        if spec.required:
            raise InputError(
                f"꼭 필요한 답변이 비어 있습니다: {spec.label_ko}. {spec.help_ko}",
                f"a required answer is missing: {spec.label_en}. {spec.help_en}",
                path=path,
                key=spec.name,
            )
        value = _default(spec)
    try:
        return _coerce(spec, value)
    except (TypeError, ValueError) as exc:
        raise InputError(
            f"값이 올바르지 않습니다 ({spec.label_ko}): {exc}",
            f"invalid value ({spec.label_en}): {exc}",
            path=path,
            key=spec.name,
            line=line_of_key(text, spec.name),
        ) from None


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _default(spec: FieldSpec) -> Any:
    if spec.type == "date" and spec.default == "today":
        return dt.date.today().isoformat()
    if spec.default is not None:
        return spec.default
    return [] if spec.type == "list" else ""


def _coerce(spec: FieldSpec, value: Any) -> Any:
    if spec.type == "list":
        return _as_list(value)
    if spec.type == "int":
        return _as_int(value)
    if spec.type == "bool":
        return value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes", "예"}
    if spec.type == "date":
        return _as_date(value)
    text = str(value).strip()
    if spec.type == "choice" and text and text not in spec.choices:
        raise ValueError(f"'{text}' (→ {' | '.join(spec.choices)})")
    return text


def _as_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(item).strip() for item in value if str(item).strip()]
    return [part.strip() for part in str(value).split(";") if part.strip()]


def _as_int(value: Any) -> int | str:
    if value == "":
        return ""
    if isinstance(value, bool):
        raise ValueError(str(value))
    return int(value)


def _as_date(value: Any) -> str:
    if value == "":
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ValueError(f"'{value}' (YYYY-MM-DD, 예: 2026-03-10)") from None
