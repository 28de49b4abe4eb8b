"""Catchphrase forms built from the person's words: the right word classes, particles, lengths and claims.

These run without the model: the list is ordered by the forms' own preference
and Kiwi's score (``FluencyJudge`` without an engine), which is what a
machine that cannot measure likelihood gets.
"""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import pytest

from desktop import paths
from desktop.core.answers import load_answers_file, validate_answers
from desktop.core.parts.candidates import CandidatePool
from desktop.core.parts.catchphrases import CatchphraseList
from desktop.core.profile import CompanyProfile, load_profile, parse_profile
from desktop.core.workflows import get_workflow
from desktop.core.writing.fluency import FluencyJudge
from desktop.core.writing.korean_words import classify
from desktop.core.writing.slogan_brief import SloganBrief, may_say, unsupported_claims
from desktop.core.writing.slogan_ranking import NEAR_DUPLICATE, Rated, overlap
from desktop.core.writing.slogans import build_slogans

BENCH = Path(__file__).resolve().parents[3] / "bench"
#: The answer files the pipeline must fill exactly (the demo and the three quality-bench companies).
MAIN = [paths.demo_dir(), *sorted((BENCH / "quality_data").iterdir())]
ALL = [*MAIN, *sorted(p for p in (BENCH / "writing_data").iterdir() if (p / "catchphrase.toml").exists())]
GODEUNGEO = """
[company]
name = "동백수산"
founded = 2015
headquarters = "제주특별자치도 제주시"
industry = "수산물 가공"
description = "동백수산은 제주 바다에서 잡은 고등어를 손질해 순살로 가공합니다."
[brand]
tone = ["정직한", "신선한"]
avoid = ["최고"]
[[products]]
name = "동백 순살 고등어"
description = "뼈를 발라낸 순살 고등어"
"""


def brief_from(folder: Path) -> SloganBrief:
    workflow = get_workflow("catchphrase")
    profile = load_profile(folder / "company.toml")
    raw, _ = load_answers_file(folder / "catchphrase.toml")
    answers = validate_answers(workflow, raw)
    return SloganBrief.from_inputs(profile, answers, str(answers.get("language") or profile.brand.language))


def brief_of(profile: CompanyProfile, **answers: object) -> SloganBrief:
    values = {"count": 10, "max_length": 30, **answers}
    return SloganBrief.from_inputs(profile, values, str(values.get("language") or profile.brand.language))


def chosen(brief: SloganBrief) -> list[Rated]:
    pool = CandidatePool(brief.max_length, list(brief.avoid), [brief.subject], brief.language, None, None, brief=brief)  # type: ignore[arg-type]
    listing = CatchphraseList(brief, pool, FluencyJudge(None, brief.language), capable=False)
    listing.build()
    return listing.finish()


def test_each_keyword_goes_into_the_slot_of_its_class() -> None:
    honest, modifier, bake, boneless, together = map(classify, ["정직", "정직한", "굽다", "뼈 없는", "함께"])
    assert honest and (honest.kind, honest.modifier(), honest.adverb()) == ("quality", "정직한", "정직하게")
    assert modifier and (modifier.kind, modifier.modifier(), modifier.adverb()) == ("modifier", "정직한", "정직하게")
    assert (
        bake
        and bake.kind == "verb"
        and (bake.modifier(past=True), bake.connective(), bake.polite())
        == (
            "구운",
            "굽고",
            "굽습니다",
        )
    )
    assert boneless and (boneless.kind, boneless.modifier(), boneless.adverb()) == ("modifier", "뼈 없는", "")
    assert together and (together.kind, together.adverb()) == ("adverb", "함께")


def test_a_modifier_keyword_stands_before_the_product_and_never_takes_a_particle() -> None:
    profile = parse_profile(GODEUNGEO)
    brief = brief_of(profile, subject="동백 순살 고등어", keywords=["뼈 없는", "제주 바다", "정직"])
    texts = [slogan.text for slogan in build_slogans(brief).slogans]
    assert "뼈 없는 동백 순살 고등어" in texts
    assert not [t for t in texts if re.search(r"없는\s*[을를이가은는]|[는은ㄴ한]\s*[을를] 담은", t)]
    assert any(t.startswith("정직을 ") for t in texts)  # a value noun may be an object ('정직을 손질합니다')
    assert not any("정직한을" in t or "정직하게을" in t for t in texts)


@pytest.mark.parametrize("folder", ALL, ids=lambda folder: folder.name)
def test_every_list_keeps_the_rules(folder: Path) -> None:
    brief = brief_from(folder)
    items = chosen(brief)
    texts = [item.slogan.text for item in items]
    frames = [item.slogan.frame for item in items]
    if folder in MAIN:
        assert len(texts) == brief.count
    assert len(texts) >= min(brief.count, 6)
    assert len(set(frames)) == len(frames), frames  # no frame twice
    assert all(not brief.max_length or len(text) <= brief.max_length for text in texts)
    assert all(overlap(a, b) < NEAR_DUPLICATE for a, b in combinations(texts, 2))
    assert all(may_say(text, brief) for text in texts)
    assert not any(word.lower() in text.lower() for word in brief.avoid for text in texts)
    assert not any("담은" in text or "확인 필요" in text for text in texts)


def test_a_claim_word_is_allowed_only_when_the_sources_make_the_claim() -> None:
    profile = parse_profile(GODEUNGEO)
    plain = brief_of(profile, subject="동백 순살 고등어", keywords=["제주 바다"])
    assert unsupported_claims("친환경 순살 고등어", plain) == ["친환경"]
    assert unsupported_claims("가성비 좋은 고등어", plain) == ["가성비"]
    assert unsupported_claims("건강한 한 끼", plain) == ["건강"]
    said = brief_of(profile, subject="동백 순살 고등어", keywords=["친환경 포장"])
    assert unsupported_claims("친환경 순살 고등어", said) == []
    english = brief_of(profile, subject="boneless mackerel", keywords=["Jeju sea"], language="en")
    assert unsupported_claims("The best mackerel, eco-friendly", english) == ["eco-friendly", "best"]
    assert not may_say("최고의 고등어", said)  # the brand's avoided word, whatever the sources say


def test_english_forms_come_from_the_persons_words() -> None:
    greenway = [s.text for s in build_slogans(brief_from(BENCH / "quality_data" / "greenway")).slogans]
    assert "Enjoy your weekend." in greenway and "Made for busy families in Haeundae" in greenway
    assert "Friendly, fresh, folded." in greenway  # alliteration: tone, keyword, the product's own word
    assert not any(", not " in text for text in greenway)  # nothing in its facts sets one thing against another
    ledger = [s.text for s in build_slogans(brief_from(BENCH / "writing_data" / "corner-ledger")).slogans]
    assert "Next morning, not days later." in ledger  # 'the next morning instead of … days later'
    assert "Early Settle. No surprises." in ledger


def test_a_repeated_verb_is_always_the_companys_own() -> None:
    profile = parse_profile(GODEUNGEO)
    brief = brief_of(profile, subject="동백 순살 고등어", keywords=["정직", "제주 바다"])
    verbs = [s.text for s in build_slogans(brief).slogans if s.frame in ("반복-방식", "서명", "가치-동사")]
    own = ("손질합니다", "발라냅니다", "잡습니다", "가공합니다")  # 손질해, 발라낸, 잡은, 가공(industry)
    assert verbs and all(any(verb in text for verb in own) for text in verbs)
    quiet = GODEUNGEO.replace("제주 바다에서 잡은 고등어를 손질해 순살로 가공합니다", "고등어를 판매합니다")
    quiet = quiet.replace("수산물 가공", "수산물 유통")
    profile = parse_profile(quiet.replace("뼈를 발라낸 순살 고등어", "순살 고등어"))
    made = build_slogans(brief_of(profile, subject="동백 순살 고등어", keywords=["정직", "제주 바다"]))
    assert not [s for s in made.slogans if s.frame in ("반복-방식", "두-동작", "서명", "가치-동사")]  # 판매: no verb


def test_too_few_words_for_the_count_is_said_with_the_reason() -> None:
    profile = parse_profile(GODEUNGEO)
    brief = brief_of(profile, subject="동백 순살 고등어", keywords=[], count=20, max_length=12)
    pool = CandidatePool(12, [], [brief.subject], "ko", None, None, brief=brief)  # type: ignore[arg-type]
    listing = CatchphraseList(brief, pool, FluencyJudge(None, "ko"), capable=False)
    listing.build()
    items = listing.finish()
    counts = listing.counts(items)
    assert counts.made == len(items) < 20
    assert "형식이" in counts.why[0] and "최대 글자 수 12자" in counts.why[0]
