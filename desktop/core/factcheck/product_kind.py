"""Whether an unsupported name is a product: so the message says 제품, not 기관.

A name is a product by its shape or by what the sentence says of it, in both
languages: a model code ('솔라루프 S3', 'HullBot T5', '… Pro'), a product-type
word right before or after it ('원단 '쿨올 프로'', 'its HullBot robot',
'HullGuard, Tidewave's new antifouling coating'), a new name under one of the
company's brands ('청람 김자반', 'Quillstone Shield'), or a name in single or
angle quotes in Korean prose, which is how 보도자료 set off a product's name.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from desktop.core.factcheck.vocab import vocabulary

if TYPE_CHECKING:
    from desktop.core.factcheck.context import CheckContext

_MODEL_CODE = re.compile(
    r"(?:^|\s)(?:[A-Za-z]{1,4}-?\d{1,5}[A-Za-z]{0,3}|\d{1,4}[A-Za-z]{1,2}|Pro|Plus|Max|Mini|Lite|Ultra|"
    r"프로|플러스|맥스|미니|라이트|울트라)$"
)
_OPENING = "‘'「《〈"
_APPOSITION = re.compile(r"^\s*,\s*(?:(?:a|an|its|their|the)\s+|[A-Z][\w-]*['’]s\s+)(?:new\s+)?", re.IGNORECASE)
_BEFORE = re.compile(r"(?:\b(?:its|their|the new|a new|new)|([\w가-힣-]+))[ \t]*$", re.IGNORECASE)


@cache
def _kinds() -> tuple[str, ...]:
    return tuple(vocabulary().entities["product_kinds"])


def looks_like_product(text: str, start: int, end: int, name: str, ctx: CheckContext) -> bool:
    if _MODEL_CODE.search(name) or _under_brand(name, ctx):
        return True
    if start > 0 and text[start - 1] in _OPENING and re.search(r"[가-힣]", name + text[end : end + 3]):
        return True
    return _kind_before(text, start) or _kind_after(text, end)


def _under_brand(name: str, ctx: CheckContext) -> bool:
    """'청람 김자반', 'Quillstone Shield': the company's or a product's first word, then a new word."""
    words = name.split()
    if len(words) < 2:
        return False
    company = ctx.profile.company
    brands = [company.name, company.name_en, *(p.name for p in ctx.profile.products)]
    firsts = {b.split()[0].lower() for b in brands if b and b.split()}
    firsts |= {company.name[:2]} if re.fullmatch(r"[가-힣]{3,}", company.name or "") else set()
    return words[0].lower() in firsts


def _kind_before(text: str, start: int) -> bool:
    """'냉감 원단 '쿨올'', 'its new HullGuard', '전용 앱 나래팜'."""
    before = text[max(0, start - 20) : start].rstrip(_OPENING + '“" \t,')  # also 'its expense app, SpendLoop'
    match = _BEFORE.search(before)
    if not match:
        return False
    word = match.group(1)
    return word is None or word.lower() in _kinds()


def _kind_after(text: str, end: int) -> bool:
    """'HullBot T5 robot', 'a WaveTrack report', 'HullGuard, Tidewave's new antifouling coating'."""
    rest = text[end : end + 60].lstrip("’'」》〉”\"")
    apposed = _APPOSITION.match(rest)
    if apposed:  # the apposition says what it is: a product only when it names a product's kind
        phrase = re.split(r"[,.;:]", rest[apposed.end() :], maxsplit=1)[0]
        return any(word.lower() in _kinds() for word in re.findall(r"[A-Za-z-]+", phrase))
    following = re.match(r"[ \t]+([A-Za-z-]+)", rest)
    return following is not None and following.group(1).lower() in _kinds()
