"""What a generation cost: tokens in and from cache, tokens out, context fill, ₩ for a paid API."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.cost import estimated_cost_krw
from desktop.core.engines.base import Usage


@dataclass(frozen=True)
class EngineReady:
    """The first event of a run in the window: which engine "auto" picked, and its context size."""

    kind: str
    model: str
    context_window: int
    leaves_machine: bool


class UsageLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usageLabel")
        self.reset()

    def reset(self) -> None:
        self.usage = Usage()
        self.largest_call = 0
        self.engine: EngineReady | None = None
        self.clear()

    def add(self, usage: Usage) -> None:
        self.usage.add(usage)
        self.largest_call = max(self.largest_call, usage.prompt_tokens + usage.output_tokens)
        self.refresh()

    def refresh(self) -> None:
        usage, engine = self.usage, self.engine
        parts = [
            self.tr("입력 {0:,} 토큰 (캐시 {1:,}) · 출력 {2:,} 토큰").format(
                usage.prompt_tokens, usage.cached_tokens, usage.output_tokens
            )
        ]
        if engine and engine.context_window:
            parts.append(self.tr("문맥 {0:.0%} 사용").format(min(1.0, self.largest_call / engine.context_window)))
        if engine and engine.leaves_machine and engine.kind != "ollama":  # an Ollama on another PC costs nothing
            cost = estimated_cost_krw(engine.model, usage)
            parts.append(
                self.tr("예상 비용 약 ₩{0:,.0f}").format(cost)
                if cost is not None
                else self.tr("예상 비용: 요금표에 없는 모델")
            )
        if engine:
            parts.append(f"{engine.kind} · {engine.model}")
        self.setText(" · ".join(parts))
