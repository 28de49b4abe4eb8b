"""The legal duty a crisis scenario brings under Korean law, for the plan and for the model's ask.

A data breach must be told to the people affected within 72 hours, a chemical
accident reported at once, a serious industrial accident reported without
delay, suspected food poisoning reported to the district office. The duties
are data (``prompts/crisis-plan/legal_duties.toml``), each naming its law and
article; a scenario takes the first duty whose keyword it contains.
"""

from __future__ import annotations

from functools import cache

from desktop import paths
from desktop.core.tomlfile import read_toml

DUTIES_FILE = "legal_duties.toml"


@cache
def _duties() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    path = paths.prompts_dir() / "crisis-plan" / DUTIES_FILE
    if not path.exists():
        return ()
    data, _ = read_toml(path)
    return tuple(
        (tuple(str(k).lower() for k in duty.get("keywords", [])), str(duty.get("ko", "")), str(duty.get("en", "")))
        for duty in data.get("duties", [])
    )


def legal_duty(scenario: str, language: str) -> str:
    """The duty for ``scenario`` in ``language`` ('' when no listed law applies)."""
    lowered = str(scenario).lower()
    for keywords, ko, en in _duties():
        if any(keyword in lowered for keyword in keywords):
            return en if language == "en" else ko
    return ""
