"""Reading back the Word files PR Studio writes, the way a reviewer would."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx

EMAIL_OR_PHONE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d{2,4}-\d{3,4}-\d{4}")


def all_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def styles_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/styles.xml").decode("utf-8")


def part_xml(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(item).decode("utf-8") for item in archive.namelist() if name in item)


def contact_details(text: str) -> set[str]:
    return set(EMAIL_OR_PHONE.findall(text))
