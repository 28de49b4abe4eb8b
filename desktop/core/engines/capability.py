"""What a model can be trusted to write: instruction-tuned or base, and how big.

A 270M base model continues a few-shot document and can propose a headline;
it cannot write a press release. A 4B instruction-tuned model usually can.
The pipeline asks each engine for its ``ModelCapability`` and asks the model
only for the parts it can write; the rest is built from the facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Below this size even an instruction-tuned model writes Korean prose we cannot use.
CAPABLE_BILLIONS = 1.0

_SIZE = re.compile(r"(?<![\w.])(?:(\d+)x)?(\d+(?:\.\d+)?)\s*([mbk])(?![a-z])", re.IGNORECASE)
_SCALE = {"k": 1e-6, "m": 1e-3, "b": 1.0}


@dataclass(frozen=True)
class ModelCapability:
    instruction_tuned: bool
    #: Parameters in billions; None when the engine cannot tell (paid APIs).
    parameters_billion: float | None = None

    @property
    def capable(self) -> bool:
        """May be asked for whole parts of a document (a lead, a quote, a chapter)."""
        if not self.instruction_tuned:
            return False
        return self.parameters_billion is None or self.parameters_billion >= CAPABLE_BILLIONS

    def describe(self, lang: str = "ko") -> str:
        size = f"{self.parameters_billion:g}B" if self.parameters_billion else "?"
        if lang == "en":
            kind = "instruction-tuned" if self.instruction_tuned else "base"
            return f"{kind}, {size} parameters"
        kind = "지시 학습 모델" if self.instruction_tuned else "기본(base) 모델"
        return f"{kind}, 매개변수 {size}"


def billions_from_label(label: str) -> float | None:
    """'270M' → 0.27, '4B' → 4.0, '8x7B' → 56.0, 'gemma-3-4b-it' → 4.0; None when no size is named."""
    match = _SIZE.search(label)
    if not match:
        return None
    experts = int(match.group(1) or 1)
    return experts * float(match.group(2)) * _SCALE[match.group(3).lower()]
