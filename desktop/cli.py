"""The ``prstudio`` command line: a thin shell over the core pipeline.

Exit codes: 0 done, 2 bad input (or an unusable data folder), 3 engine
unavailable, 4 cancelled (Ctrl+C or SIGTERM), 5 ``prstudio check`` found
probable errors, 1 unexpected (logged to a rotating file in the user data
folder, no traceback shown).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Any

from desktop.core.errors import Cancelled, PRStudioError
from desktop.core.logfile import log_error


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli_arguments import add_check_arguments, add_generate_arguments  # light: --help stays quick

    parser = argparse.ArgumentParser(
        prog="prstudio",
        description="PR Studio (홍보 스튜디오): 회사 자료로 보도자료·캐치프레이즈·위기관리 계획서·직원 매뉴얼을 만듭니다.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    generate = commands.add_parser("generate", help="문서 생성 / generate a document")
    add_generate_arguments(generate)
    commands.add_parser("workflows", help="작업과 입력 항목 / workflows and their fields")
    profile = commands.add_parser("profile", help="회사 정보 파일 검사 / check a company profile")
    profile.add_argument("action", choices=["check"])
    profile.add_argument("file", type=Path)
    models = commands.add_parser("models", help="엔진별 모델 / models per engine")
    models.add_argument("--ollama-host", default="")
    models.add_argument("--pull", metavar="MODEL", help="Ollama 모델 내려받기 / download an Ollama model")
    models.add_argument("--catalogue", action="store_true", help="내려받을 수 있는 모델 목록 / the model catalogue")
    models.add_argument("--download", metavar="ID", help="카탈로그 모델 내려받기 / download a catalogue model")
    models.add_argument("--accept-licence", action="store_true", help="모델 라이선스에 동의 / accept its licence")
    history = commands.add_parser("history", help="생성 기록 / history of drafts")
    history.add_argument("action", nargs="?", default="list", choices=["list", "show", "export", "restore"])
    history.add_argument("id", nargs="?", type=int)
    history.add_argument("--out", type=Path)
    history.add_argument("--search", default="")
    commands.add_parser("self-check", help="설치 점검 / check the installation")
    check = commands.add_parser("check", help="초안의 사실 확인 / trace a draft's claims to the facts")
    add_check_arguments(check)
    return parser


def language() -> str:
    return "en" if os.environ.get("PRSTUDIO_LANG", "ko").lower().startswith("en") else "ko"


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:
        return _open_window()  # fast path: the window needs none of the command-line machinery
    args = build_parser().parse_args(arguments)
    if not args.command:
        return _open_window()
    cancel = threading.Event()
    previous = _stop_on_sigterm()
    try:
        return _command(args.command)(args, cancel, language())
    except KeyboardInterrupt:
        cancel.set()
        print(Cancelled().message(language()), file=sys.stderr)
        return Cancelled.exit_code
    except PRStudioError as exc:
        prefix = "Error" if language() == "en" else "오류"
        print(f"{prefix}: {exc.message(language())}", file=sys.stderr)
        return exc.exit_code
    except Exception as exc:  # noqa: BLE001 - the last line of defence: log it, apologise, never a traceback
        return _unexpected(exc)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _command(name: str) -> Any:
    """The command's function; ``check`` skips the engines, the store and Word export (a cold check starts sooner)."""
    if name == "check":
        from desktop.cli_check import cmd_check

        return cmd_check
    from desktop.cli_commands import COMMANDS

    return COMMANDS[name]


def _stop_on_sigterm() -> Any:
    """SIGTERM (a logout, ``kill``, a service manager) cancels like Ctrl+C: the text so far is kept."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def cancel(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, cancel)


def _unexpected(exc: Exception) -> int:
    log_file = log_error("unexpected error", traceback.format_exc())
    summary = f"{type(exc).__name__}: {exc}"
    if log_file and language() == "en":
        print(f"Sorry, something unexpected went wrong. Details were written to {log_file}.", file=sys.stderr)
    elif log_file:
        print(f"죄송합니다. 예상하지 못한 오류가 났습니다. 자세한 내용은 {log_file} 에 기록했습니다.", file=sys.stderr)
    elif language() == "en":
        print(f"Sorry, something unexpected went wrong ({summary}); the log could not be written.", file=sys.stderr)
    else:
        print(f"죄송합니다. 예상하지 못한 오류가 났고({summary}) 로그 파일에도 기록하지 못했습니다.", file=sys.stderr)
    return 1


def _open_window() -> int:
    """``prstudio`` with no arguments opens the window (imported here so the CLI never needs Qt)."""
    from desktop.app import main as window_main

    return window_main()


if __name__ == "__main__":
    sys.exit(main())
