"""The licence, shown and accepted before a model is downloaded.

It names the licence, answers "회사 업무에 써도 되나요?" in plain words from the
catalogue, links to the licence text, and warns loudly when the licence
forbids company use. Nothing is downloaded until the person ticks the box
and presses 동의하고 내려받기 (the core refuses a download without it, too).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.core.models.catalogue import CatalogueModel, Licence
from desktop.core.models.fit import fit_warning


class LicenceDialog(QDialog):
    def __init__(
        self, model: CatalogueModel, licence: Licence, memory_gb: float, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("라이선스 확인 — {0}").format(model.name))
        self.setMinimumWidth(560)
        self.answer = _wrapped(licence.answer(lang), "licenceAnswer")
        self.agree = QCheckBox(self.tr("라이선스를 읽었으며 이 조건에 동의합니다"))
        self.agree.setObjectName("agreeLicence")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.addButton(
            self.tr("동의하고 내려받기"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setEnabled(False)
        self.agree.toggled.connect(self.accept_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        warnings = [fit_warning(model, memory_gb, lang)]
        if not licence.commercial:
            warnings.insert(0, self.tr("이 모델은 비상업 라이선스입니다. 회사 업무(보도자료 포함)에는 쓸 수 없습니다."))
        self._lay_out(model, licence, lang, [w for w in warnings if w])

    def _lay_out(self, model: CatalogueModel, licence: Licence, lang: str, warnings: list[str]) -> None:
        size = f"{model.size_bytes / 1e9:.1f} GB"
        read = self.tr("라이선스 원문 보기")
        link = _wrapped(f'<a href="{escape(licence.url)}">{escape(read)}</a> — {escape(licence.url)}', "licenceLink")
        link.setTextFormat(Qt.TextFormat.RichText)
        link.setOpenExternalLinks(True)
        link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(model.name, "cardTitle"))
        layout.addWidget(_wrapped(self.tr("{0} · 파일 {1}/{2}").format(size, model.repo, model.file), "cardText"))
        layout.addSpacing(6)
        layout.addWidget(_wrapped(self.tr("라이선스: {0}").format(licence.label(lang)), "licenceName"))
        layout.addWidget(_wrapped(self.tr("회사 업무에 써도 되나요?"), "licenceQuestion"))
        layout.addWidget(self.answer)
        for warning in warnings:
            layout.addWidget(_wrapped(warning, "modelWarning"))
        layout.addWidget(link)
        layout.addSpacing(6)
        layout.addWidget(self.agree)
        layout.addWidget(self.buttons)


def _wrapped(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label
