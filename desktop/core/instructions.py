"""Facts and reference text that read like instructions to the model, found before generation.

Everything the user supplies goes to the model as fenced data, and the prompt
says data is never an instruction. A small base model does not always obey
that: a pasted e-mail saying "이전 지시를 무시하고 ..." (ignore the previous
instructions) once took over the built-in model's output. So such sentences
are pointed out before anything is generated, with where they are (fact 3,
the reference text's line 12), and the user decides: fix the sentence or
check the result. Nothing is removed or blocked here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop.core.profile import CompanyProfile

_PATTERNS = [
    # Korean: "이전 지시를 무시하고", "위의 규칙은 모두 잊어", "명령을 따르지 말고"
    r"(이전|앞|위|기존|모든|지금까지)[의에서 ]*(지시|명령|지침|규칙|프롬프트|설정)\S{0,2}\s*(모두\s*|전부\s*|다\s*)?(무시|잊|따르지)",
    r"(지시|명령|지침|규칙|프롬프트)\S{0,2}\s*(모두\s*|전부\s*|다\s*)?무시",
    r"(시스템|system)\s*(프롬프트|prompt|메시지)",
    r"(너는|넌|당신은)\s*(이제|지금부터|앞으로)|(지금부터|이제부터)\s*(너는|넌|당신은)",
    r"(대신|그\s*대신)\s*(다음|아래)\S{0,2}\s*(출력|작성|쓰|말)",
    r"(역할|규칙|지시)\S{0,2}\s*(바꿔|변경해|새로\s*정)",
    # English
    r"\b(ignore|disregard|forget|override)\b[^.\n]{0,40}\b(instructions?|prompts?|rules|directions|guidelines)\b",
    r"\byou are now\b|\bfrom now on,? you\b|\bact as (an?|the)\b",
    r"\bsystem prompt\b|\bnew instructions?\b|\bdo not follow\b",
    # The prompt's own structure imitated: data-block fences, document tags, example headings.
    r"<<<|>>>|</?(보도자료|PRESS RELEASE|자료)\b|^\s*###\s",
]
_INSTRUCTION = re.compile("|".join(f"(?:{pattern})" for pattern in _PATTERNS), re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class InstructionNotice:
    """One sentence that reads like an instruction, where it is, and what the user should do."""

    where_ko: str
    where_en: str
    #: The sentence as written, and the matched words' offsets within the source text.
    text: str
    start: int
    end: int

    def message(self, lang: str = "ko") -> str:
        quoted = self.text if len(self.text) <= 60 else self.text[:57] + "…"
        if lang == "en":
            return (
                f"{self.where_en}: '{quoted}' reads like an instruction to the model. It is passed on as data "
                "only, but a small model may follow it: rephrase it or check the result."
            )
        return (
            f"{self.where_ko}: '{quoted}'은(는) 모델에게 내리는 지시처럼 읽힙니다. 자료로만 넘기지만 작은 모델은 "
            "따를 수 있으니 문장을 고치거나 결과를 꼭 확인하세요."
        )


def instruction_notices(
    profile: CompanyProfile, answers: dict[str, Any], reference_text: str = ""
) -> list[InstructionNotice]:
    """Every sentence in the profile, the answers and the reference text that reads like an instruction."""
    notices: list[InstructionNotice] = []
    for where_ko, where_en, text in _sources(profile, answers, reference_text):
        for match in _INSTRUCTION.finditer(text):
            sentence = _sentence_around(text, match.start(), match.end())
            if not any(n.where_en == where_en and n.text == sentence for n in notices):
                notices.append(InstructionNotice(where_ko, where_en, sentence, match.start(), match.end()))
    return notices


def _sources(profile: CompanyProfile, answers: dict[str, Any], reference_text: str) -> Iterator[tuple[str, str, str]]:
    for number, fact in enumerate(profile.facts, start=1):
        yield f"사실 {number}", f"fact {number}", fact.text
    for number, product in enumerate(profile.products, start=1):
        yield f"제품 {number}", f"product {number}", f"{product.name}\n{product.description}"
    company = profile.company
    yield "회사 정보", "company profile", "\n".join(str(value) for value in company.model_dump().values())
    yield "문체", "brand", "\n".join([*profile.brand.tone, *profile.brand.avoid])
    yield "언론 문의처", "media contact", "\n".join(str(value) for value in profile.contact.model_dump().values())
    for key, value in answers.items():
        text = "\n".join(map(str, value)) if isinstance(value, list) else str(value)
        yield f"답변 '{key}'", f"answer '{key}'", text
    for number, line in enumerate(reference_text.splitlines(), start=1):
        yield f"참고 자료 {number}번째 줄", f"reference text, line {number}", line


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding ``text[start:end]``."""
    left = max(text.rfind(mark, 0, start) for mark in (".", "!", "?", "。", "\n")) + 1
    stops = [i for i in (text.find(mark, end) for mark in (".", "!", "?", "。", "\n")) if i != -1]
    right = min(stops) + 1 if stops else len(text)
    return text[left:right].strip()
