"""설정: engine choice, Ollama models and downloads, GGUF file, paid-API consent and key, privacy ledger, language.

Ollama models carry the same licence notes as the 모델 page (from the model
catalogue), and the recommendations never include a model a company may not
use. Catalogue downloads live on the 모델 page; this page links to it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PRStudioError
from desktop.core.model_catalogue import recommended_models, total_memory_gb
from desktop.core.models.catalogue import load_catalogue
from desktop.core.models.fit import nominal_memory_gb
from desktop.core.settings import Settings
from desktop.ui.app_state import AppState
from desktop.ui.banner import Banner
from desktop.ui.labels import ENGINE_LABELS, engine_label
from desktop.ui.worker import GeneratorWorker


class SettingsPage(QWidget):
    # The person asked for the model catalogue (the 모델 page).
    models_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.banner = Banner(self)
        lang = state.lang
        self.engine = QComboBox()
        for key in ENGINE_LABELS:
            self.engine.addItem(engine_label(key, lang), key)
        self.model_kind = QComboBox()
        self.model_kind.setObjectName("modelKind")
        self.model_kind.addItem(self.tr("자동 (서버와 모델 파일에 묻기)"), "auto")
        self.model_kind.addItem(self.tr("지시 학습 모델 (chat, instruct)"), "chat")
        self.model_kind.addItem(self.tr("기본 모델 (base)"), "base")
        self.model_kind.setToolTip(
            self.tr(
                "지시 학습 모델은 보도자료 전체를 부분마다 씁니다. 기본 모델은 제목 후보만 쓰고 나머지는 자료로 만듭니다. "
                "자동으로 잘못 알아볼 때만 바꾸세요."
            )
        )
        self.ollama_host = QLineEdit()
        self.ollama_models = QListWidget()
        self.ollama_models.setObjectName("ollamaModels")
        self.ollama_models.setMaximumHeight(110)
        self.ollama_licence = _wrapped("", "fieldHelp")
        self.ollama_models.currentItemChanged.connect(self._show_ollama_licence)
        self.pull_name = QLineEdit()
        self.pull_name.setPlaceholderText("gemma3:4b")
        self.pull_licence = _wrapped("", "fieldHelp")
        self.pull_name.textChanged.connect(lambda tag: _show_note(self.pull_licence, self.licence_note(tag.strip())))
        self.pull_progress = QProgressBar()
        self.pull_progress.setObjectName("pullProgress")
        self.pull_label = QLabel()
        self.pull_button = QPushButton(self.tr("내려받기"))
        self.pull_button.clicked.connect(self.pull)
        self.pull_cancel = QPushButton(self.tr("중지"))
        self.pull_cancel.setEnabled(False)
        self.pull_cancel.clicked.connect(self.cancel_pull)
        self.gguf_path = QLineEdit()
        self.gguf_path.setPlaceholderText(
            self.tr("비워 두면 내려받은 모델 중 가장 알맞은 것, 없으면 내장 Gemma 3 270M")
        )
        self.api_provider = QComboBox()
        self.api_provider.addItem("OpenAI / OpenAI 호환", "openai")
        self.api_provider.addItem("Anthropic", "anthropic")
        self.api_base_url = QLineEdit()
        self.api_base_url.setPlaceholderText(self.tr("비워 두면 공식 주소 (예: http://127.0.0.1:8080/v1)"))
        self.api_model = QLineEdit()
        self.api_key = QLineEdit()
        self.api_key.setObjectName("apiKey")
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.consent = QCheckBox(self.tr("유료/외부 API 사용에 동의합니다. 회사 자료가 이 PC 밖으로 전송됩니다."))
        self.consent.setObjectName("cloudConsent")
        self.ledger = QTableWidget(0, 5)
        self.ledger.setObjectName("privacyLedger")
        self.ledger.setHorizontalHeaderLabels(
            [self.tr("시각"), self.tr("엔진"), self.tr("모델"), self.tr("주소"), self.tr("보낸 글자 수")]
        )
        self.ledger.horizontalHeader().setStretchLastSection(True)
        self.language = QComboBox()
        self.language.addItem("한국어", "ko")
        self.language.addItem("English", "en")
        self.pull_worker: GeneratorWorker | None = None
        self._lay_out()
        self.load(state.settings)
        state.cloud_used.connect(self.refresh_ledger)
        state.settings_changed.connect(self._follow_model_choice)

    def _lay_out(self) -> None:
        engine_box = QGroupBox(self.tr("엔진"))
        engine_form = QFormLayout(engine_box)
        engine_form.addRow(self.tr("사용할 엔진"), self.engine)
        engine_form.addRow(self.tr("모델 종류"), self.model_kind)
        ollama_box = QGroupBox("Ollama")
        ollama = QFormLayout(ollama_box)
        check = QPushButton(self.tr("연결 확인"))
        check.clicked.connect(self.check_ollama)
        ollama.addRow(self.tr("주소"), _row(self.ollama_host, check))
        ollama.addRow(self.tr("설치된 모델"), self.ollama_models)
        ollama.addRow("", self.ollama_licence)
        memory = total_memory_gb()
        recommended = QLabel(
            "\n".join(
                f"• {m.name} ({m.download_gb:.1f} GB) — {m.licence_en if self.state.lang == 'en' else m.licence_ko}"
                for m in recommended_models(memory)
            )
            or "—"
        )
        recommended.setWordWrap(True)
        ollama.addRow(self.tr("이 PC({0} GB)에 맞는 추천 모델").format(nominal_memory_gb(memory)), recommended)
        ollama.addRow(self.tr("모델 내려받기"), _row(self.pull_name, self.pull_button, self.pull_cancel))
        ollama.addRow("", self.pull_licence)
        ollama.addRow("", self.pull_progress)
        ollama.addRow("", self.pull_label)
        embedded_box = QGroupBox(self.tr("내장 모델"))
        embedded = QFormLayout(embedded_box)
        choose = QPushButton(self.tr("GGUF 파일 선택…"))
        choose.clicked.connect(self.choose_gguf)
        embedded.addRow(self.tr("모델 파일"), _row(self.gguf_path, choose))
        catalogue = QPushButton(self.tr("모델 목록에서 내려받기…"))
        catalogue.setObjectName("openModels")
        catalogue.clicked.connect(self.models_requested.emit)
        embedded.addRow(
            "",
            _row(
                _wrapped(self.tr("회사 업무에 쓸 수 있는 모델을 라이선스와 함께 고르고 내려받습니다."), "fieldHelp"),
                catalogue,
            ),
        )
        api_box = QGroupBox(self.tr("유료 API (선택)"))
        api = QFormLayout(api_box)
        api.addRow(self.tr("제공자"), self.api_provider)
        api.addRow(self.tr("주소"), self.api_base_url)
        api.addRow(self.tr("모델"), self.api_model)
        save_key = QPushButton(self.tr("키 저장"))
        save_key.clicked.connect(self.save_key)
        api.addRow(self.tr("API 키"), _row(self.api_key, save_key))
        api.addRow("", self.consent)
        ledger_box = QGroupBox(self.tr("개인정보 기록: 이 PC 밖으로 보낸 내용"))
        QVBoxLayout(ledger_box).addWidget(self.ledger)
        language_box = QGroupBox(self.tr("화면 언어"))
        language = QFormLayout(language_box)
        language.addRow(self.tr("언어 (다시 시작하면 적용)"), self.language)
        inner = QWidget()
        column = QVBoxLayout(inner)
        for box in (engine_box, ollama_box, embedded_box, api_box, ledger_box, language_box):
            column.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        save = QPushButton(self.tr("설정 저장"))
        save.clicked.connect(self.save)
        about = QPushButton(self.tr("PR Studio 정보"))
        about.setObjectName("openAbout")
        about.clicked.connect(self.show_about)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(_row(save, about))

    def load(self, settings: Settings) -> None:
        self.engine.setCurrentIndex(max(0, self.engine.findData(settings.engine)))
        self.model_kind.setCurrentIndex(max(0, self.model_kind.findData(settings.model_kind)))
        self.ollama_host.setText(settings.ollama_host)
        self.gguf_path.setText(settings.embedded_model_path)
        self.api_provider.setCurrentIndex(max(0, self.api_provider.findData(settings.api_provider)))
        self.api_base_url.setText(settings.api_base_url)
        self.api_model.setText(settings.api_model)
        self.consent.setChecked(settings.allow_cloud)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.refresh_ledger()

    def settings(self) -> Settings:
        selected = self.ollama_models.currentItem()
        return self.state.settings.model_copy(
            update={
                "engine": self.engine.currentData(),
                "model_kind": self.model_kind.currentData(),
                "ollama_host": self.ollama_host.text().strip() or "http://127.0.0.1:11434",
                "ollama_model": selected.data(Qt.ItemDataRole.UserRole)
                if selected
                else self.state.settings.ollama_model,
                "embedded_model_path": self.gguf_path.text().strip(),
                "api_provider": self.api_provider.currentData(),
                "api_base_url": self.api_base_url.text().strip(),
                "api_model": self.api_model.text().strip(),
                "allow_cloud": self.consent.isChecked(),
                "language": self.language.currentData(),
            }
        )

    def save(self) -> None:
        self.state.update_settings(self.settings())
        self.banner.show_message(self.tr("설정을 저장했습니다."), "info")

    def _follow_model_choice(self) -> None:
        """The 모델 page chose a model (and perhaps the engine): show it, so 설정 저장 keeps it."""
        settings = self.state.settings
        self.gguf_path.setText(settings.embedded_model_path)
        self.engine.setCurrentIndex(max(0, self.engine.findData(settings.engine)))

    def show_about(self) -> None:
        from desktop.ui.about_dialog import AboutDialog

        AboutDialog(self.state.lang, parent=self).exec()

    def save_key(self) -> None:
        key = self.api_key.text().strip()
        provider = str(self.api_provider.currentData())
        if not key:
            return
        self.api_key.clear()
        from desktop.core import keys  # the keychain loads when a key is first saved

        if keys.keychain_set(provider, key):
            self.banner.show_message(self.tr("API 키를 운영체제 키체인에 저장했습니다."), "info")
        else:
            self.state.session_keys[provider] = key
            self.banner.show_message(
                self.tr(
                    "이 컴퓨터에는 사용할 수 있는 키체인이 없어, 키를 이번 실행 동안만 기억합니다. 파일에는 저장하지 않습니다."
                ),
                "warning",
            )

    def refresh_ledger(self) -> None:
        entries = self.state.history.ledger()
        self.ledger.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, value in enumerate(
                (entry.time, entry.engine, entry.model, entry.endpoint, f"{entry.characters:,}")
            ):
                self.ledger.setItem(row, column, QTableWidgetItem(value))

    def choose_gguf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("GGUF 모델 파일"), "", "GGUF (*.gguf)")
        if path:
            self.gguf_path.setText(path)

    # -- Ollama ------------------------------------------------------------------
    def check_ollama(self) -> None:
        host = self.ollama_host.text().strip()

        def events(cancel: threading.Event) -> Iterator[object]:
            from desktop.core.engines.ollama_engine import OllamaEngine  # HTTP loads on first use

            yield OllamaEngine("-", host=host).list_models()

        self._run(events, self._show_models)

    def _show_models(self, models: object) -> None:
        self.ollama_models.clear()
        catalogue = load_catalogue()
        for model in models:  # type: ignore[attr-defined]
            licence = catalogue.licence_for_ollama_tag(model.name)
            note = f"{licence.label(self.state.lang)} · {licence.short_answer(self.state.lang)}" if licence else "?"
            item = QListWidgetItem(f"{model.name}  —  {note}")
            item.setData(Qt.ItemDataRole.UserRole, model.name)
            self.ollama_models.addItem(item)
        current = self.state.settings.ollama_model
        for row in range(self.ollama_models.count()):
            if self.ollama_models.item(row).data(Qt.ItemDataRole.UserRole) == current:
                self.ollama_models.setCurrentRow(row)
        self.banner.show_message(
            self.tr("Ollama에 연결했습니다. 모델 {0}개.").format(self.ollama_models.count()), "info"
        )

    def licence_note(self, tag: str) -> str:
        """The catalogue's licence answer for an Ollama tag, as on the 모델 page."""
        if not tag:
            return ""
        licence = load_catalogue().licence_for_ollama_tag(tag)
        if licence is None:
            return self.tr("라이선스 정보 없음: 회사에서 쓰기 전에 모델 페이지의 라이선스를 확인하세요.")
        lang = self.state.lang
        return f"{tag} — {licence.label(lang)} · {licence.short_answer(lang)}: {licence.answer(lang)}"

    def _show_ollama_licence(self, item: QListWidgetItem | None) -> None:
        _show_note(self.ollama_licence, self.licence_note(item.data(Qt.ItemDataRole.UserRole)) if item else "")

    def pull(self) -> None:
        name, host = self.pull_name.text().strip(), self.ollama_host.text().strip()
        if not name or self.pull_worker:
            return
        started = time.monotonic()

        def events(cancel: threading.Event) -> Iterator[object]:
            from desktop.core.engines.ollama_engine import OllamaEngine  # HTTP loads on first use

            for progress in OllamaEngine(name, host=host).pull(name):
                if cancel.is_set():
                    return  # closing the stream stops the download; pulling again resumes it
                yield progress

        self.pull_button.setEnabled(False)
        self.pull_cancel.setEnabled(True)
        self.pull_worker = self._run(events, lambda p: self._show_pull(p, started), self._pull_done)

    def _show_pull(self, progress: Any, started: float) -> None:
        if progress.total:
            self.pull_progress.setRange(0, 1000)
            self.pull_progress.setValue(int(1000 * progress.completed / progress.total))
            speed = progress.completed / max(0.001, time.monotonic() - started) / 2**20
            self.pull_label.setText(
                self.tr("{0} — {1:,.0f}/{2:,.0f} MB, {3:.1f} MB/초").format(
                    progress.status, progress.completed / 2**20, progress.total / 2**20, speed
                )
            )
        else:
            self.pull_label.setText(progress.status)

    def cancel_pull(self) -> None:
        if self.pull_worker:
            self.pull_worker.cancel()
            self.pull_label.setText(self.tr("중지했습니다. 다시 내려받으면 이어서 받습니다."))

    def _pull_done(self) -> None:
        self.pull_worker = None
        self.pull_button.setEnabled(True)
        self.pull_cancel.setEnabled(False)

    def _run(
        self,
        events: Callable[[threading.Event], Iterator[object]],
        on_event: Callable[[object], None],
        on_done: Callable[[], None] | None = None,
    ) -> GeneratorWorker:
        worker = GeneratorWorker(events)
        worker.signals.event.connect(on_event)
        worker.signals.failed.connect(self._failed)
        if on_done:
            worker.signals.done.connect(on_done)
        return self.state.workers.start(worker)

    def _failed(self, error: object) -> None:
        message = error.message(self.state.lang) if isinstance(error, PRStudioError) else str(error)
        self.banner.show_message(message)


def _wrapped(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setVisible(bool(text))
    return label


def _show_note(label: QLabel, text: str) -> None:
    """A note takes room only when it says something."""
    label.setText(text)
    label.setVisible(bool(text))


def _row(first: QWidget, *rest: QWidget) -> QHBoxLayout:
    """The first widget stretches; buttons after it keep their size."""
    row = QHBoxLayout()
    row.addWidget(first, 1)
    for widget in rest:
        row.addWidget(widget)
    return row
