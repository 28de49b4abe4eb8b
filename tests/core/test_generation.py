"""The pipeline on the real model: cancel keeps the partial text, regenerating keeps every version."""

from __future__ import annotations

import threading

import pytest

from desktop import paths
from desktop.core.answers import load_answers_file, validate_answers
from desktop.core.errors import Cancelled
from desktop.core.generation import Finished, GenerationJob, Progress, TextChunk, generate
from desktop.core.store import History
from desktop.core.workflows import get_workflow

pytestmark = pytest.mark.model


def job_for(workflow_name: str, profile, **changes) -> GenerationJob:  # type: ignore[no-untyped-def]
    workflow = get_workflow(workflow_name)
    raw, _ = load_answers_file(paths.demo_dir() / f"{workflow_name}.toml")
    return GenerationJob(workflow, profile, validate_answers(workflow, raw), seed=11, max_tokens_cap=120, **changes)


def test_cancel_keeps_what_was_written(embedded_engine, demo_profile, history: History) -> None:
    cancel = threading.Event()
    received = ""
    with pytest.raises(Cancelled) as caught:
        for event in generate(job_for("crisis-plan", demo_profile), embedded_engine, history, cancel):
            if isinstance(event, TextChunk):
                received += event.text
                if len(received) > 40:
                    cancel.set()
    [draft] = history.drafts()
    [version] = history.versions(draft.id)
    assert version.status == "cancelled"
    assert received.strip()[:20] in version.markdown
    assert caught.value.partial_text == version.markdown
    assert "위기관리 계획서" in version.markdown


def test_regenerating_keeps_every_version(embedded_engine, demo_profile, history: History) -> None:
    first = [e for e in generate(job_for("press-release", demo_profile), embedded_engine, history)]
    result = first[-1].result  # type: ignore[union-attr]
    again = job_for("press-release", demo_profile, draft_id=result.draft_id)
    again = GenerationJob(
        again.workflow, again.profile, again.answers, seed=99, max_tokens_cap=120, draft_id=result.draft_id
    )
    *_, last = generate(again, embedded_engine, history)
    assert isinstance(last, Finished)
    versions = history.versions(result.draft_id)
    assert [v.number for v in versions] == [1, 2] and all(v.status == "complete" for v in versions)
    assert len(history.drafts()) == 1
    assert last.result.usage.output_tokens > 0


def test_parts_report_progress_and_reuse_the_prompt_cache(embedded_engine, demo_profile, history: History) -> None:
    events = list(generate(job_for("press-release", demo_profile), embedded_engine, history))
    progress = [e for e in events if isinstance(e, Progress)]
    assert [p.index for p in progress] == list(range(1, len(progress) + 1)) and len(progress) == 10
    assert progress[0].message("ko").startswith("섹션 1/10")
    usage = events[-1].result.usage  # type: ignore[union-attr]
    assert usage.cached_tokens > usage.prompt_tokens * 0.5  # every part's prompt shares the cached prefix


def test_closing_the_generator_keeps_the_partial_text(embedded_engine, demo_profile, history: History) -> None:
    events = generate(job_for("press-release", demo_profile), embedded_engine, history)
    written = ""
    for event in events:
        if isinstance(event, TextChunk):
            written += event.text
            if len(written) > 30:
                break
    events.close()  # what Ctrl+C on the command line does
    [draft] = history.drafts()
    [version] = history.versions(draft.id)
    assert version.status == "cancelled" and written.strip()[:15] in version.markdown


def test_one_section_of_a_long_document_can_be_regenerated(embedded_engine, demo_profile, history: History) -> None:
    *_, finished = generate(job_for("crisis-plan", demo_profile), embedded_engine, history)
    first = finished.result  # type: ignore[union-attr]
    base = job_for("crisis-plan", demo_profile)
    again = GenerationJob(
        base.workflow,
        base.profile,
        base.answers,
        seed=77,
        max_tokens_cap=60,
        draft_id=first.draft_id,
        only_section="review",
        base_markdown=first.markdown,
    )
    events = list(generate(again, embedded_engine, history))
    assert [e.title for e in events if isinstance(e, Progress)] == ["사후 검토"]
    second = events[-1].result  # type: ignore[union-attr]
    keep_until = first.markdown.index("## 사후 검토")
    assert second.markdown.startswith(first.markdown[:keep_until])  # everything before is untouched
    assert second.markdown.count("## 사후 검토") == 1
    assert [v.number for v in history.versions(first.draft_id)] == [1, 2]
