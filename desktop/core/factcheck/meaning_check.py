"""Changes of meaning with the same words: direction, outcome, negation and the year, against the facts.

'매출이 12.5% 줄었다' where the facts say it grew, 'MOU 체결을 취소했다' for a signed MOU, '수행하지
못했다' for '수행했다', 'down' for 'up', '내년' for this year: every figure and name is still true, so no
other check sees it. A draft sentence is set beside the source sentence that says most of the same
things (the same figure, or most of its ideas); when the draft's direction, outcome, negation or
relative year contradicts that sentence, the finding names the word and quotes the facts.

Negation is judged only in press releases: a plan's or a manual's rules say 'not' in their own way
("말하지 않는다" for the facts' "발설 금지"), and only beside a source sentence that retells the same
thing, so 'no plastic' for '플라스틱 없는' (both negative) passes.
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
    "up": r"증가|급증|늘어|늘었|늘린|늘려|늘리|상승|성장|확대|높아|높였|높인|높여|높이|초과"
    r"|\b(?:up|increase[sd]?|increasing|rise|rose|risen|grew|grow[sn]?|higher|gain(?:ed)?|expand(?:s|ed|ing)?|more)\b",
    "down": r"감소|급감|줄어|줄었|줄인|줄여|줄이|줄일|하락|축소|낮아|낮췄|낮춘|낮춰|낮추|미달|못\s?미치|못\s?미칠"
    r"|\b(?:down|decrease[sd]?|decreasing|fall|fell|fallen|decline[sd]?|lower|drop(?:ped)?|shrink(?:s|ing)?|shrank|shrunk|fewer)\b",
    "done": r"체결했|체결한|개최했|개최한|완료했|마쳤|출시했|문을 열|\b(?:signed|completed|held|launched|opened)\b",
    # '해지' as the word, not inside '정해지지': it stands alone or takes its verb or particle.
    "undone": r"취소|연기|중단|(?<!정)해지(?=했|한|하|됐|된|되|를|가|\s|$)|철회|무산|\b(?:cancell?ed|postponed|terminated|suspended|withdr[ae]wn?|closed)\b",
    "before": r"(?<![가-힣])(?:전에|이전에)|\bbefore\b",
    "after": r"(?<![가-힣])(?:후에|이후에|다음에)|\bafter\b",
}
_OPPOSITE = {"up": "down", "down": "up", "done": "undone", "undone": "done", "before": "after", "after": "before"}
#: A predicate said in the negative: '수행하지 못했다', '동참하지 않고', '경쟁력이 없다', '처음이 아니다', 'no longer'.
_NEGATION = re.compile(
    r"지\s?(?:않|못)|(?<![가-힣])못\s?(?=[가-힣])|없(?:다|는|고|어|었|이|게|음)|아니(?:다|며|고|라|었)"
    r"|\b(?:not|no longer|never|cannot|can't|won't|isn't|aren't|wasn't|doesn't|don't|didn't|no)\b",
    re.IGNORECASE,
)
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
    negation = ctx.workflow is None or ctx.workflow.name == "press-release"
    for sentence in doc.sentences:
        text = doc.text[sentence.start : sentence.end]
        mine = content_words(text)  # analysed once for both comparisons
        if len(mine) < 3:
            continue
        source = _retold(text, mine, sources)
        near = _near(mine, sources)
        told = [source] if source else near  # the sentence it retells, else those that tell some of it
        problem = next((p for p in (_contradiction(text, t, release_year) for t in told) if p), None) or (
            _negated(text, near) if negation and near else None
        )
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


def _retold(text: str, mine: frozenset[str], sources: list[Told]) -> str:
    """The source sentence ``text`` (whose ideas are ``mine``) retells: one sharing a figure and some ideas,
    or most of its ideas."""
    figures = [q.value for q in find_quantities(text)]
    best, best_score = "", 0.0
    for source, theirs, values in sources:
        share = len(mine & theirs) / len(mine)
        figure = any(same_value(a, b) for a in figures for b in values)
        score = share + (0.5 if figure else 0.0)
        if (share >= _SAME_STORY or figure and share >= 0.3) and score > best_score:
            best, best_score = source, score
    return best


#: Share of a draft sentence's ideas a source sentence needs to be weighed for a denial.
_NEAR_STORY = 0.35


def _near(mine: frozenset[str], sources: list[Told]) -> list[str]:
    """The source sentences that tell something of the same story (a third of its ideas), best first."""
    scored = [(len(mine & theirs) / len(mine), source) for source, theirs, _ in sources]
    return [source for share, source in sorted(scored, reverse=True)[:3] if share >= _NEAR_STORY]


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
    undone = mine.get("undone")
    if undone and "undone" not in theirs:  # 'withdrawn', '납품을 연기했다': the facts tell it as it happened
        return (
            undone.start(),
            undone.end(),
            "자료에는 없는 취소·연기·중단입니다.",
            "The facts say nothing of this being cancelled, postponed or stopped.",
        )
    return _other_year(text, source, release_year)


def _negated(text: str, near: list[str]) -> tuple[int, int, str, str] | None:
    """'수행하지 못했다' beside the facts' '수행했다', or 'is now authorized' beside 'not yet authorized':
    one side denies a word the other says while denying nothing ('국내에서 볼 수 없는' beside '국내에
    없는' is the same denial in other words)."""
    mine = list(_NEGATION.finditer(text))
    for source in near:
        theirs = list(_NEGATION.finditer(source))
        if mine and not theirs:
            for match in mine:
                word = _denied_word(text, match)
                if word and _says(source, word):
                    return (
                        match.start(),
                        match.end(),
                        "자료와 달리 부정하는 말입니다. 자료는 그렇다고 합니다.",
                        "This denies what the facts affirm.",
                    )
        if theirs and not mine and source is near[0]:
            for match in theirs:
                word = _denied_word(source, match)
                if word and (found := _says(text, word)):
                    return (
                        found.start(),
                        found.end(),
                        "자료는 부정하는 말입니다(아니다·않다·없다).",
                        "The facts say this is not so.",
                    )
    return None


_EN_FILLER = {
    "yet",
    "be",
    "been",
    "being",
    "longer",
    "a",
    "an",
    "the",
    "to",
    "so",
    "always",
    "only",
    "currently",
    "now",
}


def _denied_word(text: str, match: re.Match[str]) -> str:
    """What a negation denies: the English word after it ('not yet *authorized*'), the Korean word before it
    ('*수행하*지 못했다', '*경쟁력*이 없다', '*처음*이 아니다')."""
    if re.match(r"[A-Za-z]", match.group(0)):
        for word in re.findall(r"[A-Za-z][A-Za-z'-]*", text[match.end() : match.end() + 40]):
            if word.lower() not in _EN_FILLER:
                return word.lower()[:6]
        return ""
    before = [
        w for w in re.findall(r"[가-힣]+", text[max(0, match.start() - 16) : match.start()]) if w not in _KO_FILLER
    ]
    if not before:
        return ""
    stem = re.sub(r"(?:하|되|이|가|을|를|은|는|할|수|에|에서|의|와|과|로|으로)$", "", before[-1])
    return stem[:2] if len(stem) >= 2 else ""


#: Words between what is denied and the denial ('활용 할 수 없게', '볼 수 없는').
_KO_FILLER = {"수", "할", "될", "것", "하", "되", "할수", "있을", "더", "잘", "전혀", "아직"}


def _says(text: str, word: str) -> re.Match[str] | None:
    return re.search(re.escape(word), text, re.IGNORECASE)


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
