"""Does PR Studio write on the built-in engine? Releases and catchphrases for fictional companies, measured.

For every company folder (``bench/writing_data/`` by default: a ``company.toml``,
a ``press-release.toml`` and, where present, a ``catchphrase.toml``) this runs
the one pipeline on the built-in engine and prints, per company:

- body length against the length asked (the fact checker's own count and bounds),
- facts stated twice in the body (a figure of the facts said in two sentences),
- paragraph openers used twice, and template phrases ("이번 발표에는", "발표 내용에 포함됐다"…),
- key-point figures present in the document, and profile facts used in the body,
- how the wordings were chosen (the model's fluency judgement or Kiwi), and seconds;
- for catchphrases: made / asked, each within the length, near-duplicate pairs, seconds.

The documents are written to ``--out`` (Markdown and Word) to be read as an
editor reads them: a figure is not the verdict.

Run: ``uv run python bench/writing.py [--data DIR] [--out DIR] [--only NAME]``.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench_support import body_of, temporary_home

from desktop.core.answers import load_answers_file, validate_answers
from desktop.core.engines.router import EngineOptions, choose_engine
from desktop.core.generation import Finished, GenerationJob, GenerationResult, generate
from desktop.core.lengths import release_length
from desktop.core.parts.candidates import NEAR_DUPLICATE, _similar
from desktop.core.profile import CompanyProfile, load_profile
from desktop.core.settings import load_settings
from desktop.core.store import History
from desktop.core.workflows import get_workflow
from desktop.export.docx_export import export_docx, export_options_for

DATA = Path(__file__).resolve().parent / "writing_data"
#: Phrases of the old fact-built writer that no editor would keep.
TEMPLATE_PHRASES = (
    "이번 발표에는",
    "발표 내용에 포함",
    "도 담겼다",
    "이번 발표의 주요 내용",
    "주요 내용은 다음과 같다",
)
CONNECTIVES = {"또한", "아울러", "이와", "이", "한편", "특히", "또", "Also,", "In", "Additionally,", "Meanwhile,"}
FIGURE = re.compile(r"\d[\d,.]*\s*(?:[만억조천]\s*)*(?:[^\s\d,.()]{1,3})?")


@dataclass
class ReleaseFigures:
    name: str
    body: int = 0
    low: int = 0
    high: int = 0
    twice: list[str] = field(default_factory=list)
    openers_twice: list[str] = field(default_factory=list)
    template: list[str] = field(default_factory=list)
    figures_present: tuple[int, int] = (0, 0)
    kept_as_written: int = 0
    facts_used: tuple[int, int] = (0, 0)
    judged: str = ""
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


def measure_release(
    name: str, profile: CompanyProfile, answers: dict, result: GenerationResult, seconds: float
) -> ReleaseFigures:  # type: ignore[type-arg]
    body = body_of(result.markdown)
    low, high = release_length(answers)
    figures = ReleaseFigures(name, body=len(body.replace("\n", "")), low=low, high=high, seconds=seconds)
    sentences = [s.strip() for s in re.split(r"(?<=다\.)\s+|\n", body) if s.strip()]
    said = Counter(
        f.strip()
        for sentence in sentences
        for f in set(FIGURE.findall(sentence))
        if len(f.strip()) > 2
        and not re.fullmatch(r"\d{4}년|\d{1,2}[월일]", f.strip())  # a year or a date is no fact twice
    )
    figures.twice = [figure for figure, count in said.items() if count > 1]
    paragraphs = [p for p in body.split("\n") if p.split() and not p.startswith("- ")]
    openers = Counter(p.split()[0] for p in paragraphs if p.split()[0] in CONNECTIVES)
    figures.openers_twice = [word for word, count in openers.items() if count > 1]
    figures.kept_as_written = body.count("\n- ")
    figures.template = [phrase for phrase in TEMPLATE_PHRASES if phrase in body]
    wanted = [f.strip() for point in answers.get("key_points") or [] for f in FIGURE.findall(str(point))]
    figures.figures_present = (sum(1 for f in wanted if f in result.markdown), len(wanted))
    used = [fact.text for fact in profile.facts if _fact_used(fact.text, body)]
    figures.facts_used = (len(used), len(profile.facts))
    figures.notes = [note for note in result.findings if "자료가 적어" in note or "facts give" in note]
    return figures


def _fact_used(fact: str, body: str) -> bool:
    numbers = FIGURE.findall(fact)
    if numbers:
        return all(number.strip() in body for number in numbers)
    words = [w for w in re.findall(r"[\w]{2,}", fact)]
    return bool(words) and sum(1 for w in words if w in body) / len(words) >= 0.6


def run_job(job: GenerationJob, engine, history: History) -> tuple[GenerationResult, float]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    *_, finished = generate(job, engine, history)
    assert isinstance(finished, Finished)
    return finished.result, time.perf_counter() - started


def catchphrase_figures(job: GenerationJob, engine, history: History) -> str:  # type: ignore[no-untyped-def]
    """Made / asked, distinct frames (slogan forms), lengths and seconds, and the candidates to read."""
    from catchphrases import frames_of  # bench/catchphrases.py: which form made each candidate

    from desktop.core.writing.slogan_brief import SloganBrief

    result, seconds = run_job(job, engine, history)
    candidates = result.document.candidates
    brief = SloganBrief.from_inputs(job.profile, job.answers, job.language)
    frames = frames_of(candidates, brief)
    limit = brief.max_length
    within = sum(1 for c in candidates if not limit or len(c) <= limit)
    pairs = sum(1 for i, a in enumerate(candidates) for b in candidates[i + 1 :] if _similar(a, b))
    lines = [f"  catchphrases: {len(candidates)}/{brief.count} made, {len(set(frames))} distinct frames, "
             f"{within} within {limit or '∞'} chars, {pairs} near-duplicate pairs "
             f"(≥{NEAR_DUPLICATE:.0%} shared bigrams), {seconds:.1f} s"]  # fmt: skip
    lines += [f"    {number}. {text}" for number, text in enumerate(candidates, start=1)]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder of company folders")
    parser.add_argument("--out", type=Path, help="write every document (.md and .docx) here")
    parser.add_argument("--only", help="one company folder name")
    parser.add_argument("--no-catchphrases", action="store_true")
    args = parser.parse_args()
    folders = sorted(p for p in args.data.iterdir() if (p / "company.toml").exists())
    if args.only:
        folders = [p for p in folders if p.name == args.only]
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    with temporary_home():
        engine = choose_engine(EngineOptions(engine="embedded"), load_settings())
        history = History()
        release_wf, catch_wf = get_workflow("press-release"), get_workflow("catchphrase")
        totals: list[ReleaseFigures] = []
        for folder in folders:
            profile = load_profile(folder / "company.toml")
            raw, _ = load_answers_file(folder / "press-release.toml")
            answers = validate_answers(release_wf, raw)
            result, seconds = run_job(GenerationJob(release_wf, profile, answers, seed=1), engine, history)
            figures = measure_release(folder.name, profile, answers, result, seconds)
            judge = result_judge_summary(result)
            totals.append(figures)
            print(report(figures, judge))
            if args.out:
                (args.out / f"{folder.name}.md").write_text(result.markdown, encoding="utf-8")
                options = export_options_for(
                    release_wf.kind, release_wf.word_template, profile.company.name, result.language
                )
                export_docx(result.document, args.out / f"{folder.name}.docx", options)
            if not args.no_catchphrases and (folder / "catchphrase.toml").exists():
                raw, _ = load_answers_file(folder / "catchphrase.toml")
                job = GenerationJob(catch_wf, profile, validate_answers(catch_wf, raw), seed=1)
                print(catchphrase_figures(job, engine, history))
        print(summary(totals))


def result_judge_summary(result: GenerationResult) -> str:
    return next((note for note in result.findings if note.startswith(("문장 표현 선택", "Wordings chosen"))), "")


def report(figures: ReleaseFigures, judge: str) -> str:
    within = figures.low <= figures.body <= figures.high
    length = f"{figures.body:,} chars ({'within' if within else 'outside'} {figures.low:,}–{figures.high:,})"
    lines = [
        f"{figures.name}: body {length}; {figures.seconds:.1f} s",
        f"  facts said twice: {len(figures.twice)} {figures.twice[:4]}",
        f"  openers used twice: {len(figures.openers_twice)} {figures.openers_twice[:4]}",
        f"  template phrases: {len(figures.template)} {figures.template}",
        f"  notes kept as written (listed): {figures.kept_as_written}",
        f"  key-point figures present: {figures.figures_present[0]}/{figures.figures_present[1]}",
        f"  profile facts used in the body: {figures.facts_used[0]}/{figures.facts_used[1]}",
    ]
    if judge:
        lines.append(f"  {judge}")
    if not within:
        lines.append(f"  review says: {figures.notes[0] if figures.notes else '(nothing — check)'}")
    return "\n".join(lines)


def summary(totals: list[ReleaseFigures]) -> str:
    if not totals:
        return "no companies"
    within = sum(1 for f in totals if f.low <= f.body <= f.high)
    said_why = sum(1 for f in totals if not (f.low <= f.body <= f.high) and f.notes)
    present = sum(f.figures_present[0] for f in totals), sum(f.figures_present[1] for f in totals)
    return (
        f"\n{len(totals)} releases: {within} within the length asked, {said_why} of the others say why; "
        f"facts said twice {sum(len(f.twice) for f in totals)}, openers twice {sum(len(f.openers_twice) for f in totals)}, "
        f"template phrases {sum(len(f.template) for f in totals)}; key-point figures {present[0]}/{present[1]}; "
        f"median {sorted(f.seconds for f in totals)[len(totals) // 2]:.1f} s per release"
    )


if __name__ == "__main__":
    main()
