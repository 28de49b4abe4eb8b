"""Another organisation's boilerplate at the foot of a release is that organisation's text to vouch for.

A release about a Stevie award ends with "About The Stevie Awards", a new
partner's with "About Ridgemont Equity Partners": paragraphs the partner
supplies and the PR manager pastes in as they are. The company's facts never
hold them, so every name and figure in them read as invented, and a true
release came back with a dozen errors. Inside such a section a doubtful claim
is still shown, as a warning that says whose text it is; the company's own
"About" section stays checked like the rest of the release.

A section starts at a line (or a glued paragraph, as wires print them) that
opens with "About <name>" and runs to the next such line, a contact block or
the end. Korean releases rarely carry a partner's 회사 소개, and a short line
ending in 소개 is as often a heading of the news itself, so only the English
form is read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.core.factcheck.text import squash
from desktop.core.findings import Finding

if TYPE_CHECKING:
    from desktop.core.factcheck.context import CheckContext

_HEADING = r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*)?[ \t]*"
_ABOUT = re.compile(_HEADING + r"About[ \t]+(?P<name>(?:[Tt]he[ \t]+)?[A-Z][^\n]*)", re.M)
_END = re.compile(
    _HEADING
    + r"(?:Media[ \t]+Contacts?|Press[ \t]+Contacts?|Contacts?:|SOURCE\b|#{3}|-{3}|언론[ \t]*문의|문의처|홍보[ \t]*담당)",
    re.I | re.M,
)


def partner_sections(text: str, ctx: CheckContext) -> list[tuple[int, int]]:
    """Spans of ``text`` holding another organisation's "About" section."""
    own = [squash(name) for name in (ctx.profile.company.name, ctx.profile.company.name_en) if squash(name)]
    sections: list[tuple[int, int]] = []
    starts = list(_ABOUT.finditer(text))
    for index, match in enumerate(starts):
        name = squash(re.sub(r"^the[ \t]+", "", match.group("name"), flags=re.I))
        if not name or any(name.startswith(mine) or mine.startswith(name) for mine in own):
            continue
        limit = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        end = _END.search(text, match.end(), limit)
        sections.append((match.start(), end.start() if end else limit))
    return sections


def soften(found: list[Finding], sections: list[tuple[int, int]]) -> list[Finding]:
    """Errors inside a partner's section become warnings that say whose text it is."""
    if not sections:
        return found
    return [
        _softened(item) if item.severity == "error" and any(s <= item.start < e for s, e in sections) else item
        for item in found
    ]


def _softened(item: Finding) -> Finding:
    return replace(
        item,
        severity="warning",
        message_ko=f"다른 기관의 소개문에 있는 내용입니다. 그 기관이 준 글 그대로인지 확인하세요. ({item.message_ko})",
        message_en=f"In another organisation's boilerplate: check it is their text as they gave it. ({item.message_en})",
    )
