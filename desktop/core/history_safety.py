"""Opening the history database safely: damaged files are moved aside, abandoned versions are marked.

A history database that will not open must not lock the user out of the
program. When SQLite says the file is not a database or is malformed (a disk
error, a half-copied profile, a sync tool), the file is moved aside under a
dated name, the user is told in plain words where it went, and a new database
starts. A folder that cannot be written is a different problem (a full disk,
no permission) and becomes a ``StorageError`` naming the folder.

A version is "generating" while a process writes it. A process killed with
kill -9, a power cut or a full disk leaves it so forever; each version
therefore records its writer (host, process id, process start time), and
opening the database marks the versions whose writer is gone as
"interrupted" ("중단됨"), keeping their text. A version whose writer still
runs (another window, a command in another terminal) is left alone.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.core.storage import is_storage_problem, storage_error

_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
INTERRUPTED_FINDING = (
    "작성 도중 프로그램이 끝나 중단된 버전입니다. 마지막으로 저장된 부분까지 남아 있습니다.",
    "This version was interrupted when the program stopped while writing it; the text saved until then is kept.",
)


@dataclass(frozen=True)
class Recovery:
    """What opening the history had to do, in words for the user."""

    ko: str
    en: str

    def message(self, lang: str = "ko") -> str:
        return self.en if lang == "en" else self.ko


def open_database(path: Path, schema: str) -> tuple[sqlite3.Connection, Recovery | None]:
    """A connection with ``schema`` in place; a damaged file is moved aside first."""
    try:
        return _connect(path, schema), None
    except sqlite3.DatabaseError as exc:
        if is_storage_problem(exc) or not str(getattr(exc, "sqlite_errorname", "")).startswith(_DAMAGE):
            raise storage_error(path.parent, exc) from None
    moved = _move_aside(path)
    try:
        connection = _connect(path, schema)
    except sqlite3.Error as exc:
        raise storage_error(path.parent, exc) from None
    return connection, Recovery(
        f"기록 데이터베이스가 손상되어 열 수 없었습니다. 손상된 파일은 '{moved}'(으)로 옮겨 두었고 "
        "새 기록을 시작합니다. 예전 기록을 살려야 하면 그 파일을 지우지 말고 보관하세요.",
        f"The history database was damaged and could not be opened. The damaged file was moved to "
        f"'{moved}' and a new history starts. Keep that file if the old history must be recovered.",
    )


def _connect(path: Path, schema: str) -> sqlite3.Connection:
    connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=15)
    try:
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.executescript(schema)
        _add_owner_column(connection)
        verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            error = sqlite3.DatabaseError(f"quick_check: {verdict}")
            error.sqlite_errorname = "SQLITE_CORRUPT"  # type: ignore[attr-defined]
            raise error
    except BaseException:
        connection.close()
        raise
    return connection


def _add_owner_column(connection: sqlite3.Connection) -> None:
    """Databases from before the owner column get it; two processes may race to add it."""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(versions)")}
    if "owner" not in columns:
        try:
            connection.execute("ALTER TABLE versions ADD COLUMN owner TEXT NOT NULL DEFAULT ''")
        except sqlite3.OperationalError as exc:
            if "duplicate column" not in str(exc):
                raise


def _move_aside(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    try:
        for suffix in ("-wal", "-shm"):  # the journal belongs to the damaged file, not the new one
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, target.with_name(target.name + suffix))
        os.replace(path, target)
    except OSError as exc:
        raise storage_error(path.parent, exc) from None
    return target


def owner_token() -> str:
    """This process, recognisably: host, process id and the process's start time."""
    import psutil  # only when a version is written: opening the window does not wait for it

    created = psutil.Process(os.getpid()).create_time()
    return f"{socket.gethostname()}|{os.getpid()}|{created:.3f}"


def owner_is_running(owner: str) -> bool:
    host, _, rest = owner.partition("|")
    pid_text, _, created_text = rest.partition("|")
    if host != socket.gethostname() or not pid_text.isdigit():
        return False  # written by an older version of PR Studio or on another computer
    import psutil  # only when a version was left "generating" (rare): start-up does not wait for it

    try:
        process = psutil.Process(int(pid_text))
        return abs(process.create_time() - float(created_text)) < 1.0  # not a new process reusing the id
    except psutil.NoSuchProcess:
        return False
    except (psutil.AccessDenied, ValueError):
        return True  # it exists but we may not look: leave its version alone


def mark_interrupted(connection: sqlite3.Connection, now: str) -> int:
    """Versions left "generating" by a process that is gone become "interrupted"; returns how many."""
    rows = connection.execute(
        "SELECT versions.id, versions.owner, versions.findings, drafts.answers FROM versions"
        " JOIN drafts ON drafts.id = versions.draft_id WHERE versions.status = 'generating'"
    ).fetchall()
    stale = [row for row in rows if not owner_is_running(row["owner"])]
    for row in stale:
        english = json.loads(row["answers"] or "{}").get("language") == "en"
        findings = [*json.loads(row["findings"] or "[]"), INTERRUPTED_FINDING[1 if english else 0]]
        connection.execute(
            "UPDATE versions SET status = 'interrupted', findings = ?, updated = ? WHERE id = ? AND status = 'generating'",
            (json.dumps(findings, ensure_ascii=False), now, row["id"]),
        )
    return len(stale)


def interrupted_notice(count: int) -> Recovery:
    return Recovery(
        f"이전에 작성 도중 멈춘 버전 {count}개를 '중단됨'으로 표시했습니다. 쓰던 내용은 기록에 남아 있습니다.",
        f"{count} version(s) left unfinished by an earlier run are now marked 'interrupted'; their text is kept.",
    )
