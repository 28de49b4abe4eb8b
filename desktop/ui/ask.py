"""The window's questions before anything can be lost: delete, discard, leave with unsaved changes.

Every question names what is at stake ("'한빛베이커리, 새 매장' 기록") and defaults
to the safe answer, so an Enter pressed out of habit never deletes anything.
The buttons are Qt's standard ones, translated by Qt's own Korean file.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    """예/아니요; 아니요 is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, Button.Yes | Button.No, parent)
    box.setDefaultButton(Button.No)
    return box.exec() == Button.Yes


def save_changes(parent: QWidget | None, title: str, question: str) -> Choice:
    """저장 / 저장하지 않음 / 취소; 저장 is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, question, Button.Save | Button.Discard | Button.Cancel, parent)
    box.setDefaultButton(Button.Save)
    answer = box.exec()
    if answer == Button.Save:
        return Choice.SAVE
    if answer == Button.Discard:
        return Choice.DISCARD
    return Choice.CANCEL
