"""The Korean words a catchphrase may use, sorted into the slots the forms have.

``korean_slogans`` writes forms such as '국산 밀은 정직하게, 식빵은 따뜻하게'
or '아이를 키우는 마음으로 굽습니다'. Each slot takes one class of word, so the
person's keywords, the brand's tone, the style answer and the verbs of the
company's own description are read once (``korean_words``) and sorted here:
nouns, manner words, modifiers, values, places, the company's verbs, and the
product's names at several lengths so a form can meet ``max_length``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from desktop.core import korean
from desktop.core.factcheck.places import gazetteer
from desktop.core.parts.wording import dateline_city
from desktop.core.writing.korean_words import Action, KoreanWord, classify, profile_actions, style_words
from desktop.core.writing.lexicon import korean_lexicon
from desktop.core.writing.slogan_brief import SloganBrief
from desktop.core.writing.slogan_words import Fitting, slogan_words

_HANGUL = re.compile(r"[가-힣]")
_HANGUL_WORD = re.compile(r"[가-힣]+")


@dataclass
class KoreanPalette:
    brief: SloganBrief
    keywords: list[KoreanWord] = field(default_factory=list)
    tone: list[KoreanWord] = field(default_factory=list)

    @classmethod
    def of(cls, brief: SloganBrief) -> KoreanPalette:
        keywords = [word for word in map(classify, brief.keywords) if word]
        tone = [word for word in map(classify, brief.tone) if word] + style_words(brief.style)
        return cls(brief, keywords, tone)

    # -- the product ---------------------------------------------------------
    @cached_property
    def product(self) -> str:
        """The product's name as a slogan says it: a profile product named in the subject, else the subject."""
        subject = self.brief.subject
        named = [name for name, _ in self.brief.products if name and name in subject]
        if named:
            return max(named, key=len)
        company = self.brief.company
        if company and subject.startswith(company + " ") and len(subject) > len(company) + 2:
            return subject[len(company) :].strip()  # '다온케어 방문 돌봄' → '방문 돌봄'
        return subject

    @cached_property
    def products(self) -> list[str]:
        """The product's names from longest to shortest: the subject, the product, without its code, its head noun."""
        names = [self.brief.subject, self.product, self.spoken, self.head]
        return [name for name in dict.fromkeys(names) if name]

    @cached_property
    def spoken(self) -> str:
        """The product's name without a trailing model code: '통영 생굴 IQF' → '통영 생굴', 'NE-1' stays."""
        words = self.product.split()
        if len(words) > 1 and not _HANGUL.search(words[-1]):
            return " ".join(words[:-1])
        return self.product

    @cached_property
    def head(self) -> str:
        """The last Hangul noun of the product's name: '우리밀 식빵' → '식빵' ('' when generic)."""
        words = self.spoken.split()
        last = words[-1] if words else ""
        if len(words) < 2 or not _HANGUL.match(last) or len(last) < 2 or last in ("서비스", "제품"):
            return ""
        return last

    @cached_property
    def description(self) -> str:
        """The matching product's own description ('' when the subject names no product)."""
        return next((text for name, text in self.brief.products if name == self.product), "")

    # -- the person's words --------------------------------------------------
    @cached_property
    def nouns(self) -> list[str]:
        """Keyword nouns that are things or ideas ('국산 밀', '집', '달빛'), not places or values."""
        return [w.text for w in self.keywords if w.kind == "noun" and not _is_place(w.text) and not w.is_value]

    @cached_property
    def describable(self) -> list[str]:
        """Keyword nouns an adjective may stand before: things ('국산 밀', '온돌'), not doings ('천연 발효',
        '동행'), figures ('40L') or phrases with a modifier of their own ('넓은 들녘')."""
        lexicon = korean_lexicon()
        return [
            noun
            for noun in self.own_nouns
            if _HANGUL_WORD.fullmatch(noun.replace(" ", ""))
            and not lexicon.is_verbal(noun.split()[-1])
            and not any(t.tag == "ETM" for t in korean.tokenize(noun))
        ]

    @cached_property
    def own_nouns(self) -> list[str]:
        """Keyword nouns that are not already words of the subject ('수성' in '수성 방수 접착제 아쿠아실드')."""
        return [noun for noun in self.nouns if noun not in self.brief.subject.split()]

    @cached_property
    def subject_nouns(self) -> list[str]:
        """Keyword nouns that are words of the subject too ('방수' in '수성 방수 접착제 아쿠아실드')."""
        return [noun for noun in self.nouns if noun not in self.own_nouns and _HANGUL_WORD.fullmatch(noun)]

    @cached_property
    def code(self) -> str:
        """The product's model code at the end of the subject ('NE-1', 'DN-40'): a name a slogan can sign with."""
        words = self.brief.subject.split()
        last = words[-1] if len(words) > 1 else ""
        return last if re.search(r"\d", last) and not _HANGUL.search(last) else ""

    @cached_property
    def places(self) -> list[str]:
        """Places the person typed as keywords ('창원', '통영', '전주')."""
        return [w.text for w in self.keywords if _is_place(w.text)]

    @cached_property
    def home(self) -> str:
        parts = self.brief.headquarters.split()
        cities = [p[:-1] for p in parts if p.endswith("시") and not p.endswith(("특별시", "광역시", "자치시"))]
        return cities[0] if cities else dateline_city(self.brief.headquarters, "ko")

    @cached_property
    def values(self) -> list[str]:
        """Abstract nouns the person typed, which a slogan may give or keep ('정직', '신뢰', '안심')."""
        return list(dict.fromkeys(w.text for w in [*self.keywords, *self.tone] if w.is_value))

    @cached_property
    def modifiers(self) -> list[str]:
        """Words that describe the product: the keywords' first ('뼈 없는', '정직한'), then the tone's."""
        found = [w.modifier() for w in [*self.keywords, *self.tone] if w.kind != "verb"]
        return [m for m in dict.fromkeys(found) if m]

    @cached_property
    def brand_modifiers(self) -> list[str]:
        """One-word modifiers that fit any noun of the brand's ('정직한', '따뜻한'), not '뼈 없는' nor a tone
        that is about how to write ('구체적인')."""
        speech = slogan_words().style_only_ko
        return [m for m in self.modifiers if " " not in m and not any(word in m for word in speech)]

    @cached_property
    def manners(self) -> list[str]:
        """Manner words: '정직하게', '따뜻하게', '함께', '한 번에'."""
        speech = slogan_words().style_only_ko
        found = [w.adverb() for w in [*self.keywords, *self.tone]]
        return [m for m in dict.fromkeys(found) if m and not any(word in m for word in speech)]

    @cached_property
    def contrast(self) -> list[tuple[str, str]]:
        """Contrast pairs (slogans.toml) whose one word the person used; the other is its counterpart."""
        used = set(self.manners)
        return [pair for pair in slogan_words().contrast_pairs if used & set(pair)]

    @cached_property
    def actions(self) -> list[Action]:
        """The company's verbs about its work ('굽다', '가공하다'): from its description, this product's and
        its facts, never another product's (an adhesive maker's battery parts are not this sealant's)."""
        found = profile_actions([t for t in (self.brief.description, self.description, *self.brief.facts) if t])
        known = {a.verb.text for a in found}
        found += [a for a in _industry_actions(self.brief.industry) if a.verb.text not in known]
        return sorted(found, key=lambda action: not action.object)  # '빵을 굽습니다' before a verb without object

    @cached_property
    def makes_product(self) -> list[Action]:
        """The company's verbs with what they are done with, whose object is this product or its kind
        ('국산 밀과 천연 발효종으로 빵을 굽습니다' for 우리밀 식빵)."""
        names = [self.spoken, self.head]
        return [
            a
            for a in self.actions
            if a.object and a.means and any(a.object in n or (n and n in a.object) for n in names)
        ]

    @cached_property
    def audience(self) -> tuple[str, str]:
        """A caring audience as (clause, head): '아이를 키우는 30~40대 부모' → ('아이를 키우는', '부모'),
        '홀로 사는 어르신과 멀리 사는 자녀' → ('멀리 사는', '자녀'); ('', '') for any other audience."""
        text = self.brief.audience
        tokens = korean.tokenize(text)
        ends = [i for i, t in enumerate(tokens) if t.tag == "ETM"]
        if not ends:
            return "", ""
        end = tokens[ends[-1]]
        joins = [t for t in tokens[: ends[-1]] if t.tag == "JC"]
        start = joins[-1].start + joins[-1].len if joins else 0
        rest = text[end.start + end.len :]
        head = next((h for h in slogan_words().audience_heads if h in rest), "")
        return (text[start : end.start + end.len].strip(), head) if head else ("", "")

    def fitting(self, words: tuple[Fitting, ...]) -> list[Fitting]:
        """The words of a list in slogans.toml whose business fits this company's."""
        business = self.brief.business
        return [word for word in words if word.fits_business(business)]


def _is_place(word: str) -> bool:
    """A place name Kiwi and the gazetteer agree on ('창원', '통영'); not '바다' nor '수성' (a district, and water-based)."""
    tokens = korean.tokenize(word)
    return bool(gazetteer().korean.get(word)) and len(tokens) == 1 and tokens[0].tag == "NNP"


def _industry_actions(industry: str) -> list[Action]:
    """'자동차 부품 정밀가공' → 가공하다: a verbal noun of the industry the sentence builder knows as a verb."""
    dull = slogan_words().dull_verbs
    lexicon = korean_lexicon()
    found = []
    for token in korean.tokenize(industry):
        if token.tag == "NNG" and token.form in lexicon.object_nouns and token.form not in dull:
            found.append(Action(KoreanWord(token.form + "하다", "verb", token.form, ("하", "XSV"))))
    return found
