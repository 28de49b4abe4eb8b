"""Saves a PNG of every main screen and every wizard step, offscreen, for a person to look at.

Run: ``QT_QPA_PLATFORM=offscreen uv run python bench/screenshots.py [folder]``
(install Debian's fonts-noto-cjk first to see Korean). Generation runs for real on
the built-in model, so the review step shows a genuine draft.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def settle(milliseconds: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def shoot(widget: QWidget, folder: Path, name: str) -> None:
    settle()
    widget.grab().save(str(folder / f"{name}.png"))
    print(folder / f"{name}.png")


def wait_for(condition, seconds: float = 300) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds * 10)):
        if condition():
            return
        settle(100)
    raise TimeoutError


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["PRSTUDIO_HOME"] = tempfile.mkdtemp(prefix="prstudio-shots-")
    app = QApplication(sys.argv)
    lang = os.environ.get("PRSTUDIO_LANG", "ko")
    from desktop.app import install_translator
    from desktop.core.companies import CompanyStore
    from desktop.core.settings import Settings
    from desktop.core.store import History
    from desktop.ui.app_state import AppState
    from desktop.ui.main_window import MainWindow
    from desktop.ui.welcome import WelcomeDialog

    install_translator(app, lang)
    state = AppState(Settings(language=lang), History(), CompanyStore(), lang)
    welcome = WelcomeDialog(state)
    welcome.show()
    wait_for(lambda: "→" in welcome.status.text(), 30)
    shoot(welcome, folder, "01_welcome")
    welcome.load_demo()
    window = MainWindow(state)
    window.resize(1180, 800)
    window.show()
    for index, name in enumerate(("02_home", "03_company", "04_history", "05_settings")):
        window.navigation.setCurrentRow(index)
        shoot(window, folder, name)
    for workflow in ("press-release", "catchphrase", "crisis-plan", "staff-manual"):
        shoot_wizard(window, workflow, folder)
    window.navigation.setCurrentRow(2)
    shoot(window, folder, "40_history_after")
    window.close()
    QThreadPool.globalInstance().waitForDone()
    QCoreApplication.processEvents()


def shoot_wizard(window, workflow: str, folder: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop import paths
    from desktop.core.answers import load_answers_file

    wizard = window.open_workflow(workflow)
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
    wizard.next()
    view = wizard.generate_page.view
    settle(2500)
    shoot(wizard, folder, f"{workflow}_4_generating")
    wait_for(lambda: not view.is_busy() and bool(view.versions))
    shoot(wizard, folder, f"{workflow}_5_review")
    wizard.next()
    wizard.export_page.export_to(folder / wizard.suggested_name())
    shoot(wizard, folder, f"{workflow}_6_export")
    wizard.close()


if __name__ == "__main__":
    main()
