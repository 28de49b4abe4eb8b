"""Ranking catchphrases: the most fluent first, no frame twice, no near-duplicate, within the time budget."""

from __future__ import annotations

import time
from collections.abc import Sequence

from desktop.core.engines.base import Likelihood
from desktop.core.writing.fluency import FluencyJudge
from desktop.core.writing.slogan_brief import Slogan
from desktop.core.writing.slogan_ranking import Rated, choose
from tests.core.scripted_engine import ScriptedEngine


class SlowRater(ScriptedEngine):
    """Rates each line by a table, taking ``seconds`` per line, and stops at the deadline as the built-in engine does."""

    def __init__(self, ratings: dict[str, float], seconds: float = 0.0) -> None:
        super().__init__()
        self.ratings = ratings
        self.seconds = seconds
        self.asked: list[str] = []

    def likelihood(
        self, context: str, continuations: Sequence[str], deadline: float | None = None
    ) -> list[Likelihood] | None:
        found = []
        for text in continuations:
            if deadline is not None and time.monotonic() > deadline:
                break
            time.sleep(self.seconds)
            self.asked.append(text)
            found.append(Likelihood(self.ratings.get(text.strip(), -9.0) * 4, 4))
        return found


def rated(text: str, frame: str, score: float | None = None, source: str = "forms") -> Rated:
    return Rated(Slogan(text, frame, source), score, 0.0, 0.5)


def test_the_most_fluent_come_first_and_no_frame_comes_twice() -> None:
    items = [
        rated("국산 밀은 정직하게, 식빵은 따뜻하게", "대구", -3.5),
        rated("천연 발효는 정직하게, 식빵은 따뜻하게", "대구", -3.0),
        rated("정직을 굽습니다", "가치-동사", -4.0),
        rated("아이를 키우는 마음으로 굽습니다", "마음", -2.5),
    ]
    texts = [item.slogan.text for item in choose(items, 3)]
    assert texts == ["아이를 키우는 마음으로 굽습니다", "천연 발효는 정직하게, 식빵은 따뜻하게", "정직을 굽습니다"]


def test_near_duplicates_and_what_the_list_holds_already_are_left_out() -> None:
    items = [
        rated("정직하게 굽는 아침", "model-1", -2.0, "model"),
        rated("정직하게 굽는 아침!", "model-2", -2.1, "model"),
        rated("국산 밀로 구운 식빵", "과정", -4.0),
        rated("정직을 굽습니다", "가치-동사", -4.5),
    ]
    texts = [item.slogan.text for item in choose(items, 4, already=["국산 밀로 구운 식빵"])]
    assert texts == ["정직하게 굽는 아침", "정직을 굽습니다"]


def test_a_small_models_share_of_the_list_is_capped() -> None:
    items = [rated(f"모델 후보 {n}번 문구", f"model-{n}", -1.0, "model") for n in range(4)]
    items += [rated("정직을 굽습니다", "가치-동사", -5.0), rated("2012년부터 서울에서", "연혁", -5.5)]
    kept = choose(items, 4, model_limit=1)
    assert [item.slogan.source for item in kept].count("model") == 1 and len(kept) == 3


def test_rated_candidates_rank_above_unrated_ones() -> None:
    items = [rated("2012년부터 서울에서", "연혁"), rated("정직을 굽습니다", "가치-동사", -6.0)]
    assert choose(items, 2)[0].slogan.text == "정직을 굽습니다"


def test_rating_stops_at_its_deadline_and_times_a_token() -> None:
    engine = SlowRater({"정직을 굽습니다": -2.0}, seconds=0.05)
    judge = FluencyJudge(engine, "ko", primer="캐치프레이즈:\n")
    scores = judge.rate(["정직을 굽습니다", "국산 밀로 구운 식빵", "2012년부터 서울에서"], time.monotonic() + 0.08)
    assert scores[0] == -2.0 and scores[2] is None  # the third was never asked
    assert engine.asked[0] == "정직을 굽습니다\n"  # each candidate is rated as a whole line
    assert judge.seconds_per_token is not None and judge.seconds_per_token > 0


def test_an_engine_that_cannot_measure_leaves_the_order_to_the_forms_and_kiwi() -> None:
    judge = FluencyJudge(ScriptedEngine(), "ko")
    assert judge.rate(["정직을 굽습니다", "국산 밀로 구운 식빵"]) == [None, None]
    assert not judge.can_measure
