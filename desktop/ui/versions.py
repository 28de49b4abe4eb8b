"""The review view's versions: switching between them, keeping edits as 편집본, and filling missing parts.

Split from ``generation_view`` (a mixin of ``GenerationView``) so each file
stays readable: this half knows which saved version is on screen, saves the
person's edits before anything replaces them, reports whether the text on
screen is complete (a finished version that lost a required part is marked
미완성 in history too) and builds missing parts from the facts on request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.core.generation import document_from_markdown
from desktop.core.review import Review, parts_from_facts
from desktop.core.store import Version
from desktop.ui.compare_dialog import version_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QPushButton, QStackedWidget

    from desktop.core.generation import GenerationJob
    from desktop.ui.app_state import AppState
    from desktop.ui.candidate_board import CandidateBoard
    from desktop.ui.completeness_bar import CompletenessBar
    from desktop.ui.draft_editor import DraftEditor
    from desktop.ui.review import ReviewController
    from desktop.ui.run_status import RunStatus


class VersionsMixin:
    state: AppState
    job: GenerationJob | None
    versions: list[Version]
    shown: Version | None
    version_box: QComboBox
    compare_button: QPushButton
    pages: QStackedWidget
    editor: DraftEditor
    board: CandidateBoard
    review: ReviewController
    completeness: CompletenessBar
    status: RunStatus

    def is_busy(self) -> bool:
        raise NotImplementedError

    def version_markdown(self) -> str:
        raise NotImplementedError

    def _draft_id(self) -> int | None:
        return self.job.draft_id if self.job else None

    def _reload_versions(self) -> None:
        """After a run: every version of the draft, the newest shown."""
        draft_id = self._draft_id()
        self.versions = self.state.history.versions(draft_id) if draft_id else []
        self._fill_version_box(len(self.versions) - 1)
        if self.versions:
            self._show_version_at(len(self.versions) - 1)

    def _fill_version_box(self, current: int) -> None:
        self.version_box.blockSignals(True)
        self.version_box.clear()
        self.version_box.addItems([version_label(version) for version in self.versions])
        self.version_box.setCurrentIndex(current)
        self.version_box.blockSignals(False)
        self.compare_button.setEnabled(len(self.versions) > 1 and not self.is_busy())

    def _show_version_at(self, index: int) -> None:
        if not 0 <= index < len(self.versions) or self.is_busy():
            return
        self._save_edits()
        self.version_box.blockSignals(True)
        self.version_box.setCurrentIndex(index)
        self.version_box.blockSignals(False)
        self.shown = self.versions[index]
        self.editor.set_markdown(self.shown.markdown)
        self.review.show_stored(self.shown.draft_id, list(self.shown.findings), self.shown.markdown)
        self.completeness.show_parts_note(parts_from_facts(self._parts_of(self.shown), self.state.lang))
        if self.job and self.job.workflow.kind == "candidates" and self.shown.status in ("complete", "edited"):
            document = document_from_markdown(self.job.workflow, self.shown.markdown, self.job.language)
            self.board.set_candidates(document.candidates)
            self.pages.setCurrentWidget(self.board)
        else:
            self.pages.setCurrentWidget(self.editor)

    def _parts_of(self, version: Version) -> list[dict[str, Any]]:
        """Where the parts came from: a 편집본 tells of the version it was made from."""
        if version.status == "edited":
            base = next((v for v in self.versions if v.number == version.based_on), None)
            return base.parts if base else []
        return version.parts

    def _reload_labels(self) -> None:
        draft_id = self._draft_id()
        if draft_id:
            self.versions = self.state.history.versions(draft_id)
            self._fill_version_box(self.version_box.currentIndex())
            self.shown = next((v for v in self.versions if self.shown and v.id == self.shown.id), self.shown)

    def show_version(self, number: int) -> None:
        index = next((i for i, version in enumerate(self.versions) if version.number == number), -1)
        self.version_box.setCurrentIndex(index)

    def _save_edits(self) -> bool:
        """The person's changes to the shown version become a 편집본 (shown from then on); True when saved."""
        shown = self.shown
        on_board = self.pages.currentWidget() is self.board
        if shown is None or not (self.editor.is_edited() or (on_board and self.board.is_edited())):
            return False
        text = self.version_markdown()
        if on_board:
            self.editor.set_markdown(text)  # the board's wording becomes the editor's text; picks stay
        self.editor.mark_saved()
        self.board.mark_saved()
        if text == shown.markdown:
            return False
        self.shown = self.state.history.save_edit(shown.id, text)
        self.versions = self.state.history.versions(shown.draft_id)
        self._fill_version_box(next(i for i, v in enumerate(self.versions) if v.id == self.shown.id))
        self.state.history_changed.emit()
        return True

    def keep_edits(self) -> None:
        """Saves the person's edits now (before the wizard closes, compares or exports)."""
        self._save_edits()

    def _reviewed(self, review: Review) -> None:
        """A check of the text on screen: is every required part there (a finished version that lost one says so)."""
        shown = self.shown
        if shown is None:
            return
        unfinished = "" if shown.status in ("complete", "incomplete", "edited") else version_label(shown)
        self.completeness.show_state(review.missing, unfinished)
        self.status.label.clear()  # the bar speaks for the text on screen now; a run's "완료" would contradict it
        if shown.status in ("complete", "incomplete") and (shown.status == "complete") == bool(review.missing):
            self.state.history.set_complete(shown.id, not review.missing)
            self._reload_labels()

    def fill_missing_parts(self) -> None:
        """자료로 채우기: the missing required parts built from the facts, saved as a 편집본 and checked again."""
        sources = self.review.sources
        if self.shown is None or sources is None or self.is_busy():
            return
        self._save_edits()
        assert self.shown is not None
        before = self.version_markdown()
        restored = sources.parts.restore_all(before)
        if restored == before:
            return
        edit = self.state.history.save_edit(self.shown.id, restored)
        self.versions = self.state.history.versions(edit.draft_id)
        index = next(i for i, version in enumerate(self.versions) if version.id == edit.id)
        self._fill_version_box(index)
        self._show_version_at(index)
        self.state.history_changed.emit()
