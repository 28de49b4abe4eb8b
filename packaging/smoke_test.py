"""Runs the frozen PR Studio the way a clerk's computer will, and prints the figures.

Used by packaging/build.sh here and by every job of the installers workflow,
so the Linux, Windows and macOS builds pass the same checks:

1. ``prstudio self-check`` prints only OK lines (resources, prompts, Word
   templates, the built-in model file, Kiwi, phone numbers, keychain).
2. ``prstudio generate press-release --demo`` writes a Word file naming the
   demo company, and the built-in model is read in place: nothing is copied
   into the user's cache folder.
3. ``prstudio check`` finds a changed phone number in a small draft and
   passes its true head count: the fact checker's data ships whole.
4. The windowed program starts, stays up for 20 seconds, and closes cleanly
   (exit code 0) when asked to, the way log-out or shutdown asks; its crash
   log stays empty. Its start time is how long it keeps the processor busy
   before it sits waiting for the user.

    python packaging/smoke_test.py dist [--figures build/figures.json]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import psutil

WINDOWS = sys.platform == "win32"
SUFFIX = ".exe" if WINDOWS else ""
WINDOW_SECONDS = 20.0


def program_dir(dist: Path) -> Path:
    """The folder holding both executables: inside the .app on macOS, the one-folder build elsewhere."""
    bundle = dist / "PR Studio.app" / "Contents" / "MacOS"
    return bundle if bundle.is_dir() else dist / "prstudio"


def fresh_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRSTUDIO_")}
    env["PRSTUDIO_HOME"] = str(home)
    return env


def run_cli(folder: Path, args: list[str], env: dict[str, str], timeout: float) -> tuple[str, float]:
    started = time.monotonic()
    result = subprocess.run(
        [str(folder / f"prstudio{SUFFIX}"), *args], env=env, capture_output=True, timeout=timeout, check=False
    )
    seconds = time.monotonic() - started
    out, err = (stream.decode("utf-8", errors="replace") for stream in (result.stdout, result.stderr))
    print(out + err)
    if result.returncode != 0:
        raise SystemExit(f"FAILED: prstudio {' '.join(args)} exited with {result.returncode}")
    return out, seconds


def check_self_check(folder: Path, env: dict[str, str]) -> float:
    out, seconds = run_cli(folder, ["self-check"], env, timeout=300)
    failed = [line for line in out.splitlines() if not line.startswith("OK")]
    if failed or "built-in model" not in out:
        raise SystemExit(f"FAILED: self-check lines {failed}")
    return seconds


def check_generation(folder: Path, env: dict[str, str], home: Path, max_tokens: int) -> float:
    target = home / "보도자료.docx"
    args = ["generate", "press-release", "--demo", "--max-tokens", str(max_tokens), "--out", str(target)]
    _, seconds = run_cli(folder, args, env, timeout=1200)
    with zipfile.ZipFile(target) as document:
        body = document.read("word/document.xml").decode("utf-8")
    if "한빛베이커리" not in body:
        raise SystemExit(f"FAILED: {target} does not name the demo company")
    copied = list((home / "cache").rglob("*.gguf")) if (home / "cache").exists() else []
    if copied:
        raise SystemExit(f"FAILED: the frozen program copied the model into the user cache: {copied}")
    return seconds


SMOKE_PROFILE = """[company]
name = "한빛베이커리"
ceo = "김다은"
headquarters = "서울특별시 마포구"
industry = "제과·베이커리"
employees = 48

[contact]
name = "이수진"
title = "홍보팀장"
phone = "02-3141-5926"
"""
SMOKE_DRAFT = "# 한빛베이커리, 새 매장 연다\n\n서울 — 한빛베이커리 직원 48명이 새 매장을 준비한다. 문의 02-9999-1234.\n"


def check_claims(folder: Path, env: dict[str, str], home: Path) -> float:
    """The fact checker ships whole (Kiwi's model, the place gazetteer, the public suffix list): a changed
    phone number is found, a true head count is not."""
    profile, draft = home / "smoke-company.toml", home / "smoke-draft.md"
    profile.write_text(SMOKE_PROFILE, encoding="utf-8")
    draft.write_text(SMOKE_DRAFT, encoding="utf-8")
    started = time.monotonic()
    result = subprocess.run(
        [str(folder / f"prstudio{SUFFIX}"), "check", str(draft), "--profile", str(profile), "--json"],
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    seconds = time.monotonic() - started
    found = json.loads(result.stdout.decode("utf-8"))["files"][0]["findings"] if result.returncode == 5 else []
    errors = [item["text"] for item in found if item["severity"] == "error"]
    if errors != ["02-9999-1234"]:
        raise SystemExit(f"FAILED: prstudio check exited {result.returncode}, errors {errors}: {result.stderr!r}")
    return seconds


def wait_until_idle(process: psutil.Process, started: float, limit: float) -> float:
    """Seconds from launch until the program used under 5% of a core for a whole second."""
    samples: list[tuple[float, float]] = []
    while time.monotonic() - started < limit:
        times = process.cpu_times()
        now = time.monotonic()
        samples.append((now, times.user + times.system))
        old = [s for s in samples if now - s[0] >= 1.0]
        if old and samples[-1][1] - old[-1][1] < 0.05 * (now - old[-1][0]):
            return old[-1][0] - started
        time.sleep(0.1)
    return limit


def ask_to_close(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM on Linux and macOS; on Windows the polite close of every window that log-out sends."""
    if WINDOWS:
        subprocess.run(["taskkill", "/PID", str(process.pid)], capture_output=True, check=False)
    else:
        process.send_signal(signal.SIGTERM)


def check_window(folder: Path, env: dict[str, str], home: Path) -> tuple[float, float]:
    if not WINDOWS:  # Windows gets real windows, which its polite close needs
        env = {**env, "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    process = subprocess.Popen([str(folder / f"PR Studio{SUFFIX}")], env=env)
    watched = psutil.Process(process.pid)
    start_seconds = wait_until_idle(watched, started, WINDOW_SECONDS)
    peak_mb = watched.memory_info().rss / 2**20
    time.sleep(max(0.0, WINDOW_SECONDS - (time.monotonic() - started)))
    if process.poll() is not None:
        raise SystemExit(f"FAILED: the window program ended by itself with {process.returncode}")
    code = _close(process)
    log = home / "data" / "logs" / "prstudio.log"
    if code != 0 or (log.exists() and "unexpected error" in log.read_text(encoding="utf-8")):
        raise SystemExit(f"FAILED: the window program exited with {code}; see {log}")
    return start_seconds, peak_mb


def _close(process: subprocess.Popen[bytes]) -> int | None:
    # Asked again every 2 s: on Windows the first request may only close the welcome dialog.
    for _ in range(10):
        ask_to_close(process)
        try:
            return process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            continue
    process.kill()
    process.wait()
    return None


def folder_megabytes(folder: Path) -> float:
    root = folder.parent.parent if folder.name == "MacOS" else folder
    return sum(path.stat().st_size for path in root.rglob("*") if path.is_file() and not path.is_symlink()) / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dist", type=Path)
    parser.add_argument("--figures", type=Path)
    parser.add_argument("--max-tokens", type=int, default=16)
    args = parser.parse_args()
    # The programs' Korean output is echoed here; a Windows console's code page must not stop the test.
    sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    folder = program_dir(args.dist)
    with tempfile.TemporaryDirectory(prefix="prstudio-smoke-") as temp:
        home = Path(temp)
        env = fresh_env(home)
        figures: dict[str, float] = {"size_mb": round(folder_megabytes(folder))}
        figures["self_check_s"] = round(check_self_check(folder, env), 1)
        figures["generate_s"] = round(check_generation(folder, env, home, args.max_tokens), 1)
        figures["check_s"] = round(check_claims(folder, env, home), 1)
        start, peak = check_window(folder, fresh_env(home / "window"), home / "window")
        figures["window_start_s"], figures["window_rss_mb"] = round(start, 1), round(peak)
    print("smoke test passed: " + ", ".join(f"{key} {value}" for key, value in figures.items()))
    if args.figures:
        args.figures.parent.mkdir(parents=True, exist_ok=True)
        args.figures.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
