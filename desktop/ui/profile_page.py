"""회사 정보: every field of the company profile, several companies, TOML import and export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.companies import export_profile
from desktop.core.errors import InputError
from desktop.core.fact_import import SUPPORTED
from desktop.core.profile import CompanyProfile
from desktop.core.validation import input_error_from
from desktop.ui.app_state import AppState
from desktop.ui.banner import Banner
from desktop.ui.facts_dialog import FactsDialog

# Labels are marked for translation here and translated where they are shown.
COMPANY_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("ProfilePage", "회사 이름 *")),
    ("name_en", QT_TRANSLATE_NOOP("ProfilePage", "영문 이름")),
    ("ceo", QT_TRANSLATE_NOOP("ProfilePage", "대표")),
    ("founded", QT_TRANSLATE_NOOP("ProfilePage", "설립 연도")),
    ("headquarters", QT_TRANSLATE_NOOP("ProfilePage", "본사")),
    ("industry", QT_TRANSLATE_NOOP("ProfilePage", "업종")),
    ("website", QT_TRANSLATE_NOOP("ProfilePage", "홈페이지")),
    ("employees", QT_TRANSLATE_NOOP("ProfilePage", "직원 수")),
)
CONTACT_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("ProfilePage", "담당자")),
    ("title", QT_TRANSLATE_NOOP("ProfilePage", "직함")),
    ("phone", QT_TRANSLATE_NOOP("ProfilePage", "전화")),
    ("email", QT_TRANSLATE_NOOP("ProfilePage", "이메일")),
)


class ProfilePage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setAcceptDrops(True)
        self.banner = Banner(self)
        self.company_list = QListWidget()
        self.company_list.setMaximumWidth(220)
        self.company_list.currentTextChanged.connect(self.open_company)
        self.company = {key: QLineEdit() for key, _ in COMPANY_FIELDS}
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("회사소개 문단. 보도자료 끝에 그대로 들어갑니다."))
        self.tone = QLineEdit()
        self.tone.setPlaceholderText(self.tr("쉼표로 구분. 예: 따뜻한, 정직한"))
        self.avoid = QLineEdit()
        self.avoid.setPlaceholderText(self.tr("쉼표로 구분. 예: 최고, 업계 1위"))
        self.language = QComboBox()
        self.language.addItem(self.tr("한국어"), "ko")
        self.language.addItem(self.tr("영어"), "en")
        self.contact = {key: QLineEdit() for key, _ in CONTACT_FIELDS}
        self.products = QTableWidget(0, 2)
        self.products.setHorizontalHeaderLabels([self.tr("제품/서비스"), self.tr("설명")])
        self.products.horizontalHeader().setStretchLastSection(True)
        self.products.setMinimumHeight(150)
        self.facts = QListWidget()
        self.facts.setObjectName("factsList")
        self.facts.setMinimumHeight(180)
        self._lay_out()
        self.refresh()
        state.companies_changed.connect(self.refresh)

    def _lay_out(self) -> None:
        company_box = QGroupBox(self.tr("회사"))
        form = QFormLayout(company_box)
        for key, label in COMPANY_FIELDS:
            form.addRow(self.tr(label), self.company[key])  # marked above with QT_TRANSLATE_NOOP
        form.addRow(self.tr("회사소개"), self.description)
        brand_box = QGroupBox(self.tr("브랜드"))
        brand = QFormLayout(brand_box)
        brand.addRow(self.tr("어조"), self.tone)
        brand.addRow(self.tr("쓰지 않을 말"), self.avoid)
        brand.addRow(self.tr("기본 언어"), self.language)
        contact_box = QGroupBox(self.tr("언론 문의 담당"))
        contact = QFormLayout(contact_box)
        for key, label in CONTACT_FIELDS:
            contact.addRow(self.tr(label), self.contact[key])
        products_box = QGroupBox(self.tr("제품/서비스"))
        products = QVBoxLayout(products_box)
        products.addWidget(self.products)
        products.addLayout(
            self._buttons((self.tr("제품 추가"), self.add_product), (self.tr("선택한 제품 삭제"), self.remove_product))
        )
        facts_box = QGroupBox(self.tr("확인된 사실 (모든 문서가 인용합니다)"))
        facts = QVBoxLayout(facts_box)
        facts.addWidget(self.facts)
        facts.addLayout(
            self._buttons(
                (self.tr("사실 추가"), self.add_fact),
                (self.tr("선택한 사실 삭제"), self.remove_fact),
                (self.tr("문서에서 사실 가져오기…"), self.choose_fact_document),
            )
        )
        inner = QWidget()
        column = QVBoxLayout(inner)
        for box in (company_box, brand_box, contact_box, products_box, facts_box):
            column.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        left = QVBoxLayout()
        left.addWidget(self.company_list, 1)
        left.addLayout(self._buttons((self.tr("새 회사"), self.new_company), vertical=True))
        left.addLayout(
            self._buttons(
                (self.tr("TOML 가져오기…"), self.choose_import),
                (self.tr("TOML 내보내기…"), self.choose_export),
                (self.tr("삭제"), self.delete_company),
                vertical=True,
            )
        )
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addLayout(self._buttons((self.tr("저장"), self.save)))

    def _buttons(self, *actions: tuple[str, Any], vertical: bool = False) -> QHBoxLayout | QVBoxLayout:
        row: QHBoxLayout | QVBoxLayout = QVBoxLayout() if vertical else QHBoxLayout()
        for title, action in actions:
            button = QPushButton(title)
            button.clicked.connect(action)
            row.addWidget(button)
        if not vertical:
            row.addStretch(1)
        return row

    # -- companies -----------------------------------------------------------
    def refresh(self) -> None:
        current = self.company_list.currentItem()
        name = current.text() if current else ""
        self.company_list.blockSignals(True)
        self.company_list.clear()
        self.company_list.addItems(self.state.companies.names())
        self.company_list.blockSignals(False)
        matches = self.company_list.findItems(name, Qt.MatchFlag.MatchExactly) if name else []
        if matches:
            self.company_list.setCurrentItem(matches[0])
        elif self.company_list.count():
            self.company_list.setCurrentRow(0)

    def open_company(self, name: str) -> None:
        if name:
            self.show_profile(self.state.companies.load(name))

    def new_company(self) -> None:
        self.company_list.clearSelection()
        self.show_profile(CompanyProfile.model_validate({"company": {"name": ""}}))
        self.company["name"].setFocus()

    def delete_company(self) -> None:
        item = self.company_list.currentItem()
        if (
            item
            and QMessageBox.question(
                self, self.tr("삭제"), self.tr("'{0}' 회사 정보를 삭제할까요?").format(item.text())
            )
            == QMessageBox.StandardButton.Yes
        ):
            self.state.companies.delete(item.text())
            self.state.companies_changed.emit()

    # -- form ----------------------------------------------------------------
    def show_profile(self, profile: CompanyProfile) -> None:
        for key, widget in self.company.items():
            widget.setText(str(getattr(profile.company, key) or ""))
        self.description.setPlainText(profile.company.description)
        self.tone.setText(", ".join(profile.brand.tone))
        self.avoid.setText(", ".join(profile.brand.avoid))
        self.language.setCurrentIndex(max(0, self.language.findData(profile.brand.language)))
        for key, widget in self.contact.items():
            widget.setText(getattr(profile.contact, key))
        self.products.setRowCount(0)
        for product in profile.products:
            self.add_product(product.name, product.description)
        self.facts.clear()
        for fact in profile.facts:
            self._add_fact_item(fact.text)

    def profile_data(self) -> dict[str, Any]:
        company: dict[str, Any] = {key: widget.text().strip() for key, widget in self.company.items()}
        company["description"] = self.description.toPlainText().strip()
        for number in ("founded", "employees"):
            if company[number].isdigit():
                company[number] = int(company[number])
        products = [
            {"name": self._cell(row, 0), "description": self._cell(row, 1)}
            for row in range(self.products.rowCount())
            if self._cell(row, 0)
        ]
        return {
            "company": company,
            "brand": {
                "tone": _split(self.tone.text()),
                "avoid": _split(self.avoid.text()),
                "language": self.language.currentData(),
            },
            "products": products,
            "contact": {key: widget.text().strip() for key, widget in self.contact.items()},
            "facts": [
                {"text": self.facts.item(row).text().strip()}
                for row in range(self.facts.count())
                if self.facts.item(row).text().strip()
            ],
        }

    def save(self) -> CompanyProfile | None:
        try:
            data = self.profile_data()
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
        self.state.companies_changed.emit()
        self.banner.show_message(self.tr("저장했습니다."), "info")
        return profile

    def _cell(self, row: int, column: int) -> str:
        item = self.products.item(row, column)
        return item.text().strip() if item else ""

    def add_product(self, name: str = "", description: str = "") -> None:
        row = self.products.rowCount()
        self.products.insertRow(row)
        self.products.setItem(row, 0, QTableWidgetItem(name if isinstance(name, str) else ""))
        self.products.setItem(row, 1, QTableWidgetItem(description))

    def remove_product(self) -> None:
        self.products.removeRow(self.products.currentRow())

    def add_fact(self) -> None:
        item = self._add_fact_item(self.tr("새 사실"))
        self.facts.setCurrentItem(item)
        self.facts.editItem(item)

    def _add_fact_item(self, text: str) -> Any:
        self.facts.addItem(text)
        item = self.facts.item(self.facts.count() - 1)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def remove_fact(self) -> None:
        self.facts.takeItem(self.facts.currentRow())

    # -- files -----------------------------------------------------------------
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("회사 정보 가져오기"), "", "TOML (*.toml)")
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> CompanyProfile | None:
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
        filters = self.tr("문서 ({0})").format(" ".join(f"*{suffix}" for suffix in SUPPORTED))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("사실을 가져올 문서"), "", filters)
        if path:
            self.import_facts_from(Path(path))

    def import_facts_from(self, path: Path) -> None:
        try:
            dialog = FactsDialog(path, self)
        except InputError as error:
            self.banner.show_message(error.message(self.state.lang))
            return
        if not dialog.exec():
            return
        for sentence in dialog.chosen():
            self._add_fact_item(sentence)

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


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]
