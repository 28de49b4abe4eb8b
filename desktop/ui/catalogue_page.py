"""모델: the model catalogue in the window — what each model is, whether a company may use it, and its download.

Every catalogue model is a card (``model_card.py``) with its size, memory
needs, fit to this PC, Korean quality note, licence and the plain answer to
"회사 업무에 써도 되나요?". Downloads run in the program-wide
``DownloadManager`` (they go on when the person leaves this page) after the
licence dialog was accepted. "이 모델 사용" sets the built-in engine's model
in the settings; without a choice the engine uses the best verified download
anyway (``desktop.core.models.choice``), and the page says which one that is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.core.errors import PRStudioError
from desktop.core.models.catalogue import Catalogue, CatalogueModel, load_catalogue
from desktop.core.models.download import delete_download
from desktop.core.models.fit import CatalogueRow, Fit, best_downloaded, catalogue_rows, nominal_memory_gb
from desktop.core.models.local import LocalState, local_state
from desktop.core.models.memory import total_memory_gb
from desktop.core.models.progress import DownloadProgress
from desktop.ui.app_state import AppState
from desktop.ui.ask import confirm
from desktop.ui.banner import Banner
from desktop.ui.licence_dialog import LicenceDialog
from desktop.ui.model_card import ModelCard


class CataloguePage(QWidget):
    def __init__(
        self,
        state: AppState,
        catalogue: Catalogue | None = None,
        memory_gb: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.catalogue = catalogue or load_catalogue()
        self.memory = total_memory_gb() if memory_gb is None else memory_gb
        self.downloads = state.downloads
        self.banner = Banner(self)
        self.in_use = QLabel()
        self.in_use.setObjectName("modelInUse")
        self.in_use.setWordWrap(True)
        self.automatic = QPushButton(self.tr("자동 선택으로 되돌리기"))
        self.automatic.setObjectName("automaticModel")
        self.automatic.clicked.connect(self.use_automatic)
        rows = sorted(catalogue_rows(self.catalogue, self.memory, self.downloads.root), key=_order)
        self.cards = {row.model.id: ModelCard(row, self.memory, state.lang) for row in rows}
        for card in self.cards.values():
            card.download_requested.connect(self.download)
            card.pause_requested.connect(lambda model: self.downloads.pause(model.id))
            card.cancel_requested.connect(self.cancel)
            card.use_requested.connect(self.use)
            card.delete_requested.connect(self.delete)
        self._lay_out()
        self.downloads.progress.connect(self._show_progress)
        self.downloads.finished.connect(self._finished)
        self.downloads.stopped.connect(lambda _id, stop: self.banner.show_message(stop.message(state.lang), "info"))
        self.downloads.failed.connect(self._failed)
        self.downloads.changed.connect(lambda _id: self.refresh())
        state.settings_changed.connect(self.refresh)
        self.refresh()

    def _lay_out(self) -> None:
        heading = QLabel(self.tr("모델"))
        heading.setObjectName("pageHeading")
        intro = QLabel(
            self.tr(
                "내장 엔진은 이 PC 안에서 글을 씁니다. 더 큰 모델을 내려받으면 보도자료 품질이 좋아집니다. "
                "이 PC의 메모리: {0} GB."
            ).format(nominal_memory_gb(self.memory))
        )
        intro.setObjectName("pageSubtitle")
        intro.setWordWrap(True)
        using = QHBoxLayout()
        using.addWidget(self.in_use, 1)
        using.addWidget(self.automatic)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setSpacing(12)
        for card in self.cards.values():
            column.addWidget(card)
        column.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        about = QPushButton(self.tr("PR Studio 정보 · 모델 라이선스"))
        about.setObjectName("openAbout")
        about.clicked.connect(self.show_about)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(about)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(using)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)

    # -- what is on this PC ---------------------------------------------------------
    def refresh(self) -> None:
        root = self.downloads.root
        best = best_downloaded(self.catalogue, self.memory, root)
        chosen = self.state.settings.embedded_model_path
        for model_id, card in self.cards.items():
            state = local_state(card.model, root)
            if chosen:
                in_use = "manual" if Path(chosen) == state.path else ""
            else:
                in_use = "auto" if best is not None and best.model.id == model_id else ""
            card.show_state(state, self.downloads.is_active(model_id), in_use)
            if (latest := self.downloads.latest.get(model_id)) is not None:
                card.show_progress(latest, self.state.lang)  # a download started elsewhere (the welcome)
        self._show_in_use(chosen, best)

    def _show_in_use(self, chosen: str, best: LocalState | None) -> None:
        if chosen:
            entry = self.catalogue.by_file_name(Path(chosen).name)
            text = self.tr("지금 내장 엔진이 쓰는 모델: {0} (직접 고름)").format(entry.name if entry else chosen)
        elif best is not None:
            text = self.tr(
                "지금 내장 엔진이 쓰는 모델: {0} (자동 선택: 내려받은 모델 중 이 PC에 가장 알맞은 모델)"
            ).format(best.model.name)
        else:
            text = self.tr("지금 내장 엔진이 쓰는 모델: {0}").format(self.catalogue.builtin.label(self.state.lang))
        if self.state.settings.engine not in ("auto", "embedded"):
            text += " " + self.tr("(설정의 엔진이 내장 모델이 아니라서 지금은 쓰이지 않습니다)")
        self.in_use.setText(text)
        self.automatic.setVisible(bool(chosen))

    # -- the person's actions ---------------------------------------------------------
    def download(self, model: CatalogueModel) -> bool:
        """Asks for the licence (once per session and model), then starts or resumes. True when started."""
        if self.downloads.is_active(model.id):
            return False
        if model.id not in self.downloads.accepted:
            if not self.ask_licence(model):
                return False
            self.downloads.accepted.add(model.id)
        self.banner.hide()
        return self.downloads.start(model)

    def ask_licence(self, model: CatalogueModel) -> bool:
        dialog = LicenceDialog(model, self.catalogue.licence_of(model), self.memory, self.state.lang, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def cancel(self, model: CatalogueModel) -> None:
        received = self.downloads.latest.get(model.id)
        size = received.done_bytes if received else local_state(model, self.downloads.root).partial_bytes
        question = self.tr(
            "{0} 내려받기를 취소하고 받은 부분({1:,.0f} MB)을 지울까요? 다시 받으려면 처음부터 받습니다."
        )
        if confirm(self, self.tr("내려받기 취소"), question.format(model.name, size / 1e6)):
            self.downloads.cancel(model)

    def use(self, state: LocalState) -> None:
        licence = self.catalogue.licence_of(state.model)
        if not licence.commercial and not confirm(
            self,
            self.tr("비상업 라이선스"),
            self.tr(
                "{0}은(는) 비상업 라이선스라 회사 업무(보도자료 포함)에는 쓸 수 없습니다. 그래도 이 모델을 쓸까요?"
            ).format(state.model.name),
        ):
            return
        settings = self.state.settings
        switch = settings.engine not in ("auto", "embedded") or bool(settings.ollama_model)
        update = {"embedded_model_path": str(state.path), **({"engine": "embedded"} if switch else {})}
        self.state.update_settings(settings.model_copy(update=update))
        message = self.tr("이제 내장 엔진이 {0}을(를) 씁니다.").format(state.model.name)
        if switch:
            message += " " + self.tr("사용할 엔진도 내장 모델로 바꿨습니다.")
        self.banner.show_message(message, "info")

    def use_automatic(self) -> None:
        self.state.update_settings(self.state.settings.model_copy(update={"embedded_model_path": ""}))

    def delete(self, state: LocalState) -> None:
        question = self.tr("{0} 파일({1:.1f} GB)을 지울까요? 다시 쓰려면 다시 내려받아야 합니다.")
        if not confirm(self, self.tr("모델 지우기"), question.format(state.model.name, state.model.size_bytes / 1e9)):
            return
        delete_download(state.model, self.downloads.root)
        if self.state.settings.embedded_model_path and Path(self.state.settings.embedded_model_path) == state.path:
            self.use_automatic()  # the chosen file is gone: back to the best download or the built-in model
        self.refresh()

    def show_about(self) -> None:
        from desktop.ui.about_dialog import AboutDialog

        AboutDialog(self.state.lang, self.catalogue, self.downloads.root, self).exec()

    # -- what the downloads report ------------------------------------------------------
    def _show_progress(self, progress: DownloadProgress) -> None:
        card = self.cards.get(progress.model_id)
        if card is not None:
            card.show_progress(progress, self.state.lang)

    def _finished(self, model_id: str, path: object) -> None:
        card = self.cards.get(model_id)
        if card is None:
            return
        state = local_state(card.model, self.downloads.root)
        if state.verified:
            text = self.tr(
                "{0}을(를) 내려받고 SHA-256을 확인했습니다. 따로 고르지 않으면 내장 엔진이 알맞은 모델을 자동으로 씁니다."
            )
        else:
            text = self.tr(
                "{0}을(를) 내려받았지만 공개된 SHA-256이 없어 확인하지 못했습니다. 자동으로는 쓰지 않습니다."
            )
        self.banner.show_message(
            text.format(card.model.name), "info", [(self.tr("이 모델 사용"), lambda: self.use(state))]
        )

    def _failed(self, model_id: str, error: object) -> None:
        text = error.message(self.state.lang) if isinstance(error, PRStudioError) else str(error)
        self.banner.show_message(text)
        card = self.cards.get(model_id)
        if card is not None:
            card.show_error(text)


def _order(row: CatalogueRow) -> tuple[bool, bool, bool, int]:
    """The recommended model first, then what a company may use and this PC runs, best first."""
    return (not row.recommended, not row.licence.commercial, row.fit is Fit.TOO_BIG, -row.model.preference)
