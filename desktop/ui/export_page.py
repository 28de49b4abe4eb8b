"""The wizard's last step: save the reviewed draft as a Word file, then open its folder.

The file name is suggested (회사명_보도자료_2026-03-10.docx); a file that is open
in Word or a folder that cannot be written is reported in a banner with an
offer to save under another name. The draft is safe in history either way.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizardPage

from desktop.core.errors import PRStudioError
from desktop.core.placeholders import reminder
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
        suggestion = str(Path.home() / self.wizard().suggested_name())  # type: ignore[attr-defined]
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Word 파일로 저장"), suggestion, "Word (*.docx)")
        if target:
            self.export_to(Path(target))

    def export_to(self, target: Path) -> Path | None:
        from desktop.export.docx_export import export_docx, export_options_for  # python-docx loads on first export

        view = self.wizard().generate_page.view  # type: ignore[attr-defined]
        job = view.job
        assert job is not None
        options = export_options_for(
            job.workflow.kind, job.workflow.word_template, job.profile.company.name, job.language
        )
        try:
            self.exported = export_docx(view.current_document(), target, options)
        except PRStudioError as error:
            self.banner.show_message(
                error.message(self.state.lang), "error", [(self.tr("다른 이름으로 저장"), self.choose_and_export)]
            )
            return None
        saved = self.tr("저장했습니다: {0}").format(self.exported)
        note = reminder(view.current_markdown(), self.state.lang)
        self.banner.show_message(f"{saved}\n{note}" if note else saved, "warning" if note else "info")
        self.file_label.setText(str(self.exported))
        self.open_folder.setEnabled(True)
        return self.exported

    def _open_folder(self) -> None:
        if self.exported:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported.parent)))
