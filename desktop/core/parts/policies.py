"""Which chapter of a staff manual each of the company's rules belongs in.

A manual states every rule the user gave, word for word, inside the chapter
it is about: "고객 불만은 당일 매장운영팀장에게 보고한다" goes to "고객 응대".
The decision is made from shared words (Kiwi's nouns for Korean, words for
English): a noun the rule and the chapter title share counts 1, a title noun
contained in a longer noun of the rule ('위생' in '위생모') counts ½, and a tie
goes to the chapter whose word comes first in the rule (a rule's topic comes
first). A rule sharing no word with any chapter goes to the chapter about
general ways of working if there is one, else the first chapter. Every
placement is also written down for the reader (``placement_notes``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core import korean

#: Chapter titles that hold the rules no other chapter claims.
_GENERAL_WORDS = ("일하는 방식", "공통", "기본", "근무", "규칙", "general", "basics", "working", "rules", "conduct")
_NOUN_TAGS = {"NNG", "NNP", "SL", "SH", "XR"}
_EN_STOP = {"the", "and", "for", "with", "our", "all", "every", "must", "are", "who", "what", "how", "your", "staff"}


@dataclass(frozen=True)
class Placement:
    policy: str
    chapter: str
    #: True when the rule shared no word with any chapter and went to the general chapter.
    by_default: bool = False


def place_policies(chapters: list[str], policies: list[str], language: str) -> list[Placement]:
    """One placement per policy, in the order the user gave them."""
    if not chapters:
        return []
    return [_place(chapters, policy, language) for policy in policies]


def policies_for(chapter: str, chapters: list[str], policies: list[str], language: str) -> list[str]:
    return [p.policy for p in place_policies(chapters, policies, language) if p.chapter == chapter]


def _place(chapters: list[str], policy: str, language: str) -> Placement:
    policy_words = _words(policy, language)
    scored: list[tuple[float, int, int, str]] = []
    for order, chapter in enumerate(chapters):
        score, first = _score(_words(chapter, language), policy_words)
        if score > 0:
            scored.append((-score, first, order, chapter))
    if scored:
        return Placement(policy, min(scored)[3])
    general = next((c for c in chapters if any(word in c.lower() for word in _GENERAL_WORDS)), chapters[0])
    return Placement(policy, general, by_default=True)


def _score(title_words: list[str], policy_words: list[str]) -> tuple[float, int]:
    score, first = 0.0, len(policy_words)
    for word in set(title_words):
        for position, candidate in enumerate(policy_words):
            contained = min(len(word), len(candidate)) >= 2 and (word in candidate or candidate in word)
            weight = 1.0 if candidate == word else 0.5 if contained else 0.0
            if weight:
                score += weight
                first = min(first, position)
                break
    return score, first


def _words(text: str, language: str) -> list[str]:
    if language == "en" or not re.search(r"[\uac00-\ud7a3]", text):
        words = [w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _EN_STOP]
        return [w[:-1] if len(w) > 4 and w.endswith("s") else w for w in words]
    return [token.form for token in korean.tokenize(text) if token.tag in _NOUN_TAGS]


def placement_notes(placements: list[Placement], language: str) -> list[str]:
    """How each rule was placed, for the reader and the review step."""
    notes = []
    for placement in placements:
        if language == "en":
            reason = " (it names no chapter's subject)" if placement.by_default else ""
            notes.append(f"“{placement.policy}” → {placement.chapter}{reason}")
        else:
            reason = " (어느 장의 주제어도 없어 기본 장에 둠)" if placement.by_default else ""
            notes.append(f"“{placement.policy}” → {placement.chapter}{reason}")
    return notes


def people_in(rules: list[str]) -> list[str]:
    """Titles a rule says to report to ('매장운영팀장에게 보고한다' → '매장운영팀장'), for "whom to ask"."""
    found: list[str] = []
    for rule in rules:
        tokens = korean.tokenize(rule)
        for index, token in enumerate(tokens):
            if token.tag != "JKB" or token.form not in ("에게", "께") or index == 0:
                continue
            start = index
            while (
                start > 0
                and tokens[start - 1].tag in ("NNG", "NNP")
                and tokens[start - 1].start + tokens[start - 1].len == tokens[start].start
            ):
                start -= 1
            name = rule[tokens[start].start : token.start]
            if name.endswith("장") and name not in found:  # a title (팀장, 센터장, 점장), not a customer
                found.append(name)
    return found
