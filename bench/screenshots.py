"""Saves a PNG of every screen and wizard step, in light and dark, Korean and English, for a person to look at.

Run: ``QT_QPA_PLATFORM=offscreen uv run python bench/screenshots.py [folder] [--time-limit S] [--only ko-light]``
(install Debian's fonts-noto-cjk first to see Korean). The first variant generates every workflow for
real on the built-in model (short drafts, ``--max-tokens``); the other variants reopen those drafts
from history and show a generation only while it starts (the status line), then cancel it. Each
variant runs in its own process (Qt's translators and palette are per process) against one shared
PR Studio home. The whole run stops within ``--time-limit`` seconds: a generation still running
when its share of the time is up is cancelled (its text is kept) and the screenshots go on.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

VARIANTS = ("ko-light", "ko-dark", "en-light", "en-dark")
WORKFLOWS = ("press-release", "catchphrase", "crisis-plan", "staff-manual")


def settle(milliseconds: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def shoot(widget: QWidget, folder: Path, name: str) -> None:
    settle()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path, flush=True)


class Deadline:
    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        return max(0.0, self.end - time.monotonic())

    def wait_for(self, condition, share: float = 1.0) -> bool:  # type: ignore[no-untyped-def]
        """Waits at most ``share`` of the time left; False when the time ran out."""
        until = time.monotonic() + self.left() * share
        while time.monotonic() < until:
            if condition():
                return True
            settle(100)
        return bool(condition())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default="screenshots")
    parser.add_argument("--time-limit", type=float, default=1500)
    parser.add_argument("--max-tokens", type=int, default=160)
    parser.add_argument("--only", choices=VARIANTS, help="run one variant in this process")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="which variants, comma-separated")
    parser.add_argument("--home", help="the shared PR Studio home (set by the first process)")
    args = parser.parse_args()
    folder = Path(args.folder)
    if args.only:
        run_variant(args.only, folder / args.only, Path(args.home), Deadline(args.time_limit), args.max_tokens)
        return
    started = time.monotonic()
    home = Path(args.home or tempfile.mkdtemp(prefix="prstudio-shots-"))
    variants = [v for v in args.variants.split(",") if v in VARIANTS]
    for index, variant in enumerate(variants):
        left = args.time_limit - (time.monotonic() - started)
        first = index == 0 and not (home / "screenshot-drafts.json").exists()
        share = left * (0.55 if first else 1 / (len(variants) - index))  # the first one generates
        command = [sys.executable, __file__, str(folder), "--only", variant, "--home", str(home)]
        command += ["--time-limit", f"{max(30.0, share):.0f}", "--max-tokens", str(args.max_tokens)]
        try:
            code = subprocess.run(command, timeout=max(60.0, share + 60)).returncode
        except subprocess.TimeoutExpired:
            code = -1  # the child is killed; the other variants still get their turn
        print(f"{variant}: exit {code}, {time.monotonic() - started:.0f} s so far", flush=True)


def run_variant(variant: str, folder: Path, home: Path, deadline: Deadline, max_tokens: int) -> None:
    lang, theme = variant.split("-")
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["PRSTUDIO_HOME"] = str(home)
    app = QApplication(sys.argv[:1])
    from desktop.app import install_translator
    from desktop.core.companies import CompanyStore
    from desktop.core.settings import Settings
    from desktop.core.store import History
    from desktop.ui.app_setup import prepare_application
    from desktop.ui.app_state import AppState
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import apply_theme, use_dark_palette

    if theme == "dark":
        use_dark_palette(app)
    install_translator(app, lang)
    prepare_application(app, lang)
    apply_theme(app)
    state = AppState(Settings(language=lang), History(), CompanyStore(), lang)
    shoot_welcome(state, folder, deadline)
    window = MainWindow(state)
    window.resize(1180, 800)
    window.show()
    drafts_file = home / "screenshot-drafts.json"
    drafts: dict[str, int] = json.loads(drafts_file.read_text()) if drafts_file.exists() else {}
    for index, name in enumerate(("02_home", "03_company", "04_history", "05_models", "06_settings")):
        window.navigation.setCurrentRow(index)
        shoot(window, folder, name)
    shoot_model_screens(window, folder, deadline)
    for number, workflow in enumerate(WORKFLOWS):
        share = 1 / (len(WORKFLOWS) - number)
        drafts[workflow] = shoot_wizard(window, workflow, folder, deadline, share, drafts.get(workflow), max_tokens)
    drafts_file.write_text(json.dumps(drafts))
    shoot_review_findings(window, folder, deadline)
    window.navigation.setCurrentRow(2)
    window.history.refresh()
    shoot(window, folder, "40_history_after")
    shoot_delete_question(window, folder)
    window.close()
    state.workers.cancel_all()
    deadline.wait_for(lambda: not state.workers.active, share=1.0)
    QCoreApplication.processEvents()
    # Leave at once, as the program does when a run outlives its window (desktop.app.leave_when_workers_stop):
    # a cancelled run may still wait for the engine's first word, and tearing down the interpreter under
    # it (with widgets this script made without parents) is nothing a screenshot run needs to exercise.
    sys.stdout.flush()
    os._exit(0)


def shoot_model_screens(window, folder: Path, deadline: Deadline) -> None:  # type: ignore[no-untyped-def]
    """The licence dialogs (one a company may use, one it may not), 정보, and a real download paused and running.

    The running download is the real download code fetching the bundled GGUF from a loopback Hub
    (tests/core/fake_hub.py) that holds the transfer part-way, so the card shows live bytes, speed
    and time left; it is cancelled afterwards and leaves nothing behind.
    """
    from desktop.core.models.local import ModelFiles
    from desktop.ui.about_dialog import AboutDialog
    from desktop.ui.licence_dialog import LicenceDialog

    page = window.models_page
    for number, model_id in (("07", "kanana-1.5-2.1b"), ("08", "exaone-3.5-2.4b")):
        model = page.catalogue.get(model_id)
        dialog = LicenceDialog(model, page.catalogue.licence_of(model), page.memory, page.state.lang, window)
        dialog.show()
        shoot(dialog, folder, f"{number}_licence_{model_id}")
        dialog.close()
    about = AboutDialog(page.state.lang, page.catalogue, parent=window)
    about.show()
    shoot(about, folder, "09_about")
    about.close()
    paused = ModelFiles.of(page.catalogue.get("qwen3-1.7b"))
    paused.partial.write_bytes(b"\0" * 412_000_000)  # what a download stopped at 412 MB leaves on disk
    page.refresh()
    window.navigation.setCurrentRow(3)
    page.scroll.ensureWidgetVisible(page.cards["qwen3-1.7b"])
    shoot(window, folder, "05_models_paused")
    page.scroll.verticalScrollBar().setValue(0)
    paused.partial.unlink()
    shoot_running_download(window, folder, deadline)
    page.refresh()


def shoot_running_download(window, folder: Path, deadline: Deadline) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    from desktop.core.engines.bundled_model import bundled_model_path
    from desktop.core.models.catalogue import Catalogue, CatalogueModel
    from desktop.ui.catalogue_page import CataloguePage
    from tests.core.fake_hub import FakeHub

    source = bundled_model_path()
    sha256 = hashlib.sha256(source.read_bytes()).hexdigest()
    real = window.models_page.catalogue
    model = real.get("gemma-3-1b-it").model_copy(
        update={
            "id": "loopback-270m",
            "name": "Gemma 3 270M (loopback Hub)",
            "repo": "loopback/gemma-3-270m",
            "file": source.name,
            "revision": "main",
            "size_bytes": source.stat().st_size,
            "sha256": sha256,
        }
    )
    assert isinstance(model, CatalogueModel)
    catalogue = Catalogue(real.builtin, real.licences, (model,), (), {})
    state = window.state
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # the loopback Hub's request log is not a screenshot
    with FakeHub(source, sha256, model.repo, model.file, hold_after=90 * 2**20) as hub:
        os.environ["HF_ENDPOINT"] = hub.endpoint
        page = CataloguePage(state, catalogue)
        page.resize(1000, 420)
        page.show()
        state.downloads.accepted.add(model.id)
        page.download(model)
        deadline.wait_for(lambda: hub.holding.is_set() and "MB/s" in page.cards[model.id].status.text(), share=0.05)
        shoot(page, folder, "05_models_downloading")
        state.downloads.cancel(model)
        hub.release.set()
        deadline.wait_for(lambda: not state.downloads.is_active(model.id), share=0.05)
        page.close()
        del os.environ["HF_ENDPOINT"]


def shoot_welcome(state, folder: Path, deadline: Deadline) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.welcome import WelcomeDialog

    welcome = WelcomeDialog(state)
    welcome.show()
    deadline.wait_for(lambda: "→" in welcome.status.text(), share=0.05)
    shoot(welcome, folder, "01_welcome")
    welcome.load_demo()


def shoot_wizard(window, workflow: str, folder: Path, deadline: Deadline, share: float, draft, max_tokens: int):  # type: ignore[no-untyped-def]
    """The wizard's steps; generates for real when there is no draft yet, else reopens it. Returns the draft id."""
    from desktop import paths
    from desktop.core.answers import load_answers_file

    wizard = window.open_workflow(workflow)
    build_job = wizard.job
    wizard.job = lambda: replace(build_job(), max_tokens_cap=max_tokens)  # short drafts keep the run short
    wizard.company_page.companies.setCurrentIndex(0)
    shoot(wizard, folder, f"{workflow}_1_company")
    wizard.next()
    answers, _ = load_answers_file(paths.demo_dir() / f"{workflow}.toml")
    for name, field in wizard.fields_page.inputs.items():
        if name in answers:
            field.set_value(answers[name])
    shoot(wizard, folder, f"{workflow}_2_fields")
    wizard.next()
    shoot(wizard, folder, f"{workflow}_3_options")
    wizard.next()  # 생성
    view = wizard.generate_page.view
    settle(2500)
    shoot(wizard, folder, f"{workflow}_4_generating")
    if draft is not None:
        view.cancel()  # this variant shows the draft generated by the first one
        deadline.wait_for(lambda: not view.is_busy(), share=0.2)
        wizard.close()
        wizard = window.open_draft(draft)
        view = wizard.generate_page.view
    elif not deadline.wait_for(lambda: not view.is_busy() and bool(view.versions), share=share):
        view.cancel()  # out of time: keep what was written and go on
        deadline.wait_for(lambda: not view.is_busy(), share=0.5)
    shoot(wizard, folder, f"{workflow}_5_review")
    if workflow == "press-release" and view.versions:
        view.editor.show_source_view()
        shoot(wizard, folder, f"{workflow}_5_markdown")
        view.editor.show_source_view(False)
    wizard.next()
    answer_question_with_yes(folder, f"{workflow}_6_export_question")  # open errors are asked about first
    wizard.export_page.export_to(folder / wizard.suggested_name())
    shoot(wizard, folder, f"{workflow}_6_export")
    draft_id = view.job.draft_id if view.job else draft
    wizard.close()
    return draft_id


def answer_question_with_yes(folder: Path, name: str) -> None:
    """A question box that export may open is photographed and answered 예, so the run goes on."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.grab().save(str(folder / f"{name}.png"))
            print(folder / f"{name}.png", flush=True)
            box.button(QMessageBox.StandardButton.Yes).click()

    for delay in (300, 1500, 5000):
        QTimer.singleShot(delay, answer)


def review_draft(state) -> int:  # type: ignore[no-untyped-def]
    """A Korean press release in history with claims the facts do not back and a missing part (no model needed)."""
    from desktop import paths
    from desktop.core.answers import load_answers_file, validate_answers
    from desktop.core.parts.completeness import DocumentParts
    from desktop.core.profile import load_profile
    from desktop.core.workflows import get_workflow

    profile = load_profile(paths.demo_dir() / "company.toml")
    workflow = get_workflow("press-release")
    answers = validate_answers(workflow, load_answers_file(paths.demo_dir() / "press-release.toml")[0])
    markdown = DocumentParts(workflow, profile, answers, "ko").restore_all("# 한빛베이커리, 성수동에 7번째 매장 연다\n")
    invented = "한빛베이커리는 신규 인력 142명을 채용한다. 김영호 전무는 “업계 최고의 빵을 굽겠다”고 말했다."
    markdown = markdown.replace("## 회사소개", f"{invented}\n\n## 회사소개", 1)
    markdown = markdown[: markdown.index("## 언론 문의")].rstrip() + "\n"  # the contact part is missing: 미완성
    draft_id = state.history.create_draft(workflow.name, profile.company.name, answers, profile.model_dump())
    version_id = state.history.start_version(draft_id, "ollama", "gemma3:4b")
    state.history.save_version(version_id, markdown, "complete", [], {}, [])
    return int(draft_id)


def shoot_review_findings(window, folder: Path, deadline: Deadline) -> None:  # type: ignore[no-untyped-def]
    """The review step with claims the facts do not back: highlighted, listed, and a part missing."""
    wizard = window.open_draft(review_draft(window.state))
    view = wizard.generate_page.view
    deadline.wait_for(lambda: view.review.review is not None, share=0.2)
    shoot(wizard, folder, "press-release_7_review_findings")
    wizard.close()


def shoot_delete_question(window, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """The confirmation 삭제 shows (Qt's own buttons, in the interface language)."""
    page = window.history
    page.table.selectRow(0)
    draft = page.selected()
    if draft is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Question,
        page.tr("기록 삭제"),
        page.tr("'{0}' 기록과 버전 {1}개를 삭제할까요? 이번 실행 중에는 '삭제 되돌리기'로 되살릴 수 있습니다.").format(
            page.display_title(draft), len(page.state.history.versions(draft.id))
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    box.show()
    shoot(box, folder, "41_delete_question")
    box.close()


if __name__ == "__main__":
    main()
