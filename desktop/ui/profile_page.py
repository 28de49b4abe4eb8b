"""회사 정보: every field of the company profile, several companies, TOML import and export.

Documents cite only what is saved, so unsaved changes are never silently
dropped: the page says it has them, and leaving the page, switching company,
closing the program or pressing 생성 in a wizard asks to save them first
(``resolve_unsaved``, registered with the app state).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.companies import export_profile
from desktop.core.errors import InputError, PRStudioError
from desktop.core.profile import CompanyProfile
from desktop.core.validation import input_error_from
from desktop.ui import ask
from desktop.ui.app_state import AppState
from desktop.ui.banner import Banner
from desktop.ui.profile_form import ProfileForm


class ProfilePage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setAcceptDrops(True)
        self.banner = Banner(self)
        self.company_list = QListWidget()
        self.company_list.setMaximumWidth(220)
        self.company_list.setAccessibleName(self.tr("회사 목록"))
        self.company_list.currentTextChanged.connect(self.open_company)
        self.form = ProfileForm()
        self.form.changed.connect(self._update_unsaved)
        self.form.import_facts_requested.connect(self.choose_fact_document)
        self.unsaved_label = QLabel()
        self.unsaved_label.setObjectName("unsavedChanges")
        self.save_button = QPushButton(self.tr("저장"))
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        self._saved_data: dict[str, Any] = self.form.profile_data()
        #: The stored company the form shows ("" for a new, never saved one).
        self._shown_name = ""
        self._lay_out()
        self.refresh()
        state.companies_changed.connect(self.refresh)
        state.unsaved_guards.append(self.resolve_unsaved)

    def _lay_out(self) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        left = QVBoxLayout()
        left.addWidget(self.company_list, 1)
        for title, action in (
            (self.tr("새 회사"), self.new_company),
            (self.tr("TOML 가져오기…"), self.choose_import),
            (self.tr("TOML 내보내기…"), self.choose_export),
            (self.tr("삭제"), self.delete_company),
        ):
            button = QPushButton(title)
            button.clicked.connect(lambda _checked=False, act=action: act())  # clicked(bool) must not reach act
            left.addWidget(button)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.unsaved_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

    # -- unsaved changes ---------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.form.profile_data() != self._saved_data

    def _update_unsaved(self) -> None:
        unsaved = self.has_unsaved_changes()
        self.unsaved_label.setText(self.tr("저장하지 않은 변경 사항이 있습니다.") if unsaved else "")
        self.save_button.setEnabled(unsaved)

    def resolve_unsaved(self, parent: QWidget | None = None) -> bool:
        """Save, discard or stay: False when the person wants to stay and keep editing."""
        if not self.has_unsaved_changes():
            return True
        name = self.form.company["name"].text().strip() or self.tr("새 회사")
        question = self.tr(
            "'{0}' 회사 정보에 저장하지 않은 변경 사항이 있습니다. 저장하지 않으면 문서에 쓰이지 않습니다. 저장할까요?"
        )
        choice = ask.save_changes(parent or self, self.tr("회사 정보"), question.format(name))
        if choice is ask.Choice.SAVE:
            return self.save() is not None
        if choice is ask.Choice.DISCARD:
            self._show_saved(self._shown_name)
            return True
        return False

    def _show_saved(self, name: str) -> None:
        if name and name in self.state.companies.names():
            self.show_profile(self.state.companies.load(name), name)
        else:
            self.show_profile(CompanyProfile.model_validate({"company": {"name": ""}}))

    def show_profile(self, profile: CompanyProfile, stored_name: str = "") -> None:
        """Fills the form; ``stored_name`` is the saved company it shows ("" for a new one)."""
        self.form.show_profile(profile)
        self._shown_name = stored_name
        self._saved_data = self.form.profile_data()
        self._update_unsaved()

    # -- companies -----------------------------------------------------------
    def refresh(self) -> None:
        current = self.company_list.currentItem()
        name = current.text() if current else self._shown_name
        self.company_list.blockSignals(True)
        self.company_list.clear()
        self.company_list.addItems(self.state.companies.names())
        self.company_list.blockSignals(False)
        matches = self.company_list.findItems(name, Qt.MatchFlag.MatchExactly) if name else []
        if matches:
            self.company_list.setCurrentItem(matches[0])
            self._reload_if_changed_elsewhere()
        elif self.company_list.count() and not self.has_unsaved_changes():
            self.company_list.setCurrentRow(0)

    def _reload_if_changed_elsewhere(self) -> None:
        """A fact added from the review step (or an import) shows here at once, unless the form has edits."""
        name = self._shown_name
        if not name or self.has_unsaved_changes() or name not in self.state.companies.names():
            return
        try:
            stored, shown = self.state.companies.load(name), CompanyProfile.model_validate(self._saved_data)
        except (PRStudioError, ValidationError):
            return  # a file the user broke by hand is reported when it is opened, not here
        if stored.model_dump() != shown.model_dump():
            self.show_profile(stored, name)

    def open_company(self, name: str) -> None:
        if not name or name == self._shown_name:
            return
        if not self.resolve_unsaved():
            self._select_in_list(self._shown_name)  # stay on the company being edited
            return
        self.show_profile(self.state.companies.load(name), name)

    def _select_in_list(self, name: str) -> None:
        self.company_list.blockSignals(True)
        matches = self.company_list.findItems(name, Qt.MatchFlag.MatchExactly) if name else []
        if matches:
            self.company_list.setCurrentItem(matches[0])
        else:
            self.company_list.setCurrentRow(-1)
        self.company_list.blockSignals(False)

    def new_company(self) -> None:
        if not self.resolve_unsaved():
            return
        self._select_in_list("")
        self.show_profile(CompanyProfile.model_validate({"company": {"name": ""}}))
        self.form.company["name"].setFocus()

    def delete_company(self) -> None:
        item = self.company_list.currentItem()
        if item and ask.confirm(self, self.tr("삭제"), self.tr("'{0}' 회사 정보를 삭제할까요?").format(item.text())):
            self.state.companies.delete(item.text())
            self._shown_name = ""
            self._saved_data = self.form.profile_data()  # nothing left to save for a deleted company
            self.state.companies_changed.emit()

    def save(self) -> CompanyProfile | None:
        try:
            data = self.form.profile_data()
            if not data["company"]["name"]:
                raise InputError("회사 이름을 입력하세요.", "enter the company name.", key="company.name")
            profile = CompanyProfile.model_validate(data)
        except ValidationError as exc:
            self.banner.show_message(input_error_from(exc, None, "").message(self.state.lang))
            return None
        except InputError as error:
            self.banner.show_message(error.message(self.state.lang))
            return None
        self.state.companies.save(profile)
        self._shown_name = self.state.companies.path_for(profile.company.name).stem
        self._saved_data = self.form.profile_data()
        self._update_unsaved()
        self.state.companies_changed.emit()
        self._select_in_list(self._shown_name)
        self.banner.show_message(self.tr("저장했습니다."), "info")
        return profile

    # -- files -----------------------------------------------------------------
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("회사 정보 가져오기"), "", "TOML (*.toml)")
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> CompanyProfile | None:
        if not self.resolve_unsaved():
            return None
        try:
            profile = self.state.companies.import_file(path)
        except InputError as error:
            self.banner.show_message(error.message(self.state.lang))
            return None
        self.state.companies_changed.emit()
        matches = self.company_list.findItems(
            self.state.companies.path_for(profile.company.name).stem, Qt.MatchFlag.MatchExactly
        )
        if matches:
            self.company_list.setCurrentItem(matches[0])
        self.banner.show_message(self.tr("가져왔습니다: {0}").format(profile.company.name), "info")
        return profile

    def choose_export(self) -> None:
        profile = self.save()
        if profile:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("회사 정보 내보내기"), f"{profile.company.name}.toml", "TOML (*.toml)"
            )
            if path:
                self.export_file(profile, Path(path))

    def export_file(self, profile: CompanyProfile, path: Path) -> None:
        try:
            export_profile(profile, path)
        except InputError as error:
            self.banner.show_message(error.message(self.state.lang))

    def choose_fact_document(self) -> None:
        from desktop.core.fact_import import SUPPORTED  # PDF reading loads on first use

        filters = self.tr("문서 ({0})").format(" ".join(f"*{suffix}" for suffix in SUPPORTED))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("사실을 가져올 문서"), "", filters)
        if path:
            self.import_facts_from(Path(path))

    def import_facts_from(self, path: Path) -> None:
        from desktop.ui.facts_dialog import FactsDialog  # PDF reading loads on first use

        try:
            dialog = FactsDialog(path, self)
        except InputError as error:
            self.banner.show_message(error.message(self.state.lang))
            return
        if not dialog.exec():
            return
        chosen = dialog.chosen()
        self.form.add_facts(chosen)
        if chosen:
            self.banner.show_message(
                self.tr("사실 {0}개를 추가했습니다. 저장해야 문서에 쓰입니다.").format(len(chosen)),
                "warning",
                [(self.tr("지금 저장"), self.save)],
            )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if path.suffix.lower() == ".toml":
                self.import_file(path)
            else:
                self.import_facts_from(path)
