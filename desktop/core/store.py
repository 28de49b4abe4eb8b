"""History: every draft and version in SQLite, written before anything else happens to it.

A version row is created when generation starts and updated as text
arrives (each section of a long document, a cancel, the end), so a crash,
a cancel or an export failure never loses what was written. The same
database holds the privacy ledger: one row for every call that sent company
data off the machine.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import paths

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
    findings: list[str]
    usage: dict[str, Any]
    #: Where each part came from (model or facts), why, and the model's raw text (``PartRecord`` records).
    parts: list[dict[str, Any]] = field(default_factory=list)


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
        self._add_column("versions", "parts", "TEXT NOT NULL DEFAULT '[]'")

    def _add_column(self, table: str, column: str, definition: str) -> None:
        """Databases made by an older PR Studio gain the column; their rows keep working."""
        columns = {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}
        if column not in columns:
            self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")

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
        findings: list[str] | None = None,
        usage: dict[str, Any] | None = None,
        parts: list[dict[str, Any]] | None = None,
    ) -> None:
        self._run(
            "UPDATE versions SET markdown = ?, status = ?, findings = ?, usage = ?, parts = ?, updated = ?"
            " WHERE id = ?",
            (markdown, status, _dumps(findings or []), _dumps(usage or {}), _dumps(parts or []), _now(), version_id),
        )

    def set_status(self, version_id: int, status: str) -> None:
        """After an edit or a restored part: 'complete' or 'incomplete' (see desktop.core.parts.completeness)."""
        self._run("UPDATE versions SET status = ?, updated = ? WHERE id = ?", (status, _now(), version_id))

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
        json.loads(row["findings"]),
        json.loads(row["usage"]),
        json.loads(row["parts"]) if "parts" in row.keys() else [],
    )
