"""One institution, several spellings: '광주과기원' is 광주과학기술원, '산업부' is 산업통상자원부.

Korean newspapers shorten institution endings and ministries' names; a name
the facts write in full is the same name written short, for the organisation
check, the award check and the gate that compares a draft's words with the
facts'.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core.factcheck.vocab import vocabulary

_INSTITUTION_ENDINGS = (
    ("과학기술원", "과기원"),
    ("과학기술대학교", "과기대"),
    ("대학교", "대"),
    ("연구원", "연"),
    ("국가산업단지", "산단"),
    ("일반산업단지", "산단"),
    ("산업단지", "산단"),
)


def short_forms(name: str) -> list[str]:
    """The same institution with its ending written the other way: '광주과기원' ↔ '광주과학기술원',
    '석문산단' ↔ '석문국가산업단지', and a ministry by its short name: '산업부장관' ↔ '산업통상자원부장관'."""
    forms = [name.replace(short, full) for short, full in _short_names() if short in name and full not in name]
    forms += [name.replace(full, short) for short, full in _short_names() if full in name]
    for full, short in _INSTITUTION_ENDINGS:
        if name.endswith(full) and len(name) > len(full) + 1:
            forms.append(name[: -len(full)] + short)
        elif name.endswith(short) and len(name) > len(short) + 1 and re.fullmatch(r"[가-힣]+", name):
            forms.append(name[: -len(short)] + full)
    return forms


@cache
def _short_names() -> tuple[tuple[str, str], ...]:
    return tuple(tuple(pair.split("=", 1)) for pair in vocabulary().entities["short_names_ko"])  # type: ignore[misc]
