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
        title = QLabel(model.name)
        title.setObjectName("cardTitle")
        source = QLabel(
            self.tr("{0} · 파일 {1}/{2}").format(f"{model.size_bytes / 1e9:.1f} GB", model.repo, model.file)
        )
        source.setObjectName("cardText")
        source.setWordWrap(True)
        name = QLabel(self.tr("라이선스: {0}").format(licence.label(lang)))
        name.setObjectName("licenceName")
        question = QLabel(self.tr("회사 업무에 써도 되나요?"))
        question.setObjectName("licenceQuestion")
        self.answer = _wrapped(licence.answer(lang))
        self.answer.setObjectName("licenceAnswer")
        read = self.tr("라이선스 원문 보기")
        link = _wrapped(f'<a href="{escape(licence.url)}">{escape(read)}</a> — {escape(licence.url)}')
        link.setTextFormat(Qt.TextFormat.RichText)
        link.setOpenExternalLinks(True)
        link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
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
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(source)
        layout.addSpacing(6)
        layout.addWidget(name)
        layout.addWidget(question)
        layout.addWidget(self.answer)
        if not licence.commercial:
            layout.addWidget(
                self._warning(self.tr("이 모델은 비상업 라이선스입니다. 회사 업무(보도자료 포함)에는 쓸 수 없습니다."))
            )
        if warning := fit_warning(model, memory_gb, lang):
            layout.addWidget(self._warning(warning))
        layout.addWidget(link)
        layout.addSpacing(6)
        layout.addWidget(self.agree)
        layout.addWidget(self.buttons)

    @staticmethod
    def _warning(text: str) -> QLabel:
        label = _wrapped(text)
        label.setObjectName("modelWarning")
        return label


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
