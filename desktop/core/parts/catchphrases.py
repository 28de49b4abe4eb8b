"""One run's catchphrase list: candidates built from slogan forms, ranked, and the model's joining when they pass.

The forms (``desktop.core.writing.slogans``) are the base: they are built from
the person's words and the company's facts, rated by the engine's fluency
judgement (or Kiwi's) and chosen so that no frame comes twice and no two say
the same. The model's own candidates join only when they pass the pool's checks
(length, avoided and claim words, duplicates, debris, copies, the fact check,
topic); a small base model's may take at most a third of the list.

Time: on a small base model the whole list takes about ``BASE_SECONDS`` once the
model is loaded. Rating comes first; a model round is asked only when the time
one token took says it fits, and it is stopped at its deadline. A capable
model may write ``CAPABLE_ROUNDS`` rounds.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from desktop.core.parts.candidates import CandidateCounts, CandidatePool, clean_candidate
from desktop.core.writing.fluency import FluencyJudge
from desktop.core.writing.slogan_brief import Slogan, SloganBrief
from desktop.core.writing.slogan_ranking import Rated, choose, preferences, priors, similar, worth_rating
from desktop.core.writing.slogans import SloganSet, build_slogans, frame_of, frame_order

#: Seconds the whole list may take on a small base model once it is loaded (ten candidates in ~10 s).
BASE_SECONDS = 8.0
#: Seconds of rating before a base model's round is considered (the rating also times a token).
FIRST_RATING_SECONDS = 3.0
#: Seconds kept after a base model's round for rating what it wrote.
RATING_AFTER_ROUND = 1.5
#: Tokens a base model's one round may write: three or four short candidates.
BASE_ROUND_TOKENS = 48
#: Rounds a capable (instruction-tuned, ~1B+) model may write.
CAPABLE_ROUNDS = 3
#: How many times faster llama.cpp reads a prompt than it writes, for predicting a round's time.
PROMPT_SPEEDUP = 5
#: Candidates rated at most, per candidate asked for (each frame's best wordings).
RATED_PER_REQUEST = 2
#: Lines of each bundled example shown before a candidate when the model rates it.
PRIMER_LINES = 4
_NUMBER = re.compile(r"^\s*\d+[.)]\s*")


def catchphrase_primer(example_outputs: list[str], language: str) -> str:
    """A few lines of the bundled catchphrase examples: the text before each candidate the model rates."""
    lines = []
    for output in example_outputs[:2]:
        lines += [_NUMBER.sub("", line).strip() for line in output.splitlines() if line.strip()][:PRIMER_LINES]
    heading = "Catchphrases:" if language == "en" else "캐치프레이즈:"
    return heading + "\n" + "\n".join(lines) + "\n"


@dataclass
class CatchphraseList:
    brief: SloganBrief
    pool: CandidatePool
    judge: FluencyJudge
    capable: bool
    #: Candidates the list already holds (more are appended to them).
    already: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    made: SloganSet = field(default_factory=SloganSet)
    slogans: list[Slogan] = field(default_factory=list)
    prior: list[float] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    scores: dict[int, float] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    rounds: int = 0
    model_offered: int = 0
    round_skipped: bool = False

    def build(self) -> None:
        """The forms' candidates, rated for a first few seconds (each frame's best wording first)."""
        self.made = build_slogans(self.brief)
        self.used = {s.frame for s in self.made.slogans if any(similar(s.text, a) for a in self.already)}
        self.slogans = [s for s in self.made.slogans if s.frame not in self.used]
        self.prior = priors(self.slogans, self.brief.language)
        self.order = frame_order(self.brief.language)
        self._rate(self.started + (BASE_SECONDS if self.capable else FIRST_RATING_SECONDS))

    def may_ask_model(self, prompt_tokens: int) -> bool:
        """Whether the model writes a(nother) round: a capable model up to three, a base model one that fits in time."""
        if self.capable:
            return self.rounds < CAPABLE_ROUNDS and self._model_count() < self.brief.count
        if self.rounds >= 1:
            return False
        per_token = self.judge.seconds_per_token
        if per_token is None:
            # No token timed: an engine that cannot rate gets its one round (stopped at its deadline); one that
            # can but had not finished a single candidate in the first seconds is too slow for a round.
            fits = not self.judge.can_measure
        else:
            projected = (prompt_tokens / PROMPT_SPEEDUP + BASE_ROUND_TOKENS) * per_token
            fits = time.monotonic() + projected + RATING_AFTER_ROUND < self.started + BASE_SECONDS
        self.round_skipped = not fits
        return fits

    @property
    def round_tokens(self) -> int | None:
        return None if self.capable else BASE_ROUND_TOKENS

    @property
    def round_deadline(self) -> float | None:
        return None if self.capable else self.started + BASE_SECONDS - RATING_AFTER_ROUND

    def offer_model(self, lines: list[str]) -> None:
        """The model's candidates that pass every check join, each with a frame of its own (or a form's: '담은')."""
        self.rounds += 1
        for line in lines:
            text = clean_candidate(line)
            self.model_offered += 1
            if self.pool.offer(text):
                frame = frame_of(text, self.model_offered)
                self.slogans.append(Slogan(text, frame, "model"))
                self.prior.append(priors([self.slogans[-1]], self.brief.language)[0])
                if self.capable and self.judge.engine is not None and not self.judge.uses_model:
                    self.scores[len(self.slogans) - 1] = 0.0  # a capable model's text ranks above unrated forms

    def finish(self) -> list[Rated]:
        """The list: rated as far as time allows, then chosen best first."""
        self._rate(self.started + BASE_SECONDS)
        liked = preferences(self.slogans, self.order)
        rated = [Rated(s, self.scores.get(i), self.prior[i], liked[i]) for i, s in enumerate(self.slogans)]
        limit = None if self.capable else max(1, self.brief.count // 3)
        return choose(rated, self.brief.count, self.already, self.used, model_limit=limit)

    def counts(self, chosen: list[Rated]) -> CandidateCounts:
        """Where the chosen candidates came from, for the notes."""
        from_model = sum(1 for item in chosen if item.slogan.source == "model")
        return CandidateCounts(
            len(chosen) - from_model,
            from_model,
            self.brief.count,
            self.model_offered,
            self.rounds > 0,
            len(self.scores) if self.judge.rated_tokens else 0,
            self._why_fewer(len(chosen)),
            self.judge.can_measure,
        )

    def _why_fewer(self, made: int) -> tuple[str, str]:
        """Why the list is shorter than asked, in Korean and English ('' when it is not)."""
        if made >= self.brief.count:
            return "", ""
        frames = len({s.frame for s in self.slogans if s.source == "forms"})
        ko = f"입력한 말로 채울 수 있는 서로 다른 캐치프레이즈 형식이 {frames}개뿐입니다"
        en = f"Your words fill only {frames} different slogan forms"
        if self.made.too_long:
            ko += f"(형식 {len(self.made.too_long)}개는 최대 글자 수 {self.brief.max_length}자를 넘었습니다)"
            en += f" ({len(self.made.too_long)} more were longer than {self.brief.max_length} characters)"
        if self.model_offered:
            passed = sum(1 for s in self.slogans if s.source == "model")
            ko += f". 모델이 쓴 후보 {self.model_offered}개 가운데 {passed}개가 검사를 통과했습니다."
            en += f"; {passed} of the model's {self.model_offered} candidates passed the checks."
        else:
            ko, en = ko + ".", en + "."
        return ko, en

    def _rate(self, deadline: float) -> None:
        limit = RATED_PER_REQUEST * self.brief.count
        order = [i for i in worth_rating(self.slogans, self.prior, limit, self.order) if i not in self.scores]
        model = [i for i, s in enumerate(self.slogans) if s.source == "model" and i not in self.scores]
        order = model + [i for i in order if i not in model]
        found = self.judge.rate([self.slogans[i].text for i in order], deadline)
        self.scores.update({i: score for i, score in zip(order, found, strict=True) if score is not None})

    def _model_count(self) -> int:
        return sum(1 for s in self.slogans if s.source == "model")
