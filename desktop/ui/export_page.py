"""The wizard's last step: save the reviewed draft as a Word file, then open its folder.

The file name is suggested (회사명_보도자료_2026-03-10.docx); a file that is open
in Word or a folder that cannot be written is reported in a banner with an
offer to save under another name. The draft is safe in history either way.

Every text that can be exported is checked first (a finished, edited,
cancelled or partial draft alike): when claims that the facts do not support
remain open, the person is asked before anything is saved (the default answer
goes back to the review step), and every open finding becomes a Word comment
on its words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizardPage

from desktop.core.errors import PRStudioError
from desktop.core.findings import Finding
from desktop.core.generation import document_from_markdown
from desktop.core.placeholders import reminder
from desktop.ui import ask
from desktop.ui.app_state import AppState
from desktop.ui.banner import Banner


class ExportPage(QWizardPage):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(self.tr("Word 파일로 내보내기"))
        self.banner = Banner(self)
        self.file_label = QLabel()
        self.file_label.setObjectName("exportedFile")
        save = QPushButton(self.tr("저장… (Ctrl+S)"))
        save.clicked.connect(self.choose_and_export)
        self.open_folder = QPushButton(self.tr("폴더 열기"))
        self.open_folder.setEnabled(False)
        self.open_folder.clicked.connect(self._open_folder)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(self.open_folder)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(row)
        layout.addWidget(self.file_label)
        layout.addStretch(1)
        self.exported: Path | None = None

    def choose_and_export(self) -> None:
        """Asks about open errors before the file dialog, so "no" costs nothing."""
        if not self.confirm_open_errors(self._checked()[1]):
            return
        suggestion = str(Path.home() / self.wizard().suggested_name())  # type: ignore[attr-defined]
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Word 파일로 저장"), suggestion, "Word (*.docx)")
        if target:
            self.export_to(Path(target), asked=True)

    def _checked(self) -> tuple[str, list[Finding]]:
        """The exact Markdown that will be exported, with the edits kept, and its open findings."""
        view = self.wizard().generate_page.view  # type: ignore[attr-defined]
        view.keep_edits()
        markdown = view.current_markdown()
        return markdown, view.review.findings_for(markdown)

    def confirm_open_errors(self, findings: list[Finding]) -> bool:
        """True to save; False (the default answer) goes back to the review step."""
        errors = [finding for finding in findings if finding.severity == "error"]
        if not errors:
            return True
        claims = ", ".join(f"'{finding.text}'" for finding in errors[:3]) + (" …" if len(errors) > 3 else "")
        question = self.tr(
            "확인되지 않은 사실이 {0}건 있습니다: {1}\n각 항목은 Word 파일에 메모로 붙습니다. 그래도 저장할까요?"
        ).format(len(errors), claims)
        if ask.confirm(self, self.tr("저장하기 전에 확인"), question):
            return True
        self.wizard().back()
        return False

    def export_to(self, target: Path, asked: bool = False) -> Path | None:
        """Checks the text, asks about open errors (unless ``asked``), saves with every open finding as a comment."""
        from desktop.export.docx_export import export_docx, export_options_for  # python-docx loads on first export

        view = self.wizard().generate_page.view  # type: ignore[attr-defined]
        job = view.job
        assert job is not None
        markdown, findings = self._checked()
        if not asked and not self.confirm_open_errors(findings):
            return None
        options = export_options_for(
            job.workflow.kind, job.workflow.word_template, job.profile.company.name, job.language
        )
        document = document_from_markdown(job.workflow, markdown, job.language)
        try:
            self.exported = export_docx(document, target, options, findings, markdown)
        except PRStudioError as error:
            self.banner.show_message(
                error.message(self.state.lang), "error", [(self.tr("다른 이름으로 저장"), self.choose_and_export)]
            )
            return None
        saved = self.tr("저장했습니다: {0}").format(self.exported)
        note = reminder(markdown, self.state.lang)
        self.banner.show_message(f"{saved}\n{note}" if note else saved, "warning" if note else "info")
        self.file_label.setText(str(self.exported))
        self.open_folder.setEnabled(True)
        return self.exported

    def _open_folder(self) -> None:
        if self.exported:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported.parent)))
