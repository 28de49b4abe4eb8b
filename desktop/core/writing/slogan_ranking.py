"""Choosing which catchphrases to show, best first: the likeliest lines, each a different idea in a different form.

The forms make many wordings; a person wants ``count`` good ones. The built-in
model judges fluency (``FluencyJudge.rate``: each candidate's mean
log-probability per token as a line after a few lines of the bundled examples),
Kiwi's score stands in where the model cannot or the time is up, and the list
is picked greedily: the most fluent candidate whose frame is not used yet, that
is not a near-duplicate of one already chosen, and that shares least with them.

Only so many candidates can be rated in the time budget, so the model rates
each frame's best wording first (``worth_rating``: round robin over frames, in
Kiwi's order).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop.core import korean
from desktop.core.writing.fluency import kiwi_score
from desktop.core.writing.slogan_brief import Slogan

#: Two candidates sharing this share of their character bigrams are the same idea twice.
NEAR_DUPLICATE = 0.7
#: Kiwi's tags of the morphemes that carry a candidate's meaning (nouns, verbs, adjectives, adverbs, numbers).
_MEANING_TAGS = ("NN", "NP", "NR", "VV", "VA", "MAG", "XR", "SL", "SN", "SH")
#: How much a candidate's likeness to those already chosen counts against its fluency.
SAMENESS_WEIGHT = 1.0
#: How much lower each later wording of a form starts (Kiwi's score per morpheme), up to a few steps.
VARIANT_STEP = 0.25
VARIANT_STEPS = 6
#: How much Kiwi's score per morpheme counts in a Korean candidate's prior.
KIWI_WEIGHT = 0.2


@dataclass(frozen=True)
class Rated:
    slogan: Slogan
    #: The model's mean log-probability per token; None when it did not rate this one.
    score: float | None
    #: Kiwi's score per morpheme (Korean), or the form's own order (English).
    prior: float
    #: How much a copywriter prefers this candidate's form, 0…1 (the forms' own order).
    preference: float = 0.5


def overlap(first: str, second: str) -> float:
    """The share of character bigrams two texts have in common (Jaccard), case and punctuation aside."""
    a, b = _bigrams(first), _bigrams(second)
    if not a or not b:
        return 1.0 if first.strip().lower() == second.strip().lower() else 0.0
    return len(a & b) / len(a | b)


def similar(first: str, second: str) -> bool:
    """Near-duplicates: '정직하게 굽는 아침' and '정직하게 굽는 아침!', or the same words with other particles
    or in another order ('병원 가는 길을 함께', '병원 가는 길도 함께'; 'Calm. Clean.' and 'Clean, calm.')."""
    if overlap(first, second) >= NEAR_DUPLICATE:
        return True
    words = _content_words(first)
    return len(words) > 1 and words == _content_words(second)


def priors(slogans: Sequence[Slogan], language: str) -> list[float]:
    """Each form lists its wordings best first (the product's full name before its head noun, the verb that has
    an object before one that has none), so each later wording starts a little lower; for Korean Kiwi's score
    per morpheme counts too, lightly (it favours short, common words, not good slogans)."""
    order: dict[str, int] = {}
    found = []
    for slogan in slogans:
        place = order[slogan.frame] = order.get(slogan.frame, -1) + 1
        lower = VARIANT_STEP * min(place, VARIANT_STEPS)
        found.append(-lower if language == "en" else KIWI_WEIGHT * kiwi_score(slogan.text) - lower)
    return found


def preferences(slogans: Sequence[Slogan], order: Sequence[str]) -> list[float]:
    """Each candidate's form as a copywriter's preference, 1 for the favourite form, 0.5 for a form not listed."""
    rank = {frame: 1.0 - index / max(1, len(order) - 1) for index, frame in enumerate(order)}
    return [rank.get(slogan.frame, 0.5) for slogan in slogans]


def worth_rating(
    slogans: Sequence[Slogan], prior: Sequence[float], limit: int, favourites: Sequence[str] = ()
) -> list[int]:
    """Indexes of the candidates to rate first: each frame's best wording (favourite forms first), then each
    frame's second…"""
    by_frame: dict[str, list[int]] = {frame: [] for frame in favourites}
    for index in sorted(range(len(slogans)), key=lambda i: -prior[i]):
        by_frame.setdefault(slogans[index].frame, []).append(index)
    order: list[int] = []
    depth = 0
    while len(order) < limit and any(len(indexes) > depth for indexes in by_frame.values()):
        order += [indexes[depth] for indexes in by_frame.values() if len(indexes) > depth]
        depth += 1
    return order[:limit]


def choose(
    rated: Sequence[Rated],
    count: int,
    already: Sequence[str] = (),
    used: Collection[str] = (),
    model_limit: int | None = None,
) -> list[Rated]:
    """Up to ``count`` candidates, best first: no frame twice, no near-duplicate, the least alike.

    ``already`` are candidates the list holds (more candidates are appended to them), ``used``
    frames they took; at most ``model_limit`` of the chosen may be the model's own.
    """
    value = _fluency(rated)
    kept: list[Rated] = []
    texts = list(already)
    frames = set(used)
    while len(kept) < count:
        best, best_value = None, float("-inf")
        from_model = sum(1 for item in kept if item.slogan.source == "model")
        for index, item in enumerate(rated):
            if item.slogan.frame in frames or any(similar(item.slogan.text, text) for text in texts):
                continue
            if item.slogan.source == "model" and model_limit is not None and from_model >= model_limit:
                continue
            sameness = max((overlap(item.slogan.text, text) for text in texts), default=0.0)
            if (current := value[index] - SAMENESS_WEIGHT * sameness) > best_value:
                best, best_value = index, current
        if best is None:
            break
        kept.append(rated[best])
        texts.append(rated[best].slogan.text)
        frames.add(rated[best].slogan.frame)
    return kept


def _fluency(rated: Sequence[Rated]) -> list[float]:
    """A candidate's worth in 0…1: its fluency rank (the model's, above every unrated candidate; Kiwi's among
    those) and its form's preference, half each."""
    scored = sorted({r.score for r in rated if r.score is not None})
    priors_seen = sorted({r.prior for r in rated})
    values = []
    for item in rated:
        if item.score is not None:
            values.append(0.5 + 0.25 * _position(item.score, scored) + 0.25 * item.preference)
        else:
            values.append(0.25 * _position(item.prior, priors_seen) + 0.25 * item.preference)
    return values


def _position(value: float, ordered: list[float]) -> float:
    return ordered.index(value) / (len(ordered) - 1) if len(ordered) > 1 else 1.0


@lru_cache(maxsize=4096)
def _content_words(text: str) -> tuple[str, ...]:
    """The words that carry meaning, sorted: Kiwi's nouns, verbs, adjectives and adverbs (particles and endings
    left out) for Korean; lower-case words for English."""
    if not re.search(r"[가-힣]", text):
        return tuple(sorted(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.lower())))
    kept = [t.form for t in korean.tokenize(text) if t.tag.startswith(_MEANING_TAGS)]
    return tuple(sorted(kept))


def _bigrams(text: str) -> set[str]:
    letters = re.sub(r"[\W_]+", "", text.lower())
    return {letters[i : i + 2] for i in range(len(letters) - 1)}
