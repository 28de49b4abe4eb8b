"""Company profiles, history, settings and the main window, as an office user meets them."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QMessageBox
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot

from desktop import paths
from desktop.core.keys import keychain_get
from desktop.ui.app_state import AppState
from desktop.ui.facts_dialog import FactsDialog
from desktop.ui.history_page import HistoryPage
from desktop.ui.main_window import MainWindow
from desktop.ui.profile_page import ProfilePage
from desktop.ui.settings_page import SettingsPage
from desktop.ui.welcome import WelcomeDialog
from tests.core.fake_servers import ollama_pull_stream, ollama_tags


def test_malformed_toml_import_names_the_line(qtbot: QtBot, state: AppState, tmp_path: Path) -> None:
    page = ProfilePage(state)
    qtbot.addWidget(page)
    broken = tmp_path / "회사.toml"
    broken.write_text('[company]\nname = "새 회사"\nceo = "김\n', encoding="utf-8")
    assert page.import_file(broken) is None
    assert "3번째 줄" in page.banner.text() and "회사.toml" in page.banner.text()
    assert state.companies.names() == []


def test_edit_save_and_export_a_profile(qtbot: QtBot, state: AppState, tmp_path: Path) -> None:
    page = ProfilePage(state)
    qtbot.addWidget(page)
    page.import_file(paths.demo_dir() / "company.toml")
    page.form.company["ceo"].setText("김다은")
    page.form.add_fact()
    page.form.facts.item(page.form.facts.count() - 1).setText("2026년 성수동 매장 개점")
    page.form.company["employees"].setText("약 50")  # not a number: kept as text, as the profile format allows
    assert page.save() is not None
    saved = state.companies.load("한빛베이커리")
    assert saved.facts[-1].text == "2026년 성수동 매장 개점"
    page.export_file(saved, tmp_path / "out.toml")
    assert "2026년 성수동 매장 개점" in (tmp_path / "out.toml").read_text(encoding="utf-8")
    page.form.company["name"].clear()
    assert page.save() is None and "회사 이름" in page.banner.text()


def test_facts_from_a_word_document(
    qtbot: QtBot, state: AppState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    brochure = docx.Document()
    brochure.add_paragraph("한빛베이커리는 국산 밀만 씁니다. 2024년부터 매일 빵을 기부합니다.")
    brochure.save(str(tmp_path / "소개서.docx"))
    page = ProfilePage(state)
    qtbot.addWidget(page)
    page.new_company()

    def pick_second(dialog: FactsDialog) -> int:
        assert dialog.sentences.count() == 2
        dialog.sentences.item(1).setCheckState(dialog.sentences.item(1).checkState().Checked)
        return 1

    monkeypatch.setattr(FactsDialog, "exec", pick_second)
    page.import_facts_from(tmp_path / "소개서.docx")
    facts = page.form.facts
    assert [facts.item(i).text() for i in range(facts.count())] == ["2024년부터 매일 빵을 기부합니다."]
    assert "저장해야" in page.banner.text() and page.has_unsaved_changes()
    page.import_facts_from(tmp_path / "사진.png")
    assert "사진.png" in page.banner.text()


def test_saving_a_key_goes_to_the_keychain_and_never_to_a_file(
    qtbot: QtBot, state: AppState, prstudio_home: Path
) -> None:
    page = SettingsPage(state)
    qtbot.addWidget(page)
    page.api_provider.setCurrentIndex(page.api_provider.findData("anthropic"))
    page.api_key.setText("sk-ant-very-secret-42")
    page.save_key()
    page.consent.setChecked(True)
    page.api_model.setText("claude-sonnet-4-5")
    page.save()
    assert keychain_get("anthropic") == "sk-ant-very-secret-42"
    assert page.api_key.text() == ""
    for path in prstudio_home.rglob("*"):
        if path.is_file():
            assert b"sk-ant-very-secret-42" not in path.read_bytes(), path
    assert state.settings.allow_cloud and state.settings.api_provider == "anthropic"


def test_without_a_keychain_the_key_is_kept_for_the_session(
    qtbot: QtBot, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.core.keys.keychain_set", lambda provider, key: False)
    page = SettingsPage(state)
    qtbot.addWidget(page)
    page.api_key.setText("sk-session-only")
    page.save_key()
    assert state.session_keys == {"openai": "sk-session-only"}
    assert "이번 실행 동안만" in page.banner.text()


def test_ollama_models_and_a_pull_with_a_progress_bar(qtbot: QtBot, state: AppState, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/tags", method="GET").respond_with_json(ollama_tags())
    httpserver.expect_request("/api/pull", method="POST").respond_with_data(
        ollama_pull_stream(), content_type="application/x-ndjson"
    )
    page = SettingsPage(state)
    qtbot.addWidget(page)
    page.ollama_host.setText(httpserver.url_for("").rstrip("/"))
    page.check_ollama()
    qtbot.waitUntil(lambda: page.ollama_models.count() == 1, timeout=10_000)
    page.pull_name.setText("gemma3:4b")
    page.pull()
    qtbot.waitUntil(lambda: page.pull_worker is None, timeout=10_000)
    assert page.pull_progress.value() == page.pull_progress.maximum()
    assert page.pull_label.text() == "success"


def test_history_reopen_reexport_and_delete(  # type: ignore[no-untyped-def]
    qtbot: QtBot, state: AppState, tmp_path: Path, demo_profile, dialogs
) -> None:
    draft = state.history.create_draft(
        "press-release", "한빛베이커리", {"announcement": "새 매장", "language": "ko"}, demo_profile.model_dump()
    )
    version = state.history.start_version(draft, "embedded", "gemma")
    state.history.save_version(
        version, "# 한빛베이커리, 새 매장\n\n서울, 2026년 3월 10일 — 새 매장을 연다.\n", "complete"
    )
    state.history.set_title(draft, "한빛베이커리, 새 매장")
    window = MainWindow(state)
    qtbot.addWidget(window)
    page: HistoryPage = window.history
    page.refresh()
    page.search.setText("한빛")
    assert page.table.rowCount() == 1
    page.table.selectRow(0)
    saved = page.export(page.selected(), tmp_path / "again.docx")  # type: ignore[arg-type]
    assert saved and docx.Document(str(saved)).paragraphs[0].text == "한빛베이커리, 새 매장"
    wizard = window.open_draft(draft)
    assert wizard is not None and wizard.currentPage() is wizard.generate_page
    assert wizard.generate_page.view.editor.markdown().startswith("# 한빛베이커리, 새 매장")
    assert "새 매장" in wizard.generate_page.view.editor.rendered.toPlainText()
    wizard.close()
    page.search.setText("")
    page.table.selectRow(0)
    dialogs.reply(QMessageBox.StandardButton.Yes)
    page.delete()
    assert page.table.rowCount() == 0 and state.history.drafts() == []
    page.undo_delete()
    assert [d.id for d in state.history.drafts()] == [draft] and page.selected().id == draft  # type: ignore[union-attr]


def test_status_bar_privacy_indicator(qtbot: QtBot, state: AppState) -> None:
    window = MainWindow(state)
    qtbot.addWidget(window)
    assert window.privacy_label.text() == "이 PC 밖으로 전송된 내용 없음"
    state.history.record_sent("anthropic", "claude", "https://api.anthropic.com", 1200)
    state.cloud_used.emit()
    assert "전송된 적이 있습니다" in window.privacy_label.text()
    assert window.settings_page.ledger.rowCount() == 1


def test_welcome_says_what_will_be_used(qtbot: QtBot, state: AppState) -> None:
    state.settings = state.settings.model_copy(update={"ollama_host": "http://127.0.0.1:9"})
    dialog = WelcomeDialog(state)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "→" in dialog.status.text(), timeout=20_000)
    assert "Ollama가 실행 중이 아닙니다" in dialog.status.text() and "내장 모델" in dialog.status.text()
    dialog.load_demo()
    assert state.companies.names() == ["한빛베이커리"]


def test_number_fields_keep_to_the_workflows_declared_range(qtbot: QtBot) -> None:
    from desktop.core.workflows import get_workflow
    from desktop.ui.field_widgets import FieldInput

    fields = {spec.name: spec for spec in get_workflow("catchphrase").fields}
    count = FieldInput(fields["count"], "ko")
    qtbot.addWidget(count.widget)
    count.set_value(500)
    assert count.value() == 50  # the box cannot offer what validation would refuse
    count.set_value(0)
    assert count.value() == 1
    limit = FieldInput(fields["max_length"], "ko")
    qtbot.addWidget(limit.widget)
    assert limit.value() == "" and limit.widget.specialValueText() == "—"  # 0 means no limit
    levels = FieldInput({s.name: s for s in get_workflow("crisis-plan").fields}["severity_levels"], "ko")
    qtbot.addWidget(levels.widget)
    assert (levels.widget.minimum(), levels.widget.maximum(), levels.value()) == (3, 5, 3)


def test_the_usage_line_prices_only_paid_apis(qtbot: QtBot) -> None:
    from desktop.core.engines.base import Usage
    from desktop.ui.usage_label import EngineReady, UsageLabel

    label = UsageLabel()
    qtbot.addWidget(label)
    label.engine = EngineReady("ollama", "gemma3:4b", 8192, leaves_machine=True)  # an Ollama on another PC
    label.add(Usage(prompt_tokens=1200, output_tokens=300))
    assert "비용" not in label.text() and "ollama · gemma3:4b" in label.text()
    label.engine = EngineReady("openai", "company-llm", 8192, leaves_machine=True)
    label.refresh()
    assert "예상 비용: 요금표에 없는 모델" in label.text()


def test_a_fact_added_from_the_review_shows_on_the_open_profile(qtbot: QtBot, state: AppState) -> None:
    from desktop.core.review import add_fact_to_company

    page = ProfilePage(state)
    qtbot.addWidget(page)
    page.import_file(paths.demo_dir() / "company.toml")
    shown = state.companies.load("한빛베이커리")
    draft_id = state.history.create_draft("press-release", "한빛베이커리", {}, shown.model_dump())
    draft = state.history.draft(draft_id)
    assert draft is not None
    add_fact_to_company(state.companies, draft, "신규 인력 12명")  # 회사 정보에 추가, in the review step
    state.companies_changed.emit()
    facts = [page.form.facts.item(i).text() for i in range(page.form.facts.count())]
    assert "신규 인력 12명" in facts and not page.has_unsaved_changes()
    page.form.company["ceo"].setText("김다은 대표")  # an edit in progress is never overwritten
    add_fact_to_company(state.companies, draft, "매장 7곳")
    state.companies_changed.emit()
    assert page.form.company["ceo"].text() == "김다은 대표" and page.has_unsaved_changes()


def test_the_model_kind_is_a_setting_the_engine_choice_follows(qtbot: QtBot, state: AppState) -> None:
    from desktop.core.engines.router import EngineOptions, model_kind

    page = SettingsPage(state)
    qtbot.addWidget(page)
    assert page.model_kind.currentData() == "auto"
    page.model_kind.setCurrentIndex(page.model_kind.findData("base"))
    page.save()
    assert state.settings.model_kind == "base"
    assert model_kind(EngineOptions(), state.settings) is False  # every engine built from here is told: base
    assert model_kind(EngineOptions(model_kind="chat"), state.settings) is True  # --model-kind wins
