"""Application-wide behaviour: Qt's own Korean, a stray wheel changes nothing, dark mode stays readable,
every control has a name for screen readers, and a second launch brings the first window forward."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop import paths
from desktop.ui.app_setup import install_qt_translation, install_wheel_guard
from desktop.ui.app_state import AppState
from desktop.ui.main_window import MainWindow
from desktop.ui.single_instance import SingleInstance
from desktop.ui.theme import DARK, LIGHT, contrast, current_theme, style_sheet, use_dark_palette


def wheel(widget: QWidget, steps: int = -1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_a_wheel_over_an_unfocused_combo_changes_nothing(qtbot: QtBot, state: AppState, qapp: QApplication) -> None:
    install_wheel_guard(qapp)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(900, 420)
    window.show()
    window.go_to(window.settings_page)
    page = window.settings_page
    scroll = page.findChild(QScrollArea).verticalScrollBar()
    provider = page.api_provider
    provider.ensurePolished()
    assert provider.focusPolicy() == Qt.FocusPolicy.StrongFocus
    before = provider.currentData()
    wheel(provider)
    wheel(page.engine)
    assert provider.currentData() == before and page.engine.currentIndex() == 0
    assert scroll.value() > 0  # the page scrolled instead
    page.save()
    assert state.settings.api_provider == before
    window.activateWindow()  # the person clicks into the window, then into the box
    provider.setFocus()
    qtbot.waitUntil(provider.hasFocus, timeout=2000)
    wheel(provider)  # clicked into: the wheel works as usual
    assert provider.currentData() != before


def test_qt_dialogs_speak_korean(qapp: QApplication) -> None:
    translator = install_qt_translation(qapp, "ko")
    try:
        assert translator is not None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "삭제",
            "삭제할까요?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        texts = [
            box.button(b).text().replace("&", "")
            for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)
        ]
        assert texts[0].startswith("예") and texts[1].startswith("아니요")
    finally:
        qapp.removeTranslator(translator)
    assert install_qt_translation(qapp, "en") is None


def test_dark_mode_keeps_every_themed_text_readable(qapp: QApplication) -> None:
    for theme in (LIGHT, DARK):
        assert contrast(theme.nav_text, theme.nav_background) >= 7
        assert contrast(theme.nav_selected_text, theme.nav_selected) >= 4.5
        assert contrast(theme.card_text, theme.card) >= 4.5 and contrast(theme.muted, theme.card) >= 4.5
        assert contrast(theme.mark_text, theme.mark_background) >= 4.5
        for background, _border, text in theme.banners.values():
            assert contrast(text, background) >= 7
        assert theme.nav_text in style_sheet(theme)
    original = (qapp.palette(), qapp.style().name())
    try:
        use_dark_palette(qapp)
        assert current_theme() is DARK
        window_text = qapp.palette().color(QPalette.ColorRole.WindowText).name()
        assert contrast(window_text, DARK.nav_background) >= 7 and contrast(window_text, DARK.card) >= 4.5
    finally:
        qapp.setPalette(original[0])
        qapp.setStyle(original[1])
    assert current_theme() is LIGHT


CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def inside_a_compound_control(widget: QWidget) -> bool:
    """A combo's popup list or a spin box's line edit is named by the control it belongs to."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_")  # Qt's own parts


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or inside_a_compound_control(widget):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if not (interface and interface.text(QAccessible.Text.Name).strip()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}")
    return missing


def test_every_control_has_a_name_for_screen_readers(qtbot: QtBot, state: AppState) -> None:
    state.companies.import_file(paths.demo_dir() / "company.toml")
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    wizards = [window.open_workflow(name) for name in ("press-release", "catchphrase", "crisis-plan", "staff-manual")]
    missing = unnamed_controls(window)
    for wizard in wizards:
        missing += unnamed_controls(wizard)
        wizard.generate_page.view.board.set_candidates(["정직한 아침"])
        missing += unnamed_controls(wizard.generate_page.view.board)
        wizard.close()
    assert missing == []


def test_a_second_launch_brings_the_first_forward(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(paths.user_data_dir())
    assert first.listen()
    try:
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert SingleInstance(paths.user_data_dir()).notify_running()
        assert not SingleInstance(tmp_path / "another user").notify_running()  # another PRSTUDIO_HOME
    finally:
        first.close()
    assert not SingleInstance(paths.user_data_dir()).notify_running()


def test_garbage_is_collected_on_the_ui_thread_only(qapp: QApplication, qtbot: QtBot) -> None:
    import gc

    from desktop.ui.app_setup import install_main_thread_collector

    collector = install_main_thread_collector(qapp)
    assert install_main_thread_collector(qapp) is collector  # one per application
    assert not gc.isenabled()  # a worker thread never starts a collection that could free a widget
    threshold = gc.get_threshold()[0]
    made = [[] for _ in range(threshold + 10)]  # more new objects than a collection waits for
    assert gc.get_count()[0] > threshold
    qtbot.waitUntil(lambda: gc.get_count()[0] < threshold, timeout=3000)  # the UI thread's timer collected
    del made
