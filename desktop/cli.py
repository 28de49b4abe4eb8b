"""The ``prstudio`` command line: a thin shell over the core pipeline.

Exit codes: 0 done, 2 bad input, 3 engine unavailable, 4 cancelled,
1 unexpected (logged to a file in the user data folder, no traceback shown).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import traceback
from collections.abc import Sequence
from pathlib import Path

from desktop import paths
from desktop.cli_commands import COMMANDS, add_generate_arguments
from desktop.core.errors import Cancelled, PRStudioError


def build_parser() -> argparse.ArgumentParser:
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
    history = commands.add_parser("history", help="생성 기록 / history of drafts")
    history.add_argument("action", nargs="?", default="list", choices=["list", "show", "export", "restore"])
    history.add_argument("id", nargs="?", type=int)
    history.add_argument("--out", type=Path)
    history.add_argument("--search", default="")
    commands.add_parser("self-check", help="설치 점검 / check the installation")
    return parser


def language() -> str:
    return "en" if os.environ.get("PRSTUDIO_LANG", "ko").lower().startswith("en") else "ko"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.command:
        return _open_window()
    cancel = threading.Event()
    try:
        return COMMANDS[args.command](args, cancel, language())
    except KeyboardInterrupt:
        cancel.set()
        print(Cancelled().message(language()), file=sys.stderr)
        return Cancelled.exit_code
    except PRStudioError as exc:
        prefix = "Error" if language() == "en" else "오류"
        print(f"{prefix}: {exc.message(language())}", file=sys.stderr)
        return exc.exit_code
    except Exception:  # noqa: BLE001 - the last line of defence: log it, apologise, never a traceback
        return _unexpected()


def _unexpected() -> int:
    log_file = paths.log_dir() / "prstudio.log"
    logging.basicConfig(filename=log_file, level=logging.ERROR)
    logging.getLogger("prstudio").error("unexpected error\n%s", traceback.format_exc())
    if language() == "en":
        print(f"Sorry, something unexpected went wrong. Details were written to {log_file}.", file=sys.stderr)
    else:
        print(f"죄송합니다. 예상하지 못한 오류가 났습니다. 자세한 내용은 {log_file} 에 기록했습니다.", file=sys.stderr)
    return 1


def _open_window() -> int:
    """``prstudio`` with no arguments opens the window (imported here so the CLI never needs Qt)."""
    from desktop.app import main as window_main

    return window_main()


if __name__ == "__main__":
    sys.exit(main())
