"""History: every draft and version in SQLite, written before anything else happens to it.

A version row is created when generation starts and updated as text
arrives (each section of a long document, a cancel, the end), so a crash,
a cancel or an export failure never loses what was written. A version's
findings are stored as records (``Finding.to_record()``) beside plain-text
notices such as "an example was left out to fit the context"; rows written
before findings had records (plain strings) still read back as strings.
Claims the user accepted as true are remembered per draft. The same
database holds the privacy ledger: one row for every call that sent company
data off the machine.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.core.findings import Finding

SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    id INTEGER PRIMARY KEY,
    created TEXT NOT NULL,
    workflow TEXT NOT NULL,
    company TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    answers TEXT NOT NULL DEFAULT '{}',
    profile TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS versions (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    engine TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    markdown TEXT NOT NULL DEFAULT '',
    findings TEXT NOT NULL DEFAULT '[]',
    usage TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS ledger (
    id INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    engine TEXT NOT NULL,
    model TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    characters INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_by_draft ON versions(draft_id);
CREATE TABLE IF NOT EXISTS accepted_findings (
    draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    accepted TEXT NOT NULL,
    PRIMARY KEY (draft_id, key)
);
"""


@dataclass(frozen=True)
class Version:
    id: int
    draft_id: int
    number: int
    created: str
    engine: str
    model: str
    status: str
    markdown: str
    #: Typed findings (claims) and plain-text notices, in the order they were saved.
    findings: list[Finding | str]
    usage: dict[str, Any]

    @property
    def claims(self) -> list[Finding]:
        return [item for item in self.findings if isinstance(item, Finding)]

    @property
    def notices(self) -> list[str]:
        return [item for item in self.findings if isinstance(item, str)]


@dataclass(frozen=True)
class Draft:
    id: int
    created: str
    workflow: str
    company: str
    title: str
    answers: dict[str, Any]
    profile: dict[str, Any]


@dataclass(frozen=True)
class LedgerEntry:
    time: str
    engine: str
    model: str
    endpoint: str
    characters: int


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


class History:
    """The user's history database. Safe to share between threads."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.history_db_path()
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def _run(self, sql: str, args: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._db.execute(sql, args)

    def create_draft(self, workflow: str, company: str, answers: dict[str, Any], profile: dict[str, Any]) -> int:
        cursor = self._run(
            "INSERT INTO drafts (created, workflow, company, answers, profile) VALUES (?, ?, ?, ?, ?)",
            (_now(), workflow, company, _dumps(answers), _dumps(profile)),
        )
        return int(cursor.lastrowid or 0)

    def start_version(self, draft_id: int, engine: str, model: str) -> int:
        row = self._run("SELECT COALESCE(MAX(number), 0) + 1 FROM versions WHERE draft_id = ?", (draft_id,))
        number = int(row.fetchone()[0])
        cursor = self._run(
            "INSERT INTO versions (draft_id, number, created, updated, engine, model, status)"
            " VALUES (?, ?, ?, ?, ?, ?, 'generating')",
            (draft_id, number, _now(), _now(), engine, model),
        )
        return int(cursor.lastrowid or 0)

    def save_version(
        self,
        version_id: int,
        markdown: str,
        status: str,
        findings: Sequence[Finding | str] | None = None,
        usage: dict[str, Any] | None = None,
    ) -> None:
        records = [item.to_record() if isinstance(item, Finding) else item for item in findings or []]
        self._run(
            "UPDATE versions SET markdown = ?, status = ?, findings = ?, usage = ?, updated = ? WHERE id = ?",
            (markdown, status, _dumps(records), _dumps(usage or {}), _now(), version_id),
        )

    def update_markdown(self, version_id: int, markdown: str) -> None:
        """The user edited a version before exporting it; keep the edit."""
        self._run("UPDATE versions SET markdown = ?, updated = ? WHERE id = ?", (markdown, _now(), version_id))

    def set_title(self, draft_id: int, title: str) -> None:
        self._run("UPDATE drafts SET title = ? WHERE id = ?", (title, draft_id))

    def drafts(self, search: str = "", workflow: str = "") -> list[Draft]:
        like = f"%{search}%"
        rows = self._run(
            "SELECT * FROM drafts WHERE (company LIKE ? OR title LIKE ? OR created LIKE ?)"
            " AND (? = '' OR workflow = ?) ORDER BY id DESC",
            (like, like, like, workflow, workflow),
        )
        return [_draft(row) for row in rows.fetchall()]

    def draft(self, draft_id: int) -> Draft | None:
        row = self._run("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return _draft(row) if row else None

    def versions(self, draft_id: int) -> list[Version]:
        rows = self._run("SELECT * FROM versions WHERE draft_id = ? ORDER BY number", (draft_id,))
        return [_version(row) for row in rows.fetchall()]

    def accept_finding(self, draft_id: int, key: str) -> None:
        """The user says this claim is true for this draft: stop reporting it (``Finding.key``)."""
        self._run(
            "INSERT OR IGNORE INTO accepted_findings (draft_id, key, accepted) VALUES (?, ?, ?)",
            (draft_id, key, _now()),
        )

    def unaccept_finding(self, draft_id: int, key: str) -> None:
        self._run("DELETE FROM accepted_findings WHERE draft_id = ? AND key = ?", (draft_id, key))

    def accepted(self, draft_id: int) -> set[str]:
        rows = self._run("SELECT key FROM accepted_findings WHERE draft_id = ?", (draft_id,))
        return {row[0] for row in rows.fetchall()}

    def delete_draft(self, draft_id: int) -> None:
        self._run("DELETE FROM drafts WHERE id = ?", (draft_id,))

    def record_sent(self, engine: str, model: str, endpoint: str, characters: int) -> None:
        self._run(
            "INSERT INTO ledger (time, engine, model, endpoint, characters) VALUES (?, ?, ?, ?, ?)",
            (_now(), engine, model, endpoint, characters),
        )

    def ledger(self) -> list[LedgerEntry]:
        rows = self._run("SELECT time, engine, model, endpoint, characters FROM ledger ORDER BY id")
        return [LedgerEntry(*row) for row in rows.fetchall()]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _draft(row: sqlite3.Row) -> Draft:
    return Draft(
        row["id"],
        row["created"],
        row["workflow"],
        row["company"],
        row["title"],
        json.loads(row["answers"]),
        json.loads(row["profile"]),
    )


def _version(row: sqlite3.Row) -> Version:
    return Version(
        row["id"],
        row["draft_id"],
        row["number"],
        row["created"],
        row["engine"],
        row["model"],
        row["status"],
        row["markdown"],
        [_finding_or_notice(item) for item in json.loads(row["findings"])],
        json.loads(row["usage"]),
    )


def _finding_or_notice(item: Any) -> Finding | str:
    """A saved record back as a ``Finding``; a plain string (a notice, or an older row) stays a string."""
    if isinstance(item, dict):
        try:
            return Finding.from_record(item)
        except TypeError:
            return str(item.get("message_ko") or item)
    return str(item)
