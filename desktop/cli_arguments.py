"""The arguments of ``prstudio generate`` and ``prstudio check``, kept apart from the commands.

``prstudio --help`` and a mistyped option need only these; importing the
commands themselves loads the engines, the checker and the Word exporter,
which costs seconds on an office laptop.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_generate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workflow", help="press-release | catchphrase | crisis-plan | staff-manual")
    parser.add_argument("--demo", action="store_true", help="데모 회사와 데모 답변 사용 / use the demo company")
    parser.add_argument("--profile", type=Path, help="회사 정보 TOML / company profile")
    parser.add_argument("--answers", type=Path, help="답변 TOML / wizard answers")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="답변 덮어쓰기")
    parser.add_argument("--out", type=Path, required=True, help="저장할 .docx 파일")
    parser.add_argument("--engine", choices=["auto", "embedded", "ollama", "openai", "anthropic"], default="")
    parser.add_argument("--model", default="")
    parser.add_argument("--ollama-host", default="")
    parser.add_argument("--base-url", default="")
    parser.add_argument(
        "--model-kind",
        choices=["auto", "base", "chat"],
        default="",
        help="지시 학습(chat) 모델인지 기본(base) 모델인지; auto는 서버에 묻습니다 / is the model instruction-tuned",
    )
    parser.add_argument("--allow-cloud", action="store_true", help="유료/외부 API 사용 허용")
    parser.add_argument("--api-key-env", default=None, help="API 키가 든 환경 변수 이름")
    parser.add_argument("--creativity", choices=["precise", "balanced", "creative"], default="")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--markdown", type=Path, help="Markdown 사본도 저장")
    parser.add_argument("--reference", type=Path, help="참고 자료 텍스트 파일")
    parser.add_argument("--max-tokens", type=int, help="섹션마다 쓸 최대 토큰 (빠른 시험용)")
    parser.add_argument("--stream", action="store_true", help="작성되는 글을 표준 출력으로")


def add_check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("drafts", nargs="+", type=Path, metavar="DRAFT", help=".md, .txt 또는 .docx")
    parser.add_argument("--profile", type=Path, required=True, help="회사 정보 TOML / company profile")
    parser.add_argument("--answers", type=Path, help="답변 TOML / wizard answers")
    parser.add_argument("--workflow", help="press-release | catchphrase | crisis-plan | staff-manual")
    parser.add_argument("--json", action="store_true", help="결과를 JSON 하나로 / one JSON object")
