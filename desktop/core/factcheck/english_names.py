"""Where capitalised English names start and end: the text rules behind the organisation check.

"Dalbit Logistics CEO Kim Do-hyun said" is one capitalised run holding a
company, a title and a person; "…the company's CTO. Tidewave Robotics has…"
holds two names across a full stop. These helpers cut such runs into the
names a reporter would check, so a true person is not read as an unknown
organisation.
"""

from __future__ import annotations

import re

#: Words that open a sentence with a capital but never start a name.
OPENERS = frozenset(
    "like unlike with without after before since for from by as at on in into its our their this these those every"
    " each both all many most some while when once today now also besides beyond through under until during"
    # A release's closing imperatives ('Follow Sonny's BBQ on Instagram', 'Visit …', 'Learn more at …').
    " follow visit contact join learn find download call read watch see discover explore alongside about".split()
)
#: A title between two capitalised names ('Dalbit Logistics CEO Kim Do-hyun') ends the first and starts the second.
_ROLE_BETWEEN = re.compile(
    r"(?<=[A-Za-z.])[ \t]+(?:and[ \t]+)?(?:CEO|CTO|CFO|COO|CMO|CSO|VP|President|Chairman|Chairwoman|Founder|Co-founder)"
    r"(?:[ \t]+of)?[ \t]+(?=[A-Z])"
)
#: Words that open a sentence after an abbreviation's full stop ('…across the U.S.. Unlike …', '…with Venture X. They').
_NEXT_SENTENCE = re.compile(r"(?:The|They|It|Its|We|He|She|His|Her|This|That|These|Those|Our|Their|In|On|At)\b")
_ABBREVIATED = {"co", "ltd", "inc", "corp", "dr", "mr", "ms", "mrs", "prof", "st", "jr", "sr", "no", "vs", "mt"}


def sentence_pieces(match: re.Match[str]) -> list[tuple[int, str]]:
    """Where one capitalised run holds several names: a full stop ends a name unless it abbreviates
    ('…the company's CTO. Tidewave Robotics has…'), and so does a possessive ('Sodam Tea House's Hadong plant').
    """
    text = match.group(0)
    cuts: list[tuple[int, int]] = []  # (end of one piece, start of the next), in ``text``
    for role in _ROLE_BETWEEN.finditer(text):
        cuts.append((role.start(), role.end()))
    for stop in re.finditer(r"\.[ \t]+|['’]s[ \t]+", text):
        word = re.split(r"[ \t]", text[: stop.start()])[-1]
        abbreviated = len(word) <= 1 or "." in word or word.lower() in _ABBREVIATED
        after = text[stop.end() :]
        next_sentence = _NEXT_SENTENCE.match(after) or after.split() and after.split()[0].lower() in OPENERS
        if stop.group(0).startswith(".") and abbreviated and not next_sentence:
            continue
        cuts.append((stop.start() if stop.group(0).startswith(".") else stop.start() + 2, stop.end()))
    pieces: list[tuple[int, str]] = []
    begin = 0
    for end, following in sorted(cuts):
        pieces.append((match.start() + begin, text[begin:end]))
        begin = following
    pieces.append((match.start() + begin, text[begin:].rstrip(".")))
    return [(offset, piece) for offset, piece in pieces if piece]


def mostly_korean(text: str) -> bool:
    return len(re.findall(r"[가-힣]", text)) >= len(re.findall(r"[A-Za-z]", text))


def sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \"“‘'(")
    return not before or before[-1] in ".!?\n:—–-·|"


LEGAL_FORMS = {"co", "ltd", "inc", "corp", "corporation", "llc", "company", "plc", "gmbh"}


def without_legal_form(name: str) -> str:
    """'Hanbit Bakery Co., Ltd.' is Hanbit Bakery; 'Seoul National University' is not 'Seoul National'."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].rstrip(".").lower() in LEGAL_FORMS:
        words.pop()
    return " ".join(words)
