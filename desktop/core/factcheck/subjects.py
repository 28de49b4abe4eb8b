"""What a figure or a date is about: the words around it, reduced to ideas.

"신규 인력 142명" is wrong when the facts say 35명 신규 and 142명 직원, although
142명 is in the facts: the value is attached to another subject. So a claim's
subject is the content words of its own phrase (a few words before it, the
noun after it), mapped to concepts (직원 = 임직원 = employees). The same
function reads the sources, so both sides are described the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.factcheck.text import Analysed, Word
from desktop.core.factcheck.vocab import concept, is_generic

_CONTENT_TAGS = ("NNG", "NNP", "SL", "XR", "VV", "VA")
#: Ideas that set one figure apart from another of the same kind; they weigh double.
CONTRASTIVE = frozenset(
    {"new", "total", "annual", "monthly", "daily", "export", "profit", "revenue", "investment", "convenience", "hire"}
)
#: Ideas that make a figure another figure: 목표 400만 달러 is not 수출액 400만 달러, 기존 가격 not the new price.
QUALIFIERS = frozenset({"previous"})
CLAIMED_QUALIFIERS = frozenset({"target"})
_WORDS_BEFORE = 3
#: English prepositions open a phrase of their own, as Korean adverbial particles close one ('from three warehouses').
_EN_PREPOSITIONS = frozenset({"from", "in", "at", "with", "to", "by", "across", "into", "on", "through"})
_WORDS_AFTER = 2
_EN_DETERMINERS = frozenset({"its", "the", "their", "our", "a", "an", "his", "her", "this", "that", "all", "of"})
_MAKE = frozenset({"make", "makes", "made", "making"})


@dataclass(frozen=True)
class Subject:
    concepts: frozenset[str]
    #: The phrase around the claim (for messages: "자료에는 신규 채용 35명").
    start: int
    end: int


def subject_of(doc: Analysed, start: int, end: int, others: list[tuple[int, int]]) -> Subject:
    """The concepts of the phrase around ``[start, end)``; ``others`` are other claims' spans (boundaries)."""
    sentence = doc.sentence_at(start)
    if sentence is None:
        return Subject(frozenset(), start, end)
    words = sentence.words
    first = next((i for i, w in enumerate(words) if w.end > start), len(words))
    last = next((i for i in range(len(words) - 1, -1, -1) if words[i].start < end), first)
    found: set[str] = set()
    phrase_start, phrase_end = start, end
    for word in _before(words, first, others, last < len(words) and _complement(words[last])):
        found |= word_concepts(word)
        phrase_start = min(phrase_start, word.start)
    # '180대와 물류센터 두 곳': a figure that joins the next one lends it the nouns after it.
    if last < len(words) and not _closes(words[last]) and not _joins(words[last]):
        for word in _after(words, last, others):
            found |= word_concepts(word)
            phrase_end = max(phrase_end, word.end)
    if first < len(words):
        found |= word_concepts(words[first], before=start)
    return Subject(frozenset(found), phrase_start, phrase_end)


def _before(words: list[Word], first: int, others: list[tuple[int, int]], complement: bool = False) -> list[Word]:
    taken: list[Word] = []
    for index in range(first - 1, -1, -1):
        word = words[index]
        if not taken and _touches(word, others) and word.text.endswith("에서"):
            continue  # '가공량 900톤에서 2,000톤으로': the figure it grows from shares its subject
        if word.text.lower() == "up" or (word.text.lower() in _MAKE and words[index + 1].text.lower() == "up"):
            continue  # 'to make up 15% of revenue' makes nothing
        if _closes(word) or _ends_clause(word) or _touches(word, others) or len(taken) == _WORDS_BEFORE:
            break
        if _joins(word) or word.text.lower() in _EN_PREPOSITIONS:
            break  # '180 trucks and two centres', '40,000 parcels a day from three warehouses': another phrase's words
        if _adverbial(word) and not (complement and not taken and word.tokens[-1].tag == "JKO"):
            break
        taken.append(word)
    return taken


def _complement(word: Word) -> bool:
    """'목표를 400만 달러로 잡았다', '매출을 418억 원으로 늘렸다': the object is what the figure measures."""
    return bool(word.tokens) and word.tokens[-1].tag == "JKB" and word.tokens[-1].form in ("로", "으로")


def _adverbial(word: Word) -> bool:
    """'채용으로', '공장에서', '부품을' belong to the verb, not to the figure's noun phrase ('임직원 142명')."""
    return bool(word.tokens) and word.tokens[-1].tag in ("JKB", "JKO", "JC", "JKQ")


def _after(words: list[Word], last: int, others: list[tuple[int, int]]) -> list[Word]:
    taken: list[Word] = []
    counted = 0
    for word in words[last + 1 :]:
        if _touches(word, others) or counted == _WORDS_AFTER:
            break
        taken.append(word)
        counted += word.text.lower() not in _EN_DETERMINERS  # '15% of its revenue': 'its' points, 'revenue' counts
        if _closes(word) or _ends_clause(word) or _joins(word):
            break
    return taken


def _closes(word: Word) -> bool:
    """A comma, colon or full stop ends the phrase."""
    return word.text.rstrip("\"'”’)")[-1:] in (",", ".", ":", ";", "·", "—")


def _ends_clause(word: Word) -> bool:
    """A verb ending ('채용하고', '밝혔다') closes the clause before a figure."""
    return bool(word.tokens) and word.tokens[-1].tag.startswith("E") and word.tokens[-1].tag != "ETN"


def _joins(word: Word) -> bool:
    """'와/과' or 'and' joins the next figure's phrase, not this one's."""
    return bool(word.tokens) and word.tokens[-1].tag == "JC" or word.text.lower() in ("and", "및", "or")


def _touches(word: Word, spans: list[tuple[int, int]]) -> bool:
    return any(start < word.end and word.start < end for start, end in spans)


def word_concepts(word: Word, before: int | None = None) -> set[str]:
    """Concepts of a word's content morphemes (and of its stem as a whole, for compounds)."""
    found: set[str] = set()
    if word.tokens and word.tokens[0].tag == "NNP" and len(word.stem) > 3:
        return found  # a proper name (the company's, mostly) says nothing about which figure this is
    for token in word.tokens:
        if before is not None and token.start >= before:
            break
        if token.tag.startswith(_CONTENT_TAGS) and not is_generic(token.form) and not token.form.isdigit():
            found.add(concept(token.form))
    stem = word.stem if before is None else ""
    if len(stem) > 1 and not any(char.isdigit() for char in stem) and not is_generic(stem):
        found.add(concept(stem))
    return found


#: English function words that follow a counted noun ('customers in the beta') and say nothing of it.
_FUNCTION_WORDS = frozenset(
    "a an the in on at of for to by with from since and or per each than as into over under its their our".split()
)


def noun_concepts(noun: str) -> frozenset[str]:
    """The ideas of an English counted noun phrase ('pallets a day' → pallet, daily), function words left out."""
    return frozenset(concept(word) for word in noun.split() if word.lower() not in _FUNCTION_WORDS)


def overlap(claim: frozenset[str], source: frozenset[str]) -> int:
    shared = claim & source
    return sum(2 if idea in CONTRASTIVE else 1 for idea in shared)


def fit(claim: frozenset[str], source: frozenset[str]) -> int:
    """Overlap, less two for each qualifier that sets the two figures apart.

    A former model's price is another price, whichever side says 기존. A goal
    is only told apart when the draft calls it one ('목표를 2,350만 달러로'):
    drafts often state a goal without the word ('expects $4 million').
    """
    apart = (claim ^ source) & QUALIFIERS | (claim - source) & CLAIMED_QUALIFIERS
    return overlap(claim, source) - 2 * len(apart)


#: A word that starts a second predicate after 'and' ('and was selected', 'and opened').
_ENGLISH_VERB = re.compile(r"^(?:was|were|is|are|has|have|had|will|became|won|then|later|\w{3,}ed)$")


def clause_concepts(
    doc: Analysed, start: int, spans: list[tuple[int, int]], *, between_claims: bool = False
) -> frozenset[str]:
    """The ideas of the clause around ``start``: a date dates an event, and the clause tells which.

    A clause ends at a connective ending or a comma ('…성장했으며, 2025년 매출을 기록했다' is two).
    ``between_claims`` keeps only the words between the claims on either side ('기존 공장의 약 30%로
    늘어난 대지 5700평': 기존 qualifies 30%, not 5700평).
    """
    sentence = doc.sentence_at(start)
    if sentence is None:
        return frozenset()
    clauses: list[list[Word]] = [[]]
    words = sentence.words
    for index, word in enumerate(words):
        following = words[index + 1].text.lower() if index + 1 < len(words) else ""
        if word.text.lower() in ("and", "but") and clauses[-1] and _ENGLISH_VERB.match(following):
            clauses.append([])  # '… registered in 2022 and was selected … in 2024': a second event
        clauses[-1].append(word)
        if _closes(word) or word.tokens and word.tokens[-1].tag == "EC":
            clauses.append([])
    clause = next((c for c in clauses if c and c[0].start <= start < c[-1].end), sentence.words)
    low = max((e for _, e in spans if e <= start), default=0) if between_claims else 0
    high = min((b for b, _ in spans if b > start), default=len(doc.text)) if between_claims else len(doc.text)
    found: set[str] = set()
    for word in clause:
        if not _touches(word, spans) and low <= word.start and word.end <= high:
            found |= word_concepts(word)
    return frozenset(found)
