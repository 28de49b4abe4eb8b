"""One catalogue model as a card on the 모델 page: the facts, the licence answer, the download and its buttons.

The card shows; the page decides. Buttons emit signals the page acts on
(asking for the licence, confirming a delete), and the page tells the card
what is true now (``show_state``, ``show_progress``). Colours come from the
theme through object names (``modelCard``, ``modelBadge``, ``licenceOk``,
``licenceNo``, ``modelWarning``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.core.models.fit import CatalogueRow, Fit, fit_warning
from desktop.core.models.local import LocalState
from desktop.core.models.progress import DownloadProgress


class ModelCard(QFrame):
    download_requested = Signal(object)  # CatalogueModel
    pause_requested = Signal(object)
    cancel_requested = Signal(object)
    use_requested = Signal(object)  # LocalState
    delete_requested = Signal(object)

    def __init__(self, row: CatalogueRow, memory_gb: float, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelCard")
        self.model = row.model
        self.state = row.state
        # The last failure (disk full, checksum) stays on the card until the next try.
        self.error = ""
        model, licence = row.model, row.licence
        self.badge = _wrapped(self.tr("★ 이 PC에 추천"), "modelBadge")
        self.badge.setWordWrap(False)
        self.badge.setVisible(row.recommended)
        self.facts = _wrapped(self._facts(row), "modelFacts")
        self.warning = _wrapped(fit_warning(model, memory_gb, lang), "modelWarning")
        self.warning.setVisible(bool(self.warning.text()))
        self.quality_note = _wrapped(model.quality(lang), "cardText")
        self.licence = _wrapped(
            self.tr('라이선스: {0} · <b>{1}</b> · <a href="{2}">원문</a>').format(
                escape(licence.label(lang)), escape(licence.short_answer(lang)), escape(licence.url)
            ),
            "licenceOk" if licence.commercial else "licenceNo",
        )
        self.licence.setTextFormat(Qt.TextFormat.RichText)
        self.licence.setOpenExternalLinks(True)
        self.answer = _wrapped(licence.answer(lang), "fieldHelp")
        self.status = _wrapped("", "modelStatus")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("{0} 내려받기 진행").format(model.name))
        self.progress.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 14, 18, 14)
        column.addLayout(self._header())
        for widget in (
            self.facts,
            self.warning,
            self.quality_note,
            self.licence,
            self.answer,
            self.status,
            self.progress,
        ):
            column.addWidget(widget)
        column.addLayout(self._buttons())

    def _header(self) -> QHBoxLayout:
        title = QLabel(self.model.name)
        title.setObjectName("cardTitle")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.badge)
        header.addStretch(1)
        return header

    def _buttons(self) -> QHBoxLayout:
        name = self.model.name
        self.download = self._button(self.tr("내려받기…"), "download", lambda: self.download_requested.emit(self.model))
        self.pause = self._button(self.tr("일시 정지"), "pause", lambda: self.pause_requested.emit(self.model))
        self.cancel = self._button(self.tr("취소"), "cancel", lambda: self.cancel_requested.emit(self.model))
        self.use = self._button(self.tr("이 모델 사용"), "use", lambda: self.use_requested.emit(self.state))
        self.delete = self._button(self.tr("지우기"), "delete", lambda: self.delete_requested.emit(self.state))
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.download, self.pause, self.cancel, self.use, self.delete):
            button.setAccessibleName(f"{button.text()} — {name}")
            row.addWidget(button)
        return row

    def _button(self, text: str, action: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{action}_{self.model.id}")
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def _facts(self, row: CatalogueRow) -> str:
        model = row.model
        memory = (
            self.tr("메모리 {0} GB 이상").format(model.min_ram_gb)
            if model.min_ram_gb == model.recommended_ram_gb
            else self.tr("메모리 {0} GB 이상, {1} GB 권장").format(model.min_ram_gb, model.recommended_ram_gb)
        )
        fit = {
            Fit.GOOD: self.tr("이 PC에 맞음"),
            Fit.TIGHT: self.tr("이 PC에서는 느릴 수 있음"),
            Fit.TOO_BIG: self.tr("이 PC에는 메모리 부족"),
        }[row.fit]
        return f"{model.size_bytes / 1e9:.1f} GB · {model.parameters} · {memory} · {fit}"

    # -- what is true now ---------------------------------------------------------
    def show_state(self, state: LocalState, active: bool, in_use: str) -> None:
        """``in_use``: "" (not used), "auto" (the best download, chosen by PR Studio) or "manual"."""
        self.state = state
        paused = state.partial_bytes > 0 and not state.downloaded and not active
        self.download.setText(self.tr("이어받기") if paused else self.tr("내려받기…"))
        self.download.setVisible(not state.downloaded and not active)
        self.pause.setVisible(active)
        self.cancel.setVisible(active or paused)
        self.use.setVisible(state.downloaded and not active and not in_use)
        self.delete.setVisible(state.downloaded and not active)
        self.progress.setVisible(active or paused)
        if paused and self.model.size_bytes:
            self.progress.setValue(int(1000 * state.partial_bytes / self.model.size_bytes))
        if not active:
            text = self._status_text(state, paused, in_use)
            self.status.setText(f"{self.error}\n{text}" if self.error and not state.downloaded else text)

    def _status_text(self, state: LocalState, paused: bool, in_use: str) -> str:
        if paused:
            return self.tr("받다 멈춤: {0:,.0f} / {1:,.0f} MB. 이어받기를 누르면 받은 곳부터 이어서 받습니다.").format(
                state.partial_bytes / 1e6, self.model.size_bytes / 1e6
            )
        if not state.downloaded:
            return self.tr("내려받지 않음")
        text = (
            self.tr("내려받음 · SHA-256 확인됨")
            if state.verified
            else self.tr("내려받음 · 공개된 SHA-256이 없어 확인하지 못함(자동으로 쓰지 않음)")
        )
        if in_use == "manual":
            text += self.tr(" · 지금 내장 엔진이 쓰는 모델")
        elif in_use == "auto":
            text += self.tr(" · 지금 내장 엔진이 쓰는 모델(자동 선택)")
        return text

    def show_progress(self, progress: DownloadProgress, lang: str) -> None:
        self.error = ""
        self.progress.show()
        if progress.phase == "connecting":
            self.progress.setRange(0, 0)  # a moving bar until the server answers
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * progress.fraction))
        self.status.setText(progress.message(lang))

    def show_error(self, text: str) -> None:
        self.error = text
        self.status.setText(text)


def _wrapped(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label
