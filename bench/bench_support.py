"""Shared set-up for the benchmarks: a throw-away PR Studio home and the demo company's prompts."""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop import paths  # noqa: E402
from desktop.core.answers import load_answers_file, validate_answers  # noqa: E402
from desktop.core.engines.base import Engine  # noqa: E402
from desktop.core.outline import plan_outline  # noqa: E402
from desktop.core.profile import CompanyProfile, load_profile  # noqa: E402
from desktop.core.prompting import Prompt, PromptBuilder  # noqa: E402
from desktop.core.workflows import get_workflow  # noqa: E402


@contextlib.contextmanager
def temporary_home() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="prstudio-bench-") as folder:
        os.environ["PRSTUDIO_HOME"] = folder
        yield Path(folder)


def demo_profile() -> CompanyProfile:
    return load_profile(paths.demo_dir() / "company.toml")


def demo_answers(workflow_name: str, **changes: object) -> dict[str, object]:
    workflow = get_workflow(workflow_name)
    raw, _ = load_answers_file(paths.demo_dir() / f"{workflow_name}.toml")
    return validate_answers(workflow, {**raw, **changes})


def press_release_prompt(engine: Engine, max_tokens: int) -> Prompt:
    workflow = get_workflow("press-release")
    answers = demo_answers("press-release")
    outline = plan_outline(workflow, answers, "ko", max_tokens)
    builder = PromptBuilder(
        workflow,
        demo_profile(),
        answers,
        language="ko",
        count_tokens=engine.count_tokens,
        context_window=engine.context_window(),
    )
    builder.plan(outline)
    return builder.section_prompt(next(s for s in outline if s.spec.source == "model"))


def body_of(markdown: str) -> str:
    """The paragraphs between the headline block and 회사소개 / About."""
    body = re.split(r"^## (회사소개|About\b)", markdown, flags=re.MULTILINE)[0]
    lines = [line for line in body.splitlines() if line.strip() and not line.startswith(("#", "**보도자료", "**FOR"))]
    return "\n".join(lines)
