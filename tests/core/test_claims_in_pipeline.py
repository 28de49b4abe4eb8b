"""The claim checker inside the pipeline: findings saved with every version, a stopped run's text checked and
guarded before anyone can export it, and every open finding a Word comment when a draft is exported again."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.errors import Cancelled
from desktop.core.generation import TextChunk, generate
from desktop.core.store import History
from tests.core.scripted_engine import CAPABLE, ScriptedEngine
from tests.core.test_pipeline_decisions import GOOD_RELEASE, by_part, job_for, run
from tests.docx_inspect import comments

INVENTED_LEAD = (
    "한빛베이커리(대표 김다은)가 성수동에 7번째 매장을 연다고 10일 밝혔다. 김영호 전무가 개점을 맡았고, "
    "문의는 02-9999-1234로 받는다."
)


def test_a_cancelled_part_is_guarded_and_its_claims_are_kept(demo_profile, history: History) -> None:
    engine = ScriptedEngine(respond=by_part({**GOOD_RELEASE, "리드 문단": INVENTED_LEAD}), capability=CAPABLE)
    cancel = threading.Event()
    events = generate(job_for("press-release", demo_profile), engine, history, cancel)
    lead = ""
    with pytest.raises(Cancelled):
        for event in events:
            if isinstance(event, TextChunk) and event.section == "lead":
                lead += event.text
                if "1234" in lead:
                    cancel.set()  # the person presses 중지 while the model is writing the lead
    [draft] = history.drafts()
    [version] = history.versions(draft.id)
    assert version.status == "cancelled"
    assert "02-9999-1234" not in version.markdown and "[연락처 확인 필요]" in version.markdown
    assert "김영호 전무" in version.markdown  # other claims stay readable ...
    assert any(claim.kind == "person" and "김영호" in claim.text for claim in version.claims)  # ... and are listed


def test_an_edited_draft_exports_with_its_open_errors_as_comments(
    demo_profile, history: History, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    result = run(job_for("press-release", demo_profile), history, ScriptedEngine(["한빛베이커리, 새 매장\n"]))
    assert not [claim for claim in result.claims if claim.severity == "error"]  # built from the facts: clean
    [version] = history.versions(result.draft_id)
    edited = version.markdown.replace("## 회사소개", "개점 행사는 김영호 전무가 맡는다.\n\n## 회사소개")
    history.save_edit(version.id, edited)
    target = tmp_path / "release.docx"
    assert main(["history", "export", str(result.draft_id), "--out", str(target)]) == 0
    said = capsys.readouterr().err
    line = edited[: edited.index("김영호")].count("\n") + 1
    assert f"{line}행" in said and "김영호" in said
    anchored = [words for words, _ in comments(target)]
    assert any("김영호" in words for words in anchored)


def test_a_fact_the_company_gained_later_counts_when_a_draft_is_exported_again(
    demo_profile, history: History, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from desktop.core.companies import CompanyStore
    from desktop.core.review import add_fact_to_company

    companies = CompanyStore()
    companies.save(demo_profile)
    result = run(job_for("press-release", demo_profile), history, ScriptedEngine(["한빛베이커리, 새 매장\n"]))
    [version] = history.versions(result.draft_id)
    history.save_edit(
        version.id, version.markdown.replace("## 회사소개", "개점 행사는 김영호 전무가 맡는다.\n\n## 회사소개")
    )
    draft = history.draft(result.draft_id)
    assert draft is not None
    add_fact_to_company(companies, draft, "김영호 전무")  # 회사 정보에 추가, from the review step
    target = tmp_path / "release.docx"
    assert main(["history", "export", str(result.draft_id), "--out", str(target)]) == 0
    assert "김영호" not in capsys.readouterr().err
    assert not any("김영호" in words for words, _ in comments(target))
