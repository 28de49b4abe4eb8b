"""Hype reporters strike: superlative claims ("업계 최초", "세계에서 처음으로", "the world's first") and tone words.

A claim is an error and a tone word a warning, both unless the sources say it
themselves. Korean superlative claims are read by their shape, not from a list
of phrases: a scope (세계, 국내, 업계, 아시아, 전국, and "국내 기업 중") followed by
a claim of being first (최초, 처음으로), the only one (유일한, 유일하게) or the top
(최대, 최고, 1위, 가장 …). The sources support a claim when they make the same
claim over the same scope in any wording: "국내 최초" in the facts lets
"국내에서 처음으로" pass, but not "세계 최초".
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.factcheck.report import finding
from desktop.core.factcheck.text import Analysed, squash
from desktop.core.factcheck.vocab import vocabulary
from desktop.core.findings import Finding

_EN_HYPE_CLAIMS = re.compile(
    r"\b(?:(?:the\s+)?(?:world|korea|nation|country|industry|asia|market)(?:'s|’s)\s+(?:first|only|largest|biggest|best|no\.\s?1|most\s+[a-z-]+)"
    r"|top-rated|highest-rated|best-rated"
    r"|first[- ]ever|industry[- ]first|the\s+(?:first|only)\s+(?:company|brand|firm|business|maker|manufacturer|platform|provider|startup|bakery|one)\b"
    r"|(?:for\s+the\s+first\s+time|the\s+(?:first|only))\s+in\s+(?:the\s+)?(?:world|(?:south\s+)?korea|industry|asia|country|nation)\b"
    r"|number\s+one|no\.\s?1\b|#1\b|largest|biggest|unmatched|unrivall?ed|unparalleled|unprecedented)",
    re.IGNORECASE,
)

#: Scopes of a Korean superlative, each with the scope it means.
_SCOPES = {
    "세계": "world", "전세계": "world", "전 세계": "world", "글로벌": "world", "국내외": "world",
    "국내": "domestic", "한국": "domestic", "대한민국": "domestic", "전국": "domestic",
    "업계": "industry", "동종 업계": "industry", "동종업계": "industry", "아시아": "asia",
    "사상": "ever", "역대": "ever", "창사 이래": "ever", "창립 이래": "ever", "창사이래": "ever",
}  # fmt: skip
#: What stands between a scope and its claim: '국내 기업 중', '국내 소주 최초', '국내 두유업계 최초'
#: (a word of up to five letters, or any word ending in 업계 or 시장).
_GROUP = r"(?:\s*(?:[가-힣]{0,6}(?:시장|업계)|[가-힣]{1,5})(?:\s*(?:중|가운데))?)?"
_PARTICLE = r"(?:\s*(?:에서(?:는|도)?|의|중|가운데))?"
_CLAIMS = {
    "first": r"최초(?:로|의)?|처음(?:으로)?|맨\s*처음|가장\s*먼저",
    "only": r"유일(?:하게|한|무이)?|단\s*하나(?:뿐인)?의?",
    # Not '최대한' (as far as possible) nor an officer's title ('최고경영자', 'chief …').
    "top": r"최대(?!한)|최고(?!\s*(?:경영|책임|재무|기술|운영|의결|위원|마케팅|전략))|최다|최장기?|1위|일등|넘버원|으뜸"
    r"|(?:가장|제일)\s*[가-힣]+",
}
_SCOPE = "|".join(sorted((scope.replace(" ", r"\s*") for scope in _SCOPES), key=len, reverse=True))
_CLAIM = rf"(?:(?P<first>{_CLAIMS['first']})|(?P<only>{_CLAIMS['only']})|(?P<top>{_CLAIMS['top']}))"
_KO_CLAIM = re.compile(rf"(?<![A-Za-z])(?P<scope>(?<![가-힣]){_SCOPE}|(?<=[가-힣])업계){_GROUP}{_PARTICLE}\s*{_CLAIM}")
#: In the sources a group of up to three words may stand between scope and claim ('국내 수산가공업체 최초로').
_KO_STATED = re.compile(rf"(?<![가-힣A-Za-z])(?P<scope>{_SCOPE})(?:\s*[가-힣]{{1,12}}?){{0,3}}{_PARTICLE}\s*{_CLAIM}")


def korean_claims(text: str, *, stated: bool = False) -> list[tuple[int, int, tuple[str, str]]]:
    """Korean superlative claims with what they claim: '세계에서 처음으로' → (world, first).

    ``stated`` reads the sources, more widely: any group of one to three words may follow the scope.
    """
    found = []
    for match in (_KO_STATED if stated else _KO_CLAIM).finditer(text):
        scope = _SCOPES.get(re.sub(r"\s+", " ", match.group("scope")).strip(), "industry")
        kind = next(k for k in ("first", "only", "top") if match.group(k))
        if kind == "top" and re.match(r"가장|제일", match.group("top")) and "에서" not in match.group(0):
            continue  # '업계의 가장 큰 고민' is the industry's worry, not a claim about the company
        found.append((match.start(), match.end(), (scope, kind)))
    return found


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """Listed hype phrases as patterns: Korean ones may be written with or without spaces ('업계최초')."""
    hype = vocabulary().hype
    patterns: list[tuple[re.Pattern[str], bool]] = []
    for key, is_claim in (("claims_ko", True), ("adjectives_ko", False)):
        body = "|".join(r"\s*".join(re.escape(part) for part in phrase.split()) for phrase in hype[key])
        patterns.append((re.compile(rf"(?<![가-힣A-Za-z])(?:{body})"), is_claim))
    patterns.append((_EN_HYPE_CLAIMS, True))
    body = "|".join(re.escape(phrase) for phrase in sorted(hype["adjectives_en"], key=len, reverse=True))
    patterns.append((re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), False))
    return tuple(patterns)


def check_hype(doc: Analysed, source_text: str, source_blob: str) -> list[Finding]:
    """Hype in ``doc`` that the sources (their text, and squashed) do not state themselves."""
    stated = {claim for _, _, claim in korean_claims(source_text, stated=True)}
    spans: list[tuple[int, int, bool]] = []
    for pattern, is_claim in _patterns():
        spans += [(m.start(), m.end(), is_claim) for m in pattern.finditer(doc.text) if not _plain_use(doc.text, m)]
    structural = korean_claims(doc.text)
    spans += [(start, end, True) for start, end, _ in structural]
    supported = [(start, end) for start, end, claim in structural if claim in stated]
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for start, end, is_claim in sorted(spans, key=lambda span: (span[0], -span[1])):
        said = squash(doc.text[start:end]) in source_blob and not _unqualified(doc.text, start, source_text)
        if any(s < end and start < e for s, e in taken) or said:
            continue
        taken.append((start, end))
        if not any(s <= start and end <= e for s, e in supported):
            findings.append(_finding(doc, (start, end), is_claim))
    return findings


_ONE_OF = re.compile(
    r"\b(?:one|some|among)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|\bamong\s+(?:the\s+)?$", re.IGNORECASE
)


def _unqualified(text: str, start: int, source_text: str) -> bool:
    """'the largest … in the world' where the facts say only 'one of the largest': the claim grew."""
    word = re.match(r"[A-Za-z]+", text[start:])
    if not word or word.group(0).lower() not in ("largest", "biggest", "best", "leading", "top"):
        return False
    if _ONE_OF.search(text[max(0, start - 40) : start]):
        return False
    said = [m.start() for m in re.finditer(rf"\b{word.group(0)}\b", source_text, re.IGNORECASE)]
    return bool(said) and all(_ONE_OF.search(source_text[max(0, at - 40) : at]) for at in said)


#: 'a unique code', 'a perfect score' say what a thing is, not how good the company is.
_PLAIN_AFTER = re.compile(
    r"\s+(?:code|id|identifier|number|key|link|password|serial|visitors?|users?)\b", re.IGNORECASE
)


def _plain_use(text: str, match: re.Match[str]) -> bool:
    return match.group(0).lower() == "unique" and bool(_PLAIN_AFTER.match(text, match.end()))


def _finding(doc: Analysed, span: tuple[int, int], is_claim: bool) -> Finding:
    if is_claim:
        return finding(doc, "hype", "error", span,
                       "자료가 뒷받침하지 않는 최상급 주장입니다. 기자는 근거 없는 '최초·유일·최고'를 지웁니다.",
                       "A superlative the facts do not support; reporters strike unproven 'first', 'only', 'best'.")  # fmt: skip
    return finding(doc, "hype", "warning", span,
                   "과장된 표현입니다. 기자는 이런 수식어를 지웁니다.", "Hype: reporters strike words like this.")  # fmt: skip
