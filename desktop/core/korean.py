"""One Korean analyser (Kiwi) for the whole program, loaded once and only when needed.

Checking claims and building fact-based sentences both need Korean
morphology: sentence boundaries, proper nouns, numerals with their counters,
particles that change with the word before them (은/는, 이/가, 을/를). That is
Kiwi's job (``kiwipiepy``, its model shipped as a package, so it works
offline and in the frozen app), not ours to hand-write.

Loading the model takes about a second and some 100 MB (without the multi-word
dictionary, which no check or sentence uses: it doubled the load and the first
analysis), so nothing loads it
at import time: the first caller pays, and the window calls ``warm_up`` on a
worker thread so the review step never waits. Calls go through one lock,
which keeps the shared analyser safe to use from the window's workers.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiwipiepy import Kiwi, Token
    from kiwipiepy._wrap import Sentence

_lock = threading.RLock()
_analyser: Kiwi | None = None


def analyser() -> Kiwi:
    """The shared Kiwi instance, loaded on first use."""
    global _analyser
    with _lock:
        if _analyser is None:
            from kiwipiepy import Kiwi

            _analyser = Kiwi(load_multi_dict=False)
        return _analyser


def warm_up() -> None:
    """Load the analyser now (call it off the UI thread)."""
    tokenize("준비")


def tokenize(text: str) -> list[Token]:
    with _lock:
        return list(analyser().tokenize(text))


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their ``start``/``end`` offsets in ``text``."""
    with _lock:
        return list(analyser().split_into_sents(text))


def join(morphemes: Sequence[tuple[str, str]]) -> str:
    """Morphemes back to text, particles and endings shaped to fit (김다은 + 은 → 김다은은)."""
    with _lock:
        return str(analyser().join(list(morphemes)))


def tokenize_many(texts: Sequence[str]) -> list[list[Token]]:
    """Each text's morphemes in one batched call (offsets relative to each text)."""
    if not texts:
        return []
    with _lock:
        return [list(tokens) for tokens in analyser().tokenize(list(texts))]
