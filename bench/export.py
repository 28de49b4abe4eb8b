"""Word export of a 60-section document: seconds and peak memory.

Run: ``uv run python bench/export.py``.
"""

from __future__ import annotations

import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

from bench_support import temporary_home

from desktop.core.markdown_parse import parse_markdown
from desktop.export.docx_export import ExportOptions, export_docx

SECTIONS = 60


def long_markdown() -> str:
    parts = ["# 한빛베이커리 직원 매뉴얼\n"]
    for number in range(1, SECTIONS + 1):
        parts.append(f"## {number}. 매장 운영 기준 {number}\n")
        parts.append("매장 직원은 출근 후 손을 씻고 위생모를 쓴다. **고객 불만**은 당일 보고한다. " * 6 + "\n")
        parts.append("- 확인 항목 하나\n- 확인 항목 둘\n- 확인 항목 셋\n")
        if number % 5 == 0:
            parts.append(
                "| 역할 | 담당자 | 대행자 |\n| --- | --- | --- |\n| 총괄 | 김다은 | [대행자 확인 필요] |\n"
                "| 대변인 | 이수진 | [대행자 확인 필요] |\n"
            )
    return "\n".join(parts)


def main() -> None:
    with temporary_home(), tempfile.TemporaryDirectory() as folder:
        markdown = long_markdown()
        options = ExportOptions("report", "한빛베이커리", "ko", table_of_contents=True)
        tracemalloc.start()
        started = time.perf_counter()
        document = parse_markdown(markdown)
        parsed = time.perf_counter()
        target = export_docx(document, Path(folder) / "manual.docx", options)
        finished = time.perf_counter()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"sections              {SECTIONS}  ({len(document.blocks)} blocks, {len(markdown):,} characters)")
        print(f"parse Markdown        {parsed - started:6.3f} s")
        print(f"build and save .docx  {finished - parsed:6.3f} s")
        print(f"total                 {finished - started:6.3f} s")
        print(f"peak Python memory    {peak / 2**20:6.1f} MiB  (tracemalloc: Python objects only)")
        print(
            f"peak process memory   {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:6.1f} MiB"
            "  (whole process, lxml included)"
        )
        print(f"file size             {target.stat().st_size / 1024:6.1f} KiB")


if __name__ == "__main__":
    main()
