"""What kind of word each of the person's Korean words is, and its forms, through Kiwi.

A catchphrase form has slots, and a word fits a slot by its class: '정직'
(a noun that takes 하다 as an adjective) can be '정직한 밀' or '정직하게 굽습니다';
'뼈 없는' is already a modifier and may only stand before a noun, never get
'을 담은'; '굽다' is a verb ('매일 굽고', '천연 발효로 구운'); '함께' is an adverb.
Kiwi reads the class from the morphemes and shapes every ending
(``desktop.core.korean``); only the last morpheme is conjugated so the person's
spacing stays as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from desktop.core import korean
from desktop.core.writing.slogan_words import slogan_words

_NOUN_TAGS = {"NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "XSN", "NP", "XR"}
#: How much likelier Kiwi must find 'X하게' than a bare 'X' to read X as an adjective noun (정직, 정밀).
_ADJECTIVE_MARGIN = -3.0


def _is_adjective_tag(tag: str) -> bool:
    return tag.startswith("VA") or tag == "XSA"


def _is_predicate_tag(tag: str) -> bool:
    return tag.startswith(("VV", "VA", "VX")) or tag in ("XSV", "XSA")


@dataclass(frozen=True)
class KoreanWord:
    """One of the person's words: ``kind`` is noun, quality, modifier, verb or adverb.

    ``stem`` is the surface before the conjugated morpheme and ``last`` that morpheme
    (form, tag), so '뼈 없는' is ('뼈 ', ('없', 'VA')) and '정직' is ('정직', ('하', 'XSA')).
    """

    text: str
    kind: str
    stem: str = ""
    last: tuple[str, str] = ("", "")

    @property
    def adjective(self) -> bool:
        return self.kind in ("quality", "modifier") and _is_adjective_tag(self.last[1])

    @property
    def is_value(self) -> bool:
        """An abstract noun the person typed ('정직', '신뢰'), which a slogan may give or keep."""
        return self.kind in ("noun", "quality") and self.text in slogan_words().values

    def form(self, *ending: tuple[str, str]) -> str:
        """The word with ``ending`` morphemes: form(('게', 'EC')) → '정직하게'."""
        if not self.last[0]:
            return ""
        return self.stem + korean.join([self.last, *ending])

    def modifier(self, past: bool = False) -> str:
        """'정직한', '뼈 없는', '굽는' ('구운' when ``past``); '' for a noun without 하다 or an adverb."""
        if self.kind == "modifier" and not past:
            return self.text
        if self.kind == "verb":
            return self.form(("ᆫ", "ETM") if past else ("는", "ETM"))
        if self.kind == "modifier":
            return self.text
        return self.form(("ᆫ", "ETM")) if self.adjective else ""

    def adverb(self) -> str:
        """'정직하게', '따뜻하게', '함께'; '' when the word has no manner form."""
        if self.kind == "adverb":
            return self.text
        if self.kind == "modifier" and " " in self.text:
            return ""  # '뼈 없는' describes a thing; '뼈 없게' is no manner
        return self.form(("게", "EC")) if self.adjective else ""

    def polite(self) -> str:
        """'굽습니다', '정직합니다'."""
        return self.form(("ᆸ니다", "EF")) if self.kind != "noun" and self.last[0] else ""

    def connective(self) -> str:
        """'굽고', '따뜻하고'."""
        return self.form(("고", "EC")) if self.kind != "noun" and self.last[0] else ""


@lru_cache(maxsize=512)
def classify(text: str) -> KoreanWord | None:
    """The class and forms of one word or short phrase as the person typed it."""
    text = " ".join(text.split()).strip(" .,!?")
    tokens = [t for t in korean.tokenize(text) if t.tag not in ("SF", "SP", "SS", "SW")]
    if not tokens:
        return None
    if tokens[-1].form == "다" and len(tokens) > 1 and _is_predicate_tag(tokens[-2].tag):
        tokens = tokens[:-1]  # '굽다': the dictionary form is the verb itself
        return _predicate(text, tokens, "verb" if not _is_adjective_tag(tokens[-1].tag) else "quality")
    last = tokens[-1]
    if last.tag == "ETM" and len(tokens) > 1 and (_is_predicate_tag(tokens[-2].tag) or tokens[-2].tag == "VCP"):
        return _predicate(text, tokens[:-1], "modifier")
    if last.tag == "EC" and last.form == "게" and len(tokens) > 1 and _is_adjective_tag(tokens[-2].tag):
        return _predicate(text, tokens[:-1], "quality")
    if last.tag == "MAG" or last.tag.startswith("JKB"):
        return KoreanWord(text, "adverb")
    if last.tag in _NOUN_TAGS:
        return _noun(text)
    return None


def _predicate(text: str, tokens: list, kind: str) -> KoreanWord:  # type: ignore[type-arg]
    last = tokens[-1]
    return KoreanWord(text, kind, text[: last.start], (last.form, last.tag))


def _noun(text: str) -> KoreanWord:
    if " " not in text and _reads_as_adjective(text):
        return KoreanWord(text, "quality", text, ("하", "XSA"))
    return KoreanWord(text, "noun")


def _reads_as_adjective(noun: str) -> bool:
    """'정직' → 정직하다 (an adjective); '방수' is not, though Kiwi can tag '방수한' so."""
    with korean._lock:
        analyser = korean.analyser()
        tokens, adverb = analyser.analyze(noun + "하게", top_n=1)[0][:2]
        bare = analyser.analyze(noun, top_n=1)[0][1]
    has_xsa = any(t.tag == "XSA" or t.tag.startswith("VA") for t in tokens)
    return has_xsa and float(adverb) - float(bare) > _ADJECTIVE_MARGIN


def style_words(style: str) -> list[KoreanWord]:
    """The adjectives in a style answer that could describe the product: '믿음직하고 간결하게' → 믿음직하다."""
    tokens = korean.tokenize(style)
    found: list[KoreanWord] = []
    for index, token in enumerate(tokens):
        if not _is_adjective_tag(token.tag) or token.form in ("있", "없"):
            continue  # '힘 있게' needs its noun: a manner of writing, not of the product
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and following.tag not in ("EC", "ETM", "EF"):
            continue
        start = tokens[index - 1].start if token.tag == "XSA" and index > 0 else token.start
        surface = style[start : token.start]
        word = KoreanWord(surface + token.form + "다", "quality", surface, (token.form, token.tag))
        if not any(marker in style[start : token.start + token.len + 2] for marker in slogan_words().style_only_ko):
            found.append(word)
    return found


@dataclass(frozen=True)
class Action:
    """A verb the company uses about its own work, with its object and means: 굽다 ('빵', '국산 밀과 천연 발효종')."""

    verb: KoreanWord
    object: str = ""
    means: str = ""


def profile_actions(texts: list[str]) -> list[Action]:
    """The company's verbs about its own work, dull ones left out.

    A verb counts when it ends a clause ('빵을 굽습니다', '굴을 손질하고') or describes the
    product as done ('48시간 숙성한 식빵'); one describing someone else's doing ('객실에서
    묵는 숙박') or a time ('지은 지 수십 년') does not.
    """
    found: dict[str, Action] = {}
    dull = slogan_words().dull_verbs
    for text in texts:
        tokens = korean.tokenize(text)
        for index in range(len(tokens)):
            action = _action_at(text, tokens, index, dull)
            if action and action.verb.text not in found:
                found[action.verb.text] = action
    return list(found.values())


def _action_at(text: str, tokens: list, index: int, dull: frozenset[str]) -> Action | None:  # type: ignore[type-arg]
    token = tokens[index]
    if token.tag == "XSV" and index > 0 and tokens[index - 1].tag == "NNG":
        name, start = tokens[index - 1].form, index - 1
    elif token.tag.startswith("VV"):
        name, start = token.form, index
    else:
        return None
    if name in dull or not _the_companys(tokens, index):
        return None
    stem = text[tokens[start].start : token.start]
    verb = KoreanWord(f"{stem}{token.form}다", "verb", stem, (token.form, token.tag))
    return Action(verb, _object_before(text, tokens, start), _means_before(text, tokens, start))


def _the_companys(tokens: list, index: int) -> bool:  # type: ignore[type-arg]
    """The verb at ``index`` ends a clause, or describes a thing as done ('숙성한 식빵', not '묵는 숙박')."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.tag in ("EF", "EC"):
        return True
    if after.tag != "ETM" or after.form not in ("ᆫ", "은"):
        return False
    following = tokens[index + 2] if index + 2 < len(tokens) else None
    return following is None or following.tag != "NNB"


def _object_before(text: str, tokens: list, start: int) -> str:  # type: ignore[type-arg]
    """The noun phrase marked 을/를 just before the verb ('빵을 굽습니다' → '빵')."""
    if start < 2 or tokens[start - 1].tag != "JKO":
        return ""
    return _noun_phrase_before(text, tokens, start - 1)


def _means_before(text: str, tokens: list, start: int) -> str:  # type: ignore[type-arg]
    """What the verb is done with ('국산 밀과 천연 발효종으로 빵을 굽습니다' → '국산 밀과 천연 발효종')."""
    index = start - 1
    if index > 0 and tokens[index].tag == "JKO":
        index -= 1
        while index > 0 and tokens[index].tag in _NOUN_TAGS:
            index -= 1
    if index < 1 or tokens[index].tag != "JKB" or tokens[index].form not in ("으로", "로"):
        return ""
    return _noun_phrase_before(text, tokens, index, joined=True)


def _noun_phrase_before(text: str, tokens: list, end: int, joined: bool = False) -> str:  # type: ignore[type-arg]
    """The nouns (up to three, or a 'A과 B' pair when ``joined``) ending just before ``tokens[end]``."""
    first = end
    allowed = ("NNG", "NNP", "SL", "SN", "JC") if joined else ("NNG", "NNP", "SL", "SN")
    while first > 0 and tokens[first - 1].tag in allowed and first > end - (6 if joined else 3):
        first -= 1
    while first < end and tokens[first].tag not in ("NNG", "NNP", "SL"):
        first += 1
    if first >= end:
        return ""
    return text[tokens[first].start : tokens[end - 1].start + tokens[end - 1].len]
