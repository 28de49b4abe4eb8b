"""확인할 점: what the checks found, listed; a finding with a span is highlighted in the draft and,
when chosen in the list, selects its span (``desktop.core.findings.Finding`` records, or the plain
sentences older drafts keep)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.core.findings import Finding

SPAN = 256  # Qt.ItemDataRole.UserRole


class FindingsList(QListWidget):
    # A finding with a span was chosen: (start, end) in the draft's Markdown.
    span_chosen = Signal(int, int)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("findings")
        self.setAccessibleName(self.tr("확인할 점"))
        self.setMaximumHeight(90)
        self.currentRowChanged.connect(self._chosen)

    def show_findings(self, findings: list[Any]) -> list[tuple[int, int]]:
        """Lists ``findings`` (records, dicts as history keeps them, or sentences); returns their spans."""
        self.clear()
        spans = []
        for finding in findings:
            if isinstance(finding, dict):
                finding = Finding.from_record(finding)
            if isinstance(finding, str):
                self.addItem(finding)
                continue
            item = QListWidgetItem(finding.message(self.lang) + (f" — {finding.text}" if finding.text else ""))
            item.setData(SPAN, (finding.start, finding.end))
            self.addItem(item)
            spans.append((finding.start, finding.end))
        return spans

    def _chosen(self, row: int) -> None:
        item = self.item(row)
        span = item.data(SPAN) if item else None
        if span:
            self.span_chosen.emit(*span)
