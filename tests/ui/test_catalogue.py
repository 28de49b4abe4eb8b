"""The 모델 page, the licence dialog, the welcome's offer and 정보, against a loopback Hub serving the bundled GGUF.

Every download here is the real ``download_model`` (HEAD with the Hub's redirects, ranged
GET, SHA-256) run by the window's download manager on a worker, driven by the buttons a
person clicks; the licence dialog is answered by ticking its box and pressing its button.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot

from desktop.core.companies import CompanyStore
from desktop.core.models import download as download_module
from desktop.core.models.catalogue import Catalogue, CatalogueModel, load_catalogue
from desktop.core.models.local import ModelFiles, local_state
from desktop.core.models.progress import DownloadProgress
from desktop.core.settings import Settings, load_settings
from desktop.core.store import History
from desktop.ui.about_dialog import AboutDialog
from desktop.ui.app_state import AppState
from desktop.ui.catalogue_page import CataloguePage
from desktop.ui.licence_dialog import LicenceDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings_page import SettingsPage
from desktop.ui.welcome import WelcomeDialog
from tests.conftest import Source
from tests.core.fake_hub import FakeHub
from tests.core.fake_servers import ollama_tags
from tests.core.test_model_download import REPO, catalogue_with, entry
from tests.ui.conftest import DialogAnswerer
from tests.ui.test_app_setup import unnamed_controls

HOLD_AT = 30 * 2**20


@pytest.fixture
def model(source: Source) -> CatalogueModel:
    return entry(source)


@pytest.fixture
def hub(source: Source, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    """The Hub as a company mirror (HF_ENDPOINT), holding the download after 30 MB until released."""
    with FakeHub(source.path, source.sha256, REPO, source.path.name, hold_after=HOLD_AT) as server:
        monkeypatch.setenv("HF_ENDPOINT", server.endpoint)
        yield server


def answer_licence(agree: bool) -> list[LicenceDialog]:
    """Answers the next licence dialog as a person would: tick the box and accept, or close it."""
    seen: list[LicenceDialog] = []
    tries = iter(range(500))  # about ten seconds; a dialog that never comes fails the test's own assertion

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LicenceDialog):
            if next(tries, None) is not None:
                QTimer.singleShot(20, answer)
            return
        seen.append(dialog)
        assert not dialog.accept_button.isEnabled()  # nothing downloads before the box is ticked
        if agree:
            dialog.agree.setChecked(True)
            dialog.accept_button.click()
        else:
            dialog.reject()

    QTimer.singleShot(20, answer)
    return seen


def page_for(qtbot: QtBot, state: AppState, catalogue: Catalogue, memory_gb: float = 7.8) -> CataloguePage:
    page = CataloguePage(state, catalogue, memory_gb)
    qtbot.addWidget(page)
    return page


def test_every_catalogue_model_with_its_fit_and_licence(qtbot: QtBot, state: AppState) -> None:
    catalogue = load_catalogue()
    page = page_for(qtbot, state, catalogue)  # an "8 GB" office laptop reports 7.8 GiB
    cards = list(page.cards.values())
    assert len(cards) == len(catalogue.models) == 6
    assert cards[0].model.id == "kanana-1.5-2.1b" and cards[0].badge.isVisibleTo(page)
    assert [c.model.id for c in cards if c.badge.isVisibleTo(page)] == ["kanana-1.5-2.1b"]
    assert cards[-1].model.id == "exaone-3.5-2.4b"  # a company may not use it: last, never recommended
    exaone = page.cards["exaone-3.5-2.4b"]
    assert exaone.licence.objectName() == "licenceNo" and "회사 업무 불가" in exaone.licence.text()
    assert exaone.answer.text().startswith("회사 업무에는 쓸 수 없습니다")
    assert "이 PC에 맞음" in page.cards["kanana-1.5-2.1b"].facts.text()
    gemma_4b = page.cards["gemma-3-4b-it"]
    assert "느릴 수 있음" in gemma_4b.facts.text() and "16GB" in gemma_4b.warning.text()
    for card in cards:
        assert card.answer.text() == catalogue.licence_of(card.model).answer("ko")
        assert card.status.text() == "내려받지 않음" and card.download.isVisibleTo(page)
        assert card.quality_note.text() == card.model.quality("ko")
    assert "Gemma 3 270M" in page.in_use.text()
    assert unnamed_controls(page) == []


def test_no_download_without_the_licence_accepted(
    qtbot: QtBot, state: AppState, model: CatalogueModel, hub: FakeHub
) -> None:
    page = page_for(qtbot, state, catalogue_with(model))
    seen = answer_licence(agree=False)
    page.cards[model.id].download.click()
    assert len(seen) == 1 and "Gemma 이용약관" in seen[0].findChild(QLabel, "licenceName").text()
    assert seen[0].answer.text() == load_catalogue().licences["gemma"].answer("ko")
    assert unnamed_controls(seen[0]) == []
    assert hub.requests == [] and not state.downloads.is_active(model.id)


def test_download_progress_reaches_done_and_the_model_becomes_the_one_used(
    qtbot: QtBot, state: AppState, model: CatalogueModel, hub: FakeHub
) -> None:
    hub.release.set()  # no pause in this one
    page = page_for(qtbot, state, catalogue_with(model))
    events: list[DownloadProgress] = []
    state.downloads.progress.connect(events.append)
    asked = answer_licence(agree=True)
    page.cards[model.id].download.click()
    assert len(asked) == 1
    qtbot.waitUntil(lambda: not state.downloads.is_active(model.id), timeout=60_000)
    card = page.cards[model.id]
    assert "SHA-256 확인됨" in card.status.text() and "자동 선택" in card.status.text()
    assert "Gemma 3 270M (test)" in page.in_use.text() and "자동 선택" in page.in_use.text()
    downloading = [e for e in events if e.phase == "downloading"]
    assert downloading and "MB/s" in downloading[-1].message("ko") and "남음" in downloading[-1].message("ko")
    assert {e.phase for e in events} >= {"connecting", "downloading", "verifying"}
    assert "SHA-256을 확인했습니다" in page.banner.text()
    card.use.click()
    path = local_state(model).path
    assert load_settings().embedded_model_path == str(path) == state.settings.embedded_model_path
    assert state.engine("embedded").model_path == path  # type: ignore[attr-defined]
    assert "직접 고름" in page.in_use.text() and page.automatic.isVisibleTo(page)
    about = AboutDialog("ko", catalogue_with(model))
    qtbot.addWidget(about)
    text = about.text.toPlainText()
    assert "버전 0.1.0" in text and text.count("Gemma 이용약관") == 2 and "Gemma 3 270M (test)" in text


def test_pause_then_resume_after_a_restart(
    qtbot: QtBot, state: AppState, model: CatalogueModel, hub: FakeHub, source: Source
) -> None:
    page = page_for(qtbot, state, catalogue_with(model))
    asked = answer_licence(agree=True)
    page.cards[model.id].download.click()
    assert len(asked) == 1
    qtbot.waitUntil(hub.holding.is_set, timeout=30_000)
    card = page.cards[model.id]
    qtbot.waitUntil(lambda: "MB/s" in card.status.text(), timeout=10_000)
    assert card.pause.isVisibleTo(page) and not card.download.isVisibleTo(page)
    card.pause.click()
    hub.release.set()
    qtbot.waitUntil(lambda: not state.downloads.is_active(model.id), timeout=30_000)
    kept = local_state(model).partial_bytes
    assert 0 < kept < source.size
    assert card.download.text() == "이어받기" and "받다 멈춤" in card.status.text()
    assert "이어서 받습니다" in page.banner.text()
    # A restart: a new window state knows only what is on disk, and asks for the licence again.
    restarted = AppState(Settings(), History(), CompanyStore(), "ko")
    try:
        again = page_for(qtbot, restarted, catalogue_with(model))
        assert again.cards[model.id].download.text() == "이어받기"
        assert f"{kept / 1e6:,.0f} / " in again.cards[model.id].status.text()
        asked_again = answer_licence(agree=True)
        again.cards[model.id].download.click()
        assert len(asked_again) == 1
        qtbot.waitUntil(lambda: not restarted.downloads.is_active(model.id), timeout=60_000)
        assert "SHA-256 확인됨" in again.cards[model.id].status.text()
    finally:
        assert restarted.workers.cancel_all_and_wait(30_000)
        restarted.history.close()
    assert hub.gets() == ["", f"bytes={kept}-"]
    assert local_state(model).verified


def test_cancel_removes_what_was_received(
    qtbot: QtBot, state: AppState, model: CatalogueModel, hub: FakeHub, dialogs: DialogAnswerer
) -> None:
    page = page_for(qtbot, state, catalogue_with(model))
    asked = answer_licence(agree=True)
    page.cards[model.id].download.click()
    assert len(asked) == 1
    qtbot.waitUntil(hub.holding.is_set, timeout=30_000)
    dialogs.reply(QMessageBox.StandardButton.Yes)
    page.cards[model.id].cancel.click()
    hub.release.set()
    qtbot.waitUntil(lambda: not state.downloads.is_active(model.id), timeout=30_000)
    files = ModelFiles.of(model)
    assert not files.partial.exists() and not files.final.exists()
    assert "취소하고" in dialogs.seen[0][0]
    assert page.cards[model.id].status.text() == "내려받지 않음"
    assert page.cards[model.id].download.text() == "내려받기…"


def test_a_full_disk_and_a_wrong_checksum_are_said_plainly(
    qtbot: QtBot, state: AppState, model: CatalogueModel, hub: FakeHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_for(qtbot, state, catalogue_with(model))
    card = page.cards[model.id]
    with monkeypatch.context() as patch:
        patch.setattr(download_module, "free_disk_bytes", lambda folder: 10_000_000)
        asked = answer_licence(agree=True)
        card.download.click()
        assert len(asked) == 1
        qtbot.waitUntil(lambda: not state.downloads.is_active(model.id), timeout=30_000)
    assert "디스크 공간이 부족합니다" in page.banner.text() and "10 MB" in page.banner.text()
    assert "디스크 공간이 부족합니다" in card.status.text()
    hub.claimed_sha256 = "f" * 64  # a mirror serving another file
    card.download.click()  # accepted in this session: no second question
    qtbot.waitUntil(lambda: not state.downloads.is_active(model.id), timeout=30_000)
    assert "확인된 파일과 다릅니다" in page.banner.text() and hub.gets() == []


def test_welcome_offers_the_recommended_model_and_downloads_it(
    qtbot: QtBot, state: AppState, model: CatalogueModel, hub: FakeHub, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/api/tags", method="GET").respond_with_json(ollama_tags())
    state.settings = state.settings.model_copy(update={"ollama_host": httpserver.url_for("").rstrip("/")})
    hub.release.set()
    real = load_catalogue()  # its Ollama licence notes, with the test model as the only download
    catalogue = Catalogue(real.builtin, real.licences, (model,), real.ollama, real.ollama_families)
    dialog = WelcomeDialog(state, catalogue=catalogue, memory_gb=7.8)
    qtbot.addWidget(dialog)
    assert dialog.offer_text.text() == f"보도자료 품질을 높이려면 {model.name}을(를) 내려받으세요, 0.3 GB"
    assert dialog.builtin_button.text() == "지금은 내장 모델로 계속"
    assert unnamed_controls(dialog) == []
    qtbot.waitUntil(lambda: "→" in dialog.status.text(), timeout=20_000)
    assert "gemma3:4b — Gemma 이용약관 · 회사 업무 가능" in dialog.status.text()  # Ollama users see licences too
    asked = answer_licence(agree=True)
    dialog.download_button.click()
    assert len(asked) == 1 and asked[0].answer.text().startswith("회사 업무에 써도 됩니다")
    qtbot.waitUntil(lambda: not state.downloads.is_active(model.id), timeout=60_000)
    assert "내려받고 확인했습니다" in dialog.offer_text.text()
    assert local_state(model).verified
    later = WelcomeDialog(state, catalogue=catalogue, memory_gb=7.8)
    qtbot.addWidget(later)
    assert later.offer is None  # a verified model is here: nothing more to offer
    qtbot.waitUntil(lambda: "→" in later.status.text(), timeout=20_000)


def test_models_page_and_about_from_the_main_window(
    qtbot: QtBot, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: opened.append(dialog.text.toPlainText()) or 0)
    state.settings = state.settings.model_copy(update={"engine": "embedded"})
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert window.engine_status.text() == "엔진: 내장 모델 · Gemma 3 270M (내장)"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(opened) == 1 and "Gemma 이용약관" in opened[0]
    settings: SettingsPage = window.settings_page
    recommended = " ".join(label.text() for label in settings.findChildren(QLabel))
    assert "exaone" not in recommended.lower() and "gemma3:1b" in recommended
    assert "비상업" in settings.licence_note("exaone3.5:7.8b") and "Apache" in settings.licence_note("qwen3:4b")
    settings.findChild(QPushButton, "openModels").click()
    assert window.pages.currentWidget() is window.models_page
    about = AboutDialog("en")
    qtbot.addWidget(about)
    text = about.text.toPlainText()
    assert "Gemma Terms of Use" in text and "company use OK" in text
    assert unnamed_controls(about) == [] and unnamed_controls(settings) == []
