"""First run: check the engines, say in plain words what will be used, offer a better model and the demo company.

The built-in model writes rough drafts, so the model recommended for this PC
is offered ("보도자료 품질을 높이려면 …을(를) 내려받으세요, 1.5 GB") next to
"지금은 내장 모델로 계속". The licence is shown and accepted first; the download
runs in the program-wide download manager, so it goes on after this dialog
closes (the 모델 page shows it). Ollama users keep their path and see the
licence note of each of their Ollama models.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.core.errors import PRStudioError
from desktop.core.model_catalogue import EngineStatus, check_engines
from desktop.core.models.catalogue import Catalogue, load_catalogue
from desktop.core.models.fit import DownloadOffer, download_offer
from desktop.core.models.memory import total_memory_gb
from desktop.core.models.progress import DownloadProgress
from desktop.ui.app_state import AppState
from desktop.ui.worker import GeneratorWorker


class WelcomeDialog(QDialog):
    def __init__(
        self,
        state: AppState,
        parent: QWidget | None = None,
        catalogue: Catalogue | None = None,
        memory_gb: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.catalogue = catalogue or load_catalogue()
        self.memory = total_memory_gb() if memory_gb is None else memory_gb
        self.offer = download_offer(self.catalogue, self.memory)
        self.setWindowTitle(self.tr("홍보 스튜디오에 오신 것을 환영합니다"))
        self.resize(660, 480)
        intro = QLabel(
            self.tr(
                "홍보 스튜디오는 회사 정보에 적힌 사실로 보도자료, 캐치프레이즈, 위기관리 계획서, 직원 매뉴얼을 만듭니다. "
                "글은 이 PC에서 작성되며, 유료 API는 허락한 경우에만 씁니다."
            )
        )
        intro.setWordWrap(True)
        self.status = QLabel(self.tr("사용할 수 있는 엔진을 확인하고 있습니다…"))
        self.status.setObjectName("engineStatus")
        self.status.setWordWrap(True)
        demo = QPushButton(self.tr("데모 회사로 둘러보기"))
        demo.clicked.connect(self.load_demo)
        create = QPushButton(self.tr("우리 회사 정보 만들기"))
        create.clicked.connect(lambda: self.done(2))
        start = QPushButton(self.tr("시작하기"))
        start.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (demo, create, start):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.status, 1)
        if self.offer is not None:
            layout.addWidget(self._offer_box(self.offer))
        layout.addLayout(buttons)
        self._check()

    def _offer_box(self, offer: DownloadOffer) -> QFrame:
        lang = self.state.lang
        box = QFrame()
        box.setObjectName("modelCard")
        self.offer_text = QLabel(offer.message(lang))
        self.offer_text.setObjectName("cardTitle")
        self.offer_text.setWordWrap(True)
        licence = offer.licence
        self.offer_note = QLabel(
            f"{offer.model.quality(lang)}\n"
            + self.tr("라이선스: {0} · {1}").format(licence.label(lang), licence.short_answer(lang))
        )
        self.offer_note.setObjectName("cardText")
        self.offer_note.setWordWrap(True)
        self.offer_progress = QProgressBar()
        self.offer_progress.setRange(0, 1000)
        self.offer_progress.setTextVisible(False)
        self.offer_progress.hide()
        self.download_button = QPushButton(self.tr("내려받기…"))
        self.download_button.setObjectName("offerDownload")
        self.download_button.clicked.connect(self.download)
        self.builtin_button = QPushButton(self.tr("지금은 내장 모델로 계속"))
        self.builtin_button.setObjectName("offerBuiltin")
        self.builtin_button.clicked.connect(self.continue_with_builtin)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.builtin_button)
        row.addWidget(self.download_button)
        column = QVBoxLayout(box)
        column.setContentsMargins(16, 12, 16, 12)
        for widget in (self.offer_text, self.offer_note, self.offer_progress):
            column.addWidget(widget)
        column.addLayout(row)
        return box

    def download(self) -> bool:
        """The licence first; then the download runs on, whatever happens to this dialog."""
        from desktop.ui.licence_dialog import LicenceDialog

        assert self.offer is not None
        model, downloads = self.offer.model, self.state.downloads
        if model.id not in downloads.accepted:
            dialog = LicenceDialog(model, self.offer.licence, self.memory, self.state.lang, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            downloads.accepted.add(model.id)
        downloads.progress.connect(self._show_progress)
        downloads.finished.connect(self._finished)
        downloads.failed.connect(self._failed)
        self.download_button.setEnabled(False)
        self.builtin_button.hide()
        self.offer_note.setText(
            self.tr("창을 닫아도 내려받기는 계속됩니다. '모델' 화면에서 일시 정지하거나 이어받을 수 있습니다.")
        )
        return downloads.start(model)

    def continue_with_builtin(self) -> None:
        self.download_button.hide()
        self.builtin_button.hide()
        self.offer_note.setText(
            self.tr("내장 모델로 시작합니다. 더 나은 모델은 언제든 '모델' 화면에서 내려받을 수 있습니다.")
        )

    def _show_progress(self, progress: DownloadProgress) -> None:
        if self.offer is None or progress.model_id != self.offer.model.id:
            return
        self.offer_progress.show()
        self.offer_progress.setValue(int(1000 * progress.fraction))
        self.offer_text.setText(progress.message(self.state.lang))

    def _finished(self, model_id: str, path: object) -> None:
        if self.offer is not None and model_id == self.offer.model.id:
            self.offer_text.setText(
                self.tr("{0}을(를) 내려받고 확인했습니다. 따로 고르지 않으면 내장 엔진이 이 모델로 씁니다.").format(
                    self.offer.model.name
                )
            )

    def _failed(self, model_id: str, error: object) -> None:
        if self.offer is not None and model_id == self.offer.model.id:
            self.offer_text.setText(error.message(self.state.lang) if isinstance(error, PRStudioError) else str(error))
            self.download_button.setEnabled(True)

    def _check(self) -> None:
        settings, lang = self.state.settings, self.state.lang

        def events(cancel: threading.Event) -> Iterator[object]:
            yield check_engines(settings, lang)

        worker = GeneratorWorker(events)
        worker.signals.event.connect(self.show_status)
        self.state.workers.start(worker)

    def show_status(self, status: object) -> None:
        assert isinstance(status, EngineStatus)
        lines = []
        if status.ollama_running:
            if status.ollama_models:
                lines.append(self.tr("✔ Ollama가 실행 중입니다. 설치된 모델과 라이선스:"))
                lines.extend(f"    • {self._ollama_note(tag)}" for tag in status.ollama_models)
            else:
                lines.append(self.tr("✔ Ollama가 실행 중입니다. 모델: {0}").format(self.tr("설치된 모델 없음")))
        else:
            lines.append(self.tr("• Ollama가 실행 중이 아닙니다. 없어도 괜찮습니다."))
        if status.embedded_ready:
            lines.append(self.tr("✔ 내장 모델(Gemma 3 270M)이 준비되어 있습니다. 인터넷 없이 초안을 씁니다."))
        else:
            lines.append("✖ " + status.problem)
        use_ollama = status.ollama_running and self.state.settings.ollama_model in status.ollama_models
        lines.append(
            self.tr("→ 사용할 엔진: {0}").format(
                "Ollama" if use_ollama else self.tr("내장 모델 (설정에서 바꿀 수 있습니다)")
            )
        )
        self.status.setText("\n".join(lines))

    def _ollama_note(self, tag: str) -> str:
        """The same licence note the 모델 page and ``prstudio models`` give, from the catalogue."""
        licence = self.catalogue.licence_for_ollama_tag(tag)
        if licence is None:
            return self.tr("{0} — 라이선스 정보 없음: 회사에서 쓰기 전에 모델 페이지의 라이선스를 확인하세요.").format(
                tag
            )
        lang = self.state.lang
        return f"{tag} — {licence.label(lang)} · {licence.short_answer(lang)}"

    def load_demo(self) -> None:
        self.state.companies.import_file(paths.demo_dir() / "company.toml")
        self.state.companies_changed.emit()
        self.accept()
