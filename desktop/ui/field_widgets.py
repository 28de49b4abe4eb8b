"""One input widget per field type of a workflow definition.

The wizard is generated from ``workflow.toml``; this module is the only place
that knows how a "list" or a "choice" field looks on screen and how to read
its value back for the core's validation.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.core.workflows import FieldSpec

CHOICE_LABELS = {
    "short": ("짧게", "Short"),
    "standard": ("보통", "Standard"),
    "long": ("길게", "Long"),
    "ko": ("한국어", "Korean"),
    "en": ("영어", "English"),
}


class FieldInput:
    """A widget for one field and the conversion to and from answer values."""

    def __init__(self, spec: FieldSpec, lang: str) -> None:
        self.spec = spec
        self.lang = lang
        self.widget = self._build()
        self.widget.setObjectName(f"field_{spec.name}")
        self.widget.setToolTip(spec.help(lang))
        self.widget.setAccessibleName(spec.label(lang))
        self.widget.setAccessibleDescription(spec.help(lang))
        self.initial = self.value()

    def _build(self) -> QWidget:
        spec = self.spec
        if spec.type == "longtext":
            box = QPlainTextEdit()
            box.setPlaceholderText(spec.example)
            box.setFixedHeight(80)
            box.setTabChangesFocus(True)
            return box
        if spec.type == "list":
            box = QPlainTextEdit()
            box.setPlaceholderText(spec.example.replace("; ", "\n"))
            box.setFixedHeight(96)
            box.setTabChangesFocus(True)
            return box
        if spec.type == "int":
            spin = QSpinBox()
            # The workflow's declared range; where 0 is allowed it reads "—" (no value: the default applies).
            lowest = spec.min if spec.min is not None else 0
            spin.setRange(lowest, spec.max if spec.max is not None else 1000)
            if lowest == 0:
                spin.setSpecialValueText("—")
            spin.setValue(int(spec.default or 0))
            return spin
        if spec.type == "choice":
            combo = QComboBox()
            if not spec.required:
                combo.addItem("기본값" if self.lang == "ko" else "Default", "")
            for choice in spec.choices:
                labels = CHOICE_LABELS.get(choice, (choice, choice))
                combo.addItem(labels[1] if self.lang == "en" else labels[0], choice)
            if spec.default:
                combo.setCurrentIndex(combo.findData(spec.default))
            return combo
        if spec.type == "date":
            date = QDateEdit(QDate.currentDate())
            date.setCalendarPopup(True)
            date.setDisplayFormat("yyyy-MM-dd")
            return date
        if spec.type == "bool":
            return QCheckBox()
        line = QLineEdit()
        line.setPlaceholderText(spec.example)
        return line

    def value(self) -> Any:
        widget = self.widget
        if isinstance(widget, QPlainTextEdit):
            text = widget.toPlainText()
            if self.spec.type == "list":
                return [line.strip(" -•") for line in text.splitlines() if line.strip(" -•")]
            return text.strip()
        if isinstance(widget, QSpinBox):
            return widget.value() or ""
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QDateEdit):
            return widget.date().toString("yyyy-MM-dd")
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def set_value(self, value: Any) -> None:
        widget = self.widget
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText("\n".join(value) if isinstance(value, list) else str(value or ""))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value or 0))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value or "")))
        elif isinstance(widget, QDateEdit):
            if value:
                widget.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
            else:
                widget.setDate(QDate(dt.date.today()))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value or ""))

    def is_changed(self) -> bool:
        """The person typed or chose something (a default date or number is not typing)."""
        return bool(self.value() != self.initial)

    def is_filled(self) -> bool:
        value = self.value()
        return value not in ("", [], None)
