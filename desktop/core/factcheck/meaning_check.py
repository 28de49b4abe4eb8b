"""Changes of meaning with the same words: direction, outcome and the year, against the facts.

'매출이 12.5% 줄었다' where the facts say it grew, 'MOU 체결을 취소했다' for a signed MOU, 'down' for
'up', '내년' for this year: every figure and name is still true, so no other check sees it. A draft
sentence is set beside the source sentence that says most of the same things (the same figure, or
most of its ideas); when the draft's direction, outcome or relative year contradicts that sentence,
the finding names the word and quotes the facts. An added negation is not judged yet: rules and
paraphrases say 'not' too often ("말하지 않는다", "no plastic") for a word-level test.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.core.factcheck.numerals import find_quantities, same_value
from desktop.core.factcheck.quotes import content_words
from desktop.core.factcheck.report import finding
from desktop.core.factcheck.text import Analysed
from desktop.core.findings import Finding

if TYPE_CHECKING:
    from desktop.core.factcheck.context import CheckContext

#: Words of one direction or outcome, and the group that contradicts it.
_GROUPS = {
    "up": r"증가|늘어|늘었|늘린|늘려|늘리|늘었|상승|성장|\b(?:up|increase[sd]?|increasing|rise|rose|risen|grew|grow[sn]?|higher|gain(?:ed)?)\b",
    "down": r"감소|줄어|줄었|줄인|줄여|줄이|하락|축소|\b(?:down|decrease[sd]?|decreasing|fall|fell|fallen|decline[sd]?|lower|drop(?:ped)?)\b",
    "done": r"체결했|체결한|개최했|개최한|완료했|마쳤|출시했|문을 열|\b(?:signed|completed|held|launched|opened)\b",
    "undone": r"취소|연기|중단|해지|철회|무산|\b(?:cancell?ed|postponed|terminated|suspended|withdr[ae]w[n]?|closed)\b",
}
_OPPOSITE = {"up": "down", "down": "up", "done": "undone", "undone": "done"}
_RELATIVE_YEAR = {
    r"올해|금년|\bthis year\b": 0,
    r"내년|\bnext year\b": 1,
    r"지난해|작년|\blast year\b": -1,
}
_YEAR = re.compile(r"(?<!\d)(20\d{2})(?:년|\b)")
#: Share of a draft sentence's ideas the source sentence must share to be the one it retells.
_SAME_STORY = 0.6


def check_meaning(doc: Analysed, ctx: CheckContext) -> list[Finding]:
    findings: list[Finding] = []
    sources = _told(ctx.sources.doc)
    release_year = ctx.sources.release_date.year if ctx.sources.release_date else None
    for sentence in doc.sentences:
        text = doc.text[sentence.start : sentence.end]
        source = _retold(text, sources)
        if not source:
            continue
        problem = _contradiction(text, source, release_year)
        if problem:
            span_start, span_end, ko, en = problem
            start, end = sentence.start + span_start, sentence.start + span_end
            findings.append(finding(doc, "meaning", "error", (start, end), ko, en, source[:80], ctx.language))
    return findings


#: A source sentence with its ideas and its figures, read once per check context.
Told = tuple[str, frozenset[str], tuple[float, ...]]


def _told(sources: Analysed) -> list[Told]:
    """The sources' sentences, analysed once (kept on the sources' own memo, so every draft reuses them)."""
    if "told" not in sources.memo:
        texts = [sources.text[s.start : s.end] for s in sources.sentences]
        sources.memo["told"] = [
            (text, content_words(text), tuple(q.value for q in find_quantities(text))) for text in texts
        ]
    return sources.memo["told"]  # type: ignore[return-value]


def _retold(text: str, sources: list[Told]) -> str:
    """The source sentence ``text`` retells: one sharing a figure and some ideas, or most of its ideas."""
    mine = content_words(text)
    if len(mine) < 3:
        return ""
    figures = [q.value for q in find_quantities(text)]
    best, best_score = "", 0.0
    for source, theirs, values in sources:
        share = len(mine & theirs) / len(mine)
        figure = any(same_value(a, b) for a in figures for b in values)
        score = share + (0.5 if figure else 0.0)
        if (share >= _SAME_STORY or figure and share >= 0.3) and score > best_score:
            best, best_score = source, score
    return best


def _groups(text: str) -> dict[str, re.Match[str]]:
    found = {}
    for name, pattern in _GROUPS.items():
        match = re.search(pattern, text, re.IGNORECASE)
        if match:
            found[name] = match
    return found


def _contradiction(text: str, source: str, release_year: int | None) -> tuple[int, int, str, str] | None:
    mine, theirs = _groups(text), _groups(source)
    for name, match in mine.items():
        opposite = _OPPOSITE[name]
        if opposite in theirs and name not in theirs:
            said = theirs[opposite].group(0)
            return (
                match.start(),
                match.end(),
                f"자료와 반대되는 내용입니다(자료에는 '{said}').",
                f"This says the opposite of the facts (they say '{said}').",
            )
    return _other_year(text, source, release_year)


def _other_year(text: str, source: str, release_year: int | None) -> tuple[int, int, str, str] | None:
    """'내년' in the draft where the facts put the same thing in this year (or give its year)."""
    if release_year is None:
        return None
    for pattern, offset in _RELATIVE_YEAR.items():
        match = re.search(pattern, text, re.IGNORECASE)
        if not match:
            continue
        meant = release_year + offset
        stated = {int(year) for year in _YEAR.findall(source)}
        stated |= {release_year + o for p, o in _RELATIVE_YEAR.items() if re.search(p, source, re.IGNORECASE)}
        if len(stated) == 1 and meant not in stated:  # a sentence listing several years dates several things
            return (
                match.start(),
                match.end(),
                f"자료와 다른 해입니다({match.group(0)} = {meant}년).",
                f"Another year than the facts' ({match.group(0)} = {meant}).",
            )
    return None
