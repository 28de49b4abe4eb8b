"""정보 (About): PR Studio's version and the licence of every model it can run on this PC.

The built-in Gemma 3 270M comes under the Gemma Terms of Use; every model
downloaded from the catalogue has its own licence. A company must be able
to see, in one place, which licences it is bound by and whether each allows
company work — the same facts ``prstudio models`` prints.
"""

from __future__ import annotations

from html import escape
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.models.catalogue import Catalogue, Licence, load_catalogue
from desktop.core.models.local import downloaded_models


def prstudio_version() -> str:
    try:
        return version("prstudio")
    except PackageNotFoundError:
        return "?"


class AboutDialog(QDialog):
    def __init__(
        self,
        lang: str,
        catalogue: Catalogue | None = None,
        root: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.catalogue = catalogue or load_catalogue()
        self.setWindowTitle(self.tr("PR Studio 정보"))
        self.resize(640, 520)
        self.text = QTextBrowser()
        self.text.setObjectName("aboutText")
        self.text.setAccessibleName(self.tr("PR Studio 정보와 모델 라이선스"))
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(self._html(root))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def _html(self, root: Path | None) -> str:
        builtin = self.catalogue.builtin
        title = self.tr("홍보 스튜디오 (PR Studio)")
        release = self.tr("버전 {0}").format(prstudio_version())
        purpose = self.tr("회사 정보에 적힌 사실로 보도자료, 캐치프레이즈, 위기관리 계획서, 직원 매뉴얼을 만듭니다.")
        builtin_heading = self.tr("내장 모델")
        downloaded_heading = self.tr("내려받은 모델")
        parts = [
            f"<h2>{escape(title)}</h2><p>{escape(release)}</p><p>{escape(purpose)}</p>",
            f"<h3>{escape(builtin_heading)}</h3><p><b>{escape(builtin.label(self.lang))}</b><br>{escape(builtin.note(self.lang))}</p>",
            self._licence(self.catalogue.licence_of(builtin)),
            f"<h3>{escape(downloaded_heading)}</h3>",
        ]
        states = downloaded_models(self.catalogue, root)
        if not states:
            none = self.tr("내려받은 모델이 없습니다. '모델' 화면에서 내려받을 수 있습니다.")
            parts.append(f"<p>{escape(none)}</p>")
        for state in states:
            checked = self.tr("SHA-256 확인됨") if state.verified else self.tr("SHA-256 확인 안 됨")
            parts.append(f"<p><b>{escape(state.model.name)}</b> · {escape(checked)}<br>{escape(str(state.path))}</p>")
            parts.append(self._licence(self.catalogue.licence_of(state.model)))
        return "\n".join(parts)

    def _licence(self, licence: Licence) -> str:
        label = escape(self.tr("라이선스: {0}").format(licence.label(self.lang)))
        return (
            f"<p>{label} · <b>{escape(licence.short_answer(self.lang))}</b> · "
            f'<a href="{escape(licence.url)}">{escape(licence.url)}</a><br>{escape(licence.answer(self.lang))}</p>'
        )
