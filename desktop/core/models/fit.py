"""Fitting models to the laptop: which model to recommend, which will not fit, which one to run.

Memory is judged by the size printed on the box: Windows reports an "8 GB"
laptop as about 7.8 GiB (some of it is reserved for graphics), so reported
memory is rounded up to the marketed size it came from. Recommendations are
for company work, so a model whose licence forbids commercial use is never
recommended and never chosen automatically; the user can still pick it by
hand after reading its licence.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from desktop.core.models.catalogue import Catalogue, CatalogueModel, Licence
from desktop.core.models.local import LocalState, downloaded_models, local_state

# Sizes laptops are sold with; reported memory a little below one of them is that size.
MARKETED_SIZES_GB = (2, 3, 4, 6, 8, 12, 16, 20, 24, 32, 48, 64, 96, 128)
# How much of the marketed memory the OS may hide (graphics, firmware) and still count.
_RESERVED_SHARE = 0.15


def nominal_memory_gb(reported_gib: float) -> int:
    """The marketed size behind a reported figure: 7.8 → 8, 15.6 → 16, 3.7 → 4."""
    for size in MARKETED_SIZES_GB:
        if reported_gib >= size * (1 - _RESERVED_SHARE) and reported_gib <= size + 0.5:
            return size
    return max(1, round(reported_gib))


class Fit(Enum):
    GOOD = "good"
    TIGHT = "tight"
    TOO_BIG = "too_big"


def fit_for(model: CatalogueModel, memory_gb: float) -> Fit:
    nominal = nominal_memory_gb(memory_gb)
    if nominal < model.min_ram_gb:
        return Fit.TOO_BIG
    if nominal < model.recommended_ram_gb:
        return Fit.TIGHT
    return Fit.GOOD


def fit_label(fit: Fit, lang: str) -> str:
    labels = {
        Fit.GOOD: ("맞음", "fits"),
        Fit.TIGHT: ("빠듯함(느릴 수 있음)", "tight (may be slow)"),
        Fit.TOO_BIG: ("메모리 부족", "too big"),
    }
    ko, en = labels[fit]
    return en if lang == "en" else ko


def fit_warning(model: CatalogueModel, memory_gb: float, lang: str) -> str:
    """A sentence for the user when the model will not fit or will be slow; empty when it fits."""
    fit = fit_for(model, memory_gb)
    nominal = nominal_memory_gb(memory_gb)
    if fit is Fit.TOO_BIG:
        return (
            f"{model.name}은(는) 메모리가 {model.min_ram_gb}GB 이상인 PC에서 돌아갑니다. 이 PC는 {nominal}GB라 "
            "실행하지 못하거나 매우 느릴 수 있습니다."
            if lang != "en"
            else f"{model.name} needs at least {model.min_ram_gb} GB of memory; this PC has {nominal} GB, so it "
            "may not run or be very slow."
        )
    if fit is Fit.TIGHT:
        return (
            f"{model.name}은(는) {model.recommended_ram_gb}GB 이상에서 편하게 돌아갑니다. 이 PC({nominal}GB)에서는 "
            "느릴 수 있으니 다른 프로그램을 닫고 쓰세요."
            if lang != "en"
            else f"{model.name} is comfortable with {model.recommended_ram_gb} GB or more; on this {nominal} GB PC "
            "it may be slow, so close other programs while it writes."
        )
    return ""


def company_use_ok(catalogue: Catalogue, model: CatalogueModel) -> bool:
    return catalogue.licence_of(model).commercial


def recommended_for_pc(catalogue: Catalogue, memory_gb: float) -> CatalogueModel | None:
    """The model to offer this PC: commercial use allowed, comfortable here, best for Korean PR."""
    allowed = [m for m in catalogue.models if company_use_ok(catalogue, m)]
    for acceptable in (Fit.GOOD, Fit.TIGHT):
        fitting = [m for m in allowed if fit_for(m, memory_gb) is acceptable]
        if fitting:
            return max(fitting, key=lambda m: m.preference)
    return None


def best_downloaded(catalogue: Catalogue, memory_gb: float, root: Path | None = None) -> LocalState | None:
    """The model the embedded engine uses by default: verified, allowed for company use, fits this PC."""
    usable = [
        state
        for state in downloaded_models(catalogue, root)
        if state.verified
        and company_use_ok(catalogue, state.model)
        and fit_for(state.model, memory_gb) is not Fit.TOO_BIG
    ]
    return max(usable, key=lambda s: s.model.preference) if usable else None


@dataclass(frozen=True)
class CatalogueRow:
    """One line of the catalogue as the window and ``prstudio models --catalogue`` show it."""

    model: CatalogueModel
    licence: Licence
    state: LocalState
    fit: Fit
    recommended: bool


def catalogue_rows(catalogue: Catalogue, memory_gb: float, root: Path | None = None) -> list[CatalogueRow]:
    recommended = recommended_for_pc(catalogue, memory_gb)
    return [
        CatalogueRow(
            model,
            catalogue.licence_of(model),
            local_state(model, root),
            fit_for(model, memory_gb),
            recommended is not None and model.id == recommended.id,
        )
        for model in sorted(catalogue.models, key=lambda m: (m.size_bytes, m.id))
    ]


@dataclass(frozen=True)
class DownloadOffer:
    """The first-run suggestion: download the model recommended for this PC, or carry on with the built-in one."""

    model: CatalogueModel
    licence: Licence

    def message(self, lang: str) -> str:
        size = f"{self.model.size_bytes / 1e9:.1f} GB"
        if lang == "en":
            return f"For better press releases, download {self.model.name} ({size})."
        return f"보도자료 품질을 높이려면 {self.model.name}을(를) 내려받으세요, {size}"


def download_offer(catalogue: Catalogue, memory_gb: float, root: Path | None = None) -> DownloadOffer | None:
    """None when a verified model is already here or nothing allowed for company use fits."""
    if best_downloaded(catalogue, memory_gb, root) is not None:
        return None
    model = recommended_for_pc(catalogue, memory_gb)
    return DownloadOffer(model, catalogue.licence_of(model)) if model else None
