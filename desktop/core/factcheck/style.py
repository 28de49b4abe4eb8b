"""The form of a whole document: what a reporter or a staff member expects to find, and where.

Style is judged on whole documents only; a single paragraph has no title and
no 회사소개, and must not be told so. A text counts as a whole document when
a workflow is given, it has a title (a ``#`` heading, or a short first line
without a full stop, as in a Word file) and at least three paragraphs below
it. Press releases are held to the newspaper conventions in DESIGN.md;
crisis plans and staff manuals to the sections their ``workflow.toml``
declares (one per scenario or chapter for repeated sections), and a manual
to carrying every policy word for word. All findings here are warnings.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from desktop.core.factcheck.dateline import find_dateline
from desktop.core.factcheck.report import finding
from desktop.core.factcheck.text import Analysed, Unit, squash
from desktop.core.findings import Finding
from desktop.core.lengths import release_length

if TYPE_CHECKING:
    from desktop.core.factcheck.context import CheckContext

_TITLE_MAX = {"ko": 45, "en": 90}
_MIN_BODY_UNITS = 3
_RELEASE_DAY = re.compile(r"\d{1,2}일\s*(?:밝혔다|발표했다|전했다|알렸다)")
_POLITE = re.compile(r"(?:습니다|ㅂ니다|합니다|니다|해요|어요|아요|에요|예요|이에요|함|음|임)[.!?]?$")
_BOILERPLATE = ("회사소개", "회사 소개", "about")
_CONTACT = ("언론 문의", "언론문의", "문의", "media contact", "press contact", "contact")


def check_style(doc: Analysed, ctx: CheckContext) -> list[Finding]:
    workflow = ctx.workflow
    title = _title(doc)
    if workflow is None or title is None or not _whole(doc):
        return []
    if workflow.name == "press-release":
        return _press_release(doc, ctx, title)
    if workflow.kind == "long_document":
        return _sections(doc, ctx, title) + _policies(doc, ctx, title)
    return []


def _title(doc: Analysed) -> Unit | None:
    for unit in doc.units:
        if unit.kind == "heading" and unit.level == 1:
            return unit
    first = next((u for u in doc.units if u.kind in ("paragraph", "heading")), None)
    if (
        first
        and not re.search(r"[.!?다]$", doc.text[first.start : first.end].strip())
        and len(doc.text[first.start : first.end]) <= 80
    ):
        return first
    return None


def _whole(doc: Analysed) -> bool:
    return sum(1 for unit in doc.units if unit.kind in ("paragraph", "item", "quote")) >= _MIN_BODY_UNITS


def _warn(doc: Analysed, span: tuple[int, int], ko: str, en: str) -> Finding:
    return finding(doc, "style", "warning", span, ko, en)


def _press_release(doc: Analysed, ctx: CheckContext, title: Unit) -> list[Finding]:
    span = (title.start, title.end)
    found = _headline(doc, ctx, span)
    if ctx.language == "en":
        return found + _english_release(doc, span)
    if not find_dateline(doc) and not _RELEASE_DAY.search(doc.text):
        ko = "리드에 데이트라인(예: '서울, 2026년 3월 10일 —' 또는 '…10일 밝혔다')이 없습니다."
        found.append(_warn(doc, span, ko, "The lead has no dateline."))
    found += _endings(doc, ctx)
    if not _has_heading(doc, _BOILERPLATE):
        found.append(
            _warn(
                doc, span, "회사소개(보일러플레이트)가 없습니다.", "The release has no company boilerplate (회사소개)."
            )
        )
    if not _has_heading(doc, _CONTACT):
        found.append(_warn(doc, span, "언론 문의처가 없습니다.", "The release has no media contact."))
    return found + _length(doc, ctx, span)


def _headline(doc: Analysed, ctx: CheckContext, span: tuple[int, int]) -> list[Finding]:
    text = doc.text[span[0] : span[1]]
    found: list[Finding] = []
    longest = _TITLE_MAX["en" if ctx.language == "en" else "ko"]
    if len(text) > longest:
        ko = f"제목이 깁니다({len(text)}자). {longest}자 안으로 줄이세요."
        found.append(_warn(doc, span, ko, f"The headline is long ({len(text)} characters)."))
    if re.search(r"[?!]", text):
        ko = "보도자료 제목에는 물음표나 느낌표를 쓰지 않습니다."
        found.append(_warn(doc, span, ko, "A press headline takes no question or exclamation mark."))
    return found


def _english_release(doc: Analysed, span: tuple[int, int]) -> list[Finding]:
    found: list[Finding] = []
    head = " ".join(doc.text[u.start : u.end] for u in doc.units[:4]).upper()
    if "FOR IMMEDIATE RELEASE" not in head and "EMBARGO" not in head:
        found.append(
            _warn(
                doc,
                span,
                "FOR IMMEDIATE RELEASE 또는 엠바고 줄이 없습니다.",
                "No FOR IMMEDIATE RELEASE or embargo line.",
            )
        )
    if not find_dateline(doc):
        found.append(
            _warn(doc, span, "리드에 데이트라인이 없습니다.", "The lead has no dateline (CITY, Month D, YYYY —).")
        )
    if not _has_heading(doc, ("about",)):
        found.append(_warn(doc, span, "About 회사 소개가 없습니다.", "No 'About <Company>' section."))
    if not _has_heading(doc, _CONTACT[3:]):
        found.append(_warn(doc, span, "미디어 연락처가 없습니다.", "No media contact."))
    if not re.search(r"^\s*(?:###|-30-)\s*$", doc.original, re.M):
        found.append(_warn(doc, span, "끝 표시(###)가 없습니다.", "No end mark (###)."))
    return found


def _has_heading(doc: Analysed, names: tuple[str, ...]) -> bool:
    for unit in doc.units:
        line = doc.text[unit.start : unit.end].strip().lower()
        if unit.kind in ("heading", "paragraph") and len(line) <= 40 and line.startswith(names):
            return True
    return False


def _endings(doc: Analysed, ctx: CheckContext) -> list[Finding]:
    """Newspaper endings (~했다, ~밝혔다), not ~합니다, ~해요 or ~함, outside quotations and the profile's own text."""
    found: list[Finding] = []
    end_of_body = _end_of_body(doc)
    for sentence in doc.sentences:
        unit = doc.units[sentence.unit]
        text = doc.text[sentence.start : sentence.end].rstrip()
        if unit.kind != "paragraph" or sentence.start >= end_of_body or squash(text) in ctx.sources.blob:
            continue
        if text.endswith(("”", '"', "’", "'")) or not re.search(r"[가-힣]", text):
            continue
        last = text.rstrip(".!?")
        match = _POLITE.search(last)
        if match and _polite_ending(sentence.tokens):
            end = sentence.start + len(last)
            found.append(_warn(doc, (end - len(match.group(0).rstrip(".!?")), end),
                               "보도자료는 '~했다'처럼 신문 문체로 씁니다('~합니다', '~해요', '~함' 대신).",
                               "Korean releases use newspaper endings (~했다), not ~합니다 or ~해요."))  # fmt: skip
    return found


def _polite_ending(tokens: list[Any]) -> bool:
    endings = [t for t in tokens if t.tag in ("EF", "ETN")]
    return bool(endings) and endings[-1].form not in ("다", "ᆫ다", "는다", "었다", "였다")


def _length(doc: Analysed, ctx: CheckContext, span: tuple[int, int]) -> list[Finding]:
    body = _body_length(doc)
    low, high = release_length(ctx.answers)
    if low <= body <= high:
        return []
    return [_warn(doc, span, f"본문이 {body:,}자입니다. 선택한 분량은 약 {low:,}~{high:,}자입니다.",
                  f"The body is {body:,} characters; the chosen length is about {low:,}–{high:,}.")]  # fmt: skip


def _end_of_body(doc: Analysed) -> int:
    """Where 회사소개 or 언론 문의 begins (the parts taken from the profile)."""
    for unit in doc.units:
        line = doc.text[unit.start : unit.end].strip().lower()
        if unit.kind == "heading" and line.startswith(_BOILERPLATE + _CONTACT):
            return unit.start
    return len(doc.text)


def _body_length(doc: Analysed) -> int:
    end = _end_of_body(doc)
    total = 0
    for unit in doc.units:
        line = doc.text[unit.start : unit.end].strip()
        if unit.start < end and unit.kind in ("paragraph", "item", "quote") and not line.startswith("보도자료"):
            total += len(line)
    return total


def _sections(doc: Analysed, ctx: CheckContext, title: Unit) -> list[Finding]:
    workflow = ctx.workflow
    assert workflow is not None
    headings = [squash(doc.text[u.start : u.end]) for u in doc.units if u.kind == "heading"]
    found: list[Finding] = []
    for spec in workflow.sections:
        if spec.id == "title" or not getattr(spec, "required", True):
            continue
        for expected in _expected_titles(spec, ctx.answers, ctx.language):
            if not any(squash(expected) in heading for heading in headings):
                found.append(
                    _warn(
                        doc,
                        (title.start, title.end),
                        f"'{expected}' 부분이 없습니다.",
                        f"The '{expected}' section is missing.",
                    )
                )
    return found


def _expected_titles(spec: Any, answers: dict[str, Any], language: str) -> list[str]:
    name = spec.title(language)
    if not spec.repeat_field:
        return [name] if name else []
    items = [str(item) for item in answers.get(spec.repeat_field) or []]
    return [f"{name}: {item}" if name else item for item in items]


def _policies(doc: Analysed, ctx: CheckContext, title: Unit) -> list[Finding]:
    text = squash(doc.text)
    found: list[Finding] = []
    for policy in ctx.answers.get("policies") or []:
        if squash(str(policy)) not in text:
            found.append(_warn(doc, (title.start, title.end), f"회사 규칙이 그대로 들어 있지 않습니다: {policy}",
                               f"A policy is not stated word for word: {policy}"))  # fmt: skip
    return found
