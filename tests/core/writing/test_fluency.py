"""The fluency judge: of several correct wordings the likeliest, measured only where they differ, within a budget."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from desktop.core.engines.base import Likelihood
from desktop.core.engines.embedded import EmbeddedEngine
from desktop.core.errors import EngineError
from desktop.core.writing.fluency import FluencyJudge, differing_spans
from tests.core.scripted_engine import ScriptedEngine


class RatingEngine(ScriptedEngine):
    """Rates a continuation by a table (per token), and remembers what it was asked."""

    def __init__(self, ratings: dict[str, float], fail: bool = False) -> None:
        super().__init__()
        self.ratings = ratings
        self.fail = fail
        self.asked: list[tuple[str, list[str]]] = []

    def likelihood(self, context: str, continuations: Sequence[str]) -> list[Likelihood] | None:
        self.asked.append((context, list(continuations)))
        if self.fail:
            raise EngineError("down", "down")
        return [Likelihood(next((v for k, v in self.ratings.items() if k in text), -9.0), 1) for text in continuations]


def test_only_the_words_that_differ_are_measured() -> None:
    head, spans = differing_spans(
        ["누리비전은 연구 인력 20명을 추가로 채용한다.", "누리비전은 연구 인력 20명을 추가 채용한다."]
    )
    assert head == "누리비전은 연구 인력 20명을"
    assert spans == [" 추가로 채용한다.", " 추가 채용한다."]


def test_the_model_picks_the_likeliest_wording_after_the_text_so_far() -> None:
    engine = RatingEngine({"추가로": -1.0, "추가 채": -3.0})
    judge = FluencyJudge(engine, "ko", primer="예시 보도자료")
    options = ["누리비전은 연구 인력 20명을 추가 채용한다.", "누리비전은 연구 인력 20명을 추가로 채용한다."]
    assert judge.choose("리드 문단.\n\n", options) == options[1]
    [(context, spans)] = engine.asked
    assert context.startswith("예시 보도자료\n\n리드 문단.\n\n") and context.endswith("20명을")
    assert [j.by for j in judge.judgements] == ["model"]


def test_an_engine_that_cannot_measure_or_fails_leaves_the_choice_to_kiwi() -> None:
    options = ["세진정밀은 35명을 신규 채용했다.", "세진정밀은 35명을 새로 채용했다."]
    for engine in (ScriptedEngine(), RatingEngine({}, fail=True)):
        judge = FluencyJudge(engine, "ko")
        assert judge.choose("", options) in options
        assert judge.choose("", options) in options
        assert [j.by for j in judge.judgements] == ["kiwi", "kiwi"]


def test_past_its_time_budget_the_judge_stops_asking_the_model() -> None:
    engine = RatingEngine({"추가로": -1.0})
    judge = FluencyJudge(engine, "ko", budget_seconds=0.0)
    judge.choose("", ["A는 추가로 한다.", "A는 추가 한다."])
    assert engine.asked == [] and judge.judgements[0].by == "kiwi"


def test_a_single_wording_is_taken_as_it_is() -> None:
    engine = RatingEngine({})
    assert FluencyJudge(engine, "ko").choose("", ["하나뿐이다.", "하나뿐이다."]) == "하나뿐이다."
    assert engine.asked == []


@pytest.mark.model
def test_the_built_in_model_prefers_the_right_particle(embedded_engine: EmbeddedEngine) -> None:
    """Gemma 3 270M, forced through each wording, finds '아쿠아실드'를 likelier than '아쿠아실드'을."""
    context = "한결케미칼은 방수 접착제 "
    right, wrong = embedded_engine.likelihood(context, ["'아쿠아실드'를 생산한다.", "'아쿠아실드'을 생산한다."])
    assert right.tokens > 0 and right.per_token > wrong.per_token
    judge = FluencyJudge(embedded_engine, "ko")
    assert judge.choose(context, ["'아쿠아실드'을 생산한다.", "'아쿠아실드'를 생산한다."]) == "'아쿠아실드'를 생산한다."
