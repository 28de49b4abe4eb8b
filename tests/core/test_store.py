"""History in SQLite: drafts, versions and the privacy ledger survive reopening."""

from __future__ import annotations

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
