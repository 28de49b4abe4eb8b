"""Catchphrases on the real built-in model (Gemma 3 270M): its fluency judgement, its deadline, the whole list."""

from __future__ import annotations

import time
from itertools import combinations
from pathlib import Path

import pytest

from desktop.core.answers import load_answers_file, validate_answers
from desktop.core.engines.embedded import EmbeddedEngine
from desktop.core.generation import Finished, GenerationJob, generate
from desktop.core.profile import load_profile
from desktop.core.store import History
from desktop.core.workflows import get_workflow
from desktop.core.writing.slogan_ranking import NEAR_DUPLICATE, overlap
from tests.core.writing.test_slogans import MAIN

PRIMER = "캐치프레이즈:\n아침 한 입, 통밀 베이글\n내 돈의 흐름, 한눈에\n가족이 함께 따는 가을\n"

pytestmark = pytest.mark.model


def test_the_model_reads_each_candidate_in_its_own_tokens_and_hears_a_filler(embedded_engine: EmbeddedEngine) -> None:
    good, filler = embedded_engine.likelihood(PRIMER, ["뼈 없는 순살 고등어\n", "뼈 없는을 담은 순살 고등어\n"])
    assert good.per_token > filler.per_token
    assert good.tokens <= len("뼈 없는 순살 고등어\n")  # whole tokens, not the text spelled out byte by byte


def test_past_its_deadline_the_model_stops_rating(embedded_engine: EmbeddedEngine) -> None:
    started = time.monotonic()
    found = embedded_engine.likelihood(PRIMER, ["정직을 굽습니다\n"] * 3, deadline=started)
    assert found is not None and len(found) < 3


@pytest.mark.parametrize("folder", MAIN, ids=lambda folder: folder.name)
def test_the_pipeline_makes_as_many_candidates_as_asked(
    embedded_engine: EmbeddedEngine, history: History, folder: Path
) -> None:
    workflow = get_workflow("catchphrase")
    profile = load_profile(folder / "company.toml")
    raw, _ = load_answers_file(folder / "catchphrase.toml")
    answers = validate_answers(workflow, raw)
    *_, finished = generate(GenerationJob(workflow, profile, answers, seed=1), embedded_engine, history)
    assert isinstance(finished, Finished)
    candidates = finished.result.document.candidates
    limit = int(answers.get("max_length") or 0)
    assert len(candidates) == answers["count"]
    assert all(not limit or len(text) <= limit for text in candidates)
    assert all(overlap(a, b) < NEAR_DUPLICATE for a, b in combinations(candidates, 2))
    assert finished.result.status == "complete"
    assert any("캐치프레이즈 형식" in f or "slogan forms" in f for f in finished.result.findings)
