"""History in SQLite: drafts, versions and the privacy ledger survive reopening."""

from __future__ import annotations

import pytest

from desktop import paths
from desktop.core.store import History


def test_versions_and_ledger_survive_reopening() -> None:
    history = History()
    draft = history.create_draft("press-release", "한빛베이커리", {"announcement": "새 매장"}, {})
    first = history.start_version(draft, "embedded", "gemma")
    history.save_version(first, "# 제목\n\n부분", "cancelled")
    second = history.start_version(draft, "embedded", "gemma")
    history.save_version(second, "# 제목\n\n완성", "complete", ["수치 확인"], {"output_tokens": 40})
    history.record_sent("anthropic", "claude", "https://api.example", 1234)
    history.close()

    reopened = History()
    assert reopened.path == paths.history_db_path()
    versions = reopened.versions(draft)
    assert [(v.number, v.status) for v in versions] == [(1, "cancelled"), (2, "complete")]
    assert versions[1].findings == ["수치 확인"] and versions[1].usage["output_tokens"] == 40
    assert reopened.drafts("한빛")[0].answers == {"announcement": "새 매장"}
    assert reopened.drafts("없는회사") == []
    assert reopened._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    [entry] = reopened.ledger()
    assert (entry.engine, entry.characters) == ("anthropic", 1234)
    reopened.delete_draft(draft)
    assert reopened.versions(draft) == []


def test_a_finished_version_never_changes_and_an_edit_becomes_its_own_version() -> None:
    history = History()
    draft = history.create_draft("press-release", "한빛베이커리", {}, {})
    first = history.start_version(draft, "embedded", "gemma")
    history.save_version(first, "# 제목\n\n모델이 쓴 글", "generating")
    history.save_version(first, "# 제목\n\n모델이 쓴 글", "complete")
    with pytest.raises(ValueError):
        history.save_version(first, "다른 실행의 글", "complete")  # what the window did on every regeneration
    edited = history.save_edit(first, "# 제목\n\n고친 글")
    assert (edited.number, edited.status, edited.based_on) == (2, "edited", 1)
    again = history.save_edit(edited.id, "# 제목\n\n또 고친 글")
    assert again.id == edited.id  # the user's own version is updated in place
    assert history.save_edit(first, "# 제목\n\n모델이 쓴 글").id == first  # nothing changed, nothing added
    assert [v.markdown for v in history.versions(draft)] == ["# 제목\n\n모델이 쓴 글", "# 제목\n\n또 고친 글"]


def test_a_deleted_draft_comes_back_unchanged() -> None:
    history = History()
    draft = history.create_draft("catchphrase", "한빛베이커리", {"subject": "식빵"}, {"company": {"name": "한빛"}})
    version = history.start_version(draft, "embedded", "gemma")
    history.save_version(version, "1. 정직한 아침", "complete", ["확인"], {"output_tokens": 3})
    history.set_title(draft, "식빵 문구")
    before = (history.drafts(), history.versions(draft))
    deleted = history.delete_draft(draft)
    assert deleted is not None and history.drafts() == []
    history.restore_draft(deleted)
    assert (history.drafts(), history.versions(draft)) == before


def test_findings_are_records_beside_notices_and_old_rows_still_read(history: History) -> None:
    from desktop.core.findings import Finding

    draft = history.create_draft("press-release", "동해정밀", {}, {})
    version = history.start_version(draft, "embedded", "gemma")
    claim = Finding("number", "error", 10, 14, "142명", "자료에 없는 수치입니다.", "Not in the facts.", "자료에는 35명")
    history.save_version(version, "# 제목\n\n신규 인력 142명", "complete", [claim, "예시 하나를 뺐습니다."])
    [saved] = history.versions(draft)
    assert saved.claims == [claim] and saved.notices == ["예시 하나를 뺐습니다."]
    # A row written before findings had records: plain strings read back as notices.
    history._db.execute(
        "UPDATE versions SET findings = ? WHERE id = ?", ('["자료에 없는 수치를 표시했습니다: 98"]', version)
    )
    [old] = history.versions(draft)
    assert old.claims == [] and old.notices == ["자료에 없는 수치를 표시했습니다: 98"]


def test_accepted_findings_are_remembered_per_draft(history: History) -> None:
    first = history.create_draft("press-release", "동해정밀", {}, {})
    second = history.create_draft("press-release", "동해정밀", {}, {})
    history.accept_finding(first, "number:142명")
    history.accept_finding(first, "number:142명")
    history.accept_finding(first, "person:김영호 전무")
    assert history.accepted(first) == {"number:142명", "person:김영호 전무"} and history.accepted(second) == set()
    history.unaccept_finding(first, "person:김영호 전무")
    assert history.accepted(first) == {"number:142명"}
    history.delete_draft(first)
    assert history.accepted(first) == set()
