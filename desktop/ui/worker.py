"""The one way PR Studio runs work off the UI thread.

A ``GeneratorWorker`` runs a core generator (generation, a model download)
on the Qt thread pool and relays what it yields through signals. Text chunks
are batched for about 40 ms so the editor repaints a few times a second
instead of once per token.

Threading contract: ``run`` executes on a pool thread and never touches a
widget; every signal is delivered to receivers on the UI thread (queued
connection). ``cancel`` may be called from the UI thread at any time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.core.generation import TextChunk

BATCH_SECONDS = 0.04


class WorkerSignals(QObject):
    event = Signal(object)
    text = Signal(str)
    failed = Signal(object)
    done = Signal()


class GeneratorWorker(QRunnable):
    def __init__(self, start: Callable[[threading.Event], Iterator[object]]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.start = start
        self.cancel_event = threading.Event()
        self.signals = WorkerSignals()
        self.running = threading.Event()

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        self.running.set()
        pending: list[str] = []
        last_flush = time.monotonic()
        events = self.start(self.cancel_event)
        try:
            for event in events:
                if isinstance(event, TextChunk):
                    pending.append(event.text)
                    if time.monotonic() - last_flush < BATCH_SECONDS:
                        continue
                last_flush = self._flush(pending)
                if not isinstance(event, TextChunk):
                    self.signals.event.emit(event)
        except BaseException as exc:  # noqa: BLE001 - relayed to the UI thread, which decides what to show
            self._flush(pending)
            self.signals.failed.emit(exc)
        finally:
            close = getattr(events, "close", None)
            if close:
                close()
            self._flush(pending)
            self.running.clear()
            self.signals.done.emit()

    def _flush(self, pending: list[str]) -> float:
        if pending:
            self.signals.text.emit("".join(pending))
            pending.clear()
        return time.monotonic()


class WorkerPool:
    """Starts workers and, when the window closes, cancels them and waits for every one."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self.active: set[GeneratorWorker] = set()

    def start(self, worker: GeneratorWorker) -> GeneratorWorker:
        self.active.add(worker)
        worker.signals.done.connect(lambda: self.active.discard(worker))
        self.pool.start(worker)
        return worker

    def cancel_all_and_wait(self, timeout_ms: int = 30_000) -> bool:
        for worker in list(self.active):
            worker.cancel()
        return self.pool.waitForDone(timeout_ms)
