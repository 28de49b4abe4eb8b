"""Cleaning a model's text before it is judged: prompt debris, copied example sentences, loops.

Small models echo the prompt's scaffolding ("### Press release to write",
the data block, "<보도자료>", "발표 내용: …"), copy sentences from the few-shot
examples word for word, and loop. None of that may reach a document. The
scaffolding is recognised from the prompt itself (its data labels and data
lines), so a new workflow's labels are covered without code; a sentence
counts as copied when most of its character trigrams come from one example
sentence (``COPY_THRESHOLD``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.core import korean

#: Share of a sentence's character trigrams found in one example sentence that makes it a copy.
COPY_THRESHOLD = 0.6
#: A capable model that borrows an example's phrasing ("…되는 대로 알려 드리겠습니다") writes its own sentence;
#: only a near-verbatim copy is one.
CAPABLE_COPY_THRESHOLD = 0.85
#: Sentences shorter than this (letters, no spaces) are too short to call copies.
COPY_MIN_CHARS = 10
_FENCE = re.compile(r"<<<|>>>|«\s*(자료|DATA)|(자료|DATA)\s*»")
_TAG_LINE = re.compile(r"^\s*</?[^<>\n]{1,30}>\s*$")
_SCAFFOLD_HEADING = re.compile(r"^\s*#{3,}\s*\S")
_EXAMPLE_LINE = re.compile(r"^\s*(예시|Example)\s*\d*\s*:?\s*$", re.IGNORECASE)
_REQUEST_LINE = re.compile(r"^\s*\[(요청|Request)\]")
_LABEL_LINE = re.compile(r"^([^\s:#\-*|<>\[][^:\n]{0,19}):(\s|$)")
_LIST_MARK = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
#: A bold label ("**다음 안내:**") is structure every document shares, not words to copy.
_BOLD_LABEL = re.compile(r"\*\*[^*\n]{1,40}\*\*")


@dataclass
class Cleaned:
    text: str
    debris: list[str] = field(default_factory=list)
    copied: list[str] = field(default_factory=list)
    repeated: int = 0
    loop: bool = False


class Cleaner:
    """Knows one prompt's scaffolding and examples; cleans every part written from it."""

    def __init__(
        self,
        prefix: str,
        example_texts: Iterable[str],
        language: str,
        sources: str = "",
        threshold: float = COPY_THRESHOLD,
    ) -> None:
        self.language = language
        self.threshold = threshold
        #: The company's own words (a rule, a fact): never a copy, even when an example says the same.
        self.sources = _letters(sources)
        self.labels = {match.group(1).strip() for line in prefix.splitlines() if (match := _LABEL_LINE.match(line))}
        texts = list(example_texts)
        #: Whole lines of the examples, for copies too short to measure (a catchphrase, a headline).
        self.example_lines = {_letters(_bare(line)) for text in texts for line in text.splitlines() if _bare(line)}
        self.example_sentences = [
            grams for text in texts for sentence in sentences(text, language) if (grams := trigrams(sentence))
        ]

    def clean(self, text: str, title: str = "") -> Cleaned:
        result = Cleaned("")
        lines = [line.rstrip() for line in text.strip("\n").splitlines()]
        if lines and title and lines[0].lstrip("# ").strip() == title:
            lines = lines[1:]
        kept: list[str] = []
        seen: set[str] = set()
        for line in lines:
            if self.is_debris(line):
                result.debris.append(line)
                continue
            key = line.strip()
            if len(_letters(key)) >= 8 and key in seen:
                result.repeated += 1
                continue
            seen.add(key)
            kept.append(self._without_copies(line, result))
        result.text = "\n".join(line for line in kept if line is not None).strip()
        result.text = re.sub(r"\n{3,}", "\n\n", result.text)
        result.loop = is_loop(result.text) or result.repeated >= 3
        return result

    def is_debris(self, line: str) -> bool:
        if not line.strip():
            return False
        label = _LABEL_LINE.match(_LIST_MARK.sub("", line))
        return bool(
            _FENCE.search(line)
            or _TAG_LINE.match(line)
            or _SCAFFOLD_HEADING.match(line)
            or _EXAMPLE_LINE.match(line)
            or _REQUEST_LINE.match(line)
            or (label and label.group(1).strip() in self.labels)
        )

    def is_copy(self, text: str) -> bool:
        """A line or sentence taken from an example, whole or mostly."""
        if self._own(text):
            return False
        return _letters(_bare(text)) in self.example_lines or self.copied_share(text) >= self.threshold

    def _own(self, text: str) -> bool:
        """A bold label alone ('**Rules:**') is structure; a sentence found in the sources is the company's."""
        letters = _letters(_bare(text))
        return bool(_BOLD_LABEL.fullmatch(text.strip())) or (len(letters) >= COPY_MIN_CHARS and letters in self.sources)

    def _without_copies(self, line: str, result: Cleaned) -> str:
        if not line.strip() or self._own(line):
            return line
        if _letters(_bare(line)) in self.example_lines and len(_letters(line)) >= 4:
            result.copied.append(line.strip())
            return ""
        kept = line
        for sentence in sentences(line, self.language):
            if not self._own(sentence) and self.copied_share(sentence) >= self.threshold:
                result.copied.append(sentence)
                kept = kept.replace(sentence, "")
        if kept != line and not _LIST_MARK.sub("", kept).strip(" .,"):
            return ""
        return re.sub(r"  +", " ", kept).rstrip()

    def copied_share(self, sentence: str) -> float:
        """The largest share of ``sentence``'s trigrams found in a single example sentence."""
        grams = trigrams(sentence)
        if not grams:
            return 0.0
        return max((len(grams & example) / len(grams) for example in self.example_sentences), default=0.0)


def _bare(line: str) -> str:
    return _LIST_MARK.sub("", line).strip().strip("*").strip()


def sentences(text: str, language: str) -> list[str]:
    """Sentences of ``text`` line by line (Kiwi for Korean, full stops for English)."""
    found: list[str] = []
    for line in text.splitlines():
        line = _LIST_MARK.sub("", line).strip().strip("|").strip()
        if not line:
            continue
        if language == "en" or not re.search(r"[\uac00-\ud7a3]", line):
            found.extend(part.strip() for part in re.split(r"(?<=[.!?])\s+", line) if part.strip())
        else:
            found.extend(line[s.start : s.end].strip() for s in korean.split_sentences(line))
    return found


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def trigrams(sentence: str) -> set[str]:
    letters = _letters(_BOLD_LABEL.sub("", sentence))
    if len(letters) < COPY_MIN_CHARS:
        return set()
    return {letters[i : i + 3] for i in range(len(letters) - 2)}


def is_loop(text: str) -> bool:
    """A model that repeats itself: few distinct word trigrams, or a sentence written three times."""
    words = text.split()
    if len(words) >= 12:
        grams = [tuple(words[i : i + 3]) for i in range(len(words) - 2)]
        if len(set(grams)) / len(grams) < 0.5:
            return True
    counts: dict[str, int] = {}
    for sentence in re.split(r"(?<=[.!?다])\s+", text):
        key = sentence.strip()
        if len(key) >= 8:
            counts[key] = counts.get(key, 0) + 1
    return any(count >= 3 for count in counts.values())
