"""Holding generated text against the company's facts before anyone sends it.

A press release with an invented phone number, figure or quote can cost a
small company dearly, and small models invent freely. These checks run on
model-written text only (sections rendered from the profile are facts
already) and make every doubt visible in the document itself:

- e-mail addresses, phone numbers and web addresses not in the profile or
  answers are replaced by a placeholder;
- quotations are replaced by a placeholder unless the user gave quote points;
- numbers the sources do not contain are flagged in place;
- names borrowed from the few-shot examples (other companies, other
  people) are replaced by a placeholder;
- words the brand avoids are reported.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from desktop.core.placeholders import PLACEHOLDER_RE, placeholder

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_RE = re.compile(r"(?:https?://|www\.)[^\s)\]]+")
PHONE_RE = re.compile(r"(?<![\w.])(?:\+?\d{1,3}[ -]?)?(?:\(?\d{2,4}\)?[ .-])\d{3,4}[ .-]\d{4}(?![\w])")
QUOTE_RE = re.compile(r"[“\"]([^”\"\n]{8,})[”\"]")
NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass
class CheckResult:
    text: str
    findings: list[str] = field(default_factory=list)


def number_values(text: str) -> set[str]:
    """Numbers as normalised strings ('1,200' and '1200' match; '03' and '3' match)."""
    values: set[str] = set()
    for match in NUMBER_RE.finditer(text):
        raw = match.group(0).replace(",", "").rstrip(".")
        values.add(raw.lstrip("0") or "0")
    return values


def check_generated(
    text: str,
    sources: str,
    *,
    language: str,
    avoid: list[str],
    quotes_allowed: bool,
    example_names: Collection[str] = (),
) -> CheckResult:
    result = CheckResult(text)
    _guard_example_names(result, {name for name in example_names if name not in sources}, language)
    _guard_contacts(result, sources, language)
    if not quotes_allowed:
        _guard_quotes(result, language)
    _report_avoided(result, avoid, language)  # before numbers are flagged: "업계 1위" must still match
    _flag_numbers(result, number_values(sources), language)
    return result


def _guard_example_names(result: CheckResult, names: set[str], language: str) -> None:
    label = "이름" if language == "ko" else "name"
    for name in sorted(names, key=len, reverse=True):
        # Hangul names take particles (한도윤이), so only their start is anchored.
        end = "" if re.match(r"[\uac00-\ud7a3]", name) else r"(?!\w)"
        pattern = re.compile(rf"(?<!\w){re.escape(name)}{end}")
        if pattern.search(result.text):
            result.text = pattern.sub(placeholder(label, language), result.text)
            result.findings.append(
                _say(
                    language,
                    f"예시 문서의 이름 '{name}'이 섞여 있어 지웠습니다.",
                    f"Removed '{name}', a name borrowed from an example document.",
                )
            )


def _guard_contacts(result: CheckResult, sources: str, language: str) -> None:
    label = "연락처" if language == "ko" else "contact details"
    for pattern in (EMAIL_RE, URL_RE, PHONE_RE):
        for found in set(pattern.findall(result.text)):
            if found not in sources:
                result.text = result.text.replace(found, placeholder(label, language))
                result.findings.append(
                    _say(
                        language,
                        f"자료에 없는 연락처 '{found}'를 지웠습니다.",
                        f"Removed contact details not in the facts: '{found}'.",
                    )
                )


def _guard_quotes(result: CheckResult, language: str) -> None:
    label = "대표 인용문" if language == "ko" else "Spokesperson quote"
    for match in list(QUOTE_RE.finditer(result.text)):
        result.text = result.text.replace(match.group(0), placeholder(label, language), 1)
        result.findings.append(
            _say(
                language,
                "인용문 요지가 없어 모델이 쓴 인용문을 자리표시로 바꿨습니다.",
                "No quote points were given, so a model-written quote was replaced.",
            )
        )


def _flag_numbers(result: CheckResult, known: set[str], language: str) -> None:
    protected = [m.span() for m in PLACEHOLDER_RE.finditer(result.text)]
    pieces: list[str] = []
    last = 0
    flagged: list[str] = []
    for match in NUMBER_RE.finditer(result.text):
        inside = any(start <= match.start() < end for start, end in protected)
        if inside or _is_list_marker(result.text, match) or number_values(match.group(0)) <= known:
            continue
        pieces.append(result.text[last : match.end()])
        pieces.append(" " + placeholder("수치" if language == "ko" else "figure", language))
        last = match.end()
        flagged.append(match.group(0))
    pieces.append(result.text[last:])
    result.text = "".join(pieces)
    if flagged:
        numbers = ", ".join(flagged)
        result.findings.append(
            _say(
                language,
                f"자료에 없는 수치를 표시했습니다: {numbers}",
                f"Flagged figures not found in the facts: {numbers}",
            )
        )


def _is_list_marker(text: str, match: re.Match[str]) -> bool:
    """'4.' opening a numbered list item is Markdown, not a figure."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    return not text[line_start : match.start()].strip() and text[match.end() : match.end() + 2] in (". ", ") ")


def _report_avoided(result: CheckResult, avoid: list[str], language: str) -> None:
    for word in avoid:
        if word and word in result.text:
            result.findings.append(
                _say(
                    language,
                    f"사용하지 않기로 한 표현 '{word}'이 들어 있습니다.",
                    f"The text uses '{word}', which the brand avoids.",
                )
            )


def _say(language: str, ko: str, en: str) -> str:
    return en if language == "en" else ko
