"""Sampling presets: precise, balanced, creative.

One neutral description per preset; each engine maps it to the parameters
its API accepts (min-p only where the engine has it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Creativity = Literal["precise", "balanced", "creative"]


@dataclass(frozen=True)
class SamplingSettings:
    temperature: float
    top_p: float
    top_k: int
    min_p: float
    repeat_penalty: float
    seed: int | None = None


PRESETS: dict[str, SamplingSettings] = {
    # Press releases and plans: stay close to the facts.
    "precise": SamplingSettings(temperature=0.3, top_p=0.9, top_k=40, min_p=0.05, repeat_penalty=1.1),
    "balanced": SamplingSettings(temperature=0.7, top_p=0.95, top_k=64, min_p=0.05, repeat_penalty=1.1),
    # Slogans: min-p keeps a higher temperature coherent.
    "creative": SamplingSettings(temperature=1.1, top_p=1.0, top_k=0, min_p=0.1, repeat_penalty=1.05),
}


def sampling_for(creativity: str, seed: int | None) -> SamplingSettings:
    return replace(PRESETS[creativity], seed=seed)
