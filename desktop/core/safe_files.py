"""Writing the user's files safely: never over a read-only file, with normal permissions, under names Windows accepts.

A file the user marked read-only is a file they do not want changed: it is
refused, never silently replaced (an atomic rename would replace it without
asking). Files we write for the user (Word documents, exported profiles)
get the permissions their other files get (the umask), not the owner-only
mode of a temporary file. Names built from company names must be creatable
on Windows: no forbidden characters, no device names such as CON or NUL,
no trailing dot or space, not too long.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
from pathlib import Path

from desktop.core.errors import OutputError

_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"} | {
    f"{port}{number}" for port in ("COM", "LPT") for number in (*"0123456789", "¹", "²", "³")
}
#: Bytes for a name's stem; most file systems allow 255 for the whole name, and Korean is 3 bytes a letter.
MAX_STEM_BYTES = 150


def safe_stem(name: str, fallback: str) -> str:
    """``name`` as a file name stem any Windows, macOS or Linux file system accepts."""
    stem = _FORBIDDEN.sub("_", name).strip(" ._")
    encoded = stem.encode("utf-8")
    if len(encoded) > MAX_STEM_BYTES:
        stem = encoded[:MAX_STEM_BYTES].decode("utf-8", errors="ignore").rstrip(" .")
    if not stem:
        return fallback
    if stem.split(".")[0].strip().upper() in _DEVICES:
        stem = f"{stem}_"  # "CON" is a device on Windows, "CON_" a file
    return stem


def is_read_only(path: Path) -> bool:
    """The file exists and is marked read-only (its write bits are off), whoever we are."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def refuse_read_only(target: Path, *, draft_in_history: bool = True) -> None:
    if is_read_only(target):
        kept_ko, kept_en = (
            (" 초안은 기록에 저장되어 있습니다.", " The draft is kept in history.") if draft_in_history else ("", "")
        )
        raise OutputError(
            "읽기 전용 파일이라 덮어쓰지 않았습니다. 다른 이름으로 저장하거나 파일의 읽기 전용 속성을 해제하세요."
            + kept_ko,
            "the file is read-only, so it was not overwritten. Save under another name or clear its read-only "
            "attribute." + kept_en,
            path=target,
        )


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` beside ``target``, then move it over: never half a file. Raises OSError."""
    temp = _new_temp(target)
    try:
        with os.fdopen(os.open(temp, os.O_WRONLY | getattr(os, "O_BINARY", 0)), "wb") as out:
            out.write(data)
        if target.exists():
            os.chmod(temp, stat.S_IMODE(target.stat().st_mode))  # replacing: keep the old file's permissions
        os.replace(temp, target)
    finally:
        if temp.exists():
            temp.unlink()


def _new_temp(target: Path) -> Path:
    """A new file beside ``target``, created with mode 0666 so the user's umask decides, as for any file."""
    for _ in range(100):
        temp = target.with_name(f".prstudio-{secrets.token_hex(4)}{target.suffix}")
        try:
            os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return temp
    raise FileExistsError(f"no free temporary name beside {target}")
