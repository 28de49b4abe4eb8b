"""Every visible string goes through Qt's translation system, and the English file is complete."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.app import install_translator

ROOT = Path(__file__).resolve().parents[2]
TS = paths.translations_dir() / "prstudio_en.ts"


def sources(ts_file: Path) -> set[str]:
    return {message.findtext("source") or "" for message in ElementTree.parse(ts_file).iter("message")}


def test_the_english_translation_is_complete_and_current(tmp_path: Path) -> None:
    unfinished = [
        m.findtext("source")
        for m in ElementTree.parse(TS).iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]  # type: ignore[union-attr]
    assert unfinished == []
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    ui_files = [str(p) for p in sorted((ROOT / "desktop" / "ui").glob("*.py"))]
    subprocess.run(
        [str(lupdate), str(ROOT / "desktop" / "app.py"), *ui_files, "-ts", str(fresh), "-no-obsolete"],
        check=True,
        capture_output=True,
    )
    assert sources(fresh) == sources(TS), "run packaging/update_translations.sh and translate the new strings"


def test_the_compiled_translation_loads(qapp: QApplication) -> None:
    translator = install_translator(qapp, "en")
    try:
        assert translator is not None
        assert QCoreApplication.translate("MainWindow", "이 PC 밖으로 전송된 내용 없음") == "Nothing has left this PC"
    finally:
        qapp.removeTranslator(translator)
    assert install_translator(qapp, "ko") is None  # Korean is the source language
