"""Organisations, products, awards and certifications: proper names a reporter cannot check for the company.

A name is a claim when Kiwi reads a proper noun (현대모비스, LG에너지솔루션),
when it ends like an organisation (…전자, …대학교, …기업부), when it is quoted
(‘초록한입’), or, in English, when it is a capitalised name (Lotte Mart,
Seoul National University). It is supported when the sources contain it; a
known company name with a common noun attached (한빛베이커리측) is still the
known company. Awards and certifications (…상 수상, …인증 획득, ISO 9001,
HACCP, SOC 2, won the … Award) are checked by their distinctive words, so
"2025 대한민국 산업대상" is supported by the same words in the facts.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache
from typing import TYPE_CHECKING

from desktop.core.factcheck import award_names
from desktop.core.factcheck.english_names import (
    LEGAL_FORMS,
    OPENERS,
    mostly_korean,
    sentence_pieces,
    sentence_start,
    without_legal_form,
)
from desktop.core.factcheck.name_forms import short_forms
from desktop.core.factcheck.people import is_title
from desktop.core.factcheck.places import gazetteer
from desktop.core.factcheck.product_kind import looks_like_product
from desktop.core.factcheck.quotes import quote_pairs
from desktop.core.factcheck.report import finding
from desktop.core.factcheck.romanise import names_person, pattern
from desktop.core.factcheck.text import Analysed, Word, squash
from desktop.core.factcheck.vocab import concept, is_generic, vocabulary
from desktop.core.findings import Finding, Kind

if TYPE_CHECKING:
    from desktop.core.factcheck.context import CheckContext

_QUOTED = re.compile(
    r"‘([^’\n]{1,40})’|(?<![A-Za-z])'([^'\n]{1,40})'(?![A-Za-z])|「([^」\n]{1,40})」|《([^》\n]{1,40})》|〈([^〉\n]{1,40})〉"
)
_SHORT_QUOTE = 14
_EN_NAME = re.compile(
    r"(?<![\w'’-])(?:The[ \t]+)?[A-Z][\w&'’.-]*(?:[ \t]+(?:of|and|&|for|de|the|[A-Z][\w&'’.-]*|\d+))*(?<![\s.,])"
)
_BORROWED = (
    "예시 문서에 나오는 이름입니다. 이 회사의 자료에는 없습니다.",
    "This name comes from an example document, not from this company's facts.",
)
_MESSAGES = {
    "organisation": ("자료에 없는 기관·회사 이름입니다.", "This organisation is not in the facts."),
    "product": ("자료에 없는 제품·서비스 이름입니다.", "This product or service is not in the facts."),
    "award": ("자료에 없는 수상·인증입니다.", "This award or certification is not in the facts."),
}


def check_entities(doc: Analysed, ctx: CheckContext, taken: list[tuple[int, int]]) -> list[Finding]:
    found: list[tuple[int, int, Kind]] = []
    found += award_names.unsupported_awards(doc, ctx)
    found += _quoted(doc, ctx, taken)
    found += _korean_products(doc, ctx, taken)
    found += _korean(doc, ctx, taken)
    found += _english(doc, ctx, taken)
    findings: list[Finding] = []
    spans: list[tuple[int, int]] = []
    borrowed = {name for name in ctx.example_names if squash(name) not in ctx.sources.blob}
    for start, end, kind in found:
        if any(s < end and start < e for s, e in spans):
            continue
        spans.append((start, end))
        if borrowed & set(re.findall(r"[\w가-힣]+", doc.text[start:end])):
            findings.append(finding(doc, "example_name", "error", (start, end), *_BORROWED))
            continue
        ko, en = _MESSAGES[kind]
        near = _spelled_like(doc.text[start:end], ctx)
        if near:  # '컬러실리즈' beside the facts' 좋은데이 컬러시리즈: most likely a typo
            ko, en = "자료의 이름과 철자가 다릅니다.", "This name is spelled differently from the facts."
        findings.append(finding(doc, kind, "error", (start, end), ko, en, near, ctx.language))
    return findings


def _spelled_like(name: str, ctx: CheckContext) -> str:
    """The product or company name from the facts this one misspells by a letter or two, if any."""
    written = squash(name)
    if len(written) < 4:
        return ""
    names = [ctx.profile.company.name, ctx.profile.company.name_en, *(p.name for p in ctx.profile.products)]
    for full in names:
        for part in {full, *full.split()}:
            known = squash(part)
            if known and known != written and len(known) >= 4 and _one_or_two_apart(written, known):
                return full
    return ""


def _one_or_two_apart(one: str, other: str) -> bool:
    """The same first two letters, the same length or one letter more or less, and at most two letters differ
    ('컬러실리즈' and 컬러시리즈; not 'Stevies' and Services)."""
    if abs(len(one) - len(other)) > 1 or one[:2] != other[:2]:
        return False
    matcher = SequenceMatcher(None, one, other, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    return max(len(one), len(other)) - same <= (1 if len(other) < 6 else 2)


def _quoted_names(text: str) -> list[tuple[int, int, str]]:
    """Names in single quotes or brackets, and short double-quoted ones ("초록한끼")."""
    names: list[tuple[int, int, str]] = []
    for match in _QUOTED.finditer(text):
        group = next(i for i in range(1, 6) if match.group(i) is not None)
        names.append((match.start(group), match.end(group), match.group(group).strip()))
    for pair in quote_pairs(text):
        if len(pair.inner) <= _SHORT_QUOTE:
            names.append((pair.start + 1, pair.end - 1, pair.inner))
    return names


def _quoted(doc: Analysed, ctx: CheckContext, taken: list[tuple[int, int]]) -> list[tuple[int, int, Kind]]:
    found: list[tuple[int, int, Kind]] = []
    for start, end, name in _quoted_names(doc.text):
        if not name or _known(name, ctx) or any(s <= start and end <= e for s, e in taken):
            continue
        if len(name.split()) > 5 or re.search(r"[.!?]$", name) or " " in name and re.search(r"(?:것|다|요|죠)$", name):
            continue  # a quoted sentence is a quote, not a name ('…"공채와 병행할 것"' in a headline)
        found.append((start, end, _kind(doc, start, end, name, ctx)))
    return found


def _korean(doc: Analysed, ctx: CheckContext, taken: list[tuple[int, int]]) -> list[tuple[int, int, Kind]]:
    found: list[tuple[int, int, Kind]] = []
    for sentence in doc.sentences:
        text = doc.text[sentence.start : sentence.end]
        if len(re.findall(r"[가-힣]", text)) >= len(re.findall(r"[A-Za-z]", text)):
            found += _korean_sentence(doc, sentence.words, ctx, taken)
    return found


def _korean_sentence(
    doc: Analysed, words: list[Word], ctx: CheckContext, taken: list[tuple[int, int]]
) -> list[tuple[int, int, Kind]]:
    found: list[tuple[int, int, Kind]] = []
    entities = vocabulary().entities
    for previous, word in zip([None, *words], words, strict=False):
        stem = word.stem
        if len(stem) < 2 or not re.search(r"[가-힣]", stem) and not _proper_tokens(word):
            continue
        named = _is_name(word) or _apposed(previous, word)
        if any(s <= word.stem_start and word.stem_end <= e for s, e in taken) or not named:
            continue
        if _known(stem, ctx) or _parts_known(word, ctx) and not _organisation_suffix(word):
            continue
        if len(stem) >= 3 and stem[-1] in _PARTICLE_ENDS and _known(stem[:-1], ctx):
            continue  # Kiwi now and then reads a particle into a name ('함안군의' as one proper noun)
        if stem in entities["common_proper"] or is_title(stem) and not _institute(stem):
            continue
        found.append((word.stem_start, word.stem_end, _kind(doc, word.stem_start, word.stem_end, stem, ctx)))
    return found


#: Particles Kiwi reads into a name; not 이/가/도/로, which end many names (경기도, 세종로).
_PARTICLE_ENDS = frozenset("의은는을를에와과")


def _apposed(previous: Word | None, word: Word) -> bool:
    """'미국 식품 유통사 그린베이푸드를', '수입사 야마다상사에': a name right after what kind of company it is."""
    if previous is None or previous.stem != previous.text or not previous.stem.endswith(_suffixes("org_kinds_ko")):
        return False
    hangul = re.fullmatch(r"[가-힣]+", word.stem) is not None
    return hangul and (len(word.stem) >= 4 or word.stem.endswith(_suffixes("org_suffixes_ko")))


def _institute(stem: str) -> bool:
    """'한국생산기술연구원' is an institute although it ends like the title 연구원: a national or regional name opens it."""
    return len(stem) >= 6 and (stem.startswith(("한국", "국립", "대한")) or stem[:2] in gazetteer().korean)


@cache
def _acronyms() -> frozenset[str]:
    return frozenset(vocabulary().entities["common_acronyms"])


@cache
def _suffixes(key: str) -> tuple[str, ...]:
    return tuple(vocabulary().entities[key])


_PRODUCT_VERBS = ("출시", "선보", "내놓", "론칭", "선뵈")


def _korean_products(doc: Analysed, ctx: CheckContext, taken: list[tuple[int, int]]) -> list[tuple[int, int, Kind]]:
    """Unquoted new products: '신제품 초코소라빵', '초코소라빵을 출시했다' (the name is the launch's object)."""
    entities = vocabulary().entities
    found: list[tuple[int, int, Kind]] = []
    for sentence in doc.sentences:
        words = sentence.words
        for word, following in zip(words, words[1:], strict=False):
            opener = word.stem in entities["product_openers"] and not (
                word.tokens and word.tokens[-1].tag.startswith("J")
            )
            if opener or _branded(word, following, ctx):  # '신제품 초코소라빵'; '신제품을 출시했다' names nothing
                candidate = following
            elif following.stem.startswith(_PRODUCT_VERBS) and word.tokens and word.tokens[-1].tag == "JKO":
                candidate = word
            else:
                continue
            name = candidate.stem
            if not name or name in entities["product_generic"] or name in entities["product_openers"]:
                continue
            if (
                _known(name, ctx)
                or any(s <= candidate.stem_start < e for s, e in taken)
                or _known_parts(candidate, ctx)
            ):
                continue
            found.append((candidate.stem_start, candidate.stem_end, "product"))
    return found


_PRODUCT_KINDS = frozenset({"서비스", "제품", "브랜드", "솔루션", "플랫폼", "시스템", "앱", "모델", "프로그램"})


def _branded(kind: Word, name: Word, ctx: CheckContext) -> bool:
    """'저온 배송 서비스 달빛프레시를': after what kind of product it is, a name carrying the company's brand."""
    if kind.stem not in _PRODUCT_KINDS or kind.text != kind.stem:
        return False
    brands = {ctx.profile.company.name[:2]} | {p.name.split()[0][:2] for p in ctx.profile.products if p.name}
    stem = name.stem
    # three letters are enough when the brand is two of them ('앱 나래팜' beside 나래스캔)
    return re.fullmatch(r"[가-힣]{3,}", stem) is not None and any(stem.startswith(b) for b in brands if len(b) == 2)


def _known_parts(word: Word, ctx: CheckContext) -> bool:
    """Every content morpheme of the name is in the facts ('우리밀식빵')."""
    parts = [
        t.form
        for t in word.tokens
        if word.stem_start <= t.start < word.stem_end and t.tag.startswith(("NN", "SL", "XR"))
    ]
    return bool(parts) and all(squash(part) in ctx.sources.blob for part in parts)


def _proper_tokens(word: Word) -> list[str]:
    acronyms = _acronyms()
    return [
        t.form for t in word.tokens
        if word.stem_start <= t.start < word.stem_end
        and (t.tag == "NNP" or t.tag == "SL" and t.form not in acronyms and len(t.form) > 1 and t.form[0].isupper())
    ]  # fmt: skip


def _is_name(word: Word) -> bool:
    return bool(_proper_tokens(word)) or _organisation_suffix(word)


def _organisation_suffix(word: Word) -> bool:
    stem = word.stem
    if len(stem) >= 5 and stem.endswith(("부", "처", "청")) and re.fullmatch(r"[가-힣]+", stem):
        return True  # 농림축산식품부, 식품의약품안전처: a ministry or an agency
    if len(stem) < 3 or not stem.endswith(_suffixes("org_suffixes_strong_ko") + _suffixes("org_suffixes_ko")):
        return False
    strong = any(
        stem.endswith(suffix) and len(stem) > len(suffix) + 1 for suffix in _suffixes("org_suffixes_strong_ko")
    )
    weak = any(stem.endswith(suffix) and len(stem) > len(suffix) for suffix in _suffixes("org_suffixes_ko"))
    return strong or weak and bool(_proper_tokens(word))


def _parts_known(word: Word, ctx: CheckContext) -> bool:
    """'한빛베이커리측', '서울 매장': every proper-noun part is known (or a place); the rest are common words."""
    parts = _proper_tokens(word)
    return bool(parts) and all(_known(part, ctx) or part in gazetteer().korean for part in parts)


#: Institutions' official endings and the short forms Korean writing uses for them (광주과기원, 한국교통대).
def _known(name: str, ctx: CheckContext) -> bool:
    """In the sources as written, or an English spelling of names the Korean facts give.

    Word by word only for Latin names, and never for a model code ('솔라루프 S3'
    and 'HullBot T5' are not 솔라루프 S2 and HullBot T3 although every letter
    and digit is somewhere in the facts) nor for a new name under a known brand
    ('Quillstone Audit' beside Quillstone Comply).
    """
    name = re.sub(r"['’]s$", "", name)
    squashed = squash(name)
    if not squashed or squashed in ctx.sources.blob or any(f in ctx.sources.blob for f in short_forms(squashed)):
        return True
    if re.search(r"[가-힣]", name) or not re.search(r"[A-Za-z]", name) or not ctx.sources.korean_words:
        return False
    words = re.findall(r"[A-Za-z]+\d[\w-]*|[A-Za-z][A-Za-z'’-]*|\d[\w-]*", name)
    written = ctx.sources.doc.text.lower()
    if any(not _stands_alone(w.lower(), written) for w in words if re.search(r"\d", w) or len(w) == 1):
        return False
    prefix = next((k for k in range(len(words) - 1, 0, -1) if squash(" ".join(words[:k])) in ctx.sources.blob), 0)
    if prefix and all(_plain(w) for w in words[prefix:]):
        return True  # 'Haesol Energy PR': the known name and a common word
    if prefix and _brand(words[0], ctx):
        return False
    return all(_latin_known(w, ctx) for w in words)


def _stands_alone(code: str, text: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(code)}(?![a-z0-9])", text) is not None


def _plain(word: str) -> bool:
    lowered = word.lower()
    return lowered in LEGAL_FORMS or is_generic(word) or word in _acronyms() or lowered in vocabulary().roles_en


def _brand(word: str, ctx: CheckContext) -> bool:
    """The first word of the company's or a product's English name: a new name under it is a new product."""
    names = [ctx.profile.company.name_en, ctx.profile.company.name, *(p.name for p in ctx.profile.products)]
    return any(name.split() and name.split()[0].lower() == word.lower() for name in names if len(name.split()) > 1)


def _latin_known(word: str, ctx: CheckContext) -> bool:
    """An English word in a name is known when the Korean facts say it in Korean or in romanised form."""
    if is_generic(word) or squash(word) in ctx.sources.blob or concept(word) in ctx.sources.concepts:
        return True
    squashed = squash(word)
    return len(squashed) >= 3 and any(pattern(korean).fullmatch(squashed) for korean in ctx.sources.korean_words)


def _kind(doc: Analysed, start: int, end: int, name: str, ctx: CheckContext) -> Kind:
    """Award, organisation or product, from the name's ending and the nearest cue word around it."""
    entities = vocabulary().entities
    tail = doc.text[end : end + 12]
    if name.endswith(("상", "어워드", "인증", "Award", "Awards", "Prize")) or re.match(
        r"^\S{0,3}\s?(?:수상|인증|선정|award|certif)", tail, re.I
    ):
        return "award"
    suffixes = (*entities["org_suffixes_strong_ko"], *entities["org_suffixes_ko"], *entities["org_suffixes_en"])
    following = re.match(r"\s*([\w가-힣]+)", doc.text[end : end + 20])
    if name.endswith(suffixes):
        return "organisation"
    if following and following.group(1).startswith(tuple(entities["org_nouns"])):
        return "organisation"  # 'GS25 편의점': what follows says what it is, whatever its shape
    if looks_like_product(doc.text, start, end, name, ctx):
        return "product"
    product = _cue_distance(doc.text, start, end, entities["product_cues"])
    partner = _cue_distance(doc.text, start, end, entities["partner_cues"])
    return "product" if product < partner else "organisation"


def _cue_distance(text: str, start: int, end: int, cues: tuple[str, ...]) -> int:
    window = 30
    lowered = text.lower()
    best = window + 1
    for cue in cues:
        cue = cue.lower()
        before = lowered.rfind(cue, max(0, start - window), start)
        after = lowered.find(cue, end, end + window)
        if before >= 0:
            best = min(best, start - before - len(cue))
        if after >= 0:
            best = min(best, after - end)
    return best


def _english(doc: Analysed, ctx: CheckContext, taken: list[tuple[int, int]]) -> list[tuple[int, int, Kind]]:
    """Capitalised names in English sentences (Korean sentences are read by Kiwi above)."""
    found: list[tuple[int, int, Kind]] = []
    entities = vocabulary().entities
    skip = {w.lower() for w in entities["common_proper"]} | {w.lower() for w in entities["common_acronyms"]}
    roles = {r.lower() for r in vocabulary().roles_en} | set(vocabulary().ceo_titles)
    for start, piece in (piece for match in _EN_NAME.finditer(doc.text) for piece in sentence_pieces(match)):
        name = re.sub(r"(?:[ \t]+(?:of|and|&|for|de|the|\d+))+$|-(?:based|headquartered|born|made)$", "", piece)
        name = re.sub(r"(?<=\.)\d{1,2}$", "", name)  # a footnote mark: 'in the U.S.1'
        end = start + len(name)
        unit = doc.unit_at(start)
        if unit is not None and (unit.kind in ("heading", "cell") or _title_line(doc.text[unit.start : unit.end])):
            continue  # Title Case Capitalises Every Word
        sentence = doc.sentence_at(start)
        if sentence is not None and mostly_korean(doc.text[sentence.start : sentence.end]):
            continue
        if name.startswith("The "):
            start, name = start + 4, name[4:]
        opener = re.match(r"(\w+)[ \t]+", name)
        plain_opener = opener and (opener.group(1).lower() in OPENERS or name[opener.end() :].startswith("the "))
        if opener and plain_opener and sentence_start(doc.text, start):
            # 'Like ISO 27001, …', 'Ask the …': a sentence opens with a plain word
            start, name = start + opener.end(), name[opener.end() :]
            while lead := re.match(r"(?:\d+|the)[ \t]+", name, re.IGNORECASE):  # 'In 2025 the Ministry of …'
                start, name = start + lead.end(), name[lead.end() :]
        words = name.split()
        if any(s <= start and end <= e for s, e in taken) or name.lower() in skip or name.lower() in roles:
            continue
        if len(words) == 1 and (sentence_start(doc.text, start) or len(name) < 2 or doc.text[end : end + 1] == ":"):
            continue  # a capital opening a sentence, or a label ("Audience:"), is not a name
        if all(w.lower() in skip or w.lower() in roles or w.lower() in ("of", "and", "&", "for") for w in words):
            continue
        if _known(name, ctx) or _places(name) or _known(without_legal_form(name), ctx) or _glued(name, ctx):
            continue  # places, also 'Texas and Georgia', are the place check's
        if any(names_person(name, person.name) for person in ctx.sources.people if re.match(r"[가-힣]", person.name)):
            continue  # 'Lee Su-jin' is 이수진 from the facts, written in Latin letters
        found.append((start, end, _kind(doc, start, end, name, ctx)))
    return found


def _glued(name: str, ctx: CheckContext) -> bool:
    """A heading run into its paragraph, as text copied from a wire's web page often is ('About Sonny’s
    BBQWith nearly 100 locations', 'ABOUT MADSCIMadSci is', 'About Crete United Crete United is'): a known
    name, then the same name again or a plain word."""
    for cut in re.finditer(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|[ \t]+", name):
        head, tail = name[: cut.start()], name[cut.end() :]
        if len(head) < 2 or not tail or not _known(head, ctx):
            continue
        if squash(head).startswith(squash(tail)) or _plain(tail.split()[0]) and len(tail.split()) == 1:
            return True
    return False


def _title_line(line: str) -> bool:
    """A headline set as a plain line ('Relay Freight Launches Relay Audit to Catch Invoice Errors'): one
    line, no closing full stop, most words capitalised."""
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if "\n" in line.strip() or line.rstrip().endswith((".", "?", "!", ":")) or len(words) < 4:
        return False
    small = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "from", "into"}
    capitalised = [w for w in words if w[0].isupper() or w.lower() in small]
    return len(capitalised) >= 0.85 * len(words)


def _places(name: str) -> bool:
    return all(part in gazetteer().english for part in re.split(r"[ \t]+(?:and|&)[ \t]+|,[ \t]*", name))
