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
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

BATCH_SECONDS = 0.04


class WorkerSignals(QObject):
    event = Signal(object)
    #: Text written since the last batch, and how many chunks (about one token each) it came in.
    text = Signal(str, int)
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

    def relay(self, event: object) -> None:
        """Sends an event from inside a blocking call on the pool thread (e.g. "the engine got a prompt")."""
        self.signals.event.emit(event)

    def run(self) -> None:
        from desktop.core.generation import TextChunk  # the pipeline loads with the first run, not at start-up

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
                    self._emit(self.signals.event, event)
        except BaseException as exc:  # noqa: BLE001 - relayed to the UI thread, which decides what to show
            self._flush(pending)
            self._emit(self.signals.failed, exc)
        finally:
            close = getattr(events, "close", None)
            if close:
                close()
            self._flush(pending)
            self.running.clear()
            self._emit(self.signals.done)

    def _flush(self, pending: list[str]) -> float:
        if pending:
            self._emit(self.signals.text, "".join(pending), len(pending))
            pending.clear()
        return time.monotonic()

    @staticmethod
    def _emit(signal: Any, *values: object) -> None:
        """A window closed while this run went on may be gone: its text is in history, nothing to show."""
        try:
            signal.emit(*values)
        except RuntimeError:
            pass


class WorkerPool:
    """Starts workers; cancels them without ever making the UI thread wait for an engine.

    A worker blocked in a silent engine only notices its cancel when the engine
    speaks or times out, so the window never waits for one: closing cancels and
    returns, and the program's exit waits a short while at most (``wait``).
    """

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self.active: set[GeneratorWorker] = set()

    def start(self, worker: GeneratorWorker) -> GeneratorWorker:
        self.active.add(worker)
        worker.signals.done.connect(lambda: self.active.discard(worker))
        self.pool.start(worker)
        return worker

    def cancel_all(self) -> None:
        for worker in list(self.active):
            worker.cancel()

    def wait(self, timeout_ms: int) -> bool:
        """True when every worker finished within ``timeout_ms``."""
        return self.pool.waitForDone(timeout_ms)

    def cancel_all_and_wait(self, timeout_ms: int = 30_000) -> bool:
        self.cancel_all()
        return self.wait(timeout_ms)
