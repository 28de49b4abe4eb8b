"""Places in a draft must be in the sources; the dateline's place is where the news comes from.

The dateline must be the answers' location (else the headquarters city);
any other place must be one the sources name, or contain one ("서울" is
supported by "서울특별시 마포구", "Korea" by any Korean place).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.core.factcheck import places
from desktop.core.factcheck.dateline import find_dateline
from desktop.core.factcheck.report import finding
from desktop.core.factcheck.text import Analysed, squash
from desktop.core.findings import Finding

if TYPE_CHECKING:
    from desktop.core.factcheck.context import CheckContext


def check_places(doc: Analysed, ctx: CheckContext) -> tuple[list[Finding], list[tuple[int, int]]]:
    mentions = places.find_places(doc)
    dateline = find_dateline(doc)
    findings: list[Finding] = []
    known = ctx.sources.place_ids
    for mention in mentions:
        in_dateline = dateline is not None and dateline.place_start <= mention.start < dateline.place_end
        if in_dateline:
            continue
        if set(mention.ids) & known or squash(mention.name) in ctx.sources.blob:
            continue
        excerpt = places.describe(_named(ctx), ctx.language)
        findings.append(
            finding(
                doc,
                "place",
                "error",
                (mention.start, mention.end),
                "자료에 없는 지역입니다.",
                "This place is not in the facts.",
                excerpt,
                ctx.language,
            )  # fmt: skip
        )
    if dateline is not None:
        findings += _dateline(doc, ctx, dateline.place_start, dateline.place_end, mentions)
    roads = [match.span() for match in _ROAD.finditer(doc.text)]
    for start, end in roads:
        if squash(doc.text[start:end]) not in ctx.sources.blob:
            findings.append(
                finding(
                    doc,
                    "place",
                    "error",
                    (start, end),
                    "자료에 없는 도로입니다.",
                    "This road is not in the facts.",
                    "",
                    ctx.language,
                )  # fmt: skip
            )
    return findings, [(m.start, m.end) for m in mentions] + roads


#: A road by its number ('Interstate 70', 'Route 9', '국도 7호선', '경부고속도로'): a place a reader will drive to.
_ROAD = re.compile(r"\b(?:Interstate|Route|Highway|I-)\s?\d{1,3}\b|국도\s?\d{1,2}호선|\d{1,2}번\s?국도")


def _named(ctx: CheckContext) -> set[str]:
    """The places the sources name themselves (not their parents), for messages."""
    return {place for place in ctx.sources.place_ids if "/" in place} or ctx.sources.place_ids


def _dateline(
    doc: Analysed, ctx: CheckContext, start: int, end: int, mentions: list[places.PlaceMention]
) -> list[Finding]:
    expected = ctx.sources.dateline_ids
    # The dateline's slot holds a place, whatever Kiwi makes of the word alone.
    written = {p for m in mentions if start <= m.start < end for p in m.ids} or places.place_ids(doc.text[start:end])
    if not expected:
        return []
    allowed = places.closure(expected)
    if written and (written & allowed or any(expected & places.ancestors(p) for p in written)):
        return []
    location = str(ctx.answers.get("location") or "") or ctx.profile.company.headquarters
    if not written and squash(location) and squash(doc.text[start:end]) in squash(location):
        return []
    return [
        finding(
            doc,
            "place",
            "error",
            (start, end),
            "발표 지역(데이트라인)이 자료와 다릅니다.",
            "The dateline city differs from the facts.",
            location,
            ctx.language,
        )  # fmt: skip
    ]
