"""A sentence made from a note, in every correct wording found for it (Korean or English).

The sentence builders (``korean_sentences``, ``english_sentences``) make
statements; the release writer arranges them into paragraphs, says or drops
the subject, and lets a fluency judge choose a wording.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.parts.grammar import josa

#: Aspects of news still to come: such statements belong to the plans paragraph.
PLANNED = ("plan", "scheduled", "target", "expected")


@dataclass(frozen=True)
class Statement:
    """One sentence made from a note, in each correct wording found for it."""

    note: str
    #: Who or what the sentence speaks of ('누리비전', '리드 투자사').
    subject: str
    #: The subject is among the words; otherwise ``bodies`` leave it out and the writer adds or drops it.
    own_subject: bool
    #: The sentence's words (without the implied subject), each ending in a period.
    bodies: tuple[str, ...]
    tense: str
    #: Not readable with confidence: shown as a list item in the user's words.
    listed: bool = False
    english: bool = False
    #: The subject owns the sentence's own subject: '(숙소의) 객실은 12개다' is said '숙소의 객실은 …'.
    possessive: bool = False
    #: The sentence as the first half of a joined one ('…330㎡이며,'), when it can be joined.
    joined: str = ""

    @property
    def planned(self) -> bool:
        """News still to come: a plan, a schedule, a target or a forecast."""
        return self.tense in PLANNED

    def wordings(self, say_subject: bool = True) -> tuple[str, ...]:
        """Every wording as a whole sentence, with the implied subject when ``say_subject``."""
        if self.own_subject or not say_subject or self.listed:
            return self.bodies
        if self.english:
            return tuple(f"{self.subject} {body}" for body in self.bodies)
        if self.possessive:
            return tuple(f"{self.subject}의 {body}" for body in self.bodies)
        return tuple(f"{josa(self.subject, '는')} {body}" for body in self.bodies)
