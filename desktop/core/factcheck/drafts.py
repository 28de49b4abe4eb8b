"""Drafts written anywhere, read as the checker sees them: a .md or .txt file as its text, a .docx as its paragraphs.

``prstudio check`` checks drafts from other tools or written by hand; its
findings' ``start``/``end`` index the text returned here (for a Word file,
its paragraphs joined by newlines), so that is documented and stable.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop.core.errors import InputError

TEXT_SUFFIXES = (".md", ".markdown", ".txt")


def read_draft(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return _read_text(path)
    if suffix == ".docx":
        return _read_docx(path)
    raise InputError(
        "검사할 수 있는 파일은 .md, .txt, .docx입니다.",
        "only .md, .txt and .docx files can be checked.",
        path=path,
    )


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError("파일이 없습니다.", "the file does not exist.", path=path) from None
    except UnicodeDecodeError:
        raise InputError(
            "UTF-8 텍스트가 아닙니다. UTF-8로 저장한 뒤 다시 시도하세요.",
            "the file is not UTF-8 text. Save it as UTF-8 and try again.",
            path=path,
        ) from None
    except OSError as exc:
        raise InputError(
            f"파일을 읽을 수 없습니다({exc.strerror}).", f"cannot read the file ({exc.strerror}).", path=path
        ) from None


def _read_docx(path: Path) -> str:
    if not path.exists():
        raise InputError("파일이 없습니다.", "the file does not exist.", path=path)
    import docx  # only a Word draft needs it; a text draft's check starts sooner without it
    from docx.opc.exceptions import OpcError

    try:
        document = docx.Document(str(path))
    except (OpcError, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise InputError(
            "Word 문서(.docx)로 열 수 없습니다. 파일이 손상되었거나 다른 형식입니다.",
            "cannot open this as a Word document (.docx); it may be damaged or in another format.",
            path=path,
        ) from None
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def language_of(text: str) -> str:
    """'ko' when Hangul outnumbers Latin letters, else 'en' (a draft says what language it is in)."""
    hangul = sum(1 for char in text if "\uac00" <= char <= "\ud7a3")
    latin = sum(1 for char in text if char.isascii() and char.isalpha())
    return "ko" if hangul * 2 >= latin else "en"
