"""확인할 점: what the checks found, one row per finding, with what the person can do about it.

A PR manager must see at a glance which claims are probably untrue (오류) and
which only break a convention (주의), what the facts say instead ("자료에는
35명"), and act right there: 고치기 selects the words in the draft, 사실로 인정
keeps the claim for this draft, 회사 정보에 추가 makes it one of the company's
facts. Choosing a row selects its span in the draft. Rows hold
``desktop.core.findings.Finding`` records (or the plain notes older drafts keep);
what the buttons *do* is the review controller's business (``desktop.ui.review``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from desktop.core.findings import Finding
from desktop.core.review import FACT_KINDS

SPAN = 256  # Qt.ItemDataRole.UserRole
FINDING = 257


class ElidedLabel(QLabel):
    """One line that shortens in the middle when the row is narrow, keeping what the facts say at its end."""

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(min(super().sizeHint().width(), 200), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(40, super().minimumSizeHint().height())


class FindingRow(QFrame):
    """One finding: its severity, the claim, the message with the nearest source, and three actions."""

    def __init__(self, finding: Finding, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingRow")
        error = finding.severity == "error"
        self.badge = QLabel(self.tr("오류") if error else self.tr("주의"))
        self.badge.setObjectName("findingBadge")
        self.badge.setProperty("severity", finding.severity)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setFixedWidth(44)
        self.claim = QLabel(finding.text)
        self.claim.setObjectName("findingClaim")
        self.label = ElidedLabel(f"— {finding.message(lang)}")
        self.label.setToolTip(f"{finding.text} — {finding.message(lang)}")
        self.fix = QPushButton(self.tr("고치기"))
        self.fix.setToolTip(self.tr("이 부분을 본문에서 선택합니다. 바로 고쳐 쓰세요."))
        self.accept = QPushButton(self.tr("사실로 인정"))
        self.accept.setToolTip(self.tr("이 초안에서는 맞는 내용으로 보고 더 표시하지 않습니다."))
        self.add_fact = QPushButton(self.tr("회사 정보에 추가"))
        can_be_fact = finding.kind in FACT_KINDS
        self.add_fact.setEnabled(can_be_fact)
        self.add_fact.setToolTip(
            self.tr("회사 정보의 사실 목록에 저장합니다. 이 회사의 모든 문서가 사실로 씁니다.")
            if can_be_fact
            else self.tr("표현 규칙에 관한 항목이라 회사 사실로 저장할 수 없습니다.")
        )
        for button in (self.fix, self.accept, self.add_fact):
            button.setAccessibleName(f"{button.text()}: {finding.text}")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.claim)
        row.addWidget(self.label, 1)
        for button in (self.fix, self.accept, self.add_fact):
            row.addWidget(button)


class FindingsList(QListWidget):
    #: A finding with a span was chosen: (start, end) in the draft's Markdown.
    span_chosen = Signal(int, int)
    fix_requested = Signal(object)
    accept_requested = Signal(object)
    fact_requested = Signal(object)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("findings")
        self.setAccessibleName(self.tr("확인할 점"))
        self.setMaximumHeight(230)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows shorten their message
        self.currentRowChanged.connect(self._chosen)
        self.itemClicked.connect(lambda item: self._chosen(self.row(item)))

    def show_findings(self, findings: list[Any]) -> list[Finding]:
        """Lists ``findings`` (records, dicts as history keeps them, or notes), errors first; returns the records."""
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        records = [Finding.from_record(f) if isinstance(f, dict) else f for f in findings]
        claims = sorted((f for f in records if isinstance(f, Finding)), key=lambda f: (f.severity != "error", f.start))
        for finding in claims:
            self._add_finding(finding)
        for note in records:
            if isinstance(note, str):
                self.addItem(note)
        return claims

    def _add_finding(self, finding: Finding) -> None:
        item = QListWidgetItem()
        text = f"{finding.text} — {finding.message(self.lang)}"
        item.setData(SPAN, (finding.start, finding.end))
        item.setData(FINDING, finding)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        item.setToolTip(text)
        row = FindingRow(finding, self.lang)
        row.fix.clicked.connect(lambda: self.fix_requested.emit(finding))
        row.accept.clicked.connect(lambda: self.accept_requested.emit(finding))
        row.add_fact.clicked.connect(lambda: self.fact_requested.emit(finding))
        self.addItem(item)
        self.setItemWidget(item, row)
        item.setSizeHint(row.sizeHint())

    def row_text(self, row: int) -> str:
        """What a row says (a finding's claim and message, or a note), as a screen reader reads it."""
        item = self.item(row)
        return str(item.data(Qt.ItemDataRole.AccessibleTextRole) or item.text())

    def finding_at(self, row: int) -> Finding | None:
        item = self.item(row)
        return item.data(FINDING) if item else None

    def row_widget(self, row: int) -> FindingRow | None:
        widget = self.itemWidget(self.item(row))
        return widget if isinstance(widget, FindingRow) else None

    def _chosen(self, row: int) -> None:
        item = self.item(row)
        span = item.data(SPAN) if item else None
        if span:
            self.span_chosen.emit(*span)
