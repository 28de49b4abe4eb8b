"""Pulling candidate facts out of documents the company already has.

"문서에서 사실 가져오기": a user drops a company brochure (.docx), a past press
release (.txt, .md) or an annual report (.pdf); we show its sentences and the
user picks the ones to keep as facts. Nothing is added without their choice.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pypdf
from pypdf.errors import FileNotDecryptedError

from desktop.core.errors import InputError
from desktop.core.textfiles import file_kind, read_text_file
from desktop.core.xml_text import xml_safe

SUPPORTED = (".docx", ".txt", ".md", ".pdf")
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|(?<=다\.)\s*|\n+")


def extract_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        what_ko, what_en = _what_it_is(path)
        raise InputError(
            f"{what_ko}은(는) 읽을 수 없습니다. {', '.join(SUPPORTED)} 파일을 고르세요.",
            f"{what_en} cannot be read; choose a {', '.join(SUPPORTED)} file.",
            path=path,
        )
    try:
        if suffix == ".docx":
            return _docx_text(path)
        if suffix == ".pdf":
            return _pdf_text(path)
        return _plain_text(path)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - damaged files come in many shapes
        raise InputError(f"파일을 읽지 못했습니다: {exc}", f"cannot read the file: {exc}", path=path) from None


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts.extend(" ".join(cell.text for cell in row.cells) for row in table.rows)
    return "\n".join(parts)


def _pdf_text(path: Path) -> str:
    # Encrypted PDFs without an opening password (common for "no copying" reports) need the AES
    # code that pypdf's extra installs on every platform; one that asks for a password is said so.
    try:
        reader = pypdf.PdfReader(str(path))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except FileNotDecryptedError:
        raise InputError(
            "암호가 걸린 PDF입니다. PDF 프로그램에서 암호를 풀어 저장한 뒤 다시 가져오세요.",
            "the PDF is protected by a password. Save it without the password in a PDF program, then import it again.",
            path=path,
        ) from None


def _plain_text(path: Path) -> str:
    return read_text_file(path)  # CP949 and UTF-16 too: files saved by Korean Windows programs


def _what_it_is(path: Path) -> tuple[str, str]:
    try:
        kind = file_kind(path.read_bytes(), path)
    except OSError:
        kind = None
    return (kind[0], kind[1]) if kind else ("이 형식", "this file type")


def candidate_sentences(text: str, minimum: int = 8) -> list[str]:
    """Sentences worth offering as facts, in order, without duplicates."""
    seen: set[str] = set()
    sentences: list[str] = []
    for piece in _SENTENCE_END.split(xml_safe(text)):
        sentence = " ".join(piece.split()).lstrip("-•*# ").strip()
        if len(sentence) >= minimum and sentence not in seen:
            seen.add(sentence)
            sentences.append(sentence)
    return sentences
