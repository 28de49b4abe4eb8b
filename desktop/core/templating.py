"""A sandboxed Jinja2 renderer that sees plain data only, and whose errors name the template file and line.

Prompt templates are meant to be edited by users and workflow folders are
meant to be shared, so a template is untrusted code. It receives plain data
(strings, numbers, lists, dicts and the few helper functions we hand over),
never a Python object: Jinja's sandbox blocks underscore attributes but would
still call ``Path.read_text`` or ``Path.write_text`` on a path it was given.
On top of that, only methods of str, list and dict (and Jinja's own loop
helpers) may be used at all, and operations that could exhaust the machine
(huge ranges, powers and repetitions) stop with a message. A mistake of any
kind comes back as "prompt.md.j2, line 12: ..." (exit 2), not a traceback.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import operator
from collections.abc import Mapping
from pathlib import Path
from types import BuiltinFunctionType, FunctionType, TracebackType
from typing import Any

import jinja2
import markupsafe
from jinja2.environment import TemplateModule
from jinja2.runtime import LoopContext, Macro
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.utils import Cycler, Joiner, Namespace
from pydantic import BaseModel

from desktop.core.errors import InputError

#: Types whose (non-mutating) methods a template may use.
_DATA_TYPES = (str, markupsafe.Markup, int, float, bool, type(None), list, tuple, dict)
#: Jinja's own objects: loops, namespaces, macros and ``{% import %}``ed templates (sandboxed themselves).
_JINJA_HELPERS = (LoopContext, Namespace, Cycler, Joiner, Macro, TemplateModule)
#: Limits for operations a template could use to exhaust memory or time.
MAX_REPEAT = 100_000
MAX_POWER_BITS = 100_000


def plain_data(value: Any) -> Any:
    """``value`` as strings, numbers, lists and dicts, the only things a template receives."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, BaseModel):
        return plain_data(value.model_dump(mode="json"))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _dataclass_data(value)
    if isinstance(value, Mapping):
        return {str(key): plain_data(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain_data(item) for item in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return value.name  # a template never needs to know where a file is
    if isinstance(value, (FunctionType, BuiltinFunctionType)):
        return value  # our own helpers (ph, fence, korean_date)
    raise TypeError(f"templates receive plain data only, not {type(value).__name__}")


def _dataclass_data(value: Any) -> dict[str, Any]:
    """Fields and public properties (such as ``PlannedSection.key``) of a dataclass."""
    data = {field.name: plain_data(getattr(value, field.name)) for field in dataclasses.fields(value)}
    for name, member in vars(type(value)).items():
        if isinstance(member, property) and not name.startswith("_"):
            data[name] = plain_data(getattr(value, name))
    return data


class PlainDataSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, allowing methods only on plain data and Jinja's own helpers."""

    intercepted_binops = frozenset({"*", "**"})

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if type(obj) not in _DATA_TYPES and not isinstance(obj, _JINJA_HELPERS):
            return False
        return bool(super().is_safe_attribute(obj, attr, value))

    def getattr(self, obj: Any, attribute: str) -> Any:
        # ``answers.items`` means the answer called "items", never the dict method.
        if type(obj) is dict and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**":
            if isinstance(left, int) and isinstance(right, int) and abs(left).bit_length() * right > MAX_POWER_BITS:
                raise SecurityError(f"{left} ** {right} is too large a number")
            return operator.pow(left, right)
        if operator_name == "*":
            for count, other in ((left, right), (right, left)):
                if isinstance(count, int) and isinstance(other, (str, list, tuple)) and count > MAX_REPEAT:
                    raise SecurityError(f"repeating text {count} times is too much (at most {MAX_REPEAT})")
            return operator.mul(left, right)
        return super().call_binop(context, operator_name, left, right)


class TemplateRenderer:
    def __init__(self, *folders: Path) -> None:
        self.folders = folders
        self.env = PlainDataSandbox(
            loader=jinja2.FileSystemLoader([str(folder) for folder in folders]),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def render(self, name: str, context: dict[str, Any]) -> str:
        try:
            return self.env.get_template(name).render(plain_data(context))
        except jinja2.TemplateNotFound as exc:
            raise self._missing(exc, name) from None
        except jinja2.TemplateSyntaxError as exc:
            raise _template_error(exc, Path(exc.filename or name), exc.lineno) from None
        except (RecursionError, MemoryError) as exc:
            path, line = _template_frame(exc.__traceback__, name, self.folders[0])
            raise _template_error(_too_much(exc), path, line) from None
        except Exception as exc:  # noqa: BLE001 - whatever a user-edited template does wrong is a template error
            path, line = _template_frame(exc.__traceback__, name, self.folders[0])
            raise _template_error(exc, path, line) from None

    def _missing(self, exc: jinja2.TemplateNotFound, name: str) -> InputError:
        path, line = _template_frame(exc.__traceback__, name, self.folders[0])
        if line is None:  # the template itself is missing, not one it includes
            return InputError("프롬프트 템플릿 파일이 없습니다.", "the prompt template file is missing.", path=path)
        return InputError(
            f"포함할 템플릿 '{exc.name}'이(가) 없습니다.",
            f"the included template '{exc.name}' does not exist.",
            path=path,
            line=line,
        )


def _too_much(exc: BaseException) -> Exception:
    return SecurityError(f"the template needs too much memory or nests too deeply ({type(exc).__name__})")


def _template_error(exc: BaseException, path: Path, line: int | None) -> InputError:
    reason = str(exc) or type(exc).__name__
    return InputError(
        f"프롬프트 템플릿 오류: {reason}. 템플릿을 고치거나 원래 파일로 되돌리세요.",
        f"prompt template error: {reason}. Fix the template or restore the original file.",
        path=path,
        line=line,
    )


def _template_frame(tb: TracebackType | None, name: str, folder: Path) -> tuple[Path, int | None]:
    """Jinja rewrites tracebacks so template frames carry the template's file and line."""
    found: tuple[Path, int | None] = (folder / name, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = (Path(filename), tb.tb_lineno)
        tb = tb.tb_next
    return found
