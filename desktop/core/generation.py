"""The one generation pipeline: plan → prompt → stream → check → history → document.

The window, the command line, the tests and the benchmarks all run this
generator and react to its events. It is a plain Python generator with no Qt
in sight; the window runs it on a worker thread and relays the events.

Threading contract: ``generate`` runs on one thread; ``cancel`` (a
``threading.Event``) may be set from any other. Every section's text is in
the history database before the next section starts, and a cancelled or
failed run keeps what was written.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from typing import Any

from desktop.core.checks import check_generated
from desktop.core.document import Document
from desktop.core.engines.base import Engine, GenerationRequest, Usage
from desktop.core.engines.router import record_if_sent
from desktop.core.engines.sampling import sampling_for
from desktop.core.errors import Cancelled, IncompleteAnswer, InputError, PRStudioError
from desktop.core.examples import example_names
from desktop.core.markdown_parse import parse_candidates, parse_markdown
from desktop.core.outline import PlannedSection, plan_outline
from desktop.core.placeholders import placeholder
from desktop.core.profile import CompanyProfile
from desktop.core.prompting import PromptBuilder
from desktop.core.store import History
from desktop.core.workflows import Workflow

CANDIDATE_ROUNDS = 4
#: Lines such as "<위기관리 계획서>" that a small model copies from the prompt's structure.
_PROMPT_TAG = re.compile(r"^\s*</?[^<>\n]{1,30}>\s*$")


@dataclass(frozen=True)
class GenerationJob:
    workflow: Workflow
    profile: CompanyProfile
    answers: dict[str, Any]
    reference_text: str = ""
    creativity: str = ""
    seed: int | None = None
    max_tokens_cap: int | None = None
    #: Regenerating adds a version to this draft instead of starting a new one.
    draft_id: int | None = None
    #: Regenerate only this section (``PlannedSection.key``) of ``base_markdown``.
    only_section: str = ""
    base_markdown: str = ""

    @property
    def language(self) -> str:
        return str(self.answers.get("language") or self.profile.brand.language)


@dataclass(frozen=True)
class Started:
    """The draft and version rows exist: from here on, nothing written can be lost."""

    draft_id: int
    version_id: int


@dataclass(frozen=True)
class Progress:
    index: int
    total: int
    title: str

    def message(self, lang: str = "ko") -> str:
        return f"{'Section' if lang == 'en' else '섹션'} {self.index}/{self.total}: {self.title}"


@dataclass(frozen=True)
class TextChunk:
    section: str
    text: str


@dataclass(frozen=True)
class SectionDone:
    """A section is written and saved; ``usage`` is what its model call cost (empty for template sections)."""

    section: str
    usage: Usage
    #: The whole document so far, after checks (what the history database now holds).
    markdown: str = ""


@dataclass(frozen=True)
class Notice:
    text: str


@dataclass
class GenerationResult:
    draft_id: int
    version_id: int
    markdown: str
    document: Document
    language: str
    findings: list[str] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)


@dataclass(frozen=True)
class Finished:
    result: GenerationResult


Event = Started | Progress | TextChunk | SectionDone | Notice | Finished


def generate(
    job: GenerationJob, engine: Engine, history: History, cancel: threading.Event | None = None
) -> Iterator[Event]:
    run = _Run(job, engine, history, cancel or threading.Event())
    yield from run.events()


class _Run:
    def __init__(self, job: GenerationJob, engine: Engine, history: History, cancel: threading.Event) -> None:
        self.job = job
        self.engine = engine
        self.history = history
        self.cancel = cancel
        self.language = job.language
        self.parts: list[str] = []
        self.findings: list[str] = []
        self.usage = Usage()
        self.example_names: set[str] = set()
        self.target_title = ""
        self.sources = "\n".join(
            [
                job.profile.known_text(),
                json.dumps(job.answers, ensure_ascii=False),
                job.reference_text,
            ]
        )

    def events(self) -> Iterator[Event]:
        job = self.job
        outline = plan_outline(job.workflow, job.answers, self.language, job.max_tokens_cap)
        builder = PromptBuilder(
            job.workflow,
            job.profile,
            job.answers,
            language=self.language,
            reference_text=job.reference_text,
            count_tokens=self.engine.count_tokens,
            context_window=self.engine.context_window(),
        )
        builder.plan(outline)
        if job.only_section:
            outline = [section for section in outline if section.key == job.only_section]
            if not outline:
                raise InputError(f"'{job.only_section}' 섹션이 없습니다.", f"no section '{job.only_section}'.")
            self.target_title = outline[0].title
        self.example_names = example_names(builder.examples)
        for omission in builder.omitted:
            self.findings.append(omission.en if self.language == "en" else omission.ko)
            yield Notice(self.findings[-1])
        draft_id = job.draft_id or self.history.create_draft(
            job.workflow.name,
            job.profile.company.name,
            {**job.answers, "language": self.language},
            job.profile.model_dump(),
        )
        version_id = self.history.start_version(draft_id, self.engine.kind, self.engine.model)
        yield Started(draft_id, version_id)
        try:
            for section in outline:
                yield Progress(section.index + 1, len(outline), section.title)
                before = _snapshot(self.usage)
                yield from self._section(builder, section)
                self._save(version_id, "generating")
                yield SectionDone(section.key, _difference(self.usage, before), self.markdown)
        except Cancelled:
            self._save(version_id, "cancelled")
            raise Cancelled(self.markdown) from None
        except (GeneratorExit, KeyboardInterrupt):
            # The caller closed the generator or the user pressed Ctrl+C: keep what was written.
            self._save(version_id, "cancelled")
            raise
        except Exception as exc:
            self._save(version_id, "failed")
            if isinstance(exc, PRStudioError):
                exc.note_saved_draft(draft_id)
            raise
        self._save(version_id, "complete")
        document = self.document()
        self.history.set_title(draft_id, document.title)
        result = GenerationResult(
            draft_id, version_id, self.markdown, document, self.language, self.findings, self.usage
        )
        yield Finished(result)

    @property
    def markdown(self) -> str:
        text = "\n\n".join(part.strip("\n") for part in self.parts if part.strip()) + "\n"
        if self.job.only_section:
            return splice_section(self.job.base_markdown, self.target_title, text)
        return text

    def document(self) -> Document:
        return document_from_markdown(self.job.workflow, self.markdown, self.language)

    def _save(self, version_id: int, status: str) -> None:
        usage = {
            "prompt_tokens": self.usage.prompt_tokens,
            "cached_tokens": self.usage.cached_tokens,
            "output_tokens": self.usage.output_tokens,
            "seconds": round(self.usage.seconds, 2),
        }
        self.history.save_version(version_id, self.markdown, status, self.findings, usage)

    def _section(self, builder: PromptBuilder, section: PlannedSection) -> Iterator[Event]:
        if section.spec.source == "template":
            self.parts.append(builder.render_template_section(section))
            yield TextChunk(section.key, self.parts[-1].strip("\n") + "\n\n")
            return
        if self.job.workflow.kind == "candidates":
            yield from self._candidates(builder, section)
            return
        heading = f"## {section.title}\n\n" if self.job.workflow.kind == "long_document" else ""
        self.parts.append(heading + section.spec.prime)
        yield TextChunk(section.key, self.parts[-1])
        text = yield from self._stream(builder, section, self.job.seed)
        written = self._checked(section.spec.prime + _clean(text, section)).strip()
        if not written:  # an empty chapter must not pass unnoticed
            written = placeholder("내용" if self.language == "ko" else "Content", self.language)
        self.parts[-1] = heading + written + "\n"

    def _candidates(self, builder: PromptBuilder, section: PlannedSection) -> Iterator[Event]:
        wanted = int(self.job.answers.get("count") or 10)
        limit = int(self.job.answers.get("max_length") or 0)
        found: list[str] = []
        self.parts.append("")
        for round_number in range(CANDIDATE_ROUNDS):
            seed = None if self.job.seed is None else self.job.seed + round_number
            text = yield from self._stream(builder, section, seed)
            for candidate in parse_candidates(section.spec.prime + _clean(text, section)):
                if candidate in self.sources:
                    continue  # a sentence copied from the company's facts is not a catchphrase
                candidate = self._checked(candidate).strip()
                if candidate not in found and (not limit or len(candidate) <= limit):
                    found.append(candidate)
            self.parts[-1] = _numbered(found[:wanted])
            if len(found) >= wanted:
                break
        missing = wanted - len(found)
        if missing > 0:
            found += [placeholder("추가 후보" if self.language == "ko" else "more candidates", self.language)] * missing
            self.findings.append(
                f"후보가 {missing}개 모자라 자리표시를 넣었습니다."
                if self.language == "ko"
                else f"{missing} candidates short; placeholders were added."
            )
        self.parts[-1] = _numbered(found[:wanted])

    def _stream(self, builder: PromptBuilder, section: PlannedSection, seed: int | None) -> Generator[Event, None, str]:
        prompt = builder.section_prompt(section)
        sampling = sampling_for(self.job.creativity or self.job.workflow.sampling.preset, seed)
        record_if_sent(self.history, self.engine, len(prompt.text))
        stream = self.engine.stream(GenerationRequest(prompt, sampling))
        stream.cancelled = self.cancel
        written = ""
        for chunk in stream:
            written += chunk
            self.parts[-1] = self.parts[-1] + chunk
            yield TextChunk(section.key, chunk)
        self.usage.add(stream.usage)
        if self.cancel.is_set():
            raise Cancelled(self.markdown)
        if not stream.usage.done:  # the engine never said the answer ended: the text was cut short
            self.findings.append(IncompleteAnswer.finding(self.language))
            raise IncompleteAnswer()
        if stream.usage.truncated:
            self.findings.append(
                "엔진이 프롬프트 앞부분을 잘랐을 수 있습니다. 더 큰 문맥 창을 쓰세요."
                if self.language == "ko"
                else "The engine may have cut the prompt; use a larger context."
            )
        return written

    def _checked(self, text: str) -> str:
        result = check_generated(
            text,
            self.sources,
            language=self.language,
            avoid=self.job.profile.brand.avoid,
            quotes_allowed=bool(self.job.workflow.quote_field and self.job.answers.get(self.job.workflow.quote_field)),
            example_names=self.example_names,
        )
        self.findings.extend(finding for finding in result.findings if finding not in self.findings)
        return result.text


def splice_section(markdown: str, title: str, replacement: str) -> str:
    """``markdown`` with the ``## title`` section replaced (appended if it is not there)."""
    lines = markdown.rstrip("\n").split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip() == f"## {title}"), None)
    if start is None:
        return markdown.rstrip("\n") + "\n\n" + replacement
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith(("## ", "# "))), len(lines))
    before = "\n".join(lines[:start]).rstrip("\n")
    after = "\n".join(lines[end:]).strip("\n")
    return "\n\n".join(part for part in (before, replacement.strip("\n"), after) if part) + "\n"


def _snapshot(usage: Usage) -> Usage:
    return Usage(usage.prompt_tokens, usage.cached_tokens, usage.output_tokens, seconds=usage.seconds)


def _difference(after: Usage, before: Usage) -> Usage:
    return Usage(
        after.prompt_tokens - before.prompt_tokens,
        after.cached_tokens - before.cached_tokens,
        after.output_tokens - before.output_tokens,
        seconds=after.seconds - before.seconds,
    )


def _clean(text: str, section: PlannedSection) -> str:
    """Drop what the model wrote past the section: stop markers and a repeated heading."""
    for stop in section.spec.stop:
        text = text.split(stop, 1)[0]
    lines = [line for line in text.strip("\n").splitlines() if not _PROMPT_TAG.match(line)]
    if lines and lines[0].lstrip("# ").strip() == section.title:
        lines = lines[1:]
    return "\n".join(_without_repeats(lines)).strip() + "\n"


def _without_repeats(lines: list[str]) -> list[str]:
    """Small models loop; a line that was already written is not written again."""
    seen: set[str] = set()
    kept: list[str] = []
    for line in lines:
        key = line.strip()
        if key and key in seen:
            continue
        seen.add(key)
        kept.append(line)
    return kept


def replace_candidates(markdown: str, candidates: list[str]) -> str:
    """The draft with its numbered candidate list replaced (after the user edited or picked)."""
    lines = markdown.split("\n")
    numbered = [i for i, line in enumerate(lines) if re.match(r"^\d+\. ", line)]
    if not numbered:
        return markdown.rstrip("\n") + "\n\n" + _numbered(candidates)
    before, after = lines[: numbered[0]], lines[numbered[-1] + 1 :]
    return "\n".join([*before, _numbered(candidates).rstrip("\n"), *after])


def _numbered(candidates: list[str]) -> str:
    return "\n".join(f"{number}. {text}" for number, text in enumerate(candidates, start=1)) + "\n"


def document_from_markdown(workflow: Workflow, markdown: str, language: str) -> Document:
    document = parse_markdown(markdown, subtitle_from_h2=workflow.kind == "document")
    if workflow.kind == "candidates":
        document.candidates = _candidate_list(document)
    if not document.title:
        document.title = placeholder("제목" if language == "ko" else "Headline", language)
    return document


def _candidate_list(document: Document) -> list[str]:
    from desktop.core.document import ListBlock

    for block in document.blocks:
        if isinstance(block, ListBlock):
            return [item.text for item in block.items]
    return []
