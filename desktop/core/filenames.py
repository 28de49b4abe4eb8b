"""Sensible file names for exported documents: 회사명_보도자료_2026-03-10.docx."""

from __future__ import annotations

import datetime as dt
import re


def suggested_filename(company: str, document_label: str, day: dt.date | None = None) -> str:
    day = day or dt.date.today()
    name = f"{company}_{document_label}_{day.isoformat()}"
    # Characters Windows forbids in file names, and runs of spaces.
    return re.sub(r'[\\/:*?"<>|]+', "", re.sub(r"\s+", "_", name)) + ".docx"
