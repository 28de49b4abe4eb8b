"""Awards and certifications: '2025 대한민국 산업대상 수상', 'ISO 14001 인증 획득', 'won the Red Dot Award'.

An award is named by a few words before its marker (상, 대상, 어워드, 인증,
선정; Award, Prize, certification). It is supported when its distinctive
words (not the marker, not 'the', not a particle) are in the sources, in
the same language or, for an English draft from Korean facts, as the same
idea (Award = 상, Korea = 대한민국). Well-known certifications (ISO 9001,
HACCP, SOC 2) are claims wherever they appear.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.core.factcheck.name_forms import short_forms
from desktop.core.factcheck.text import Analysed, Word, squash
from desktop.core.factcheck.vocab import concept, is_generic, vocabulary
from desktop.core.findings import Kind

if TYPE_CHECKING:
    from desktop.core.factcheck.context import CheckContext

_KO_MARKER = re.compile(r"(?:상|대상|어워드|어워즈|표창|인증|인증서)$")
_KO_AFTER = re.compile(r"^(?:수상|인증|획득|취득|선정|지정|받|차지)")
_KO_DESIGNATED = re.compile(r"^(?:선정|지정|인정|등록)")
_WHEN = {"해", "올해", "지난해", "그해", "이듬해", "작년", "올", "당시", "같은해"}
_KO_AS = re.compile(r"[가-힣](?:으로|로)[,.]?$")
_EN_AWARD = re.compile(
    r"(?:(?:\d{4}\s+)?(?:[A-Z][\w&'’-]*|of|the|for|and|in)\s+){0,7}?(?:[A-Z][\w&'’-]*\s+)?(?:Awards?|Prize|Medal|Grand Prix)\b"
)
_EN_CERT = re.compile(
    r"\b(?:ISO\s?\d{4,5}(?::\d{4})?|SOC\s?[12](?:\s+Type\s+(?:II|I|1|2))?|HACCP|K?c?GMP|B Corp(?:oration)?|PCI DSS|ISMS(?:-P)?|FSC|LEED|Fairtrade)\b"
)
#: 'FDA clearance', 'FDA 510(k) clearance', 'MFDS Class II approval': a named authority's approval, with its pathway.
_EN_APPROVAL = re.compile(
    r"\b(?:[A-Z]{2,6}|[A-Z][a-z]*[A-Z][A-Za-z]*)"
    r"(?:\s+(?:510\(k\)|Class\s+(?:III|II|I|[123])|[A-Z]?\d{2,}[\w()-]*|De\s+Novo|PMA|Moderate|High|Low))?"
    r"[- ](?:approved|approval|cleared|clearance|certified|certification|authori[sz]ation|authori[sz]ed)\b"
)
_GENERIC_AWARD_WORDS = {
    "the",
    "a",
    "an",
    "of",
    "for",
    "and",
    "in",
    "award",
    "awards",
    "prize",
    "medal",
    "상",
    "대상",
    "인증",
    "수상",
    "올해",
    "최근",
    "이번",
}
_WINDOW = 4


def unsupported_awards(doc: Analysed, ctx: CheckContext) -> list[tuple[int, int, Kind]]:
    found: list[tuple[int, int, Kind]] = []
    for start, end in _korean_awards(doc) + _english_awards(doc.text):
        if any(s < end and start < e for s, e, _ in found):
            continue
        if not _supported(doc.text[start:end], ctx):
            found.append((start, end, "award"))
    return found


def _korean_awards(doc: Analysed) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for sentence in doc.sentences:
        words = sentence.words
        for index, word in enumerate(words):
            following = words[index + 1].stem if index + 1 < len(words) else ""
            marked = bool(_KO_MARKER.search(word.stem)) or _approval(words, index)
            designated = _KO_DESIGNATED.match(following) and _KO_AS.search(word.text) and len(word.stem) >= 2
            if designated:
                marked, following = True, "선정"  # '조달청 우수제품으로 지정됐다': what it was named as is the claim
            if not marked and not (_KO_AFTER.match(following) and _names_something(word)):
                continue
            if marked and not _KO_AFTER.match(following) and not _named_award(word.stem):
                continue
            first = _phrase_start(words, index)
            spans.append((words[first].start if first < index else word.stem_start, word.stem_end))
    return spans


def _approval(words: list[Word], index: int) -> bool:
    """'미국 FDA 승인', '식약처 허가': an approval is a claim when a named authority gives it."""
    if words[index].stem not in ("승인", "허가") or index == 0:
        return False
    return _names_something(words[index - 1]) or words[index - 1].stem.endswith(("처", "청", "부"))


def _named_award(stem: str) -> bool:
    """'산업대상', 'ISO 인증' name an award by themselves; a bare '대상' (target) or '인증' does not."""
    return any(stem.endswith(marker) and len(stem) > len(marker) for marker in ("인증", "어워드", "대상"))


def _names_something(word: Word) -> bool:
    return any(t.tag in ("NNP", "SL") for t in word.tokens)


def _phrase_start(words: list[Word], index: int) -> int:
    """The award's name runs back over words that end in a noun, not a particle, a verb or a comma ('착한가게')."""
    first = index
    for back in range(index - 1, max(index - 1 - _WINDOW, -1), -1):
        word = words[back]
        last = next((t for t in reversed(word.tokens) if not t.tag.startswith(("SS", "SW"))), None)
        # '또 다시 인증을 받았다': an adverb or a determiner is not part of a name.
        if (
            last is None
            or last.tag.startswith(("J", "EC", "EF", "ETM", "SP", "SF", "MA", "MM"))
            or word.text.endswith((",", "."))
        ):
            break
        if word.stem in _WHEN:  # '같은 해 대전시 유망 중소기업으로 선정': the year is not part of the name
            break
        first = back
    return first


def _english_awards(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _EN_AWARD.finditer(text)]
    spans += [m.span() for m in _EN_CERT.finditer(text)]
    for match in re.finditer(r"\b(?:ISO|HACCP|SOC|GMP)\b[^.,;]{0,12}?(?=\s*(?:인증|certification|certified))", text):
        spans.append(match.span())
    spans += [m.span() for m in _EN_APPROVAL.finditer(text)]
    return spans


def _supported(phrase: str, ctx: CheckContext) -> bool:
    blob = ctx.sources.blob
    if squash(phrase) in blob or any(form in blob for form in short_forms(squash(phrase))):
        return True
    words = [
        w for w in re.findall(r"[A-Za-z][A-Za-z&'-]*|[가-힣]+|\d+", phrase) if w.lower() not in _GENERIC_AWARD_WORDS
    ]
    distinctive = [w for w in words if not is_generic(w)]
    if not distinctive:
        return True
    cert_names = {squash(c) for c in vocabulary().entities["certifications"]}
    # 'SOC 1' is not 'SOC 2': a number belongs to the name before it ('ISO 27001' is ISO/IEC 27001).
    numbered = [
        rf"{re.escape(squash(a))}[a-z]{{0,4}}{b}(?!\d)" for a, b in zip(words, words[1:], strict=False) if b.isdigit()
    ]
    if any(not re.search(pair, blob) for pair in numbered):
        return False
    # The words must come from what the sources say of awards: '뷰티' in a partner's name (사이공뷰티)
    # does not support a '뷰티어워드'.
    awards = squash(" ".join(t for t in ctx.sources.texts if _AWARD_TEXT.search(t)))
    matched = 0
    for word in distinctive:
        stem = _without_marker(word)
        if (
            squash(stem) in awards
            or squash(word) in awards
            or word.isdigit()
            and word in blob
            or concept(stem) in ctx.sources.concepts
            and squash(word) not in cert_names
        ):
            matched += 1
    return matched == len(distinctive)


#: A source text that speaks of an award, a certification or an approval.
_AWARD_TEXT = re.compile(
    r"[가-힣]상(?![가-힣])|상을|대상|어워[드즈]|인증|선정|지정|수상|표창|승인|허가|등록|"
    r"award|prize|medal|certif|accredit|approv|named|listed|winner|ISO|HACCP|SOC|GMP",
    re.IGNORECASE,
)


def _without_marker(word: str) -> str:
    """'산업대상' → '산업', '혁신기업상' → '혁신기업' (the marker itself is not distinctive)."""
    return re.sub(r"(?:대상|상|어워드|인증)$", "", word) or word
