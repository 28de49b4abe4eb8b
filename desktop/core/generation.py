"""The one generation pipeline: plan → part by part (model or facts) → check → history → document.

The window, the command line, the tests and the benchmarks all run this
generator and react to its events. It is a plain Python generator with no Qt
in sight; the window runs it on a worker thread and relays the events.

Every part of a document has a version built from the facts. The engine is
asked only for the parts its capability allows (a small base model: headline
ideas and catchphrases; an instruction-tuned model of about 1B parameters or
more: the whole body, part by part), and its text replaces the fact-built part
only when it passes the checks (``desktop.core.parts.judge``). So the model
improves a part; it never removes one, and a document that still misses a
required part is saved as "incomplete", never "complete".

Threading contract: ``generate`` runs on one thread; ``cancel`` (a
``threading.Event``) may be set from any other. Every part's text is in the
history database before the next part starts, and a cancelled or failed run
keeps what was written.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Generator, Iterator
from dataclasses import replace

from desktop.core.draft_markdown import document_from_markdown, replace_candidates, splice_section
from desktop.core.engines.base import Engine, GenerationRequest, Usage, estimate_tokens
from desktop.core.engines.capability import ModelCapability
from desktop.core.engines.router import record_if_sent
from desktop.core.engines.sampling import sampling_for
from desktop.core.errors import Cancelled, IncompleteAnswer, InputError, PRStudioError
from desktop.core.examples import example_names
from desktop.core.factcheck import check_text, guard_text
from desktop.core.findings import Finding
from desktop.core.generation_events import (
    Attempt,
    Event,
    Finished,
    GenerationJob,
    GenerationResult,
    Notice,
    Progress,
    SectionDone,
    Started,
    TextChunk,
)
from desktop.core.markdown_parse import parse_candidates
from desktop.core.outline import PlannedSection, plan_outline
from desktop.core.parts.candidates import CandidateCounts, CandidatePool, candidate_notes, numbered, numbered_items
from desktop.core.parts.catchphrases import BASE_SECONDS, CatchphraseList, catchphrase_primer
from desktop.core.parts.clean import CAPABLE_COPY_THRESHOLD, COPY_THRESHOLD, Cleaner
from desktop.core.parts.completeness import COMPLETE, INCOMPLETE, DocumentParts, MissingPart
from desktop.core.parts.gate import GateContext
from desktop.core.parts.judge import Judge, Verdict
from desktop.core.parts.meaning import unsaid
from desktop.core.parts.provenance import PartRecord, built_from_facts, not_asked, refused_notice, short_title
from desktop.core.parts.structure import PartFacts
from desktop.core.placeholders import placeholder
from desktop.core.prompting import PromptBuilder
from desktop.core.store import History
from desktop.core.writing.fluency import FluencyJudge
from desktop.core.writing.slogan_brief import SloganBrief

__all__ = [
    "Attempt",
    "Event",
    "Finished",
    "GenerationJob",
    "GenerationResult",
    "Notice",
    "Progress",
    "SectionDone",
    "Started",
    "TextChunk",
    "document_from_markdown",
    "generate",
    "replace_candidates",
    "splice_section",
]

#: Characters of a few-shot example the fluency judge reads first, so the model hears newspaper prose.
FLUENCY_PRIMER_CHARS = 900


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
        self.records: list[PartRecord] = []
        self.findings: list[str] = []
        self.usage = Usage()
        self.capability: ModelCapability = engine.capability()
        self.builder = PromptBuilder(
            job.workflow,
            job.profile,
            job.answers,
            language=self.language,
            reference_text=job.reference_text,
            count_tokens=engine.count_tokens,
            context_window=engine.context_window(),
        )
        self.document_parts = DocumentParts(job.workflow, job.profile, job.answers, self.language, self.builder.parts)
        self.target: PlannedSection | None = None
        self.first_body = 0
        #: What the model is writing for the current part (kept even when the run is stopped mid-part).
        self.attempt = ""
        #: The claim checker's findings on the finished (or stopped) document, saved with the version.
        self.claims: list[Finding] = []
        #: Parts that are catchphrase lists (their notes say where each candidate came from).
        self.candidate_keys: set[str] = set()

    def events(self) -> Iterator[Event]:
        outline = self._outline()
        self._prepare(outline)
        draft_id = self.job.draft_id or self.history.create_draft(
            self.job.workflow.name,
            self.job.profile.company.name,
            {**self.job.answers, "language": self.language},
            self.job.profile.model_dump(),
        )
        version_id = self.history.start_version(draft_id, self.engine.kind, self.engine.model)
        yield Started(draft_id, version_id)
        for omission in self.builder.omitted:
            self.findings.append(omission.en if self.language == "en" else omission.ko)
            yield Notice(self.findings[-1])
        try:
            for section in outline:
                yield Progress(section.index + 1, len(outline), section.title)
                before = _snapshot(self.usage)
                yield from self._part(section)
                self._save(version_id, "generating")
                record = self.records[-1]
                yield SectionDone(section.key, _difference(self.usage, before), self.markdown, record.source)
        except Cancelled:
            self._save_unfinished(version_id, "cancelled")
            raise Cancelled(self.markdown) from None
        except (GeneratorExit, KeyboardInterrupt):
            # The caller closed the generator or the user pressed Ctrl+C: keep what was written.
            self._save_unfinished(version_id, "cancelled")
            raise
        except Exception as exc:
            self._save_unfinished(version_id, "failed")
            if isinstance(exc, PRStudioError):
                exc.note_saved_draft(draft_id)
            raise
        yield from self._finish(draft_id, version_id)

    def _outline(self) -> list[PlannedSection]:
        job = self.job
        outline = plan_outline(job.workflow, job.answers, self.language, job.max_tokens_cap)
        self.builder.plan(outline)
        full = self.full_outline = outline
        if job.extend:
            outline = [s for s in outline if job.workflow.kind == "candidates" and s.spec.writer != "facts"]
        elif job.only_section:
            outline = [s for s in outline if s.key == job.only_section]
            if not outline:
                raise InputError(f"'{job.only_section}' 섹션이 없습니다.", f"no section '{job.only_section}'.")
        self.target = outline[0] if (job.only_section or job.extend) and outline else None
        self.first_body = next((i for i, s in enumerate(full) if s.spec.writer != "facts"), 0)
        return outline

    def _prepare(self, outline: list[PlannedSection]) -> None:
        examples = self.builder.examples
        self.gate = GateContext(
            self.job.profile,
            self.job.answers,
            self.language,
            self.job.workflow,
            self.job.reference_text,
            frozenset(example_names(examples)),
            "\n".join(self.builder.parts.fact_text(s) for s in self.full_outline if s.spec.writer == "facts"),
        )
        threshold = CAPABLE_COPY_THRESHOLD if self.capability.capable else COPY_THRESHOLD
        outputs = [e.output for e in examples]
        self.cleaner = Cleaner(self.builder.prefix, outputs, self.language, self.gate.sources, threshold)
        self.judge = Judge(self.cleaner, self.gate)
        # A small model judges which wording of a fact-built sentence reads best; a capable model writes
        # the parts itself, so its fact-built fallbacks are worded by Kiwi alone (no waiting for them).
        writer_judge = None if self.capability.capable else self.engine
        primer = examples[0].output[:FLUENCY_PRIMER_CHARS] if examples else ""
        self.builder.parts.judge = FluencyJudge(writer_judge, self.language, primer=primer)

    def _finish(self, draft_id: int, version_id: int) -> Iterator[Event]:
        markdown = self.markdown
        missing = self.document_parts.missing(markdown)
        status = INCOMPLETE if missing else COMPLETE
        self.findings.extend(self._notes(missing))
        self.claims = check_text(markdown, self.gate.claims)
        self._save(version_id, status)
        document = document_from_markdown(self.job.workflow, markdown, self.language)
        self.history.set_title(draft_id, document.title)
        result = GenerationResult(
            draft_id,
            version_id,
            markdown,
            document,
            self.language,
            self.findings,
            self.usage,
            parts=self.records,
            missing=missing,
            status=status,
            capability=self.capability,
            claims=self.claims,
        )
        yield Finished(result)

    def _notes(self, missing: list[MissingPart]) -> list[str]:
        lang = self.language
        # A catchphrase list says where its candidates came from itself (candidate_notes).
        records = [r for r in self.records if r.key not in self.candidate_keys]
        notes = [built_from_facts(records, lang), not_asked(records, lang, self.capability.describe(lang))]
        notes += [en if lang == "en" else ko for ko, en in self.builder.parts.writing_notes()]
        if self.builder.parts.judge.judgements:
            notes.append(self.builder.parts.judge.summary(lang))
        if self.job.workflow.name == "staff-manual" and not self.target:
            notes += [("Rule placed: " if lang == "en" else "규칙 배치: ") + note for note in self._placements()]
        if missing:
            names = ", ".join(part.title for part in missing)
            notes.append(
                f"Missing required parts: {names}. They can be built from the facts."
                if lang == "en"
                else f"빠진 필수 부분: {names}. 자료로 채워 넣을 수 있습니다."
            )
        return [note for note in notes if note and note not in self.findings]

    def _placements(self) -> list[str]:
        return list(self.builder.parts.context["placement_notes"])

    @property
    def markdown(self) -> str:
        text = "\n\n".join(part.strip("\n") for part in self.parts if part.strip()) + "\n"
        if self.job.extend and self.target:
            return replace_candidates(self.job.base_markdown, numbered_items(text))
        if self.job.only_section and self.target:
            return self.document_parts.replace(self.job.base_markdown, self.target.key, text)
        return text

    def _save(self, version_id: int, status: str) -> None:
        usage = {
            "prompt_tokens": self.usage.prompt_tokens,
            "cached_tokens": self.usage.cached_tokens,
            "output_tokens": self.usage.output_tokens,
            "seconds": round(self.usage.seconds, 2),
        }
        parts = [record.to_record() for record in self.records]
        findings: list[Finding | str] = [*self.findings, *self.claims]
        self.history.save_version(version_id, self.markdown, status, findings, usage, parts)

    def _save_unfinished(self, version_id: int, status: str) -> None:
        """A stopped run keeps its text, checked like any draft: a part the model was still writing was
        never judged, so invented contacts and quotes in it become placeholders and every claim is listed."""
        if self.attempt and self.records:  # what the model was still writing, unjudged: kept in history
            self.records[-1].raw += ("\n---\n" if self.records[-1].raw else "") + self.attempt
        try:
            if self.parts:
                self.parts[-1], _ = guard_text(self.parts[-1], self.gate.claims)
            self.claims = check_text(self.markdown, self.gate.claims)
        except Exception:  # noqa: BLE001 - the text matters more than its check: save it unchecked
            self.claims = []
        self._save(version_id, status)

    # -- one part ----------------------------------------------------------
    def _part(self, section: PlannedSection) -> Iterator[Event]:
        spec = section.spec
        if self.cancel.is_set():
            raise Cancelled(self.markdown)
        if self.job.workflow.kind == "candidates" and spec.writer != "facts":
            yield from self._candidates(section)
            return
        fact = self.builder.parts.fact_text(section)
        record = PartRecord(section.key, short_title(section, self.language), "facts")
        self.records.append(record)
        if not spec.required and not fact.strip():
            # An optional part the facts cannot fill (no plans, no background): a model may not invent one.
            record.skipped = True
            self.parts.append("")
            return
        if not spec.model_may_write(self.capability.capable):
            if spec.writer == "capable":
                record.reason_ko, record.reason_en = "작은 모델에는 맡기지 않음", "not asked of a small model"
            self.parts.append(fact)
            yield TextChunk(section.key, fact + "\n")
            return
        text = yield from self._model_part(section, fact, record)
        self.parts[-1] = text
        self.builder.parts.written[spec.id] = text  # later parts built from the facts see what stands

    def _model_part(self, section: PlannedSection, fact: str, record: PartRecord) -> Generator[Event, None, str]:
        spec = section.spec
        heading = f"## {section.title}\n\n" if spec.heading else ""
        prime = self.builder.prime(section)
        subjects = self.builder.parts.subjects(section)
        record.asked = True
        self.parts.append("")
        # What the document said before this part (a key point the lead or the body already gave).
        facts = replace(self.document_parts.facts_for(section, fact), before=self._so_far())
        shown = self.capability.instruction_tuned  # a base model's raw text never reaches the document view
        for attempt in range(max(1, spec.attempts)):
            self.parts[-1] = heading + prime if shown else ""
            yield (TextChunk if shown else Attempt)(
                section.key, ("\n" if attempt and not shown else "") + heading + prime
            )
            written = yield from self._stream(section, self._seed(attempt))
            record.raw += ("\n---\n" if record.raw else "") + prime + written
            verdict = self._verdict(section, prime, written, facts, subjects)
            record.dropped += verdict.dropped
            if verdict.text is not None and self._repeats_an_earlier_part(verdict.text):
                verdict.text, verdict.reason = None, ("앞 부분을 되풀이함", "repeats an earlier part")
            if verdict.text is not None:
                record.source, record.reason_ko, record.reason_en = "model", "", ""
                if not shown:
                    yield TextChunk(section.key, heading + verdict.text + "\n")
                return heading + verdict.text + "\n"
            record.reason_ko, record.reason_en = verdict.reason or ("", "")
        yield Notice(refused_notice(section.title, record, self.language))
        fact = self._unsaid(section, fact)
        if not shown:
            yield TextChunk(section.key, fact + "\n")
        return fact

    def _unsaid(self, section: PlannedSection, fact: str) -> str:
        """A release's fact-built part standing in for a refused one, without what the model's parts before it
        already said (each fact once); a required part keeps its text whole rather than vanish."""
        before = self._so_far()
        if self.job.workflow.kind != "document" or not before.strip() or section.spec.heading:
            return fact
        kept = unsaid(fact.strip("\n"), before, self.language)
        if not kept.strip():
            return fact if section.spec.required else ""
        return kept + "\n"

    def _repeats_an_earlier_part(self, text: str) -> bool:
        """A subtitle that says the headline again, a paragraph that says the lead again: not news."""
        said = _plain(text)
        return bool(said) and any(_plain(part) == said for part in self.parts[:-1])

    def _verdict(
        self, section: PlannedSection, prime: str, written: str, facts: PartFacts, subjects: list[str]
    ) -> Verdict:
        """A base model continues the prime; a chat model may also write the part from its start."""
        said = prime.strip().lstrip("# ").rstrip(",").strip()
        if said and written.lstrip().startswith(said):  # '# 한빛베이커리, ' + '한빛베이커리, …': the name once
            written = written.lstrip()[len(said) :].lstrip(", ")
        options = [prime + written]
        if self.capability.instruction_tuned and prime.strip() and written.lstrip().startswith(prime.strip()[:8]):
            options.insert(0, written)
        for text in options:
            verdict = self.judge.judge(text, section.title, section.spec.checks, facts, subjects)
            if verdict.text is not None:
                return verdict
        return verdict

    def _candidates(self, section: PlannedSection) -> Iterator[Event]:
        """Form-built candidates ranked by fluency; the model's join when they pass (``parts.catchphrases``)."""
        listing = self._catchphrase_list(section)
        self.candidate_keys.add(section.key)
        record = PartRecord(section.key, short_title(section, self.language), "facts", asked=True)
        self.records.append(record)
        self.parts.append(numbered(listing.already) if listing.already else "")
        listing.build()
        prime = self.builder.prime(section)
        while listing.may_ask_model(self._prompt_tokens(section)):
            written = yield from self._stream(
                section, self._seed(listing.rounds), listing.round_tokens, listing.round_deadline
            )
            record.raw += ("\n---\n" if record.raw else "") + prime + written
            listing.offer_model(parse_candidates(prime + written))
        chosen = listing.finish()
        kept = listing.already + [item.slogan.text for item in chosen]
        self.parts[-1] = numbered(kept) if kept else placeholder(section.title, self.language)
        yield TextChunk(section.key, self.parts[-1])
        counts = listing.counts(chosen)
        record.asked = counts.model_asked
        record.source = "model" if counts.from_model else "facts"
        record.reason_ko, record.reason_en = _candidate_reason(counts)
        record.dropped = [f"{text} ({reason})" for text, reason in listing.pool.refused]
        self.findings += candidate_notes(counts, self.language)

    def _catchphrase_list(self, section: PlannedSection) -> CatchphraseList:
        brief = SloganBrief.from_inputs(self.job.profile, self.job.answers, self.language)
        pool = CandidatePool(
            brief.max_length,
            self.job.profile.brand.avoid,
            self.builder.parts.subjects(section),
            self.language,
            self.cleaner,
            self.gate,
            self.gate.sources,
            brief=brief,
        )
        already = numbered_items(self.job.base_markdown) if self.job.extend else []
        pool.kept = list(already)
        primer = catchphrase_primer([e.output for e in self.builder.examples], self.language)
        judge = FluencyJudge(self.engine, self.language, primer, budget_seconds=BASE_SECONDS)
        return CatchphraseList(brief, pool, judge, self.capability.capable, already)

    def _prompt_tokens(self, section: PlannedSection) -> int:
        prompt = self.builder.section_prompt(section, self._so_far(), self.capability.instruction_tuned)
        return estimate_tokens(prompt.text)

    def _seed(self, offset: int) -> int | None:
        return None if self.job.seed is None else self.job.seed + offset

    def _so_far(self) -> str:
        """The document before the part being written: always for a release; for a plan or a manual only an
        instruction-tuned model reads it (its tables and earlier parts keep the parts agreeing), within the room
        the context window leaves, else the parts built from the facts alone."""
        kind = self.job.workflow.kind
        if kind == "candidates" or (kind == "long_document" and not self.capability.instruction_tuned):
            return ""
        body = [part.strip("\n") for part in self.parts[self.first_body : -1] if part.strip()]
        text = "\n\n".join(body) + "\n\n" if body else ""
        if kind == "document":
            return text
        room = self.engine.context_window() - self.builder.needed_tokens - 256
        for candidate in (text, self.gate.document_terms.strip() + "\n\n"):
            if estimate_tokens(candidate) <= room:
                return candidate
        return ""

    def _stream(
        self,
        section: PlannedSection,
        seed: int | None,
        max_tokens: int | None = None,
        deadline: float | None = None,
    ) -> Generator[Event, None, str]:
        """The engine's text for ``section``; past ``deadline`` (``time.monotonic()``) the stream is stopped and
        only its whole lines are kept."""
        prompt = self.builder.section_prompt(section, self._so_far(), self.capability.instruction_tuned)
        if max_tokens is not None:
            prompt = replace(prompt, max_tokens=min(prompt.max_tokens, max_tokens))
        sampling = sampling_for(self.job.creativity or self.job.workflow.sampling.preset, seed)
        record_if_sent(self.history, self.engine, len(prompt.prefix) + len(prompt.tail))
        stream = self.engine.stream(GenerationRequest(prompt, sampling))
        stream.cancelled = self.cancel
        shown = self.capability.instruction_tuned and self.job.workflow.kind != "candidates"
        written = self.attempt = ""
        chunks = iter(stream)
        for chunk in chunks:
            written += chunk
            self.attempt = written
            if shown:
                self.parts[-1] = self.parts[-1] + chunk
            yield (TextChunk if shown else Attempt)(section.key, chunk)
            if deadline is not None and time.monotonic() > deadline:
                chunks.close()  # type: ignore[attr-defined]  # out of time: stop the engine, keep whole lines
                self.usage.add(stream.usage)
                self.attempt = ""
                return written[: written.rfind("\n") + 1]
        self.usage.add(stream.usage)
        if self.cancel.is_set():
            raise Cancelled(self.markdown)
        if not stream.usage.done:  # the engine never said the answer ended: the text was cut short
            self.findings.append(IncompleteAnswer.finding(self.language))
            raise IncompleteAnswer()
        self.attempt = ""  # the answer is whole: the part's record takes it from here
        if stream.usage.truncated:
            note = (
                "The engine may have cut the prompt; use a larger context."
                if self.language == "en"
                else "엔진이 프롬프트 앞부분을 잘랐을 수 있습니다. 더 큰 문맥 창을 쓰세요."
            )
            if note not in self.findings:
                self.findings.append(note)
        return written


def _candidate_reason(counts: CandidateCounts) -> tuple[str, str]:
    """Why the list holds no (or few) of the model's candidates, for the part's record."""
    if counts.from_model:
        return "", ""
    if not counts.model_asked:
        return "시간 안에 끝낼 수 없어 후보를 묻지 않음", "not asked for candidates: it could not finish in time"
    return (
        "모델 후보가 검사를 통과하지 못하거나 목록에 들지 못함",
        "the model's candidates failed the checks or ranked lower",
    )


def _plain(text: str) -> str:
    """The words of a part without Markdown marks, spaces and end punctuation, for comparing parts."""
    return "".join(ch for ch in text if ch.isalnum())


def _snapshot(usage: Usage) -> Usage:
    return Usage(usage.prompt_tokens, usage.cached_tokens, usage.output_tokens, seconds=usage.seconds)


def _difference(after: Usage, before: Usage) -> Usage:
    return Usage(
        after.prompt_tokens - before.prompt_tokens,
        after.cached_tokens - before.cached_tokens,
        after.output_tokens - before.output_tokens,
        seconds=after.seconds - before.seconds,
    )
