"""Catchphrases on the built-in engine, for a person to read: how many, which forms, how long, how fast.

For every ``catchphrase.toml`` under ``bench/quality_data/``, ``assets/demo/``
and ``bench/writing_data/`` (beside its ``company.toml``) this runs the one
pipeline on the built-in engine and prints, per company:

- candidates asked and made, and how many came from the model,
- distinct frames among them (a frame is a slogan form; a model's line is its own),
- whether every candidate is within ``max_length``,
- seconds for the run (the model is loaded once before the first company and its
  loading is printed apart), and the machine's load average, which matters on two cores,
- the candidates themselves and the notes the person reads.

A figure is not the verdict: read the candidates as a copywriter would.

Run: ``uv run python bench/catchphrases.py [--only NAME] [--seed N]``.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from bench_support import temporary_home

from desktop import paths
from desktop.core import korean
from desktop.core.answers import load_answers_file, validate_answers
from desktop.core.engines.embedded import EmbeddedEngine
from desktop.core.generation import Finished, GenerationJob, GenerationResult, generate
from desktop.core.profile import load_profile
from desktop.core.store import History
from desktop.core.workflows import get_workflow
from desktop.core.writing.slogan_brief import SloganBrief
from desktop.core.writing.slogans import build_slogans

BENCH = Path(__file__).resolve().parent


def answer_folders() -> list[Path]:
    """Every folder with a catchphrase.toml and a company.toml: the quality set, the demo, the writing set."""
    folders = sorted((BENCH / "quality_data").glob("*/catchphrase.toml"))
    folders.append(paths.demo_dir() / "catchphrase.toml")
    folders += sorted((BENCH / "writing_data").glob("*/catchphrase.toml"))
    return [f.parent for f in folders if (f.parent / "company.toml").exists()]


def run_one(folder: Path, engine: EmbeddedEngine, seed: int) -> tuple[GenerationResult, float, SloganBrief]:
    workflow = get_workflow("catchphrase")
    profile = load_profile(folder / "company.toml")
    raw, _ = load_answers_file(folder / "catchphrase.toml")
    answers = validate_answers(workflow, raw)
    job = GenerationJob(workflow, profile, answers, seed=seed)
    started = time.perf_counter()
    history = History()
    try:
        *_, finished = generate(job, engine, history)
    finally:
        history.close()
    assert isinstance(finished, Finished)
    return finished.result, time.perf_counter() - started, SloganBrief.from_inputs(profile, answers, job.language)


def frames_of(candidates: list[str], brief: SloganBrief) -> list[str]:
    """Each candidate's form, found again among the forms' wordings; a line no form makes is the model's."""
    made = {slogan.text: slogan.frame for slogan in build_slogans(brief).slogans}
    return [made.get(text, f"model:{text}") for text in candidates]


def report(name: str, result: GenerationResult, seconds: float, brief: SloganBrief) -> dict[str, float]:
    candidates = result.document.candidates
    frames = frames_of(candidates, brief)
    from_model = sum(1 for frame in frames if frame.startswith("model:"))
    within = all(not brief.max_length or len(text) <= brief.max_length for text in candidates)
    limit = f"≤ {brief.max_length}" if brief.max_length else "no limit"
    print(f"\n== {name} ({brief.language}, {limit})")
    print(
        f"   asked {brief.count}, made {len(candidates)} ({from_model} from the model), "
        f"distinct frames {len(set(frames))}, max length respected: {'yes' if within else 'NO'}, "
        f"{seconds:.1f} s, load {os.getloadavg()[0]:.1f}"
    )
    for text, frame in zip(candidates, frames, strict=True):
        print(f"   {len(text):3d}  {text}   [{frame.split(':')[0]}]")
    for note in result.findings:
        print(f"   · {note}")
    return {"asked": brief.count, "made": len(candidates), "seconds": seconds, "within": float(within)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run only the folder with this name (e.g. demo is 'demo')")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with temporary_home():
        engine = EmbeddedEngine()
        started = time.perf_counter()
        engine.count_tokens("준비")  # load the model once, before any timing
        korean.warm_up()  # the window loads Kiwi at start-up, on a worker thread
        print(
            f"built-in model and Kiwi loaded in {time.perf_counter() - started:.1f} s on {os.cpu_count()} CPU(s), "
            f"{engine.threads} thread(s) for the model"
        )
        rows = []
        for folder in answer_folders():
            name = "demo" if folder == paths.demo_dir() else folder.name
            if args.only and name != args.only:
                continue
            result, seconds, brief = run_one(folder, engine, args.seed)
            rows.append(report(name, result, seconds, brief))
    if rows:
        made = sum(row["made"] for row in rows)
        asked = sum(row["asked"] for row in rows)
        slowest = max(row["seconds"] for row in rows)
        full = sum(1 for row in rows if row["made"] >= row["asked"])
        print(
            f"\nall: {made}/{asked} candidates, {full}/{len(rows)} lists as long as asked, "
            f"lengths respected in {int(sum(row['within'] for row in rows))}/{len(rows)}, "
            f"mean {sum(row['seconds'] for row in rows) / len(rows):.1f} s, slowest {slowest:.1f} s"
        )


if __name__ == "__main__":
    main()
