"""Visible placeholders for facts the company has not given.

PR Studio never invents a name, number, date or quote: where one is missing
the document shows a bracketed note such as ``[대표 인용문 확인 필요]`` that the
user cannot miss before sending.
"""

from __future__ import annotations

import re

PLACEHOLDER_RE = re.compile(r"\[[^\[\]\n]{1,60}(확인 필요|to be confirmed)\]")


def placeholder(label: str, language: str) -> str:
    if language == "en":
        return f"[{label}: to be confirmed]"
    return f"[{label} 확인 필요]"


def find_placeholders(text: str) -> list[str]:
    return [match.group(0) for match in PLACEHOLDER_RE.finditer(text)]


def reminder(text: str, language: str) -> str:
    """What to fill in before sending, or "" when nothing is left open."""
    count = len(find_placeholders(text))
    if not count:
        return ""
    if language == "en":
        return f"{count} 'to be confirmed' marker(s) remain: fill them in before sending."
    return f"[확인 필요] 표시가 {count}곳 남아 있습니다. 채운 뒤 보내세요."
