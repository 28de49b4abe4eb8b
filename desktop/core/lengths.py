"""How long a press release's body should be, in characters, for each length the person can pick.

One table for the parts that write a release (the fact-built body, a capable model's asks) and the
check that says when a draft is too short or too long.
"""

from __future__ import annotations

#: Characters of body (lead to quote) for 'short', 'standard' and 'long'.
RELEASE_LENGTHS = {"short": (500, 1200), "standard": (1200, 2500), "long": (2200, 4000)}


def release_length(answers: dict[str, object]) -> tuple[int, int]:
    """The (low, high) characters the answers' ``length`` asks for; standard when none is chosen."""
    return RELEASE_LENGTHS.get(str(answers.get("length") or "standard"), RELEASE_LENGTHS["standard"])
