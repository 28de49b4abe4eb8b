"""A small base model's raw text never reaches the document view; only what passes the checks does.

The built-in 270M model is asked for headline ideas. What it writes streams as
``Attempt`` events (the window's details area), never as ``TextChunk`` (the
document view), and stays in history with the part's record.
"""

from __future__ import annotations

from desktop import paths
from desktop.core.answers import load_answers_file, validate_answers
from desktop.core.generation import Attempt, Finished, GenerationJob, SectionDone, TextChunk, generate
from desktop.core.profile import CompanyProfile
from desktop.core.store import History
from desktop.core.workflows import get_workflow
from tests.core.scripted_engine import ScriptedEngine

JUNK = "족발 10kg, 닭고기 5kg, 성수동 매장 연다"


def _release(profile: CompanyProfile, history: History, engine: ScriptedEngine) -> list[object]:
    workflow = get_workflow("press-release")
    raw, _ = load_answers_file(paths.demo_dir() / "press-release.toml")
    job = GenerationJob(workflow, profile, validate_answers(workflow, raw), seed=1)
    return list(generate(job, engine, history))


def test_a_base_models_headline_attempt_goes_to_the_details_area_only(
    demo_profile: CompanyProfile, history: History
) -> None:
    events = _release(demo_profile, history, ScriptedEngine([JUNK + "\n"]))
    shown = "".join(e.text for e in events if isinstance(e, TextChunk))
    attempts = "".join(e.text for e in events if isinstance(e, Attempt))
    assert "족발" in attempts and "족발" not in shown
    for event in events:
        if isinstance(event, SectionDone):
            assert "족발" not in event.markdown
    result = next(e for e in events if isinstance(e, Finished)).result
    assert "족발" not in result.markdown
    headline = next(record for record in result.parts if record.title == "제목")
    assert headline.source == "facts" and "족발" in headline.raw  # kept in history, never lost
    assert "# 한빛베이커리, 성수동에 7번째 매장 연다" in shown  # the document shows the checked headline


def test_a_headline_that_passes_reaches_the_document_once_checked(
    demo_profile: CompanyProfile, history: History
) -> None:
    events = _release(demo_profile, history, ScriptedEngine(["성수동에 새 매장\n"]))
    shown = "".join(e.text for e in events if isinstance(e, TextChunk))
    assert shown.count("# 한빛베이커리, 성수동에 새 매장\n") == 1
