"""First run: check the engines, say in plain words what will be used, offer the demo company."""

from __future__ import annotations

import threading
from collections.abc import Iterator

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop import paths
from desktop.core.model_catalogue import EngineStatus, check_engines
from desktop.ui.app_state import AppState
from desktop.ui.worker import GeneratorWorker


class WelcomeDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("홍보 스튜디오에 오신 것을 환영합니다"))
        self.resize(620, 380)
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
        layout.addLayout(buttons)
        self._check()

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
            models = ", ".join(status.ollama_models) or self.tr("설치된 모델 없음")
            lines.append(self.tr("✔ Ollama가 실행 중입니다. 모델: {0}").format(models))
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

    def load_demo(self) -> None:
        self.state.companies.import_file(paths.demo_dir() / "company.toml")
        self.state.companies_changed.emit()
        self.accept()
