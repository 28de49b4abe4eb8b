"""Download progress as the user sees it: bytes, speed and time left, in Korean and English.

``DownloadProgress`` is an immutable event; the window's worker relays it
through a signal, the command line prints it. Speed is measured over the
last few seconds so a stall shows at once and a burst does not promise a
minute that never comes.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Phase = Literal["connecting", "downloading", "verifying", "done"]

_WINDOW_SECONDS = 5.0
_MIN_INTERVAL = 0.25


@dataclass(frozen=True)
class DownloadProgress:
    """One moment of a download; ``path`` and ``verified`` are set when ``phase`` is "done"."""

    model_id: str
    phase: Phase
    done_bytes: int
    total_bytes: int
    bytes_per_second: float = 0.0
    seconds_left: float | None = None
    path: Path | None = None
    verified: bool = False

    @property
    def fraction(self) -> float:
        return min(1.0, self.done_bytes / self.total_bytes) if self.total_bytes else 0.0

    def message(self, lang: str) -> str:
        sizes = f"{self.done_bytes / 1e6:,.0f}/{self.total_bytes / 1e6:,.0f} MB ({self.fraction:.0%})"
        if self.phase == "connecting":
            return "서버에 연결하는 중…" if lang != "en" else "Connecting…"
        if self.phase == "verifying":
            return f"파일 확인(SHA-256) 중 {sizes}" if lang != "en" else f"Verifying (SHA-256) {sizes}"
        if self.phase == "done":
            return _done_message(self, lang)
        speed = f"{self.bytes_per_second / 1e6:,.1f} MB/s"
        left = format_duration(self.seconds_left, lang)
        if lang == "en":
            return f"Downloading {sizes}, {speed}, {left} left"
        return f"내려받는 중 {sizes}, {speed}, {left} 남음"


def _done_message(progress: DownloadProgress, lang: str) -> str:
    if progress.verified:
        return (
            f"완료: {progress.path} (SHA-256 확인됨)" if lang != "en" else f"Done: {progress.path} (SHA-256 verified)"
        )
    if lang == "en":
        return f"Done: {progress.path} (no published SHA-256: not verified, not used automatically)"
    return f"완료: {progress.path} (공개된 SHA-256이 없어 확인하지 못했습니다. 자동으로 쓰지 않습니다)"


def format_duration(seconds: float | None, lang: str) -> str:
    if seconds is None:
        return "?"
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if lang == "en":
        return f"{hours}h {minutes}m" if hours else (f"{minutes}m {secs}s" if minutes else f"{secs}s")
    return f"{hours}시간 {minutes}분" if hours else (f"{minutes}분 {secs}초" if minutes else f"{secs}초")


ProgressCallback = Callable[[DownloadProgress], None]


class ProgressReporter:
    """Turns byte counts into ``DownloadProgress`` events, a few per second at most."""

    def __init__(self, model_id: str, callback: ProgressCallback | None, clock: Callable[[], float] = time.monotonic):
        self.model_id = model_id
        self.callback = callback
        self.clock = clock
        self.phase: Phase = "connecting"
        self.done = 0
        self.total = 0
        self.samples: deque[tuple[float, int]] = deque()
        self.last_sent = float("-inf")

    def start(self, phase: Phase, done: int, total: int) -> None:
        self.phase, self.done, self.total = phase, done, total
        self.samples.clear()
        self._emit(force=True)

    def advance(self, count: int) -> None:
        self.done += count
        self._emit(force=False)

    def finish(self, path: Path, verified: bool) -> None:
        if self.callback:
            self.callback(DownloadProgress(self.model_id, "done", self.total, self.total, 0.0, 0.0, path, verified))

    def rate(self) -> float:
        if len(self.samples) < 2:
            return 0.0
        (first_time, first_bytes), (last_time, last_bytes) = self.samples[0], self.samples[-1]
        elapsed = last_time - first_time
        return (last_bytes - first_bytes) / elapsed if elapsed > 0 else 0.0

    def _emit(self, force: bool) -> None:
        now = self.clock()
        self.samples.append((now, self.done))
        while len(self.samples) > 2 and now - self.samples[0][0] > _WINDOW_SECONDS:
            self.samples.popleft()
        if not self.callback or (not force and now - self.last_sent < _MIN_INTERVAL and self.done < self.total):
            return
        self.last_sent = now
        speed = self.rate()
        left = (self.total - self.done) / speed if speed > 0 and self.total else None
        self.callback(DownloadProgress(self.model_id, self.phase, self.done, self.total, speed, left))
