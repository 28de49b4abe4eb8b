"""Sensible file names for exported documents: 회사명_보도자료_2026-03-10.docx."""

from __future__ import annotations

import datetime as dt
import re

from desktop.core.safe_files import safe_stem


def suggested_filename(company: str, document_label: str, day: dt.date | None = None) -> str:
    day = day or dt.date.today()
    # Characters Windows forbids in file names and runs of spaces go; a very long name is shortened.
    company = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "", re.sub(r"\s+", "_", company.strip()))[:60].strip(" ._")
    label = re.sub(r"\s+", "_", document_label.strip())
    return safe_stem("_".join(part for part in (company, label, day.isoformat()) if part), "document") + ".docx"
