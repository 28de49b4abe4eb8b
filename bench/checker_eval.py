"""How far a PR manager can trust the claim checker: recall per class, false alarms, reworded facts, speed.

Runs ``desktop.core.factcheck.check_text`` over the labelled set in
``bench/checker_data`` (fictional companies; paragraphs with exactly one
injected error; clean paragraphs; true facts written another way) and prints
the figures beside the targets of issue 6. A benchmark, not a test: it always
exits 0.

Run: ``uv run python bench/checker_eval.py [--verbose] [--runs N] [--data FOLDER]``;
``--data bench/checker_data/heldout`` measures the set written blind to the
checker (its honest estimate of how it does on text nobody tuned it for).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
import tomllib
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from bench_support import temporary_home
from checker_cases import (
    CASE_ONLY_CLASSES,
    ERROR_CLASSES,
    Case,
    Company,
    data_dir,
    load_cases,
    load_companies,
    load_releases,
)

from desktop.core.examples import example_names, load_examples
from desktop.core.workflows import get_workflow

RECALL_TARGET = 0.95
FALSE_ALARM_TARGET = 0.05
REWORDED_TARGET = 0.90
RELEASE_MS_TARGET = 200.0
COLD_CHECK_TARGET_S = 2.5
COLD_RUNS = 3


@dataclass
class Outcome:
    case: Case
    findings: list[Any] = field(default_factory=list)
    error: str = ""

    def overlapping(self) -> list[Any]:
        """Claim findings whose span touches the labelled claim (document-wide style notes do not count)."""
        start, end = self.case.claim_span
        return [f for f in self.findings if f.kind != "style" and _overlaps(f.start, f.end, start, end)]

    def errors(self) -> list[Any]:
        return [f for f in self.findings if f.severity == "error"]


def _overlaps(start: int, end: int, claim_start: int, claim_end: int) -> bool:
    # An empty span (a marker at one point) counts when it sits inside the claim.
    return start < claim_end and max(end, start + 1) > claim_start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss and false alarm with its findings")
    parser.add_argument("--runs", type=int, default=9, help="timed runs per release (median is printed)")
    parser.add_argument(
        "--data", type=Path, default=None, help="a folder laid out like bench/checker_data (companies/, cases/)"
    )
    args = parser.parse_args(argv)
    try:
        from desktop.core.factcheck import CheckContext, check_text
    except ImportError as exc:
        print(f"The claim checker is not on this branch yet ({exc}); nothing to measure.")
        return 0
    try:
        with temporary_home():
            run(CheckContext, check_text, verbose=args.verbose, runs=max(1, args.runs), data=args.data)
    except Exception:  # noqa: BLE001 - a benchmark reports what went wrong and still exits 0
        traceback.print_exc()
    return 0


def run(
    context_type: Any, check: Callable[[str, Any], list[Any]], *, verbose: bool, runs: int, data: Path | None = None
) -> None:
    companies = load_companies(data)
    names = frozenset(example_names(load_examples(get_workflow("press-release").examples_dir())))
    contexts: dict[tuple[str, str], Any] = {}

    def context(company: str, language: str) -> Any:
        if (company, language) not in contexts:
            contexts[company, language] = build_context(context_type, companies[company], language, names)
        return contexts[company, language]

    started = time.perf_counter()
    outcomes = [check_case(case, context, check) for case in load_cases(data)]
    elapsed = time.perf_counter() - started
    print(f"PR Studio claim checker on {len(outcomes)} labelled paragraphs, {len(companies)} companies")
    print(f"(whole set checked in {elapsed:.1f} s, analyser loading included)\n")
    report_recall(outcomes, verbose)
    report_clean(outcomes, verbose)
    report_reworded(outcomes, verbose)
    report_noise(outcomes)
    report_crashes(outcomes)
    report_timing(
        context,
        lambda company, language: build_context(context_type, companies[company], language, names),
        check,
        runs=runs,
        verbose=verbose,
        data=data,
    )
    report_cold_check(data)


def build_context(context_type: Any, company: Company, language: str, names: frozenset[str]) -> Any:
    return context_type.build(
        company.profile,
        company.answers[language],
        reference_text="",
        workflow=None,
        language=language,
        example_names=names,
        accepted=frozenset(),
    )


def check_case(case: Case, context: Callable[[str, str], Any], check: Callable[[str, Any], list[Any]]) -> Outcome:
    try:
        return Outcome(case, list(check(case.text, context(case.company, case.language))))
    except Exception:  # noqa: BLE001 - a crash on one paragraph is a figure to report, not the end of the run
        return Outcome(case, error=traceback.format_exc(limit=3))


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "    – "


def _verdict(ok: bool) -> str:
    return "ok" if ok else "BELOW TARGET"


def report_recall(outcomes: list[Outcome], verbose: bool) -> None:
    print(f"Recall per class (caught = a finding overlaps the claim; target ≥ {RECALL_TARGET:.0%} in every class)")
    print(f"{'class':<14}{'cases':>6}{'ko/en':>8}{'caught':>14}{'ko':>9}{'en':>9}{'right kind':>16}")
    misses: list[Outcome] = []
    present = [label for label in CASE_ONLY_CLASSES if any(o.case.label == label for o in outcomes)]
    for label in (*ERROR_CLASSES, *present):
        group = [o for o in outcomes if o.case.label == label]
        caught = [o for o in group if o.overlapping()]
        right = [o for o in group if any(f.kind == label for f in o.overlapping())]
        per_language = [_language_recall(group, language) for language in ("ko", "en")]
        ko = sum(o.case.language == "ko" for o in group)
        recall_ok = bool(group) and len(caught) >= RECALL_TARGET * len(group)
        print(
            f"{label:<14}{len(group):>6}{f'{ko}/{len(group) - ko}':>8}{len(caught):>5} {_pct(len(caught), len(group))}"
            f"{per_language[0]:>9}{per_language[1]:>9}{len(right):>6} {_pct(len(right), len(group))}   {_verdict(recall_ok)}"
        )
        misses.extend(o for o in group if not o.overlapping())
    if verbose and misses:
        print("\nMissed errors:")
        for outcome in misses:
            show(outcome)
    print()


def _language_recall(group: list[Outcome], language: str) -> str:
    subset = [o for o in group if o.case.language == language]
    return _pct(sum(1 for o in subset if o.overlapping()), len(subset)).strip()


def report_clean(outcomes: list[Outcome], verbose: bool) -> None:
    clean = [o for o in outcomes if o.case.label == "clean" and not o.error]
    alarms = [o for o in clean if o.errors()]
    noisy = [o for o in clean if o.findings]
    rate = len(alarms) / len(clean) if clean else 1.0
    print(
        f"False alarms on clean paragraphs (any error finding): {len(alarms)}/{len(clean)} = {_pct(len(alarms), len(clean)).strip()}"
        f"   target ≤ {FALSE_ALARM_TARGET:.0%}   {_verdict(rate <= FALSE_ALARM_TARGET)}"
    )
    for language in ("ko", "en"):
        subset = [o for o in clean if o.case.language == language]
        print(f"  {language}: {sum(1 for o in subset if o.errors())}/{len(subset)}")
    print(
        f"  any finding at all (warnings included): {len(noisy)}/{len(clean)} = {_pct(len(noisy), len(clean)).strip()}"
    )
    if verbose and noisy:
        print("\nFindings on clean paragraphs:")
        for outcome in noisy:
            show(outcome)
    print()


def report_reworded(outcomes: list[Outcome], verbose: bool) -> None:
    reworded = [o for o in outcomes if o.case.label == "reworded" and not o.error]
    failed = [o for o in reworded if any(f.severity == "error" for f in o.overlapping())]
    passed = len(reworded) - len(failed)
    rate = passed / len(reworded) if reworded else 0.0
    print(
        f"Reworded true facts passing (no error finding on the claim): {passed}/{len(reworded)} = "
        f"{_pct(passed, len(reworded)).strip()}   target ≥ {REWORDED_TARGET:.0%}   {_verdict(rate >= REWORDED_TARGET)}"
    )
    elsewhere = [o for o in reworded if o not in failed and o.errors()]
    print(f"  error findings elsewhere in those paragraphs: {len(elsewhere)}/{len(reworded)}")
    if verbose and (failed or elsewhere):
        print("\nReworded facts flagged:")
        for outcome in failed + elsewhere:
            show(outcome)
    print()


def report_noise(outcomes: list[Outcome]) -> None:
    """Errors reported away from the one injected error: each is a false alarm in a real draft."""
    corrupted = [o for o in outcomes if o.case.label in (*ERROR_CLASSES, *CASE_ONLY_CLASSES) and not o.error]
    noisy = [o for o in corrupted if any(f not in o.overlapping() for f in o.errors())]
    print(
        f"Corrupted paragraphs with an error finding away from the injected error: {len(noisy)}/{len(corrupted)}"
        f" = {_pct(len(noisy), len(corrupted)).strip()}\n"
    )


def report_crashes(outcomes: list[Outcome]) -> None:
    crashed = [o for o in outcomes if o.error]
    if crashed:
        print(f"The checker raised on {len(crashed)} paragraph(s):")
        for outcome in crashed:
            print(f"  {outcome.case.origin} ({outcome.case.company}, {outcome.case.language})\n{outcome.error}")


def report_timing(
    context: Callable[[str, str], Any],
    build: Callable[[str, str], Any],
    check: Callable[[str, Any], list[Any]],
    *,
    runs: int,
    verbose: bool,
    data: Path | None = None,
) -> None:
    print(
        f"Time to check a whole release once the analyser is loaded (median of {runs} runs; target ≤ {RELEASE_MS_TARGET:.0f} ms)"
    )
    false_errors = with_errors = 0
    releases = load_releases(data)
    known = load_known_errors(data)
    found_known: set[tuple[str, str]] = set()
    for release in releases:
        ctx = context(release.company, release.language)
        findings = check(release.text, ctx)  # warm: analyser loaded, context built
        check_ms = _median_ms(partial(check, release.text, ctx), runs)
        build_ms = _median_ms(partial(build, release.company, release.language), runs)
        real = [(name, text) for name, text, _ in known if name == release.path.name]
        true_ones = {pair for pair in real for f in findings if f.severity == "error" and _names(f, pair[1])}
        found_known |= true_ones
        errors = sum(1 for f in findings if f.severity == "error" and not any(_names(f, t) for _, t in real))
        false_errors += errors
        with_errors += bool(errors)
        print(
            f"  {release.path.name:<18}{len(release.text):>6,} characters   check {check_ms:7.1f} ms"
            f"   {_verdict(check_ms <= RELEASE_MS_TARGET)}   (building the context: {build_ms:.1f} ms)"
        )
        print(
            f"  {'':<18}findings on this true release: {errors} false error, {len(true_ones)} real error,"
            f" {sum(f.severity != 'error' for f in findings)} warning"
        )
        if verbose:
            for finding in findings:
                print(f"    → {finding.kind}/{finding.severity} {finding.text!r}: {finding.message_ko}")
    print(
        f"False errors over the {len(releases)} true releases: {false_errors} "
        f"({with_errors} releases with at least one)   target ≤ 1   {_verdict(false_errors <= 1)}"
    )
    if known:
        print(
            f"Errors the originals were published with (releases/known_errors.toml): {len(found_known)}/{len(known)} found"
        )
        for name, text, reason in known:
            if (name, text) not in found_known:
                print(f"  missed: {name} {text!r} ({reason})")


def _names(finding: Any, text: str) -> bool:
    return text in finding.text or finding.text in text


def load_known_errors(data: Path | None) -> list[tuple[str, str, str]]:
    """The errors a real release was published with: (release file, text, why it is wrong)."""
    path = (data or data_dir()) / "releases" / "known_errors.toml"
    if not path.exists():
        return []
    entries = tomllib.loads(path.read_text(encoding="utf-8")).get("errors", [])
    return [(entry["release"], entry["text"], entry["reason"]) for entry in entries]


def report_cold_check(data: Path | None) -> None:
    """``prstudio check`` of one release in a new process, as a user runs it: imports, analyser, sources, check.

    Bytecode is allowed (an installed PR Studio ships it compiled); one run
    first writes it and warms the disk cache, then the median of a few runs
    is printed with the largest resident memory any of them used.
    """
    releases = load_releases(data)
    if not releases:
        return
    release = max(releases, key=lambda r: len(r.text))
    folder = (data or data_dir()) / "companies" / release.company
    command = [
        sys.executable,
        "-m",
        "desktop.cli",
        "check",
        str(release.path),
        "--profile",
        str(folder / "profile.toml"),
        "--answers",
        str(folder / f"press-release.{release.language}.toml"),
    ]
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    times = []
    for run in range(COLD_RUNS + 1):
        started = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=False)
        if run:
            times.append(time.perf_counter() - started)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    seconds = statistics.median(times)
    print(
        f"\nCold check (`prstudio check` of {release.path.name} in a new process, median of {COLD_RUNS}): "
        f"{seconds:.2f} s, at most {peak_mb:.0f} MB   target ≤ {COLD_CHECK_TARGET_S} s   "
        f"{_verdict(seconds <= COLD_CHECK_TARGET_S)}"
    )


def _median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def show(outcome: Outcome) -> None:
    case = outcome.case
    print(f"- {case.origin}  {case.company}/{case.language}  [{case.label}]  claim: {case.claim!r}")
    if case.note:
        print(f"    note: {case.note}")
    print(f"    text: {case.text}")
    for finding in outcome.findings:
        print(
            f"    → {finding.kind}/{finding.severity} {finding.start}-{finding.end} {finding.text!r}: "
            f"{finding.message_ko} {('(' + finding.source + ')') if finding.source else ''}"
        )
    if not outcome.findings:
        print("    → no findings")


if __name__ == "__main__":
    raise SystemExit(main())
