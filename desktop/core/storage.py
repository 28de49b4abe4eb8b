"""Turning "the disk is full" and "permission denied" into one clear message naming the folder.

The history database, settings and logs live in the user data folder. When
that folder cannot be written (a full disk, a read-only or roaming profile,
a file standing where the folder should be) the user gets a ``StorageError``
naming the folder and the cause in plain words, never a Python traceback.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from desktop.core.errors import StorageError

_OS_REASONS = {
    errno.ENOSPC: ("디스크가 가득 찼습니다", "the disk is full"),
    errno.EDQUOT: ("디스크 할당량을 넘었습니다", "the disk quota is exceeded"),
    errno.EACCES: ("권한이 없습니다", "permission denied"),
    errno.EPERM: ("권한이 없습니다", "permission denied"),
    errno.EROFS: ("읽기 전용 디스크입니다", "the disk is read-only"),
    errno.EEXIST: ("같은 이름의 파일이 있어 폴더를 만들 수 없습니다", "a file of that name is in the way"),
    errno.ENOTDIR: ("경로 중간에 폴더가 아닌 파일이 있습니다", "part of the path is a file, not a folder"),
}
#: SQLite result codes that mean "this folder or disk cannot be written", not "this database is damaged".
_SQLITE_REASONS = {
    "SQLITE_FULL": ("디스크가 가득 찼습니다", "the disk is full"),
    "SQLITE_READONLY": ("읽기 전용이라 쓸 수 없습니다", "it is read-only"),
    "SQLITE_CANTOPEN": (
        "기록 데이터베이스 파일을 열거나 만들 수 없습니다",
        "the history database cannot be opened or created",
    ),
    "SQLITE_IOERR": ("디스크 입출력 오류가 났습니다", "a disk input/output error occurred"),
    "SQLITE_PERM": ("권한이 없습니다", "permission denied"),
}


def storage_error(folder: Path, exc: BaseException) -> StorageError:
    ko, en = _reason(exc)
    return StorageError(folder, ko, en)


def is_storage_problem(exc: sqlite3.Error) -> bool:
    return _sqlite_name(exc) in _SQLITE_REASONS


def _reason(exc: BaseException) -> tuple[str, str]:
    if isinstance(exc, sqlite3.Error):
        return _SQLITE_REASONS.get(_sqlite_name(exc), (str(exc), str(exc)))
    if isinstance(exc, OSError) and exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return text, text


def _sqlite_name(exc: sqlite3.Error) -> str:
    # Extended codes (SQLITE_IOERR_WRITE) share the primary code's name as their prefix.
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    return next((primary for primary in _SQLITE_REASONS if name.startswith(primary)), name)
