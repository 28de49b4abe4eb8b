"""Wizard answers: read them from TOML and ``--set``, check them against the workflow.

The same checks serve the window's wizard and the command line, so a missing
required answer, a value of the wrong shape (a table where text belongs) or
one outside the workflow's declared range (``count`` 1–50) gets the same
clear message naming the field (and the line, when it came from a file).
Nothing out of range reaches a prompt or the Word export.
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
        merged[key] = _parse_cli_value(key, value)
    return merged


def _parse_cli_value(key: str, value: str) -> Any:
    """``--set`` values are text, or a TOML list/number when written as one; a broken list is refused."""
    if value.startswith("[") or value.isdigit():
        try:
            return tomllib.loads(f"v = {value}")["v"]
        except tomllib.TOMLDecodeError as exc:
            if value.isdigit():
                return value
            raise InputError(
                f'--set 목록을 읽을 수 없습니다({exc}). --set \'{key}=["첫째", "둘째"]\' 또는 '
                f"--set '{key}=첫째; 둘째' 처럼 쓰세요.",
                f'cannot read the --set list ({exc}). Write --set \'{key}=["first", "second"]\' or '
                f"--set '{key}=first; second'.",
                key=f"--set {key}",
            ) from None
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
        return check_range(spec, _coerce(spec, value))
    except (TypeError, ValueError) as exc:
        ko, en = (exc.ko, exc.en) if isinstance(exc, AnswerProblem) else (str(exc), str(exc))
        raise InputError(
            f"값이 올바르지 않습니다 ({spec.label_ko}): {ko}",
            f"invalid value ({spec.label_en}): {en}",
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
        return _as_bool(value)
    if spec.type == "date":
        return _as_date(value)
    text = _as_text(value)
    if spec.type == "choice" and text and text not in spec.choices:
        raise ValueError(f"'{text}' (→ {' | '.join(spec.choices)})")
    return text


class AnswerProblem(ValueError):
    """Why an answer was refused, in both languages."""

    def __init__(self, ko: str, en: str) -> None:
        super().__init__(en)
        self.ko = ko
        self.en = en


_SCALARS = (str, int, float, dt.date)
_TRUE = {"1", "true", "yes", "y", "예", "네"}
_FALSE = {"0", "false", "no", "n", "아니오", "아니요"}


def _as_text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, _SCALARS):
        raise _shape_problem(value, "글자", "text")
    return str(value).strip()


def _as_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [_as_text(item) for item in value if _as_text(item)]
    return [part.strip() for part in _as_text(value).split(";") if part.strip()]


def _as_int(value: Any) -> int | str:
    if value == "":
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise _shape_problem(value, "숫자", "a number")
    if isinstance(value, float) and not value.is_integer():
        raise AnswerProblem(f"{value}: 정수여야 합니다", f"{value}: must be a whole number")
    return int(value)


def _as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in _TRUE | _FALSE:
        return word in _TRUE
    raise AnswerProblem(f"'{value}' (→ true | false)", f"'{value}' (→ true | false)")


def _shape_problem(value: Any, wanted_ko: str, wanted_en: str) -> AnswerProblem:
    kind_ko, kind_en = ("표", "a table") if isinstance(value, dict) else ("목록", "a list")
    if isinstance(value, bool):
        kind_ko, kind_en = "참/거짓 값", "true/false"
    return AnswerProblem(f"{wanted_ko}여야 하는데 {kind_ko}입니다", f"must be {wanted_en}, not {kind_en}")


def check_range(spec: FieldSpec, value: Any) -> Any:
    """``value`` when it lies within the field's declared range; a ValueError saying the range otherwise."""
    if isinstance(value, int) and not isinstance(value, bool):
        if (spec.min is not None and value < spec.min) or (spec.max is not None and value > spec.max):
            low, high = ("" if spec.min is None else spec.min), ("" if spec.max is None else spec.max)
            raise AnswerProblem(f"{value}: {low}~{high} 사이여야 합니다", f"{value}: must be between {low} and {high}")
    if isinstance(value, list) and spec.max_items is not None and len(value) > spec.max_items:
        raise AnswerProblem(
            f"{len(value)}개: 최대 {spec.max_items}개입니다", f"{len(value)} items: at most {spec.max_items}"
        )
    for text in value if isinstance(value, list) else [value]:
        if isinstance(text, str) and spec.max_length is not None and len(text) > spec.max_length:
            raise AnswerProblem(
                f"'{text[:20]}…' {len(text)}자: 최대 {spec.max_length}자입니다",
                f"'{text[:20]}…' is {len(text)} characters: at most {spec.max_length}",
            )
    return value


def _as_date(value: Any) -> str:
    if value == "":
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ValueError(f"'{value}' (YYYY-MM-DD, 예: 2026-03-10)") from None
