"""``prstudio models --catalogue`` and ``--download ID``: the model catalogue on the command line.

A thin shell over ``desktop.core.models``: the table, the licence question
and a progress line on standard error. Ctrl+C stops the download and keeps
what was received; the next ``--download`` resumes it.
"""

from __future__ import annotations

import argparse
import sys
import threading
import unicodedata
from typing import TextIO

from desktop.core.models.catalogue import Catalogue, CatalogueModel, load_catalogue
from desktop.core.models.download import download_model
from desktop.core.models.errors import DownloadCancelled, LicenceNotAccepted
from desktop.core.models.fit import CatalogueRow, catalogue_rows, fit_label, fit_warning, nominal_memory_gb
from desktop.core.models.local import local_state
from desktop.core.models.memory import total_memory_gb
from desktop.core.models.progress import DownloadProgress

_YES = {"y", "yes", "예", "네", "ㅇ", "응"}


def show_catalogue(lang: str) -> int:
    catalogue = load_catalogue()
    memory = total_memory_gb()
    print(
        f"이 PC의 메모리: {nominal_memory_gb(memory)} GB (운영체제 보고 {memory:.1f} GiB)"
        if lang != "en"
        else f"This PC's memory: {nominal_memory_gb(memory)} GB (the OS reports {memory:.1f} GiB)"
    )
    header = ("ID", "이름", "크기", "필요 메모리", "회사 업무", "내려받음", "이 PC")
    if lang == "en":
        header = ("ID", "Name", "Size", "Memory", "Company use", "Downloaded", "This PC")
    rows = [header, *(_row(row, lang) for row in catalogue_rows(catalogue, memory))]
    widths = [max(_width(row[column]) for row in rows) for column in range(len(header))]
    for row in rows:
        print("  ".join(_pad(cell, width) for cell, width in zip(row, widths, strict=True)).rstrip())
    print()
    for licence in {catalogue.licence_of(m).name: catalogue.licence_of(m) for m in catalogue.models}.values():
        print(f"* {licence.label(lang)}: {licence.answer(lang)} {licence.url}")
    print(
        "\n내려받기: prstudio models --download ID --accept-licence"
        if lang != "en"
        else "\nDownload: prstudio models --download ID --accept-licence"
    )
    return 0


def _row(row: CatalogueRow, lang: str) -> tuple[str, ...]:
    state = row.state
    if state.verified:
        downloaded = "예" if lang != "en" else "yes"
    elif state.downloaded:
        downloaded = "예(확인 안 됨)" if lang != "en" else "yes (unverified)"
    elif state.partial_bytes:
        downloaded = f"{state.partial_bytes / 1e6:,.0f} MB 받다 멈춤" if lang != "en" else "partly"
    else:
        downloaded = "-"
    this_pc = fit_label(row.fit, lang)
    if row.recommended:
        this_pc = ("★ 추천 · " if lang != "en" else "★ recommended · ") + this_pc
    return (
        row.model.id,
        row.model.name,
        f"{row.model.size_bytes / 1e9:.1f} GB",
        _memory_range(row.model),
        row.licence.short_answer(lang),
        downloaded,
        this_pc,
    )


def _memory_range(model: CatalogueModel) -> str:
    if model.min_ram_gb == model.recommended_ram_gb:
        return f"{model.min_ram_gb} GB"
    return f"{model.min_ram_gb}–{model.recommended_ram_gb} GB"


def _width(text: str) -> int:
    """Columns a terminal gives the text: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def download(args: argparse.Namespace, cancel: threading.Event, lang: str) -> int:
    catalogue = load_catalogue()
    model = catalogue.get(args.download)
    _explain(catalogue, model, lang)
    if not (args.accept_licence or _ask(lang)):
        licence = catalogue.licence_of(model)
        raise LicenceNotAccepted(model.name, licence.name, licence.url)
    printer = ProgressPrinter(lang, sys.stderr)
    try:
        download_model(model, accept_licence=True, on_progress=printer, cancel=cancel)
    except KeyboardInterrupt:
        cancel.set()
        printer.end_line()
        raise DownloadCancelled(local_state(model).partial_bytes) from None
    printer.end_line()
    return 0


def _explain(catalogue: Catalogue, model: CatalogueModel, lang: str) -> None:
    """The licence and the fit, before anything is downloaded."""
    licence = catalogue.licence_of(model)
    _say(
        lang,
        f"{model.name} ({model.size_bytes / 1e9:.1f} GB, {model.repo})",
        f"{model.name} ({model.size_bytes / 1e9:.1f} GB, {model.repo})",
    )
    _say(lang, f"라이선스: {licence.label('ko')} — {licence.url}", f"Licence: {licence.label('en')} — {licence.url}")
    _say(lang, f"회사 업무에 써도 되나요? {licence.answer('ko')}", f"May a company use it? {licence.answer('en')}")
    if not licence.commercial:
        _say(
            lang,
            "! 이 모델은 비상업 라이선스입니다. 회사 업무(보도자료 포함)에는 쓸 수 없습니다.",
            "! This model's licence is non-commercial: it may not be used for company work, press releases included.",
        )
    if warning := fit_warning(model, total_memory_gb(), lang):
        print(f"! {warning}", file=sys.stderr)


def _say(lang: str, ko: str, en: str) -> None:
    print(en if lang == "en" else ko, file=sys.stderr)


def _ask(lang: str) -> bool:
    """Ask only a person at a terminal; scripts must pass --accept-licence."""
    if not sys.stdin.isatty():
        return False
    prompt = (
        "이 라이선스에 동의하고 내려받을까요? [y/N] " if lang != "en" else "Accept this licence and download? [y/N] "
    )
    print(prompt, end="", file=sys.stderr, flush=True)
    try:
        return input().strip().lower() in _YES
    except EOFError:
        return False


class ProgressPrinter:
    """Progress on standard error: one rewritten line on a terminal, a line per 10 % in a log."""

    def __init__(self, lang: str, stream: TextIO) -> None:
        self.lang = lang
        self.stream = stream
        self.live = stream.isatty()
        self.last_step = -1
        self.last_phase = ""
        self.open_line = False

    def __call__(self, progress: DownloadProgress) -> None:
        text = progress.message(self.lang)
        if progress.phase == "done":
            self.end_line()
            print(text, file=self.stream)
            return
        if self.live:
            print("\r" + text.ljust(78), end="", file=self.stream, flush=True)
            self.open_line = True
            return
        step = int(progress.fraction * 10)
        if step != self.last_step or progress.phase != self.last_phase:
            self.last_step, self.last_phase = step, progress.phase
            print(text, file=self.stream, flush=True)

    def end_line(self) -> None:
        if self.open_line:
            print(file=self.stream)
            self.open_line = False
