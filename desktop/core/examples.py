"""Few-shot examples: finished documents for fictional companies, with the brief behind them.

A base model learns the form of a press release or a crisis plan from two or
three of these placed before the real request (in-context learning). Each
example is a Markdown file with a TOML front matter between ``+++`` lines:
``language``, ``tags`` (industry words, used to pick the closest examples) and
``brief`` (the facts the example was written from).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.errors import InputError


@dataclass(frozen=True)
class Example:
    path: Path
    language: str
    brief: str
    output: str
    tags: tuple[str, ...] = field(default=())


def load_examples(folder: Path) -> list[Example]:
    return [_load_example(path) for path in sorted(folder.glob("*.md"))]


def _load_example(path: Path) -> Example:
    text = path.read_text(encoding="utf-8")
    _, sep, rest = text.partition("+++\n")
    front, sep2, body = rest.partition("\n+++\n")
    if not sep or not sep2:
        raise InputError(
            "예시 파일은 '+++'로 감싼 머리말로 시작해야 합니다.",
            "an example file must start with a front matter between '+++' lines.",
            path=path,
            line=1,
        )
    try:
        meta = tomllib.loads(front)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"머리말 TOML 오류: {exc}", f"front matter TOML error: {exc}", path=path) from None
    return Example(
        path=path,
        language=str(meta.get("language", "ko")),
        brief=str(meta.get("brief", "")).strip(),
        output=body.strip(),
        tags=tuple(meta.get("tags", [])),
    )


#: Brief keys whose values are names of people or companies (team lines end in a role word).
_NAME_KEYS = (
    "회사명",
    "대표",
    "인용할 사람",
    "책임",
    "대변인",
    "대응",
    "Company",
    "CEO",
    "person",
    "lead",
    "Spokesperson",
)


#: Product names are quoted in the examples ('한끼숲'); a copied one is a borrowed name too.
_QUOTED_NAME = re.compile(r"['‘]([^'’\n\[\]]{2,20})['’]")


def example_names(examples: list[Example]) -> set[str]:
    """Company, person and product names in the examples: they must never reach a real document."""
    names: set[str] = set()
    for example in examples:
        names.update(match.strip() for match in _QUOTED_NAME.findall(example.brief + "\n" + example.output))
        for line in example.brief.splitlines():
            key, _, value = line.partition(":")
            if key.strip(" -").endswith(_NAME_KEYS) and "[" not in value:
                person = value.split(",")[0]
                names.update(part for part in person.split() if len(part) >= 2 and not _is_title(part))
    return names


def _is_title(word: str) -> bool:
    return word.endswith(("팀장", "대표", "대표이사")) or word in {"CEO", "Inc.", "Ltd."}


def pick_examples(examples: list[Example], language: str, hints: str, limit: int) -> list[Example]:
    """Examples in the output language, those sharing words with ``hints`` first."""
    same_language = [example for example in examples if example.language == language]

    def overlap(example: Example) -> int:
        return -sum(1 for tag in example.tags if tag and tag in hints)

    return sorted(same_language, key=overlap)[:limit]
