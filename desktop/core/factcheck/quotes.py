"""Quotations: only the quoted speaker speaks, and only what the quote points say.

A model happily writes a CEO's quote nobody said. A quotation is kept only
when its speaker is the one the answers name (``quote_speaker``, else the
CEO) and its words say what ``quote_points`` say: measured as the share of
the quote's content words (lemmas, mapped to concepts across languages)
found in the points, not as an exact match, so a faithful rewording passes.
A quotation that appears word for word in the sources is a source itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop.core.factcheck.people import Mention, find_people, same_person
from desktop.core.factcheck.report import finding
from desktop.core.factcheck.text import HANGUL_RE, Analysed, squash
from desktop.core.factcheck.vocab import concept, is_generic
from desktop.core.findings import Finding, Severity

if TYPE_CHECKING:
    from desktop.core.factcheck.context import CheckContext

_PAIRS = {"“": "”", '"': '"', "«": "»", "「": "」", "『": "』"}
_QUOTE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»|「[^」\n]*」|『[^』\n]*』")
_MIN_SPEECH = 8
_CONTENT_TAGS = ("NNG", "NNP", "VV", "VA", "XR", "SL", "SN", "MAG")
_EN_STOP = re.compile(
    r"^(?:i|we|you|our|us|my|me|it|its|they|them|their|he|she|his|her|this|that|these|those|is|are|was|were|be|been|am|will|would|can|could|should|have|has|had|do|does|did|not|no|so|very|just|also|more|most|all|every)$"
)
#: Share of the quote's (or the points') ideas the other side says: a faithful rewording keeps ~half its words.
_SHARE = 0.4
_MIN_SHARED = 2
_NEAR = 80


@dataclass(frozen=True)
class Quotation:
    start: int
    end: int
    inner: str


def quote_pairs(text: str) -> list[Quotation]:
    """Every double-quoted stretch, straight quotes paired in order on their line ('"…"라며 "…"' is two)."""
    return [Quotation(m.start(), m.end(), m.group(0)[1:-1].strip()) for m in _QUOTE.finditer(text)]


def find_quotations(text: str) -> list[Quotation]:
    """Double-quoted speech (short quoted names such as '초록한끼' are names, not speech)."""
    return [q for q in quote_pairs(text) if len(q.inner) >= _MIN_SPEECH and (" " in q.inner or len(q.inner) > 15)]


_QUOTATIVE_KO = re.compile(r"^\s*(?:이?라?고|이?라며|이?라면서|며|면서|하고|라는|란)(?![가-힣])")
_SENTENCE_END = re.compile(r"(?:다|요|죠|니다|[.!?])[.!?]?$")


_SAYS = r"(?:said|says|added|noted|explained|told)"
_SOMEONE = r"(?:a|an|one|another)\s+(?:[\w&'’.-]+\s+){0,5}?"
#: Speech given to nobody by name: '…," said a buyer at …', 'a local retailer said', 'according to an analyst, "…"'.
_UNNAMED_AFTER = re.compile(rf"^\W{{0,3}}\s*(?:{_SAYS}\s+{_SOMEONE}[\w&'’.-]+|{_SOMEONE}[\w&'’.-]+\s+{_SAYS}\b)", re.I)
_UNNAMED_BEFORE = re.compile(rf"\b(?:according\s+to|{_SAYS})\s+{_SOMEONE}[\w&'’.-]+\W*$", re.I)
#: '한 관계자는 "…"', '업계 관계자는', '현지 바이어는': a quote from someone the draft does not name.
_UNNAMED_KO = re.compile(
    r"(?:^|\s)(?:한|익명의|익명을\s*요청한|[가-힣]*\s*)\s*(?:관계자|담당자|바이어|소비자|고객|직원|전문가|관계자들)(?:는|은|가|이|도)\s*$"
)


def _unnamed(text: str, quotation: Quotation) -> bool:
    """The quote is given to someone with no name ('a buyer', '한 관계자')."""
    after = text[quotation.end : quotation.end + 80]
    before = text[max(0, quotation.start - 60) : quotation.start]
    sentence_before = re.split(r"[.!?\n]\s", before)[-1]
    return bool(
        _UNNAMED_AFTER.match(after) or _UNNAMED_BEFORE.search(sentence_before) or _UNNAMED_KO.search(sentence_before)
    )


def _is_speech(text: str, quotation: Quotation, speaker: Mention | None) -> bool:
    """Speech has a speaker, a quotative ('…고 말했다', '…," said') or reads as a sentence; '"초기 입장문: …"' is a title."""
    if speaker is not None or _SENTENCE_END.search(quotation.inner) or _unnamed(text, quotation):
        return True
    after = text[quotation.end : quotation.end + 40]
    before = text[max(0, quotation.start - 40) : quotation.start]
    english = re.search(r"^\W{0,3}\s*(?:\w+\s+){0,4}(?:said|says|added|noted|explained)\b", after) or re.search(
        r"\b(?:said|says|added)\W*$", before
    )
    return bool(_QUOTATIVE_KO.match(after) or english)


def check_quotes(doc: Analysed, ctx: CheckContext) -> tuple[list[Finding], list[tuple[int, int]]]:
    mentions = find_people(doc)
    quotations = [q for q in find_quotations(doc.text) if _is_speech(doc.text, q, _speaker(doc, q, mentions))]
    findings: list[Finding] = []
    for quotation in quotations:
        problem = _judge(doc, quotation, mentions, ctx)
        if problem:
            severity, ko, en, excerpt = problem
            findings.append(
                finding(doc, "quote", severity, (quotation.start, quotation.end), ko, en, excerpt, ctx.language)
            )
    return findings, [(q.start, q.end) for q in quotations]


def _judge(
    doc: Analysed, quotation: Quotation, mentions: list[Mention], ctx: CheckContext
) -> tuple[Severity, str, str, str] | None:
    sources = ctx.sources
    points = str(ctx.answers.get("quote_points") or "").strip()
    inner = squash(quotation.inner)
    # A quote found word for word in the facts or the reference text (not the quote points) is a source itself.
    if inner and inner in sources.blob and inner not in squash(points):
        return None
    speaker = _speaker(doc, quotation, mentions)
    allowed = sources.speaker
    if speaker is not None and allowed is not None and not same_person(speaker, allowed):
        if _said_in_the_facts(quotation, speaker, ctx):
            return None  # a partner's or a new hire's words, as the facts give them
        return (
            "error",
            "인용할 사람이 아닌 사람의 인용문입니다.",
            "This quote is attributed to someone other than the quoted speaker.",
            _who(ctx),
        )
    if speaker is None and not quoted_speech_expected(ctx):
        return None  # a crisis plan's or a manual's quoted words are wording to use («노코멘트»), not speech
    role = _role_only(doc.text, quotation)
    configured = str(ctx.answers.get("quote_speaker") or "")
    if speaker is None and role and configured and role.lower() not in configured.lower():
        return (  # '다산네트웍스 대표는 "…"' when the words are the 본부장's
            "error",
            "인용할 사람이 아닌 사람의 인용문입니다.",
            "This quote is attributed to someone other than the quoted speaker.",
            configured,
        )
    if speaker is None and not _unnamed(doc.text, quotation) and _said_in_the_facts(quotation, None, ctx):
        return None  # '"…," the judges said': a citation the facts record
    if speaker is None and _unnamed(doc.text, quotation) and not _spokesperson_allowed(doc.text, quotation, ctx):
        return (
            "error",
            "이름 없는 사람의 인용문입니다. 보도자료에는 인용할 사람의 말만 싣습니다.",
            "A quote from someone unnamed; only the quoted speaker may be quoted.",
            _who(ctx),
        )
    if inner and inner in squash(points):
        return None
    if not points:
        return (
            "error",
            "인용문 요지가 없는데 인용문이 있습니다.",
            "There are no quote points, yet the draft quotes someone.",
            "",
        )
    shared, share = _overlap(quotation.inner, points)
    if shared >= _MIN_SHARED and share >= _SHARE or shared >= 1 and share >= 0.99:
        return None
    if bool(HANGUL_RE.search(quotation.inner)) != bool(HANGUL_RE.search(points)):
        # Meaning across languages cannot be measured by shared words: the user must look.
        return (
            "warning",
            "번역된 인용문입니다. 인용문 요지와 같은 말인지 확인하세요.",
            "A translated quote: check it says what the quote points say.",
            points,
        )
    return "error", "인용문 요지에 없는 말입니다.", "The quote says things the quote points do not.", points


#: A fact that records someone's words: 'Judges' citation: …', 'Quote: …', '심사평: …'.
_RECORDED_WORDS = re.compile(r"citation|quote|said|says|praised|statement|인용|심사평|발언|말했|밝혔", re.IGNORECASE)


#: A quote given to a role with no name: '다산네트웍스 대표는 "…"', '"…," said the company's CEO'.
_ROLE_KO = re.compile(r"(?:^|\s)\S*\s?(대표이사|대표|사장|회장|부회장|본부장|관계자|대변인)(?:는|은|가|이)\s*$")
_ROLE_EN = re.compile(
    r"^\W{0,3}\s*said\s+(?:the\s+)?(?:company['’]s\s+|its\s+)?(CEO|president|chairman|founder|spokesperson)\b", re.I
)


def _role_only(text: str, quotation: Quotation) -> str:
    before = re.split(r"[.!?\n]\s", text[max(0, quotation.start - 40) : quotation.start])[-1]
    match = _ROLE_KO.search(before) or _ROLE_EN.match(text[quotation.end : quotation.end + 60])
    return match.group(1) if match else ""


def _said_in_the_facts(quotation: Quotation, speaker: Mention | None, ctx: CheckContext) -> bool:
    """Another person's quote the facts record with their name ('Matt Zeiger: "…"'), or words no person is
    named for that a fact records ('Judges' citation: …'): most of its words are there."""
    surname = (speaker.name.split() or [speaker.name])[-1] if speaker else ""
    for text in ctx.sources.texts:
        if speaker is None and _RECORDED_WORDS.search(text) or surname and surname in text:
            shared, share = _overlap(quotation.inner, text)
            if shared >= _MIN_SHARED and share >= _SHARE:
                return True
    return False


def _spokesperson_allowed(text: str, quotation: Quotation, ctx: CheckContext) -> bool:
    """'파크랜드 관계자는 "…"' when the person asked for the quote of '파크랜드 관계자' (a spokesperson)."""
    configured = str(ctx.answers.get("quote_speaker") or "").lower()
    window = (text[max(0, quotation.start - 60) : quotation.start] + text[quotation.end : quotation.end + 60]).lower()
    return any(word in configured and word in window for word in ("관계자", "spokesperson", "spokeswoman", "spokesman"))


def quoted_speech_expected(ctx: CheckContext) -> bool:
    """Only a document that quotes someone (a release's ``quote_field``) has speech in its quotation marks."""
    return ctx.workflow is None or bool(ctx.workflow.quote_field)


def _who(ctx: CheckContext) -> str:
    speaker = ctx.sources.speaker
    if speaker is None:
        return ""
    titles = sorted(speaker.titles, key=len)
    title = titles[0] if titles else ""
    return f"{speaker.name} {title}".strip() if ctx.language == "ko" else f"{speaker.name}"


def _speaker(doc: Analysed, quotation: Quotation, mentions: list[Mention]) -> Mention | None:
    """The person the quote is attributed to: the nearest name in its paragraph, after it first, then before it."""
    unit = doc.unit_at(quotation.start)
    if unit is None:
        return None
    after = [m for m in mentions if quotation.end <= m.start <= min(unit.end, quotation.end + _NEAR)]
    if after:
        return after[0]
    before = [m for m in mentions if unit.start <= m.end <= quotation.start]
    return before[-1] if before else None


@lru_cache(maxsize=256)
def content_words(text: str) -> frozenset[str]:
    """Lemmas of a text's content words, as concepts (so '고객' and 'customers' can meet)."""
    if HANGUL_RE.search(text):
        analysed = Analysed(text, markdown=False)
        return frozenset(
            concept(token.form)
            for token in analysed.tokens
            if token.tag.startswith(_CONTENT_TAGS) and not is_generic(token.form)
        )
    words = re.findall(r"[A-Za-z][A-Za-z'-]*|\d+", text)
    return frozenset(concept(word) for word in words if not is_generic(word) and not _EN_STOP.match(word.lower()))


def _overlap(quote: str, points: str) -> tuple[int, float]:
    mine = content_words(quote)
    theirs = content_words(points)
    if not mine:
        return 0, 0.0
    shared = len(mine & theirs)
    return shared, max(shared / len(mine), shared / max(len(theirs), 1))
