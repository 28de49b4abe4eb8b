"""The pipeline's own decisions, with a scripted engine making the rare cases happen.

A "capable" scripted engine (instruction-tuned, 4B) writes every part; its good
text must be kept and its bad text (an invented figure, prompt debris, a
sentence copied from an example, a wrong dateline, a paraphrased rule, an
invented past incident) replaced by the part built from the facts.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest

from desktop import paths
from desktop.cli import main
from desktop.core.answers import load_answers_file, validate_answers
from desktop.core.generation import Finished, GenerationJob, GenerationResult, generate
from desktop.core.parts.candidates import more_candidates_job
from desktop.core.parts.completeness import parts_for_draft
from desktop.core.prompting import Prompt
from desktop.core.store import History
from desktop.core.workflows import get_workflow
from desktop.core.writing.slogan_ranking import NEAR_DUPLICATE, overlap
from tests.core.scripted_engine import CAPABLE, ScriptedEngine

FACT_LEAD = (
    "서울, 2026년 3월 10일 — 제과·베이커리 기업 한빛베이커리(대표 김다은)는 3월 20일 서울 성동구 성수동에 "
    "7번째 매장을 개점한다고 10일 밝혔다."
)
#: The detail paragraph built from the second key point (the first is told in the lead).
FACT_DETAILS = "한빛베이커리는 개점 기념으로 첫 주 동안 우리밀 식빵 수익금 전액을 지역 푸드뱅크에 기부한다."
FACT_QUOTE = "김다은 대표는 “동네 빵집의 정직한 맛을 성수동 이웃들과 나누고 싶다”고 말했다."
COPIED = "두 기관은 앞으로 3년간 전기차 배터리 냉각 부품을 함께 연구한다."  # ko_03_manufacturing example


def job_for(workflow_name: str, profile, **answers: object) -> GenerationJob:  # type: ignore[no-untyped-def]
    workflow = get_workflow(workflow_name)
    raw, _ = load_answers_file(paths.demo_dir() / f"{workflow_name}.toml")
    return GenerationJob(workflow, profile, validate_answers(workflow, {**raw, **answers}), seed=3)


def run(job: GenerationJob, history: History, engine: ScriptedEngine) -> GenerationResult:
    *_, finished = generate(job, engine, history)
    assert isinstance(finished, Finished)
    return finished.result


def by_part(answers: dict[str, str]) -> Callable[[Prompt], str]:
    """Answer each part's request (found by a word of its ask) with the given text."""

    def respond(prompt: Prompt) -> str:
        return next((text for word, text in answers.items() if word in prompt.ask), "")

    return respond


GOOD_RELEASE = {
    "제목 한 줄만": "한빛베이커리, 성수동에 일곱 번째 매장 연다",
    "부제 한 줄만": "3월 20일 개점… 첫 주 우리밀 식빵 수익금 전액 기부",
    "리드 문단": "한빛베이커리(대표 김다은)가 3월 20일 서울 성동구 성수동에 7번째 매장을 연다고 10일 밝혔다.",
    "본문 문단들": (
        "새 매장은 3월 20일 서울 성동구 성수동에 문을 연다. 한빛베이커리의 7번째 매장 개점이다.\n\n"
        "한빛베이커리는 개점 기념으로 첫 주 동안 우리밀 식빵 수익금 전액을 지역 푸드뱅크에 기부한다."
    ),
    "배경 문단": "2012년 문을 연 한빛베이커리는 서울 마포·서대문·용산에서 매장 6곳을 운영하고 있다.",
    "인용문 문단": "김다은 대표는 “동네 빵집의 정직한 맛을 성수동 이웃들과 함께 나누고 싶다”고 말했다.",
}


def test_a_capable_models_good_release_is_kept_part_by_part(demo_profile, history: History) -> None:
    engine = ScriptedEngine(respond=by_part(GOOD_RELEASE), capability=CAPABLE)
    result = run(job_for("press-release", demo_profile), history, engine)
    for text in GOOD_RELEASE.values():
        assert text.split("—")[-1].strip() in result.markdown
    assert "서울, 2026년 3월 10일 — 한빛베이커리(대표 김다은)가" in result.markdown  # the prime leads the model
    assert result.status == "complete" and not result.missing
    assert result.from_facts() == ["배포 정보", "회사소개", "언론 문의"]  # no plans were given: none is asked for
    assert not any("앞으로의 계획" in request.ask for request in engine.requests)
    assert all(request.ask for request in engine.requests)  # an instruction-tuned model is told which part
    assert not any("자료로 만든 부분" in finding for finding in result.findings)


def test_a_capable_models_bad_parts_are_replaced_by_the_facts(demo_profile, history: History) -> None:
    bad = {
        "제목 한 줄만": "한빛베이커리, 성수동에 7번째 매장 연다!",
        "부제 한 줄만": "",
        "리드 문단": "부산, 2026년 3월 10일 — 한빛베이커리는 성수동에 새 매장을 연다고 10일 밝혔다.",
        "본문 문단들": "한빛베이커리는 3월 20일 서울 성동구 성수동에 40번째 매장을 개점한다.",
        "배경 문단": "### 작성할 보도자료\n발표 내용: 한빛베이커리가 성수동에 7번째 매장을 연다.\n<<<자료 끝>>>",
        "인용문 문단": f"{FACT_QUOTE} {COPIED}",
    }
    engine = ScriptedEngine(respond=by_part(bad), capability=CAPABLE)
    result = run(job_for("press-release", demo_profile), history, engine)
    text = result.markdown
    assert FACT_LEAD in text and "부산" not in text
    assert "40번째" not in text and FACT_DETAILS in text
    for debris in ("###", "작성할 보도자료", "발표 내용:", "<<<", "자료 끝"):
        assert debris not in text
    assert COPIED not in text and FACT_QUOTE in text
    assert "# 한빛베이커리, 성수동에 7번째 매장 연다\n" in text and "!" not in text
    sources = {record.title: record for record in result.parts}
    assert sources["인용문"].source == "model" and COPIED in sources["인용문"].dropped
    assert {sources[t].source for t in ("제목", "리드", "본문", "배경")} == {"facts"}
    assert (
        "부산" in sources["리드"].raw and "자료에 없는 지역" in sources["리드"].reason_ko
    )  # a dateline city not in the facts
    assert len([p for p in engine.requests if "제목 한 줄만" in p.ask]) == 2  # a headline gets a second try
    [version] = history.versions(result.draft_id)
    kept = {record["title"]: record for record in version.parts}
    assert "40번째" in kept["본문"]["raw"]  # nothing the model wrote is lost
    assert any("자료로 만든 부분" in finding and "리드" in finding for finding in result.findings)


def test_a_small_base_model_is_asked_only_for_headline_ideas(demo_profile, history: History) -> None:
    engine = ScriptedEngine(["성수동에 새 매장\n"])  # it continues the prime "# 한빛베이커리, "
    result = run(job_for("press-release", demo_profile), history, engine)
    assert len(engine.prompts) == 1 and all(not p.ask for p in engine.requests)
    assert engine.prompts[0].endswith("# 한빛베이커리, ")
    assert "# 한빛베이커리, 성수동에 새 매장\n" in result.markdown
    assert FACT_LEAD in result.markdown and FACT_DETAILS in result.markdown and FACT_QUOTE in result.markdown
    not_asked = [r.title for r in result.parts if r.source == "facts" and not r.asked and r.reason_ko]
    assert not_asked == ["부제", "리드", "본문", "배경", "인용문"]
    assert result.status == "complete"


def test_a_base_models_headline_that_breaks_headline_style_gives_way_to_the_facts(
    demo_profile, history: History
) -> None:
    engine = ScriptedEngine(
        ["2026년 3월 10일 성수동에 새 매장\n", "성수동에 새 매장이 열리는 2026년 3월 20일, 7번째 매장 개점\n"]
    )
    result = run(job_for("press-release", demo_profile), history, engine)
    [headline] = [record for record in result.parts if record.title == "제목"]
    assert headline.source == "facts" and "2026년 3월 10일" in headline.raw  # kept in history, not in the document
    assert "# 한빛베이커리, 성수동에 7번째 매장 연다\n" in result.markdown


def test_holding_statements_keep_their_structure_and_never_invent_an_incident(demo_profile, history: History) -> None:
    good = (
        "**지금까지 확인된 내용:** 한빛베이커리는 [일시 확인 필요] 제품에서 이물질이 발견되었다는 신고를 받았습니다.\n\n"
        "**회사가 하고 있는 일:** 해당 제품의 판매를 멈추고 원인을 확인하고 있습니다.\n\n"
        "**영향을 받는 분:** [영향 범위 확인 필요]\n\n"
        "**다음 안내:** 조사 결과는 [발표 시각 확인 필요]에 매장 안내문으로 전하겠습니다."
    )
    invented = "**지금까지 확인된 내용:** 2019년 5월 1일, 한빛베이커리 매장에서 식중독이 발생했습니다."
    answers = {"제품 이물질 발견 신고": good, "매장 식중독 의심 신고": invented}
    engine = ScriptedEngine(respond=by_part(answers), capability=CAPABLE)
    result = run(job_for("crisis-plan", demo_profile), history, engine)
    text = result.markdown
    assert "해당 제품의 판매를 멈추고 원인을 확인하고 있습니다." in text
    assert "2019" not in text
    for scenario in ("제품 이물질 발견 신고", "매장 식중독 의심 신고", "SNS 허위 정보 확산"):
        assert text.count(f"## 초기 입장문: {scenario}\n") == 1
    assert text.count("**다음 안내:**") == 3 and text.count("### ") == 3  # a checklist per severity level
    assert result.status == "complete"


def test_every_rule_stands_verbatim_in_its_chapter(demo_profile, history: History) -> None:
    paraphrased = "**목적:** 위생\n\n**적용 대상:** 직원\n\n**규칙:**\n\n- 손을 잘 씻는다\n\n**절차:**\n\n1. 씻는다\n\n**문의:** 팀장"
    verbatim = (
        "**목적:** 고객을 맞는 방법을 정한다.\n\n**적용 대상:** 신입 매장 직원\n\n**규칙:**\n\n"
        "- 고객 불만은 당일 매장운영팀장에게 보고한다\n\n**절차:**\n\n1. [고객 응대 절차 확인 필요]\n\n"
        "**문의:** 매장운영팀장"
    )
    engine = ScriptedEngine(
        respond=by_part({"'매장 위생 기준'": paraphrased, "'고객 응대'": verbatim}), capability=CAPABLE
    )
    result = run(job_for("staff-manual", demo_profile, chapters=["매장 위생 기준", "고객 응대"]), history, engine)
    text = result.markdown
    hygiene = text[text.index("## 매장 위생 기준") : text.index("## 고객 응대")]
    assert "모든 직원은 출근 후 손 씻기와 위생모 착용을 확인한다" in hygiene and "손을 잘 씻는다" not in hygiene
    assert "**목적:** 고객을 맞는 방법을 정한다." in text
    assert {r.title: r.source for r in result.parts}["고객 응대"] == "model"
    assert any("규칙 배치" in finding and "매장 위생 기준" in finding for finding in result.findings)


MODEL_LINES = (
    "업계 최고의 우리밀 식빵\n2. 정직하게 굽는 아침\n3. 정직하게 굽는 아침!\n4. 아침 한 입, 통밀 베이글\n"
    "5. 2025년 매출 62억 원\n6. 국산 밀로 천천히 구운 정직한 식빵, 온 가족이 매일 아침 함께 나누는 맛\n"
    "7. 국산 밀 한 조각의 여유\n8. 부모님을 위한, 가족을 위한\n9. 친환경 우리밀 식빵\n10. 가성비 좋은 아침 식빵\n"
)


def test_catchphrases_are_built_from_forms_and_the_models_pass_every_check_to_join(
    demo_profile, history: History
) -> None:
    """A small base model's lines are checked like any (no avoided or claim word, no copy, no fragment) and may
    take at most a third of the list; the rest are slogan forms filled with the person's words, never placeholders."""
    result = run(job_for("catchphrase", demo_profile, count=4), history, ScriptedEngine([MODEL_LINES, "\n"]))
    candidates = result.document.candidates
    assert len(candidates) == 4 and len(set(candidates)) == 4
    assert all(len(c) <= 30 and "확인 필요" not in c and "담은" not in c for c in candidates)
    assert not any(word in c for word in ("최고", "친환경", "가성비") for c in candidates)
    assert sum(c in ("정직하게 굽는 아침", "국산 밀 한 조각의 여유") for c in candidates) <= 1
    record = next(r for r in result.parts if r.key.startswith("candidates"))
    dropped = "\n".join(record.dropped)
    for reason in (
        "업계 최고의 우리밀 식빵 (avoided word)",
        "친환경 우리밀 식빵 (claims what the facts do not say: 친환경)",
        "가성비 좋은 아침 식빵 (claims what the facts do not say: 가성비)",
        "아침 한 입, 통밀 베이글 (prompt debris or copied from an example)",
        "부모님을 위한, 가족을 위한 (",
        "(too long)",
        "정직하게 굽는 아침! (duplicate)",
    ):
        assert reason in dropped
    assert any("입력한 말과 회사 자료로 캐치프레이즈 형식을 채워" in finding for finding in result.findings)


def test_a_capable_models_good_catchphrases_lead_the_list(demo_profile, history: History) -> None:
    engine = ScriptedEngine([MODEL_LINES], capability=CAPABLE)
    result = run(job_for("catchphrase", demo_profile, count=5), history, engine)
    candidates = result.document.candidates
    assert candidates[:2] == ["정직하게 굽는 아침", "국산 밀 한 조각의 여유"] and len(candidates) == 5
    assert any("2개는 모델이 쓴 후보 가운데 검사를 통과한 것" in finding for finding in result.findings)


def test_more_candidates_are_appended_new_and_different(demo_profile, history: History) -> None:
    job = job_for("catchphrase", demo_profile, count=6)
    first = run(job, history, ScriptedEngine(["\n"]))
    assert len(first.document.candidates) == 6
    second = run(more_candidates_job(job, first.markdown, 3, first.draft_id), history, ScriptedEngine(["\n"]))
    old, new = second.document.candidates[:6], second.document.candidates[6:]
    assert old == first.document.candidates and len(new) == 3
    assert all(overlap(a, b) < NEAR_DUPLICATE for a in old for b in new)
    assert [v.number for v in history.versions(first.draft_id)] == [1, 2]


def test_a_shortfall_says_how_many_and_why(demo_profile, history: History) -> None:
    job = job_for("catchphrase", demo_profile, count=20, keywords=[], max_length=12)
    result = run(job, history, ScriptedEngine(["\n"]))
    made = len(result.document.candidates)
    assert 0 < made < 20
    note = next(f for f in result.findings if "20개 중" in f)
    assert f"20개 중 {made}개를 만들었습니다" in note and "형식이" in note and "최대 글자 수 12자" in note


def test_the_english_press_release_prompt_uses_english_examples_and_rules(demo_profile, history: History) -> None:
    engine = ScriptedEngine(["Hanbit Bakery opens its seventh store\n"])  # an English headline has no prime
    announcement = "Hanbit Bakery opens its seventh store, in Seongsu-dong."
    result = run(job_for("press-release", demo_profile, language="en", announcement=announcement), history, engine)
    prompt = engine.prompts[0]
    assert "<<<DATA START>>>" in prompt and "### Example 1" in prompt and "<<<자료 시작>>>" not in prompt
    assert result.markdown.startswith("**FOR IMMEDIATE RELEASE**")
    assert "# Hanbit Bakery opens its seventh store" in result.markdown
    assert (
        "SEOUL, March 10, 2026 — Hanbit Bakery opens its seventh store, in Seongsu-dong, the company" in result.markdown
    )
    assert result.markdown.rstrip().endswith("###") and result.status == "complete"


def test_local_engines_leave_no_ledger_rows(demo_profile, history: History) -> None:
    run(job_for("press-release", demo_profile), history, ScriptedEngine(["새 매장\n"]))
    assert history.ledger() == []


def test_an_edited_document_missing_a_part_is_never_complete_until_restored(
    demo_profile, history: History, capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    result = run(job_for("press-release", demo_profile), history, ScriptedEngine(["새 매장\n"]))
    [version] = history.versions(result.draft_id)
    edited = history.save_edit(version.id, version.markdown.replace(FACT_QUOTE, "").replace(FACT_LEAD, ""))
    assert main(["history", "export", str(result.draft_id), "--out", str(tmp_path / "x.docx")]) == 0
    said = capsys.readouterr().err
    # The lead told the first key point: without it, that point is missing too, and comes back with the lead.
    assert said.startswith("미완성 문서로 저장했습니다")
    assert "빠진 부분: 리드, 핵심 내용: 3월 20일 서울 성동구 성수동에 7번째 매장 개점, 인용문" in said
    assert main(["history", "restore", str(result.draft_id)]) == 0
    assert (
        "자료로 채웠습니다: 리드, 핵심 내용: 3월 20일 서울 성동구 성수동에 7번째 매장 개점, 인용문"
        in capsys.readouterr().err
    )
    model_version, restored = history.versions(result.draft_id)
    assert model_version.markdown == version.markdown and model_version.status == "complete"  # never rewritten
    assert restored.id == edited.id and FACT_LEAD in restored.markdown and FACT_QUOTE in restored.markdown
    assert parts_for_draft(history.draft(result.draft_id)).missing(restored.markdown) == []
    body = restored.markdown.split("\n\n", 2)[2]  # after the release line and the headline
    assert body.count("7번째 매장") == 1  # the key point is back once, in the restored lead
    assert (
        restored.markdown.index(FACT_LEAD)
        < restored.markdown.index(FACT_QUOTE)
        < restored.markdown.index("## 회사소개")
    )


def test_a_fifth_workflow_needs_only_data(
    demo_profile, history: History, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts = tmp_path / "prompts"
    shutil.copytree(paths.prompts_dir(), prompts)
    folder = prompts / "thanks"
    (folder / "parts").mkdir(parents=True)
    (folder / "workflow.toml").write_text(
        'name = "thanks"\nlabel_ko = "감사 편지"\nlabel_en = "Thank-you letter"\ndescription_ko = "감사 편지"\n'
        'description_en = "A thank-you letter"\nword_template = "press_release"\ndocument_label_ko = "감사편지"\n'
        'document_label_en = "Thanks"\n\n[[fields]]\nname = "recipient"\nrequired = true\nlabel_ko = "받는 분"\n'
        'label_en = "Recipient"\n\n[[sections]]\nid = "title"\nwriter = "facts"\nfact = "parts/title.md.j2"\n'
        'checks = ["title"]\n\n[[sections]]\nid = "body"\ntitle_ko = "본문"\nwriter = "any"\nfact = "parts/body.md.j2"\n'
        'checks = ["names_company"]\nsubject = ["{{ answers.recipient }}"]\nstop = ["\\n\\n"]\n',
        encoding="utf-8",
    )
    (folder / "parts" / "title.md.j2").write_text("# {{ josa(answers.recipient, '에게') }} 드리는 감사 편지\n")
    (folder / "parts" / "body.md.j2").write_text(
        "{{ josa(company.name, '는') }} {{ answers.recipient }}께 감사드립니다.\n"
    )
    (folder / "prefix.md.j2").write_text("감사 편지\n")
    (folder / "section.md.j2").write_text("")
    monkeypatch.setenv("PRSTUDIO_PROMPTS", str(prompts))
    workflow = get_workflow("thanks")
    job = GenerationJob(workflow, demo_profile, validate_answers(workflow, {"recipient": "성수동 이웃"}))
    result = run(job, history, ScriptedEngine(["감사합니다.\n"]))  # off topic and nameless: the facts stand
    assert result.markdown == "# 성수동 이웃에게 드리는 감사 편지\n\n한빛베이커리는 성수동 이웃께 감사드립니다.\n"
    assert result.status == "complete" and result.parts[1].asked and result.parts[1].source == "facts"


def test_a_subtitle_that_repeats_the_headline_gives_way_to_the_facts(demo_profile, history: History) -> None:
    headline = "한빛베이커리, 성수동 7번째 매장 3월 20일 개점"
    engine = ScriptedEngine(respond=by_part({"제목 한 줄만": headline, "부제 한 줄만": headline}), capability=CAPABLE)
    result = run(job_for("press-release", demo_profile), history, engine)
    assert result.markdown.count(headline) == 1  # the headline, once
    [subtitle] = [record for record in result.parts if record.title == "부제"]
    assert subtitle.source == "facts" and subtitle.reason_ko == "앞 부분을 되풀이함"
