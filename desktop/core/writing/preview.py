"""What PR Studio will make of each key point, shown beside the notes while they are typed.

A person typing "현지 인력 150명 채용 계획" sees "→ 한결케미칼은 현지 인력 150명을
채용할 계획이다." under the box before generating, and can fix a note the
builder reads wrongly. The preview is the same sentence builder the release
uses (Kiwi only, no model), so it is quick enough to run after every pause in
typing; a note it cannot turn into a sentence is said to go into the release
as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.profile import CompanyProfile
from desktop.core.writing.release import first_wordings, render
from desktop.core.writing.release_words import words_for


@dataclass(frozen=True)
class NotePreview:
    note: str
    #: The sentences the note becomes; "" when it is kept as written.
    sentences: str
    kept_as_written: bool


def note_previews(profile: CompanyProfile, answers: dict[str, Any], language: str) -> list[NotePreview]:
    """One preview per key point of ``answers`` (in order)."""
    words = words_for(profile, answers, language)
    previews = []
    for note in words.key_points:
        statements = words.statements_of(note)
        readable = [statement for statement in statements if not statement.listed]
        if not readable:
            previews.append(NotePreview(note, "", True))
            continue
        text = render(words.paragraphs([readable], "item"), first_wordings)
        previews.append(NotePreview(note, text, len(readable) < len(statements)))
    return previews
