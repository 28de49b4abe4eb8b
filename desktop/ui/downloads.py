"""Model downloads in the window: one manager per program, so a download outlives the screen that started it.

The welcome dialog and the 모델 page both start downloads here and both listen
to the same signals; closing either leaves the download running. Each
download runs ``desktop.core.models.download.download_model`` on a
``GeneratorWorker`` (the one way work leaves the UI thread) and relays its
``DownloadProgress`` events. 일시 정지 stops it and keeps the ``.part`` file
(the next start, even after a restart, resumes it); 취소 stops it and removes
what was received. Closing the program cancels like 일시 정지 does.

Threading: every method runs on the UI thread; the signals arrive there too.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from desktop.core.errors import PRStudioError
from desktop.core.models.catalogue import CatalogueModel
from desktop.core.models.download import discard_partial, download_model
from desktop.core.models.errors import DownloadCancelled
from desktop.core.models.progress import DownloadProgress
from desktop.ui.worker import GeneratorWorker, WorkerPool

log = logging.getLogger("prstudio")


class DownloadManager(QObject):
    #: A ``DownloadProgress`` (it names its model), a few times a second.
    progress = Signal(object)
    #: Model id and the verified (or, without a published checksum, unverified) file.
    finished = Signal(str, object)
    #: Model id and the ``DownloadCancelled`` of a pause; after 취소 the received part is gone too.
    stopped = Signal(str, object)
    #: Model id and a ``PRStudioError`` to show (disk full, checksum, network, licence).
    failed = Signal(str, object)
    #: Something about this model's files changed: screens read its state again.
    changed = Signal(str)

    def __init__(self, workers: WorkerPool, root: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self.root = root
        self.active: dict[str, GeneratorWorker] = {}
        self.latest: dict[str, DownloadProgress] = {}
        #: Models whose licence the person accepted in this session (a paused download resumes without asking).
        self.accepted: set[str] = set()
        self._discard: set[str] = set()

    def is_active(self, model_id: str) -> bool:
        return model_id in self.active

    def start(self, model: CatalogueModel) -> bool:
        """Starts or resumes; the caller has shown the licence and the person accepted it. False when running."""
        if model.id in self.active or model.id not in self.accepted:
            return False
        root = self.root
        worker: GeneratorWorker

        def events(cancel: threading.Event) -> Iterator[object]:
            yield download_model(model, accept_licence=True, on_progress=worker.relay, cancel=cancel, root=root)

        worker = GeneratorWorker(events)
        worker.signals.event.connect(lambda event: self._on_event(model, event))
        worker.signals.failed.connect(lambda error: self._on_failed(model, error))
        worker.signals.done.connect(lambda: self._on_done(model))
        self.active[model.id] = worker
        self.latest.pop(model.id, None)
        self._make_room(self.workers)
        self.workers.start(worker)
        self.changed.emit(model.id)
        return True

    def pause(self, model_id: str) -> None:
        """Stops within one chunk; what was received stays for 이어받기."""
        worker = self.active.get(model_id)
        if worker:
            worker.cancel()

    def cancel(self, model: CatalogueModel) -> None:
        """Stops and removes what was received; a finished download is not touched."""
        worker = self.active.get(model.id)
        if worker:
            self._discard.add(model.id)  # removed once the worker let go of the file
            worker.cancel()
            return
        discard_partial(model, self.root)
        self.changed.emit(model.id)

    def _on_event(self, model: CatalogueModel, event: object) -> None:
        if isinstance(event, DownloadProgress):
            self.latest[model.id] = event
            self.progress.emit(event)
        elif isinstance(event, Path):
            self.finished.emit(model.id, event)

    def _on_failed(self, model: CatalogueModel, error: object) -> None:
        if isinstance(error, DownloadCancelled):
            self.stopped.emit(model.id, error)
        elif isinstance(error, PRStudioError):
            self.failed.emit(model.id, error)
        else:
            self.failed.emit(model.id, _unexpected(error))

    def _on_done(self, model: CatalogueModel) -> None:
        self.active.pop(model.id, None)
        self.latest.pop(model.id, None)
        if model.id in self._discard:
            self._discard.discard(model.id)
            discard_partial(model, self.root)
        self.changed.emit(model.id)

    @staticmethod
    def _make_room(workers: WorkerPool) -> None:
        """A download waits on the network, not the CPU: it must never make a generation queue behind it
        on a two-core laptop, whose pool has two threads."""
        pool = workers.pool
        pool.setMaxThreadCount(max(pool.maxThreadCount(), QThread.idealThreadCount() + pool.activeThreadCount() + 1))


def _unexpected(error: object) -> PRStudioError:
    log.error("unexpected error while downloading a model: %r", error)
    detail = str(error) or type(error).__name__
    return PRStudioError(
        f"모델을 내려받는 중 예상하지 못한 오류가 났습니다({detail}). 받은 부분은 보관했습니다.",
        f"an unexpected error stopped the download ({detail}). What was received is kept.",
    )
