"""A damaged database, a killed process, SIGTERM, a full disk, an unusable folder: the user keeps working."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from desktop import cli_commands, paths
from desktop.cli import main
from desktop.core.errors import StorageError
from desktop.core.logfile import BACKUPS, MAX_BYTES, install_log_file
from desktop.core.store import History
from tests.core.fake_servers import ollama_chat_stream, ollama_show

ROOT = Path(__file__).resolve().parents[2]


def test_a_damaged_database_is_moved_aside_and_a_new_one_starts(capsys: pytest.CaptureFixture[str]) -> None:
    damaged = paths.history_db_path()
    damaged.write_bytes(b"this is not a database, a sync tool cut it short " * 200)
    assert main(["history", "list"]) == 0
    err = capsys.readouterr().err
    assert "손상" in err and "새 기록을 시작합니다" in err
    [moved] = damaged.parent.glob("history.damaged-*.sqlite3")
    assert moved.name in err
    assert moved.read_bytes().startswith(b"this is not a database")  # kept for recovery, untouched
    history = History()
    assert history.drafts() == [] and history.notices == []  # the new database is sound


def test_a_malformed_database_is_recovered_too() -> None:
    history = History()
    draft = history.create_draft("press-release", "한빛베이커리", {}, {})
    for _ in range(60):
        history.save_version(history.start_version(draft, "embedded", "gemma"), "본문 " * 200, "complete")
    history.close()
    data = bytearray(paths.history_db_path().read_bytes())
    data[4096 * 3 : 4096 * 3 + 300] = b"\xff" * 300  # a bad sector in the middle of the file
    paths.history_db_path().write_bytes(bytes(data))
    for companion in ("-wal", "-shm"):
        Path(str(paths.history_db_path()) + companion).unlink(missing_ok=True)
    reopened = History()
    assert [notice.ko for notice in reopened.notices if "손상" in notice.ko]
    assert reopened.drafts() == []


def test_a_version_left_generating_by_a_killed_process_becomes_interrupted(prstudio_home: Path) -> None:
    script = (
        "import time\n"
        "from desktop.core.store import History\n"
        "h = History()\n"
        "d = h.create_draft('press-release', '한빛베이커리', {'language': 'ko'}, {})\n"
        "v = h.start_version(d, 'embedded', 'gemma')\n"
        "h.save_version(v, '# 성수동 7번째 매장\\n\\n쓰던 글', 'generating')\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    writer = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    alive = History()
    assert alive.versions(1)[0].status == "generating"  # its writer still runs: left alone
    alive.close()
    writer.kill()  # kill -9: no chance to save a status
    writer.wait()
    history = History()
    [version] = history.versions(1)
    assert version.status == "interrupted" and "쓰던 글" in version.markdown
    assert any("중단" in finding for finding in version.findings)
    assert any("중단됨" in notice.ko for notice in history.notices)
    history.close()
    assert History().notices == []  # said once


def test_versions_being_written_by_this_process_stay_generating(history: History) -> None:
    version = history.start_version(history.create_draft("press-release", "한빛", {}, {}), "embedded", "gemma")
    assert History().versions(1)[0].status == "generating" and version


@pytest.fixture
def slow_ollama(httpserver: HTTPServer) -> Iterator[HTTPServer]:
    """An Ollama that writes a first sentence and then takes its time, as a large model on a laptop does."""
    finished = threading.Event()

    def slow_chat(_: Request) -> Response:
        first = ollama_chat_stream("gemma3:4b", ["성수동 7번째 매장 소식"]).splitlines(keepends=True)[0]

        def body() -> Iterator[str]:
            yield first
            finished.wait(30)

        return Response(body(), content_type="application/x-ndjson")

    httpserver.expect_request("/api/show", method="POST").respond_with_json(ollama_show())
    httpserver.expect_request("/api/chat", method="POST").respond_with_handler(slow_chat)
    yield httpserver
    finished.set()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX signal")
def test_sigterm_cancels_and_keeps_the_text(slow_ollama: HTTPServer, tmp_path: Path) -> None:
    args = ["generate", "press-release", "--demo", "--out", str(tmp_path / "a.docx"), "--stream"]
    args += ["--engine", "ollama", "--model", "gemma3:4b", "--ollama-host", slow_ollama.url_for("").rstrip("/")]
    command = [sys.executable, "-m", "desktop.cli", *args]
    run = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert run.stdout is not None
    seen = ""
    while "7번째 매장" not in seen:
        seen += run.stdout.read(1)
    run.send_signal(signal.SIGTERM)
    _, err = run.communicate(timeout=20)
    assert run.returncode == 4, err
    assert "취소" in err and "Traceback" not in err
    [version] = History().versions(1)
    assert version.status == "cancelled" and "7번째 매장" in version.markdown


def test_an_unusable_data_folder_is_named_without_a_traceback(
    prstudio_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prstudio_home.mkdir(parents=True, exist_ok=True)
    (prstudio_home / "data").write_text("a file where the data folder should be", encoding="utf-8")
    assert main(["history", "list"]) == 2
    err = capsys.readouterr().err
    assert str(prstudio_home / "data") in err and "Traceback" not in err
    assert main(["generate", "press-release", "--demo", "--out", str(tmp_path / "a.docx")]) == 2
    assert str(prstudio_home / "data") in capsys.readouterr().err


class _SmallDisk(History):
    """A history whose disk fills up after a few pages: SQLite reports SQLITE_FULL as on a full disk."""

    def __init__(self) -> None:
        super().__init__()
        pages = self._db.execute("PRAGMA page_count").fetchone()[0]
        self._db.execute(f"PRAGMA max_page_count = {pages + 3}")


def test_a_full_disk_names_the_folder_and_hands_over_the_text(
    httpserver: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    long_answer = "한빛베이커리가 성수동에 7번째 매장을 연다. " * 800
    httpserver.expect_request("/api/show", method="POST").respond_with_json(ollama_show())
    httpserver.expect_request("/api/chat", method="POST").respond_with_data(
        ollama_chat_stream("gemma3:4b", [long_answer]), content_type="application/x-ndjson"
    )
    monkeypatch.setattr(cli_commands, "History", _SmallDisk)
    args = ["generate", "press-release", "--demo", "--out", str(tmp_path / "a.docx"), "--engine", "ollama"]
    assert main([*args, "--model", "gemma3:4b", "--ollama-host", httpserver.url_for("").rstrip("/")]) == 2
    output = capsys.readouterr()
    assert "디스크가 가득 찼습니다" in output.err and str(paths.user_data_dir()) in output.err
    assert "Traceback" not in output.err
    assert "성수동에 7번째 매장을 연다" in output.out  # not lost: handed to the user
    with pytest.raises(StorageError):
        _SmallDisk().save_version(1, long_answer, "complete")


def test_the_log_rotates(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setitem(cli_commands.COMMANDS, "workflows", broken)
    assert main(["workflows"]) == 1  # the command line logs through the rotating file
    logger = logging.getLogger("prstudio")
    [handler] = [h for h in logger.handlers if isinstance(h, RotatingFileHandler)]
    assert Path(handler.baseFilename) == paths.log_dir() / "prstudio.log" == install_log_file()
    line = "x" * 10_000
    for _ in range(MAX_BYTES // len(line) * (BACKUPS + 2)):
        logger.error(line)
    logs = sorted(path.name for path in paths.log_dir().iterdir())
    assert logs == ["prstudio.log", *(f"prstudio.log.{n}" for n in range(1, BACKUPS + 1))]
    assert all(path.stat().st_size <= MAX_BYTES + len(line) + 100 for path in paths.log_dir().iterdir())


def test_an_unexpected_error_with_no_log_does_not_point_to_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setitem(cli_commands.COMMANDS, "workflows", broken)
    (paths.user_data_dir() / "logs").write_text("not a folder", encoding="utf-8")
    assert main(["workflows"]) == 1
    err = capsys.readouterr().err
    assert "로그 파일에도 기록하지 못했습니다" in err and "RuntimeError: a bug" in err
    assert "Traceback" not in err and "prstudio.log" not in err
    os.remove(paths.user_data_dir() / "logs")
    assert main(["workflows"]) == 1
    assert "prstudio.log" in capsys.readouterr().err
    assert "RuntimeError: a bug" in (paths.log_dir() / "prstudio.log").read_text(encoding="utf-8")
