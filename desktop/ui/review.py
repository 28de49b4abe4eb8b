"""The review step's fact tracing: findings highlighted and listed, re-checked as the person types.

Threading contract: building a draft's checker (``ReviewSources.build``: the
Korean analyser, the sources, the required parts) and every check run on the
worker pool, one at a time; results come back on the UI thread. A check is
started 700 ms after typing stops. Each check carries a sequence number and
the exact text it checked; a result is shown only when it is the newest one
asked for *and* its text is still the editor's text, so an older result never
lands on newer words.

The person acts on a finding from the list: 고치기 selects the span in the
editor, 사실로 인정 records it for this draft (``History.accept_finding``) and
회사 정보에 추가 saves the claim as a fact of the company, after which the
checker is rebuilt so the next check passes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from shiboken6 import isValid

from desktop.core.draft_check import saved_company
from desktop.core.findings import Finding
from desktop.core.review import Review, ReviewSources, add_fact_to_company, fact_for
from desktop.core.store import Draft
from desktop.ui.app_state import AppState
from desktop.ui.banner import Banner
from desktop.ui.draft_editor import DraftEditor
from desktop.ui.findings_list import FindingsList
from desktop.ui.worker import GeneratorWorker

log = logging.getLogger("prstudio")
CHECK_DELAY_MS = 700


class ReviewController(QObject):
    #: A check's result is on screen (the newest, for the editor's current text).
    reviewed = Signal(object)
    #: The checker for the current draft is ready (or could not be built: ``None``).
    sources_ready = Signal(object)

    def __init__(self, state: AppState, editor: DraftEditor, findings: FindingsList, banner: Banner) -> None:
        super().__init__(editor)
        self.state, self.editor, self.findings, self.banner = state, editor, findings, banner
        self.draft: Draft | None = None
        self.sources: ReviewSources | None = None
        self.review: Review | None = None
        self.active = False  # False while a run streams: the pipeline checks its own text
        self._building: GeneratorWorker | None = None
        self._checking: GeneratorWorker | None = None
        self._wanted = 0  # sequence number of the newest check asked for
        self.notes: list[str] = []
        self._rerun = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check_now)
        editor.edited.connect(self._edited)
        findings.span_chosen.connect(editor.select_markdown_span)
        findings.fix_requested.connect(self.fix)
        findings.accept_requested.connect(self.accept)
        findings.fact_requested.connect(self.add_fact)

    # -- what is on screen ---------------------------------------------------
    def pause(self) -> None:
        """A run starts: no checks, nothing listed; any check in flight is forgotten."""
        self.active = False
        self.timer.stop()
        self._wanted += 1
        self.review = None
        self.show([])

    def show_stored(self, draft_id: int, findings: list[Finding | str], markdown: str) -> None:
        """A version is on screen: its stored findings at once, then a fresh check of its text."""
        self.set_draft(draft_id)
        accepted = self._accepted()
        kept = [f for f in findings if not (isinstance(f, Finding) and f.key in accepted)]
        # The run's notes ("자료가 적어 본문이 …자입니다") stay listed when the claims are checked again.
        self.notes = [f for f in findings if isinstance(f, str)]
        self.show(kept)
        self.review = None
        self.active = True
        self.check_now()

    def show(self, findings: list[Finding | str]) -> None:
        self.editor.highlight(self.findings.show_findings(list(findings)))

    def set_draft(self, draft_id: int | None) -> None:
        """The checker belongs to one draft; another draft builds its own (on a worker)."""
        if self.draft is not None and self.draft.id == draft_id:
            return
        self.draft = self.state.history.draft(draft_id) if draft_id else None
        self.sources = None
        if self.draft is not None:
            self._build()

    # -- building the checker, once per draft --------------------------------
    def _build(self) -> None:
        draft = self.draft
        assert draft is not None
        company = saved_company(self.state.companies, draft.company)
        history = self.state.history

        def work(_cancel: threading.Event) -> Iterator[object]:
            yield ReviewSources.build(history, draft, company)

        self._building = worker = GeneratorWorker(work)
        worker.signals.event.connect(lambda sources: self._built(worker, sources))
        worker.signals.failed.connect(lambda error: self._build_failed(worker, error))
        self.state.workers.start(worker)

    def _built(self, worker: GeneratorWorker, sources: object) -> None:
        if not isValid(self) or worker is not self._building or not isinstance(sources, ReviewSources):
            return  # built for a draft no longer on screen
        if self.draft is None or sources.draft.id != self.draft.id:
            return
        self._building, self.sources = None, sources
        self.sources_ready.emit(sources)
        if self.active:
            self.check_now()

    def _build_failed(self, worker: GeneratorWorker, error: object) -> None:
        if isValid(self) and worker is self._building:
            self._building = None
            log.error("the review checker could not be built", exc_info=error)  # type: ignore[arg-type]
            self.sources_ready.emit(None)

    # -- checking --------------------------------------------------------------
    def _edited(self) -> None:
        if self.active:
            self.timer.start()  # restarts: the check waits until typing stops

    def check_now(self) -> None:
        self.timer.stop()
        if not self.active or self.draft is None:
            return
        self._wanted += 1
        if self.sources is None or self._checking is not None:
            self._rerun = True  # when the checker is ready / the running check ends
            return
        self._rerun = False
        sources, text, wanted, accepted = self.sources, self.editor.markdown(), self._wanted, self._accepted()

        def work(_cancel: threading.Event) -> Iterator[object]:
            yield sources.review(text, accepted)

        self._checking = worker = GeneratorWorker(work)
        worker.signals.event.connect(lambda review: self._checked(wanted, review))
        worker.signals.failed.connect(lambda error: log.error("check failed", exc_info=error))
        worker.signals.done.connect(lambda: self._check_done(worker))
        self.state.workers.start(worker)

    def _checked(self, wanted: int, review: object) -> None:
        if not isValid(self) or not isinstance(review, Review) or wanted != self._wanted or not self.active:
            return  # an older text's result, or a run started meanwhile
        if review.markdown != self.editor.markdown():
            return
        self.review = review
        self.show([*review.findings, *self.notes])
        self.reviewed.emit(review)

    def _check_done(self, worker: GeneratorWorker) -> None:
        """Workers outlive a closed window (their signals still arrive): a controller that is gone does nothing."""
        if not isValid(self):
            return
        if worker is self._checking:
            self._checking = None
        if self._rerun and self.active:
            self.check_now()

    def findings_for(self, markdown: str) -> list[Finding]:
        """Open findings in exactly ``markdown`` (what is about to be exported); waits for the checker if needed."""
        if self.review is not None and self.review.markdown == markdown:
            return list(self.review.findings)
        if self.sources is None and self._building is not None:
            loop = QEventLoop()  # the window keeps painting while the analyser loads
            self.sources_ready.connect(loop.quit)
            loop.exec()
            self.sources_ready.disconnect(loop.quit)
        if self.sources is None:
            return []
        return self.sources.review(markdown, self._accepted()).findings

    # -- the person's answers ----------------------------------------------------
    def fix(self, finding: Finding) -> None:
        self.editor.select_markdown_span(finding.start, finding.end)
        view = self.editor.source if self.editor.is_source_view() else self.editor.rendered
        view.setFocus()

    def accept(self, finding: Finding) -> None:
        if self.draft is None:
            return
        self.state.history.accept_finding(self.draft.id, finding.key)
        self._drop(finding)
        self.banner.show_message(
            self.tr("'{0}'을(를) 이 초안에서 사실로 인정했습니다.").format(finding.text),
            "info",
            [(self.tr("되돌리기"), lambda: self.unaccept(finding))],
        )

    def unaccept(self, finding: Finding) -> None:
        if self.draft is not None:
            self.state.history.unaccept_finding(self.draft.id, finding.key)
            self.banner.hide()
            self.check_now()

    def add_fact(self, finding: Finding) -> None:
        if self.draft is None:
            return
        fact = fact_for(finding, self.editor.markdown())
        try:
            add_fact_to_company(self.state.companies, self.draft, fact)
        except Exception as error:  # noqa: BLE001 - the core's InputError says which file could not be written
            message = getattr(error, "message", None)
            self.banner.show_message(message(self.state.lang) if message else str(error))
            return
        self.state.companies_changed.emit()
        company, draft_id = self.draft.company, self.draft.id
        self.draft, self.sources = None, None  # the company's facts changed: read the sources again
        self.set_draft(draft_id)
        self._drop(finding)
        self.banner.show_message(
            self.tr("'{0}'을(를) {1}의 회사 정보(사실)에 추가했습니다.").format(fact, company), "info"
        )

    def _drop(self, finding: Finding) -> None:
        """The finding leaves the list and the text at once; the next check confirms it."""
        shown = [f for f in self._listed() if not (isinstance(f, Finding) and f.key == finding.key)]
        self.show(shown)
        self.check_now()

    def _listed(self) -> list[Finding | str]:
        items: list[Finding | str] = []
        for row in range(self.findings.count()):
            finding = self.findings.finding_at(row)
            items.append(finding if finding is not None else self.findings.item(row).text())
        return items

    def _accepted(self) -> frozenset[str]:
        return frozenset(self.state.history.accepted(self.draft.id)) if self.draft else frozenset()
