"""``prstudio check``: every claim of drafts written anywhere traced to a company's facts.

    prstudio check DRAFT [DRAFT...] --profile FILE [--answers FILE] [--workflow W] [--json]

Exit codes: 0 when no draft has an error finding (warnings alone are fine),
5 when at least one does, 2 for bad input (the message names the file).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any

from desktop.core.answers import load_answers_file, validate_answers
from desktop.core.examples import example_names, load_examples
from desktop.core.factcheck import CheckContext, check_text
from desktop.core.factcheck.drafts import language_of, read_draft
from desktop.core.findings import Finding, line_of
from desktop.core.profile import load_profile
from desktop.core.workflows import Workflow, all_workflows, get_workflow

#: Exit code when a draft has at least one error finding (README: exit codes).
FINDINGS_EXIT = 5


def cmd_check(args: argparse.Namespace, cancel: threading.Event, lang: str) -> int:
    workflow = get_workflow(args.workflow) if args.workflow else None
    profile = load_profile(args.profile)
    answers = _answers(args.answers, workflow)
    texts = [(path, read_draft(path)) for path in args.drafts]  # every file is read before the analyser loads
    names = frozenset(_example_names(workflow))
    contexts: dict[str, CheckContext] = {}
    results: list[tuple[Path, str, list[Finding]]] = []
    for path, text in texts:
        language = language_of(text)
        if language not in contexts:
            contexts[language] = CheckContext.build(
                profile, answers, workflow=workflow, language=language, example_names=names
            )
        results.append((path, text, check_text(text, contexts[language])))
    if args.json:
        print(json.dumps(_as_json(results, lang), ensure_ascii=False, indent=2))
    else:
        _print(results, lang)
    return FINDINGS_EXIT if any(f.severity == "error" for _, _, found in results for f in found) else 0


def _answers(path: Path | None, workflow: Workflow | None) -> dict[str, Any]:
    if path is None:
        return {}
    raw, text = load_answers_file(path)
    if workflow is not None:
        return validate_answers(workflow, raw, path=path, text=text)
    # Without a workflow there is nothing to validate against: keep the values, dates as ISO text.
    return {key: value.isoformat() if isinstance(value, dt.date) else value for key, value in raw.items()}


def _example_names(workflow: Workflow | None) -> set[str]:
    flows = [workflow] if workflow else list(all_workflows().values())
    names: set[str] = set()
    for flow in flows:
        names |= example_names(load_examples(flow.examples_dir()))
    return names


def _as_json(results: list[tuple[Path, str, list[Finding]]], lang: str) -> dict[str, Any]:
    return {"files": [{"path": str(path), "findings": [f.to_json(lang) for f in found]} for path, _, found in results]}


def _print(results: list[tuple[Path, str, list[Finding]]], lang: str) -> None:
    for path, text, found in results:
        errors = sum(f.severity == "error" for f in found)
        warnings = len(found) - errors
        if lang == "en":
            print(f"{path}: {errors} error(s), {warnings} warning(s)")
        else:
            print(f"{path}: 오류 {errors}건, 주의 {warnings}건")
        for item in found:
            severity = item.severity if lang == "en" else ("오류" if item.severity == "error" else "주의")
            print(f"{path}:{line_of(text, item.start)}: [{severity}] {item.kind}: «{item.text}» {item.message(lang)}")
