"""English wire-style sentences from key-point notes: a subject, a verb in the right tense, one date style.

"Opens April 9 at 120 Main Street" on a release of April 2 becomes "will open
on April 9 at 120 Main Street" (the company is the subject), "Series A of $12
million led by Harbor Ventures" becomes "The Series A of $12 million was led by
Harbor Ventures", and every date reads "June 30, 2026" whatever way it was
typed. A note with a verb of its own keeps its words. A note that is only a
noun phrase is kept as written, as an item of a list.
"""

from __future__ import annotations

import re

from desktop.core.writing.ap_style import ap_style
from desktop.core.writing.korean_sentences import NoteContext
from desktop.core.writing.lexicon import english_lexicon
from desktop.core.writing.statements import Statement
from desktop.core.writing.timing import FUTURE, ONGOING, PAST, PRESENT, find_times, tense_at

_WORDS = english_lexicon()
_IRREGULAR: dict[str, str] = _WORDS["irregular"]
_VERBS = set(_WORDS["verbs"]) | set(_IRREGULAR)
_PARTICIPLES = set(_WORDS["words"]["participles"])
_ADJECTIVES = set(_WORDS["words"]["adjectives"])
_PREPOSITIONS = set(_WORDS["words"]["prepositions"])
_DETERMINERS = {"new", "the", "a", "an", "our", "its", "all", "more", "most", "every", "each", "some", "many", "first"}
_PAST_FORMS = {past: base for base, past in _IRREGULAR.items()}
#: Sentence ends, but not the full stop of 'Oct.', 'St.', 'a.m.' or 'incl.'.
_ABBREVIATIONS = (
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "St.",
    "Ave.",
    "No.",
    "a.m.",
    "p.m.",
    "incl.",
    "approx.",
)
#: Sentence ends, but not the full stop of 'Oct.', 'St.', 'a.m.' or 'incl.'.
_SENTENCE_END = re.compile(
    "".join(f"(?<!{re.escape(word)})" for word in _ABBREVIATIONS) + r"(?<=[.!?])\s+(?=[A-Z0-9])|;\s*"
)
_ADJECTIVES = {"available", "open", "free", "ready", "live", "closed", "complimentary"}


def wire_dates(text: str) -> str:
    """Every date in one style (AP): see ``ap_style``."""
    return ap_style(text)


def english_statements(note: str, context: NoteContext) -> list[Statement]:
    """Every sentence an English note makes (one per sentence the note holds)."""
    text = ap_style(" ".join(note.split()))
    parts = [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]
    statements: list[Statement] = []
    for part in parts:
        told = statements[-1].tense if statements and statements[-1].tense in (PAST, FUTURE) else ""
        statements.append(_statement(part.rstrip(".;"), context, told))
    return statements


def _statement(text: str, context: NoteContext, told: str) -> Statement:
    tense = tense_at(find_times(text, context.release), context.release) or told
    if re.match(r"^(We|Our)\b", text):  # 'We will donate …' → 'Kestrel Outdoor Gear will donate …'
        text = re.sub(r"^We\b", context.company, re.sub(r"^Our\b", possessive(context.company), text))
        return Statement(text, context.company, True, (_sentence(text),), tense or PRESENT, english=True)
    if aim := re.match(r"^(target|goal|aim)s?\s*:\s*(.+)$", text, re.IGNORECASE):
        rest = aim.group(2)  # 'target: 15% of revenue …', 'goal: raise math scores …'
        if _base_form(rest.split()[0].lower()) in _VERBS:
            return _company_does(text, f"aims to {rest}", context, "target")
        body = _sentence(f"{possessive(context.company)} {aim.group(1).lower()} is {rest}")
        return Statement(text, context.company, True, (body,), "target", english=True)
    words = text.split()
    first = words[0].lower() if words else ""
    if first in ("not", "no", "never"):  # 'Not tested on animals': whose, the note does not say
        return Statement(text, context.company, True, (text,), tense or PRESENT, listed=True, english=True)
    if first in ("can", "will", "may", "could", "should"):
        return _company_does(text, text[0].lower() + text[1:], context, tense or PRESENT)
    if first in ("founded", "established", "based", "headquartered", "incorporated"):
        return _company_does(text, f"was {first} {_in_year(' '.join(words[1:]))}", context, PAST)
    if (
        first in _PARTICIPLES
        and len(words) > 1
        and words[1].lower() in ("online", "in", "at", "through", "by", "to", "from")
    ):
        # 'Sold in Korea and 9 other countries': something is sold, the note does not say what
        return Statement(text, context.company, True, (text,), tense or PRESENT, listed=True, english=True)
    if first.endswith("ed") or first in _PAST_FORMS:
        base = _PAST_FORMS.get(first) or _base_form(first[:-1] if first.endswith("ed") else first)
        if base in _VERBS:
            return _company_does(text, f"{first} {' '.join(words[1:])}", context, PAST)
    if first in _ADJECTIVES:
        subject = context.focus or context.company
        verb = "will be" if tense == FUTURE else "was" if tense == PAST else "is"
        body = _sentence(f"{subject} {verb} {text[0].lower()}{text[1:]}")
        return Statement(text, subject, True, (body,), tense or PRESENT, english=True)
    if first in ("plans", "plan", "planning", "aims", "aim", "aiming", "expects", "targets", "intends"):
        verb = {"planning": "plans", "aiming": "aims", "plan": "plans", "aim": "aims"}.get(first, first)
        return _company_does(text, f"{verb} {' '.join(words[1:])}", context, "plan")
    base = _base_form(first)
    if base in _VERBS and not _starts_noun_phrase(words):
        rest = " ".join(words[1:])
        return _company_does(text, f"{_conjugate(base, tense or PRESENT, first)} {rest}".strip(), context, tense)
    if _has_finite_verb(words):
        return Statement(text, context.company, True, (_sentence(text),), tense or PRESENT, english=True)
    participle = next((i for i, word in enumerate(words) if i > 0 and word.lower() in _PARTICIPLES), None)
    if participle is not None:
        subject = " ".join(words[:participle]).removesuffix(",")  # '600 bikes, delivered in …'
        if "," in subject:  # '12 products at launch, priced …': not one subject, kept as written
            return Statement(text, context.company, True, (text,), tense or PRESENT, listed=True, english=True)
        plural = _plural(subject)
        planned = words[participle].lower() in ("planned", "scheduled", "expected", "slated", "due", "set")
        verb = _be(PRESENT if planned else tense or PAST, plural)  # '40 new hires are planned by June 2027'
        body = _sentence(f"{_with_article(subject)} {verb} {' '.join(words[participle:])}")
        return Statement(text, subject, True, (body,), tense or PRESENT, english=True)
    return Statement(text, context.company, True, (text,), tense or PRESENT, listed=True, english=True)


def _company_does(note: str, predicate: str, context: NoteContext, tense: str) -> Statement:
    return Statement(
        note, context.company, False, (_sentence(predicate, capital=False),), tense or PRESENT, english=True
    )


def _conjugate(base: str, tense: str, written: str) -> str:
    if tense == PAST:
        return _IRREGULAR.get(base) or (base + "d" if base.endswith("e") else _doubled(base) + "ed")
    if tense == FUTURE:
        return f"will {base}"
    if tense == ONGOING or written.lower().endswith("ing"):
        return f"is {written.lower() if written.lower().endswith('ing') else base + 'ing'}"
    return _third_person(base)


def _third_person(base: str) -> str:
    if base == "have":
        return "has"
    if re.search(r"(s|sh|ch|x|z|o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


def _doubled(base: str) -> str:
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return base[:-1] + "i"
    if re.search(r"[^aeiou][aeiou][bdgmnpt]$", base) and base in (
        "plan",
        "ship",
        "top",
        "stop",
        "drop",
        "admit",
        "commit",
    ):
        return base + base[-1]
    return base


def _base_form(word: str) -> str:
    word = word.lower()
    if word in _VERBS:
        return word
    for ending, replacement in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
    ):
        if word.endswith(ending) and word[: -len(ending)] + replacement in _VERBS:
            return word[: -len(ending)] + replacement
    return word


def _starts_noun_phrase(words: list[str]) -> bool:
    """'Plans for …', 'Opening hours …': the first word is a noun there, not a verb."""
    return len(words) > 1 and words[1].lower() in ("for", "of", "to", "hours", "date", "day", "rate", "ceremony")


def _has_finite_verb(words: list[str]) -> bool:
    for index, word in enumerate(words[1:], start=1):
        lower = word.lower().strip(",")
        if lower in ("is", "are", "was", "were", "will", "has", "have", "had", "can", "opens", "plans"):
            return True
        previous = words[index - 1].lower()
        if word[:1].isupper() or previous in _DETERMINERS or re.match(r"^[\d$€£₩,.%]+$", previous):
            continue  # 'Hangang Partners', 'new hires', '40 hires': names and nouns, not verbs
        if lower in _VERBS and index >= 2 and previous not in _PREPOSITIONS | {"to", "will", "can", "may", "and", "or"}:
            return True  # 'Bread sales of the first week go to …': a plural subject's verb
        if lower.endswith(("s", "ed")) and _base_form(lower) in _VERBS and lower not in _PARTICIPLES:
            previous = words[index - 1].lower()
            if not re.match(r"^[\d$€₩,.%]+$", previous) and previous not in _PREPOSITIONS:
                return True
    return False


def _in_year(rest: str) -> str:
    """'Founded 2019 in Denver' → 'founded in 2019 in Denver'."""
    return re.sub(r"^(\d{4})\b", r"in \1", rest)


def _be(tense: str, plural: bool) -> str:
    if tense == ONGOING:  # 'sold since 2020' → 'have been sold since 2020'
        return "have been" if plural else "has been"
    if tense == PAST:
        return "were" if plural else "was"
    if tense == FUTURE:
        return "will be"
    return "are" if plural else "is"


def _plural(subject: str) -> bool:
    last = subject.split()[-1].lower() if subject.split() else ""
    numbered = re.match(r"^\d", subject) and not re.match(r"^1\b", subject)
    return bool(numbered) or (last.endswith("s") and not last.endswith("ss"))


def possessive(name: str) -> str:
    """AP: 'Olle Botanics'' (a name ending in s takes the apostrophe alone), 'Corner Ledger's'."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _with_article(subject: str) -> str:
    """'contract' → 'The contract'; a name, a figure or a phrase with its own article stays."""
    if (
        re.match(r"^(\d|the\b|a\b|an\b|its\b|our\b)", subject, re.IGNORECASE)
        or re.match(r"^[A-Z][a-z]+[A-Z]", subject)  # 'iPhone'-like names ('NaverPay')
        or subject[:1].isupper()
        and " " not in subject
    ):
        return subject[0].upper() + subject[1:]
    return f"The {subject}"


def _sentence(text: str, capital: bool = True) -> str:
    text = " ".join(text.split()).rstrip(".")
    if capital and text:
        text = text[0].upper() + text[1:]
    return text + "."
