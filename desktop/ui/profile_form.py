"""The company profile as a form: every field, products, facts; reads and fills a ``CompanyProfile``.

The page around it (``profile_page``) decides when to load, save and ask; the
form only knows the fields and says when the person changed one (``changed``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.profile import CompanyProfile

# Labels are marked for translation here and translated where they are shown.
COMPANY_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("ProfileForm", "회사 이름 *")),
    ("name_en", QT_TRANSLATE_NOOP("ProfileForm", "영문 이름")),
    ("ceo", QT_TRANSLATE_NOOP("ProfileForm", "대표")),
    ("founded", QT_TRANSLATE_NOOP("ProfileForm", "설립 연도")),
    ("headquarters", QT_TRANSLATE_NOOP("ProfileForm", "본사")),
    ("industry", QT_TRANSLATE_NOOP("ProfileForm", "업종")),
    ("website", QT_TRANSLATE_NOOP("ProfileForm", "홈페이지")),
    ("employees", QT_TRANSLATE_NOOP("ProfileForm", "직원 수")),
)
CONTACT_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("ProfileForm", "담당자")),
    ("title", QT_TRANSLATE_NOOP("ProfileForm", "직함")),
    ("phone", QT_TRANSLATE_NOOP("ProfileForm", "전화")),
    ("email", QT_TRANSLATE_NOOP("ProfileForm", "이메일")),
)


class ProfileForm(QWidget):
    #: The person changed a field, a product or a fact.
    changed = Signal()
    #: "문서에서 사실 가져오기…" was pressed; the page opens the file.
    import_facts_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.products.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.products.setMinimumHeight(150)
        self.products.setAccessibleName(self.tr("제품/서비스"))
        self.facts = QListWidget()
        self.facts.setObjectName("factsList")
        self.facts.setMinimumHeight(180)
        self.facts.setAccessibleName(self.tr("확인된 사실"))
        self._lay_out()
        self._watch()

    def _lay_out(self) -> None:
        company_box = QGroupBox(self.tr("회사"))
        form = QFormLayout(company_box)
        for key, label in COMPANY_FIELDS:
            _row(form, self.tr(label), self.company[key])  # marked above with QT_TRANSLATE_NOOP
        _row(form, self.tr("회사소개"), self.description)
        brand_box = QGroupBox(self.tr("브랜드"))
        brand = QFormLayout(brand_box)
        _row(brand, self.tr("어조"), self.tone)
        _row(brand, self.tr("쓰지 않을 말"), self.avoid)
        _row(brand, self.tr("기본 언어"), self.language)
        contact_box = QGroupBox(self.tr("언론 문의 담당"))
        contact = QFormLayout(contact_box)
        for key, label in CONTACT_FIELDS:
            _row(contact, self.tr(label), self.contact[key], prefix=self.tr("언론 문의 담당"))
        products_box = QGroupBox(self.tr("제품/서비스"))
        products = QVBoxLayout(products_box)
        products.addWidget(self.products)
        products.addLayout(
            _buttons((self.tr("제품 추가"), self.add_product), (self.tr("선택한 제품 삭제"), self.remove_product))
        )
        facts_box = QGroupBox(self.tr("확인된 사실 (모든 문서가 인용합니다)"))
        facts = QVBoxLayout(facts_box)
        facts.addWidget(self.facts)
        facts.addLayout(
            _buttons(
                (self.tr("사실 추가"), self.add_fact),
                (self.tr("선택한 사실 삭제"), self.remove_fact),
                (self.tr("문서에서 사실 가져오기…"), self.import_facts_requested.emit),
            )
        )
        column = QVBoxLayout(self)
        for box in (company_box, brand_box, contact_box, products_box, facts_box):
            column.addWidget(box)

    def _watch(self) -> None:
        for line in (*self.company.values(), *self.contact.values(), self.tone, self.avoid):
            line.textChanged.connect(self.changed)
        self.description.textChanged.connect(self.changed)
        self.language.currentIndexChanged.connect(self.changed)
        self.products.itemChanged.connect(self.changed)
        self.facts.itemChanged.connect(self.changed)
        for model in (self.facts.model(), self.products.model()):
            model.rowsInserted.connect(self.changed)
            model.rowsRemoved.connect(self.changed)

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

    def add_facts(self, sentences: list[str]) -> None:
        for sentence in sentences:
            self._add_fact_item(sentence)

    def _add_fact_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.facts.addItem(item)
        return item

    def remove_fact(self) -> None:
        self.facts.takeItem(self.facts.currentRow())


def _row(form: QFormLayout, label: str, field: QWidget, prefix: str = "") -> None:
    form.addRow(label, field)
    field.setAccessibleName(f"{prefix} {label}".strip().rstrip(" *"))


def _buttons(*actions: tuple[str, Any]) -> QHBoxLayout:
    row = QHBoxLayout()
    for title, action in actions:
        button = QPushButton(title)
        button.clicked.connect(lambda _checked=False, act=action: act())  # clicked(bool) must not reach act
        row.addWidget(button)
    row.addStretch(1)
    return row


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]
