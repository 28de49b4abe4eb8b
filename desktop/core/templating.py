"""A sandboxed Jinja2 renderer whose errors name the template file and line.

Prompt templates are meant to be edited by users; a mistake in one must come
back as "prompt.md.j2, line 12: 'answers.quote' is undefined", not as a
traceback.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from desktop.core.errors import InputError


class TemplateRenderer:
    def __init__(self, *folders: Path) -> None:
        self.folders = folders
        self.env = SandboxedEnvironment(
            loader=jinja2.FileSystemLoader([str(folder) for folder in folders]),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def render(self, name: str, context: dict[str, Any]) -> str:
        try:
            return self.env.get_template(name).render(context)
        except jinja2.TemplateNotFound:
            raise InputError(
                "프롬프트 템플릿 파일이 없습니다.",
                "the prompt template file is missing.",
                path=self.folders[0] / name,
            ) from None
        except jinja2.TemplateSyntaxError as exc:
            raise _template_error(exc, Path(exc.filename or name), exc.lineno) from None
        except jinja2.TemplateError as exc:
            path, line = _template_frame(exc.__traceback__, name, self.folders[0])
            raise _template_error(exc, path, line) from None


def _template_error(exc: Exception, path: Path, line: int | None) -> InputError:
    return InputError(
        f"프롬프트 템플릿 오류: {exc}. 템플릿을 고치거나 원래 파일로 되돌리세요.",
        f"prompt template error: {exc}. Fix the template or restore the original file.",
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
