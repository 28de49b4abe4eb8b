"""How usable is every document the built-in engine produces? Required parts, model share, debris, copies, invented facts.

Generates every workflow for every fictional company in ``bench/quality_data/``
(and the demo company), Korean and English, with fixed seeds, and prints per
workflow:

- required parts present and correct (found in the final Markdown by their
  detection checks: dateline lead, quote attributed, a holding statement per
  scenario, every rule in its chapter…; target 100 %),
- model-written share kept (parts whose model text passed / parts the model was asked for),
- prompt debris lines in the document (target 0),
- sentences copied from the few-shot examples, in model-written parts (target 0),
- invented facts left in model-written parts (target 0): the claim checker's
  errors on the kept model text, read as a whole,
- seconds per document.

Run: ``uv run python bench/quality.py [--seeds 1 2] [--out DIR] [--engine embedded|ollama --model M]``.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bench_support import temporary_home

from desktop import paths
from desktop.core.answers import load_answers_file, validate_answers
from desktop.core.engines.router import EngineOptions, choose_engine
from desktop.core.examples import load_examples, pick_examples
from desktop.core.generation import Finished, GenerationJob, GenerationResult, generate
from desktop.core.markdown_parse import parse_candidates
from desktop.core.parts.clean import COPY_THRESHOLD, Cleaner, sentences
from desktop.core.parts.completeness import DocumentParts
from desktop.core.parts.gate import GateContext, model_text_errors
from desktop.core.profile import load_profile
from desktop.core.settings import load_settings
from desktop.core.store import History
from desktop.core.workflows import all_workflows
from desktop.export.docx_export import export_docx, export_options_for

DATA = Path(__file__).resolve().parent / "quality_data"
DEBRIS = re.compile(
    r"<<<|>>>|«\s*(자료|DATA)|^\s*</?[^<>\n*]{1,30}>\s*$|^#{3,}\s*(예시|Example|작성할|.*to write)|^\s*\[(요청|Request)\]"
    r"|^(발표 내용|Announcement|회사명|Company|대표|CEO|핵심 내용|Key points|인용문 요지|Quote points|위기 상황|Scenarios"
    r"|장 목록|Chapters|알릴 대상|Subject|날짜|Date|지역|Dateline city):",
    re.MULTILINE,
)


@dataclass
class Tally:
    documents: int = 0
    required: int = 0
    present: int = 0
    asked: int = 0
    kept: int = 0
    debris: int = 0
    copied: int = 0
    invented: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


def companies() -> list[tuple[str, Path, Path]]:
    """(name, profile file, answers folder) for the demo company and each company under quality_data/."""
    found = [("demo", paths.demo_dir() / "company.toml", paths.demo_dir())]
    for folder in sorted(p for p in DATA.iterdir() if (p / "company.toml").exists()):
        found.append((folder.name, folder / "company.toml", folder))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1])
    parser.add_argument("--out", type=Path, help="keep every document (.md and .docx) here to read")
    parser.add_argument("--engine", default="embedded")
    parser.add_argument("--model", default="")
    parser.add_argument("--workflow", action="append", help="only these workflows")
    args = parser.parse_args()
    with temporary_home():
        engine = choose_engine(EngineOptions(args.engine, args.model), load_settings())
        print(f"engine: {engine.describe()} ({engine.capability().describe('en')})")
        history = History()
        tallies: dict[str, Tally] = defaultdict(Tally)
        for name, profile_path, folder in companies():
            profile = load_profile(profile_path)
            for workflow in all_workflows().values():
                if args.workflow and workflow.name not in args.workflow:
                    continue
                raw, _ = load_answers_file(folder / f"{workflow.name}.toml")
                answers = validate_answers(workflow, raw)
                for seed in args.seeds:
                    job = GenerationJob(workflow, profile, answers, seed=seed)
                    measure(job, engine, history, tallies[workflow.name], f"{name}-{seed}", args.out)
        report(tallies)
        history.close()


def measure(job: GenerationJob, engine, history: History, tally: Tally, label: str, out: Path | None) -> None:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    *_, finished = generate(job, engine, history)
    assert isinstance(finished, Finished)
    tally.seconds += time.perf_counter() - started
    result = finished.result
    tally.documents += 1
    parts = DocumentParts(job.workflow, job.profile, job.answers, result.language)
    required = [s for s in parts.outline if s.spec.required]
    located = parts.locate(result.markdown)
    tally.required += len(required)
    tally.present += sum(1 for s in required if s.key in located)
    tally.asked += sum(1 for r in result.parts if r.asked)
    tally.kept += sum(1 for r in result.parts if r.asked and r.source == "model")
    tally.debris += len(DEBRIS.findall(result.markdown))
    model_text = model_written(result, parts)
    tally.copied += copied_sentences(job, result.language, model_text)
    invented = invented_facts(job, result.language, model_text)
    tally.invented += len(invented)
    tally.notes += [f"{label}: invented {claim!r}" for claim in invented]
    tally.notes += [f"{label}: missing {part.title}" for part in result.missing]
    if out:
        keep(job, result, out / f"{job.workflow.name}-{label}")


def model_written(result: GenerationResult, parts: DocumentParts) -> str:
    """The text of the parts whose model text was kept, as it stands in the document."""
    located = parts.locate(result.markdown)
    keys = {r.key for r in result.parts if r.source == "model"}
    if parts.workflow.kind == "candidates":
        section = next(s for s in parts.outline if s.spec.writer != "facts")
        from_facts = set(parse_candidates(parts.builder.fact_text(section)))
        return "\n".join(c for c in result.document.candidates if c not in from_facts)
    return "\n".join(result.markdown[start:end] for key, (start, end) in located.items() if key in keys)


def copied_sentences(job: GenerationJob, language: str, text: str) -> int:
    hints = " ".join([job.profile.company.industry, job.profile.company.description, str(job.answers)])
    examples = pick_examples(load_examples(job.workflow.examples_dir()), language, hints, 3)
    cleaner = Cleaner("", [e.output for e in examples], language)
    return sum(1 for s in sentences(text, language) if cleaner.is_copy(s) or cleaner.copied_share(s) >= COPY_THRESHOLD)


def invented_facts(job: GenerationJob, language: str, text: str) -> list[str]:
    """Claims in model-written text the sources do not hold: the claim checker's errors.

    The same checker gates each part, so this counts what slipped through a part's
    check once the parts stand together (a figure given to the wrong subject, a dateline).
    """
    ctx = GateContext(job.profile, job.answers, language, job.workflow, job.reference_text)
    return [finding.text for finding in model_text_errors(text, ctx)]


def keep(job: GenerationJob, result: GenerationResult, stem: Path) -> None:
    stem.parent.mkdir(parents=True, exist_ok=True)
    stem.with_suffix(".md").write_text(result.markdown, encoding="utf-8")
    options = export_options_for(
        job.workflow.kind, job.workflow.word_template, job.profile.company.name, result.language
    )
    export_docx(result.document, stem.with_suffix(".docx"), options)


def report(tallies: dict[str, Tally]) -> None:
    print(
        f"\n{'workflow':14} {'docs':>4} {'required parts':>15} {'model kept':>11} {'debris':>6} {'copied':>6} "
        f"{'invented':>8} {'s/doc':>6}"
    )
    for name, t in tallies.items():
        present = t.present / t.required if t.required else 1.0
        kept = f"{t.kept}/{t.asked}" if t.asked else "-"
        print(
            f"{name:14} {t.documents:>4} {present:>14.1%} {kept:>11} {t.debris:>6} {t.copied:>6} {t.invented:>8} "
            f"{t.seconds / max(t.documents, 1):>6.1f}"
        )
    print("targets: required parts 100 %, debris 0, copied 0, invented 0")
    for t in tallies.values():
        for note in t.notes:
            print("  " + note)


if __name__ == "__main__":
    main()
