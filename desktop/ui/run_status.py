"""What a generation is doing right now, in words, from its first moment.

A run on the built-in model spends half a minute loading the model and reading
the prompt before the first word appears; a blank editor and a counter stuck
at 0 look like a frozen program. So the status line always says what is
happening — "모델 불러오는 중 · 12초", "자료 읽는 중 · 1,843 토큰",
"작성 중 · 42 토큰/초 · 남은 섹션 3" — with a moving (indeterminate) progress bar
until the first token arrives.

``WatchedEngine`` is how the window learns that a prompt went in: it delegates
everything to the real engine and announces each prompt's size first. It runs
on the worker thread and only relays an event; no widget is touched there.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


@dataclass(frozen=True)
class PromptSent:
    """The engine received a prompt of ``tokens`` tokens and is reading it."""

    tokens: int


class WatchedEngine:
    """An engine that announces each prompt before the engine reads it; everything else is the engine's."""

    def __init__(self, engine: Any, announce: Callable[[object], None]) -> None:
        self._engine = engine
        self._announce = announce

    def stream(self, request: Any) -> Any:
        self._announce(PromptSent(self._engine.count_tokens(request.prompt.text)))
        return self._engine.stream(request)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)


class RunStatus(QWidget):
    """A status line and a progress bar: loading → reading → writing → done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("runStatus")
        self.label.setAccessibleName(self.tr("생성 상태"))
        self.bar = QProgressBar()
        self.bar.setObjectName("runProgress")
        self.bar.setAccessibleName(self.tr("생성 진행률"))
        self.bar.setFormat("%v/%m")
        self.bar.setMaximumWidth(260)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.bar)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._refresh)
        self.phase = ""
        self._since = self._first_token = 0.0
        self.prompt_tokens = self.tokens = 0
        self.index = self.total = 0
        self.bar.hide()

    def begin(self) -> None:
        self.phase, self._since = "loading", time.monotonic()
        self.index = self.total = self.prompt_tokens = self.tokens = 0
        self._indeterminate()
        self.timer.start()
        self._refresh()

    def section(self, index: int, total: int) -> None:
        self.index, self.total = index, total

    def prompt_sent(self, tokens: int) -> None:
        self.phase, self._since, self.prompt_tokens, self.tokens = "reading", time.monotonic(), tokens, 0
        self._indeterminate()
        self._refresh()

    def text_arrived(self, chunks: int) -> None:
        if self.phase == "reading":
            self.phase, self._first_token = "writing", time.monotonic()
        if self.phase == "writing":
            self.tokens += chunks
        if self.total:
            self.bar.setRange(0, self.total)
            self.bar.setValue(self.index - 1)
        self._refresh()

    def section_done(self) -> None:
        if self.total:
            self.bar.setRange(0, self.total)
            self.bar.setValue(min(self.total, self.index))

    def finish(self, text: str, complete: bool) -> None:
        self.timer.stop()
        self.phase = ""
        self.label.setText(text)
        if self.total:
            self.bar.setRange(0, self.total)
            self.bar.setValue(self.total if complete else max(0, self.index - 1))
        else:
            self.bar.hide()

    def _indeterminate(self) -> None:
        self.bar.show()
        self.bar.setRange(0, 0)

    def _refresh(self) -> None:
        seconds = int(time.monotonic() - self._since)
        if self.phase == "loading":
            self.label.setText(self.tr("모델 불러오는 중 · {0}초").format(seconds))
        elif self.phase == "reading":
            self.label.setText(self.tr("자료 읽는 중 · {0:,} 토큰 · {1}초").format(self.prompt_tokens, seconds))
        elif self.phase == "writing":
            elapsed = max(0.5, time.monotonic() - self._first_token)
            text = self.tr("작성 중 · {0:.0f} 토큰/초").format(self.tokens / elapsed)
            if self.total > 1:
                text += " · " + self.tr("남은 섹션 {0}").format(self.total - self.index)
            self.label.setText(text)
