"""History: every draft and version in SQLite, written before anything else happens to it.

A version row is created when generation starts and updated as text
arrives (each section of a long document, a cancel, the end), so a crash,
a cancel or an export failure never loses what was written. Once finished, a
version never changes: what each run wrote stays comparable. A user's edit of
a generated version becomes a version of its own ("편집본", status ``edited``,
``based_on`` the version it started from); only such an edited version is
updated in place by later edits. A version's findings are stored as records
(``Finding.to_record()``) beside plain-text notices such as "an example was
left out to fit the context"; rows written before findings had records (plain
strings) still read back as strings. Claims the user accepted as true are
remembered per draft. The same
database holds the privacy ledger: one row for every call that sent company
data off the machine. Opening it survives a damaged file and marks versions
abandoned by a dead process (see ``history_safety``); a full disk or an
unwritable folder is a ``StorageError`` naming the folder.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from desktop import paths
from desktop.core.findings import Finding
from desktop.core.history_safety import (
    Recovery,
    interrupted_notice,
    mark_interrupted,
    open_database,
    owner_token,
)
from desktop.core.storage import is_storage_problem, storage_error

_T = TypeVar("_T")

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
    usage TEXT NOT NULL DEFAULT '{}',
    based_on INTEGER
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
    #: For an edited version (편집본): the number of the version the user started from.
    based_on: int | None = None
    #: Where each part came from (model or facts), why, and the model's raw text (``PartRecord`` records).
    parts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def claims(self) -> list[Finding]:
        return [item for item in self.findings if isinstance(item, Finding)]

    @property
    def notices(self) -> list[str]:
        return [item for item in self.findings if isinstance(item, str)]


@dataclass(frozen=True)
class DeletedDraft:
    """A deleted draft's rows exactly as they were, so the window can undo the delete in the same session."""

    draft: dict[str, Any]
    versions: list[dict[str, Any]]
    accepted: list[dict[str, Any]] = field(default_factory=list)


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
        self._db, recovery = open_database(self.path, SCHEMA)
        self._guarded(self._add_missing_columns)
        interrupted = self._guarded(lambda: mark_interrupted(self._db, _now()))
        #: What opening had to do (a damaged file moved aside, versions marked interrupted), to tell the user.
        self.notices: list[Recovery] = [recovery] if recovery else []
        if interrupted:
            self.notices.append(interrupted_notice(interrupted))

    @cached_property
    def _owner(self) -> str:
        """Who writes this process's versions; looked up with the first version, not when the window opens."""
        return owner_token()

    def _add_missing_columns(self) -> None:
        """Databases written by an earlier release lack the newer columns; add them, keep every row."""
        columns = {row["name"] for row in self._db.execute("PRAGMA table_info(versions)")}
        if "based_on" not in columns:
            self._db.execute("ALTER TABLE versions ADD COLUMN based_on INTEGER")
        if "parts" not in columns:
            self._db.execute("ALTER TABLE versions ADD COLUMN parts TEXT NOT NULL DEFAULT '[]'")

    def close(self) -> None:
        self._db.close()

    def _run(self, sql: str, args: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._guarded(lambda: self._db.execute(sql, args))

    def _guarded(self, action: Callable[[], _T]) -> _T:
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if is_storage_problem(exc):
                raise storage_error(self.path.parent, exc) from None
            raise

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
            "INSERT INTO versions (draft_id, number, created, updated, engine, model, status, owner)"
            " VALUES (?, ?, ?, ?, ?, ?, 'generating', ?)",
            (draft_id, number, _now(), _now(), engine, model, self._owner),
        )
        return int(cursor.lastrowid or 0)

    def save_version(
        self,
        version_id: int,
        markdown: str,
        status: str,
        findings: Sequence[Finding | str] | None = None,
        usage: dict[str, Any] | None = None,
        parts: list[dict[str, Any]] | None = None,
    ) -> None:
        """The pipeline's writes while a version is generated; a finished version is never overwritten."""
        records = [item.to_record() if isinstance(item, Finding) else item for item in findings or []]
        cursor = self._run(
            "UPDATE versions SET markdown = ?, status = ?, findings = ?, usage = ?, parts = ?, updated = ?"
            " WHERE id = ? AND status = 'generating'",
            (markdown, status, _dumps(records), _dumps(usage or {}), _dumps(parts or []), _now(), version_id),
        )
        if cursor.rowcount == 0:
            raise ValueError(f"version {version_id} is finished; only save_edit may change its text")

    def save_edit(self, version_id: int, markdown: str) -> Version:
        """The user edited ``version_id``: the edit is kept as a 편집본 and returned.

        A generated version stays as the model wrote it and the edit becomes a new
        version ``based_on`` it; an edited version (the user's own) is updated in place.
        """
        current = self.version(version_id)
        if current is None:
            raise ValueError(f"no version {version_id}")
        if current.markdown == markdown:
            return current
        if current.status == "edited":
            self._run("UPDATE versions SET markdown = ?, updated = ? WHERE id = ?", (markdown, _now(), version_id))
            return replace(current, markdown=markdown)
        row = self._run("SELECT COALESCE(MAX(number), 0) + 1 FROM versions WHERE draft_id = ?", (current.draft_id,))
        number = int(row.fetchone()[0])
        cursor = self._run(
            "INSERT INTO versions (draft_id, number, created, updated, status, markdown, based_on)"
            " VALUES (?, ?, ?, ?, 'edited', ?, ?)",
            (current.draft_id, number, _now(), _now(), markdown, current.number),
        )
        edited = self.version(int(cursor.lastrowid or 0))
        assert edited is not None
        return edited

    def version(self, version_id: int) -> Version | None:
        row = self._run("SELECT * FROM versions WHERE id = ?", (version_id,)).fetchone()
        return _version(row) if row else None

    def set_complete(self, version_id: int, complete: bool) -> None:
        """A finished model version found to lack (or regain) a required part; its text never changes."""
        self._run(
            "UPDATE versions SET status = ?, updated = ? WHERE id = ? AND status IN ('complete', 'incomplete')",
            ("complete" if complete else "incomplete", _now(), version_id),
        )

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

    def delete_draft(self, draft_id: int) -> DeletedDraft | None:
        """Deletes the draft, its versions and accepted claims; returns their rows so ``restore_draft`` can undo it."""
        draft = self._run("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if draft is None:
            return None
        versions = self._run("SELECT * FROM versions WHERE draft_id = ? ORDER BY number", (draft_id,)).fetchall()
        accepted = self._run("SELECT * FROM accepted_findings WHERE draft_id = ?", (draft_id,)).fetchall()
        self._run("DELETE FROM drafts WHERE id = ?", (draft_id,))
        return DeletedDraft(dict(draft), [dict(row) for row in versions], [dict(row) for row in accepted])

    def restore_draft(self, deleted: DeletedDraft) -> None:
        """Puts a deleted draft back with its id, dates and every version unchanged."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                tables = (
                    ("drafts", [deleted.draft]),
                    ("versions", deleted.versions),
                    ("accepted_findings", deleted.accepted),
                )
                for table, rows in tables:
                    for row in rows:
                        names = ", ".join(row)
                        marks = ", ".join("?" for _ in row)
                        self._db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values()))
            except sqlite3.Error:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

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
        row["based_on"],
        json.loads(row["parts"]),
    )


def _finding_or_notice(item: Any) -> Finding | str:
    """A saved record back as a ``Finding``; a plain string (a notice, or an older row) stays a string."""
    if isinstance(item, dict):
        try:
            return Finding.from_record(item)
        except TypeError:
            return str(item.get("message_ko") or item)
    return str(item)
