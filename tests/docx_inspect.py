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


def comments(path: Path) -> list[tuple[str, str]]:
    """(the words a comment is anchored on, the comment's text), in document order."""
    from lxml import etree

    namespace = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
        notes = (
            etree.fromstring(archive.read("word/comments.xml")) if "word/comments.xml" in archive.namelist() else None
        )
    texts: dict[str, str] = {}
    if notes is not None:
        for note in notes.iter(f"{namespace}comment"):
            texts[note.get(f"{namespace}id")] = "".join(t.text or "" for t in note.iter(f"{namespace}t"))
    anchored: dict[str, str] = {}
    open_ids: list[str] = []
    for element in body.iter():
        if element.tag == f"{namespace}commentRangeStart":
            open_ids.append(element.get(f"{namespace}id"))
            anchored.setdefault(open_ids[-1], "")
        elif element.tag == f"{namespace}commentRangeEnd":
            open_ids.remove(element.get(f"{namespace}id"))
        elif element.tag == f"{namespace}t":
            for comment_id in open_ids:
                anchored[comment_id] += element.text or ""
    return [(anchored[key], texts.get(key, "")) for key in anchored]
