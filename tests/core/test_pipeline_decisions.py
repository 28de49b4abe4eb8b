"""The pipeline's own decisions, with a scripted engine making the rare cases happen."""

from __future__ import annotations

from desktop import paths
from desktop.core.answers import load_answers_file, validate_answers
from desktop.core.generation import Finished, GenerationJob, generate
from desktop.core.store import History
from desktop.core.workflows import get_workflow
from tests.core.scripted_engine import ScriptedEngine


def run(workflow_name: str, profile, history: History, engine: ScriptedEngine, **answers: object):  # type: ignore[no-untyped-def]
    workflow = get_workflow(workflow_name)
    raw, _ = load_answers_file(paths.demo_dir() / f"{workflow_name}.toml")
    job = GenerationJob(workflow, profile, validate_answers(workflow, {**raw, **answers}))
    *_, finished = generate(job, engine, history)
    assert isinstance(finished, Finished)
    return finished.result


def test_an_empty_chapter_shows_a_placeholder(demo_profile, history: History) -> None:
    engine = ScriptedEngine(["", "위생모를 쓴다.\n"])
    result = run("staff-manual", demo_profile, history, engine, chapters=["고객 응대", "매장 위생 기준"])
    assert "## 고객 응대\n\n[내용 확인 필요]" in result.markdown
    assert "## 매장 위생 기준\n\n위생모를 쓴다." in result.markdown


def test_catchphrases_that_copy_facts_are_dropped_and_shortfalls_are_visible(demo_profile, history: History) -> None:
    copied = "2025년 매출 62억 원\n2. 서울 마포·서대문·용산에 매장 6곳 운영\n3. 정직하게 굽는 아침\n"
    engine = ScriptedEngine([copied, "정직하게 굽는 아침\n2. 국산 밀 한 조각의 여유\n"])
    result = run("catchphrase", demo_profile, history, engine, count=4)
    assert result.document.candidates[:2] == ["정직하게 굽는 아침", "국산 밀 한 조각의 여유"]
    assert result.document.candidates[2:] == ["[추가 후보 확인 필요]"] * 2
    assert len(engine.prompts) == 4  # it kept asking before giving up
    assert any("모자라" in finding for finding in result.findings)


def test_local_engines_leave_no_ledger_rows(demo_profile, history: History) -> None:
    run("press-release", demo_profile, history, ScriptedEngine(["한빛베이커리, 새 매장\n\n서울 — 연다.\n"]))
    assert history.ledger() == []


def test_the_english_press_release_prompt_uses_english_examples_and_rules(demo_profile, history: History) -> None:
    engine = ScriptedEngine(["Hanbit Bakery opens its seventh store\n\nSEOUL — It opens.\n"])
    result = run("press-release", demo_profile, history, engine, language="en")
    prompt = engine.prompts[0]
    assert "<<<DATA START>>>" in prompt and "### Example 1" in prompt and "<<<자료 시작>>>" not in prompt
    assert result.markdown.startswith("**FOR IMMEDIATE RELEASE**")


def test_lines_a_small_model_repeats_are_written_once(demo_profile, history: History) -> None:
    looping = "보건 수칙을 지킨다.\n손을 씻는다.\n손을 씻는다.\n보건 수칙을 지킨다.\n위생모를 쓴다.\n"
    result = run("staff-manual", demo_profile, history, ScriptedEngine([looping]), chapters=["매장 위생 기준"])
    assert "## 매장 위생 기준\n\n보건 수칙을 지킨다.\n손을 씻는다.\n위생모를 쓴다." in result.markdown
