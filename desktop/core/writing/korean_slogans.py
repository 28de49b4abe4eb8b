"""Korean catchphrase forms, each a way copywriters shape a line, filled from the person's words.

Every form is a function from the sorted words (``KoreanPalette``) to its
wordings, and its name is the frame a list may use once:

- 대구 (a pair that answers itself): '국산 밀은 정직하게, 식빵은 따뜻하게', '정직한 밀, 따뜻한 식빵'
- 반복 (a repeated word): '정직한 밀, 정직한 식빵', '정직하게 숙성하고, 정직하게 굽습니다'
- 명사형 마무리: '한빛베이커리의 정직한 한 끼', '천연 발효로 구운 우리밀 식빵'
- 3–4 어절 리듬: '국산 밀, 천연 발효, 그리고 정직', '정밀. 신뢰. 감속기 하우징.'
- 제안형: '정직한 우리밀 식빵을 맛보세요'
- the company as signature: '정직하게 굽습니다, 한빛베이커리'; its years: '1998년부터 창원에서, 세진정밀'

Particles come from Kiwi (``grammar.josa``) and endings from ``korean_words``;
a word goes only into a slot of its class, so a modifier such as '뼈 없는' never
gets '을 담은' and a place never gets an adjective.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import permutations

from desktop.core import korean
from desktop.core.parts.grammar import josa
from desktop.core.writing.korean_palette import KoreanPalette
from desktop.core.writing.korean_words import KoreanWord, classify
from desktop.core.writing.lexicon import korean_lexicon
from desktop.core.writing.slogan_words import slogan_words

Form = Callable[[KoreanPalette], list[str]]
#: A product name longer than this (characters) may be said by its head noun alone.
LONG_NAME = 7


def pair_manners(p: KoreanPalette) -> list[str]:
    """대구: 'A는 …하게, B는 …하게' with two of the person's nouns and two manner words."""
    return [
        f"{josa(first, '는')} {how}, {josa(second, '는')} {other}"
        for second in _names(p)
        for first in p.describable[:3]
        for how, other in permutations(p.manners[:4], 2)
    ]


def pair_modifiers(p: KoreanPalette) -> list[str]:
    """대구: '정직한 국산 밀, 따뜻한 식빵' — two modifiers, each before its own noun. A keyword that is a word of
    the subject ('방수') takes only the person's own modifier ('오래가는 방수, 단단한 아쿠아실드')."""
    typed = [w.modifier() for w in p.keywords if w.kind == "modifier" and " " not in w.text]
    firsts = [(mod, noun) for noun in p.describable[:3] for mod in p.brand_modifiers[:4]]
    firsts += [(mod, noun) for noun in p.subject_nouns[:3] for mod in typed[:2]]
    return [
        f"{first_mod} {first}, {second_mod} {second}"
        for second in _names(p)
        for first_mod, first in firsts
        for second_mod in p.brand_modifiers[:4]
        if second_mod != first_mod
    ]


def repeat_modifier(p: KoreanPalette) -> list[str]:
    """반복: '정직한 밀, 정직한 식빵' — one modifier said twice, the second time of the product."""
    return [
        f"{mod} {noun}, {mod} {name}"
        for mod in p.brand_modifiers[:3]
        for noun in p.describable[:3]
        for name in _names(p)
        if noun not in name
    ]


def repeat_manner(p: KoreanPalette) -> list[str]:
    """반복: '정직하게 숙성하고, 정직하게 굽습니다' — only the company's own verbs and the person's manner words."""
    verbs = [a.verb for a in p.actions]
    return [
        f"{how} {first.connective()}, {how} {second.polite()}"
        for first, second in permutations(verbs[:3], 2)
        for how in p.manners[:3]
    ]


def two_actions(p: KoreanPalette) -> list[str]:
    """'정직하게 숙성하고, 따뜻하게 굽습니다': two of the company's verbs, each with its manner."""
    verbs = [a.verb for a in p.actions]
    return [
        f"{how} {first.connective()}, {other} {second.polite()}"
        for first, second in permutations(verbs[:3], 2)
        for how, other in permutations(p.manners[:3], 2)
    ]


def owner_ending(p: KoreanPalette) -> list[str]:
    """명사형 마무리: '한빛베이커리의 정직한 한 끼' — an ending noun that fits the business."""
    endings = [e.word for e in p.fitting(slogan_words().endings)]
    owners = [p.brief.company]
    return [f"{owner}의 {mod} {end}" for end in endings for owner in owners for mod in p.brand_modifiers[:3]]


def process(p: KoreanPalette) -> list[str]:
    """명사형 마무리: '천연 발효로 구운 우리밀 식빵' — a keyword as the means, the company's verb, the product."""
    found = []
    for action in p.makes_product[:2]:
        means = [noun for noun in p.nouns if noun in action.means] or [action.means]
        made = action.verb.modifier(past=True)
        found += [f"{josa(noun, '으로')} {made} {name}" for noun in means[:3] for name in _names(p)]
    lexicon = korean_lexicon()  # a keyword that is itself a doing: '급속 냉동' → '급속 냉동한 통영 생굴'
    doings = [n for n in p.own_nouns if _HANGUL_END(n) and lexicon.is_verbal(n.split()[-1])]
    return found + [f"{noun}한 {name}" for noun in doings[:2] for name in _names(p)]


def description_clause(p: KoreanPalette) -> list[str]:
    """명사형 마무리 from the product's own description: '48시간 숙성한 우리밀 식빵' from '… 48시간 숙성한 식빵',
    only when the description ends in the product's own head noun (not '… 포장한 제품')."""
    first = p.description.split(".")[0].strip()
    head = first.split()[-1] if first.split() else ""
    clause = _last_clause(first)
    if not clause or not head or head not in p.spoken.split():
        return []
    return [f"{clause} {name}" for name in _names(p)]


def three_beats(p: KoreanPalette) -> list[str]:
    """3–4 어절 리듬: '국산 밀, 천연 발효, 그리고 정직' — the person's three words, the last one held back."""
    words = [w.text for w in p.keywords if w.kind in ("noun", "quality")]
    found = [
        f"{first}, {second}, 그리고 {last}" for first, second, last in permutations(words[:4], 3) if last in p.values
    ]
    return found + [
        f"{first}, {second}, 그리고 {name}" for first, second in permutations(words[:4], 2) for name in _names(p)
    ]


def beats_and_product(p: KoreanPalette) -> list[str]:
    """3–4 어절 리듬: '정밀. 신뢰. 감속기 하우징.' — two of the person's words, then the product."""
    words = [w.text for w in p.keywords if w.kind in ("noun", "quality")]
    return [
        f"{first}. {second}. {name}."
        for first, second in permutations(words[:4], 2)
        for name in _names(p)
        if first not in name and second not in name
    ]


def suggest(p: KoreanPalette) -> list[str]:
    """제안형: '정직한 우리밀 식빵을 맛보세요', '다정한 돌봄을 만나 보세요'."""
    found = []
    for suggestion in p.fitting(slogan_words().suggestions):
        ending = _suggestion(suggestion.word, suggestion.tag)
        before = f"{suggestion.before} " if suggestion.before else ""
        for mod in p.brand_modifiers[:3]:
            found += [f"{before}{josa(f'{mod} {name}', suggestion.particle)} {ending}" for name in _names(p)]
    return found


def signature(p: KoreanPalette) -> list[str]:
    """The company as signature: '정직하게 굽습니다, 한빛베이커리'."""
    return [f"{how} {a.verb.polite()}, {p.brief.company}" for a in p.actions[:3] for how in p.manners[:3]]


def value_verb(p: KoreanPalette) -> list[str]:
    """'정직을 굽습니다', '신뢰를 가공합니다': a value the person typed, as the object of the company's verb."""
    doing = [a for a in p.actions if a.object] or p.actions  # '빵을 굽습니다' makes '정직을 굽습니다'
    return [f"{josa(value, '을')} {a.verb.polite()}" for a in doing[:2] for value in p.values[:3]]


def audience_heart(p: KoreanPalette) -> list[str]:
    """'아이를 키우는 마음으로 굽습니다', '부모님을 모시는 마음으로': the audience's own care, as the company's."""
    clause, head = p.audience
    if not clause:
        return []
    verbs = [a.verb.polite() for a in p.makes_product[:2]]
    hearts = [f"{clause} 마음으로", f"{clause} {head}의 마음으로"]
    return [f"{hearts[0]} {verb}" for verb in verbs] + [f"{hearts[0]}, {p.brief.company}", *hearts]


def years(p: KoreanPalette) -> list[str]:
    """'1998년부터 창원에서, 세진정밀': the founding year and home town from the profile."""
    year = p.brief.founded
    if not year.isdigit() or not p.home:
        return []
    return [f"{year}년부터 {p.home}에서, {p.brief.company}", f"{year}년부터 {p.home}에서"]


def place_of(p: KoreanPalette) -> list[str]:
    """'창원의 정밀', '전주의 달빛': a place the person typed, and one of their nouns or values."""
    words = [*p.values, *p.nouns]
    return [f"{place}의 {word}" for place in p.places[:2] for word in words[:4]]


def today(p: KoreanPalette) -> list[str]:
    """'오늘도 따뜻하게, 우리밀 식빵': a time word that claims nothing, a manner word, the product."""
    return [
        f"{time} {how}, {name}" for time in slogan_words().time_words[:1] for how in p.manners[:3] for name in _names(p)
    ]


def manner_tag(p: KoreanPalette) -> list[str]:
    """'우리밀 식빵, 정직하게': the product and a manner word ('우리밀 식빵, 가볍게 든든하게' for a contrast pair)."""
    pairs = [f"{first} {second}" for first, second in p.contrast]
    return [f"{name}, {how}" for how in [*p.manners[:3], *pairs] for name in _names(p)]


def two_manners(p: KoreanPalette) -> list[str]:
    """'정직하게, 따뜻하게': two manner words the person gave, side by side."""
    return [f"{how}, {other}" for how, other in [*permutations(p.manners[:3], 2), *p.contrast]]


def keyword_manner(p: KoreanPalette) -> list[str]:
    """'넓은 들녘, 한 번에', '병원 가는 길, 함께': a keyword phrase and a manner word the person typed."""
    return [f"{noun}, {how}" for how in _typed_manners(p) for noun in p.own_nouns[:3]]


def object_manner(p: KoreanPalette) -> list[str]:
    """'넓은 들녘을 한 번에': a keyword as what is done and a manner the person typed (the verb left unsaid)."""
    typed = _typed_manners(p)
    return [f"{josa(noun, '을')} {how}" for noun in p.own_nouns[:3] for how in typed if _HANGUL_END(noun)]


def also_manner(p: KoreanPalette) -> list[str]:
    """'병원 가는 길도 함께': a keyword, '도', and a manner the person typed."""
    return [f"{noun}도 {how}" for noun in p.own_nouns[:3] for how in _typed_manners(p) if _HANGUL_END(noun)]


def modified_product(p: KoreanPalette) -> list[str]:
    """'오래가는 아쿠아실드', '뼈 없는 순살 고등어': the person's modifier before the product, or the tone's with
    the company as signature ('정직한 우리밀 식빵, 한빛베이커리')."""
    typed = [w.modifier() for w in p.keywords if w.kind in ("modifier", "quality") and w.modifier()]
    found = [f"{mod} {name}" for mod in typed for name in _names(p)]
    signed = [name for name in _names(p) if not _said_twice(name, p.brief.company)]
    return found + [f"{mod} {name}, {p.brief.company}" for mod in p.brand_modifiers[:3] for name in signed]


def from_to(p: KoreanPalette) -> list[str]:
    """'통영 바다에서 식탁까지': where the product comes from (the person's place and noun) to where it is used."""
    ends = [e.word for e in p.fitting(slogan_words().destinations)]
    starts = [f"{place} {noun}" for place in p.places[:1] for noun in p.describable[:2]] + p.places[:1]
    return [f"{start}에서 {end}까지" for end in ends for start in starts]


def from_place(p: KoreanPalette) -> list[str]:
    """'통영에서 온 생굴': a place the person typed that is part of the product's own name."""
    return [f"{place}에서 온 {p.head or p.spoken}" for place in p.places if place in p.brief.subject]


def together(p: KoreanPalette) -> list[str]:
    """'다정한 돌봄과 함께하는 하루': the product and an ending noun that fits the business."""
    endings = [e.word for e in p.fitting(slogan_words().endings) if e.word != "약속"]
    return [f"{josa(name, '와')} 함께하는 {end}" for end in endings for name in _names(p)]


def of_pair(p: KoreanPalette) -> list[str]:
    """'현장의 빠른 판단': a plain noun of the person's owning a described phrase of theirs."""
    described = [n for n in p.nouns if _has_modifier(n)]
    owners = [n for n in p.own_nouns if not _has_modifier(n) and _HANGUL_END(n)]
    return [f"{owner}의 {thing}" for thing in described for owner in owners[:3] if owner != thing]


def code_signature(p: KoreanPalette) -> list[str]:
    """'넓은 들녘을 한 번에, DN-40': a phrase of the person's signed with the product's model code."""
    if not p.code:
        return []
    phrases = [*object_manner(p), *keyword_manner(p), *(f"{w.text}" for w in p.keywords if " " in w.text)]
    return [f"{phrase}, {p.code}" for phrase in phrases]


#: The forms, a copywriter's favourites first: the list prefers them in this order when fluency is equal.
FORMS: dict[str, Form] = {
    "듣는이-마음": audience_heart,
    "대구-방식": pair_manners,
    "대구-수식": pair_modifiers,
    "가치-동사": value_verb,
    "서명": signature,
    "명사형-설명": description_clause,
    "명사형-과정": process,
    "반복-수식": repeat_modifier,
    "연혁": years,
    "리듬-셋": three_beats,
    "목적어-방식": object_manner,
    "말-방식": keyword_manner,
    "도-방식": also_manner,
    "반복-방식": repeat_manner,
    "제안형": suggest,
    "수식-제품": modified_product,
    "장소-온": from_place,
    "에서-까지": from_to,
    "장소": place_of,
    "소유-짝": of_pair,
    "코드-서명": code_signature,
    "명사형-주인": owner_ending,
    "오늘도": today,
    "방식-꼬리표": manner_tag,
    "두-동작": two_actions,
    "두-방식": two_manners,
    "함께하는": together,
    "리듬-제품": beats_and_product,
}


def korean_forms(palette: KoreanPalette) -> list[tuple[str, str]]:
    """Every wording of every form as (frame, text), in each form's own order of preference."""
    found = []
    for frame, form in FORMS.items():
        found += [(frame, " ".join(text.split())) for text in form(palette)]
    return found


def _names(p: KoreanPalette, head_first: bool = False) -> list[str]:
    """The product's name as said ('우리밀 식빵'), and its head noun alone only when that name is long
    ('대형 방제 드론' → '드론') or a form reads better with it first ('국산 밀은 …, 식빵은 …')."""
    names = [p.spoken]
    if p.head and (head_first or len(p.spoken) > LONG_NAME):
        names.append(p.head)
    return names


def _said_twice(name: str, company: str) -> bool:
    """'한옥 스테이' is already in '달빛한옥스테이': signing with the company would say it twice."""
    squeezed = name.replace(" ", "")
    return bool(squeezed) and (squeezed in company.replace(" ", "") or company.replace(" ", "") in squeezed)


def _has_modifier(noun: str) -> bool:
    """'빠른 판단', '병원 가는 길': a noun phrase with a modifier of its own."""
    return any(t.tag == "ETM" for t in korean.tokenize(noun))


def _typed_manners(p: KoreanPalette) -> list[str]:
    """Manner words from the person's keywords ('한 번에', '함께', '정직하게' from 정직), not from the tone."""
    return list(dict.fromkeys(w.adverb() for w in p.keywords if w.adverb()))


def _HANGUL_END(text: str) -> bool:  # noqa: N802 - reads as a condition in the forms above
    """A phrase ending in a Hangul word, which takes a particle cleanly ('40L을' reads poorly)."""
    return bool(text) and "가" <= text[-1] <= "힣"


def _suggestion(verb: str, tag: str) -> str:
    word = KoreanWord(verb + "다", "verb", "", (verb, tag))
    if verb.endswith(("하", "보")):
        return word.form(("세요", "EF"))
    return word.form(("어", "EC"), ("보", "VX"), ("세요", "EF"))


def _last_clause(description: str) -> str:
    """The description's last modifying clause before its head noun: '… 48시간 숙성한 식빵' → '48시간 숙성한'."""
    first = description.split(".")[0].strip()
    words = first.split()
    if len(words) < 3:
        return ""
    start = len(words) - 3
    if start > 0 and any(ch.isdigit() for ch in words[start - 1]):
        start -= 1  # '1kg 단위로 포장한': the figure belongs to the clause
    clause = " ".join(words[start:-1])
    modifier = classify(clause)
    return clause if modifier and modifier.kind == "modifier" else ""
