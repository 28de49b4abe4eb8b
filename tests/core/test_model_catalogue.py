"""The catalogue data and the advice built on it: complete entries, licences, fit to the PC."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import pytest

from desktop import paths
from desktop.core.errors import InputError
from desktop.core.model_catalogue import recommended_models
from desktop.core.models.catalogue import Catalogue, CatalogueModel, load_catalogue
from desktop.core.models.fit import (
    Fit,
    best_downloaded,
    download_offer,
    fit_for,
    fit_warning,
    nominal_memory_gb,
    recommended_for_pc,
)
from desktop.core.models.local import ModelFiles, local_state, now_iso, write_marker


def test_every_catalogue_entry_is_complete() -> None:
    catalogue = load_catalogue()
    assert {m.id for m in catalogue.models} >= {
        "kanana-1.5-2.1b",
        "gemma-3-1b-it",
        "gemma-3-4b-it",
        "qwen3-1.7b",
        "qwen3-4b",
        "exaone-3.5-2.4b",
    }
    for model in catalogue.models:
        assert model.checksum_known, model.id
        assert re.fullmatch(r"[0-9a-f]{40}", model.revision), model.id
        assert len(model.checksum_sources) >= 2, f"{model.id}: a checksum needs two independent sources"
        assert model.min_ram_gb <= model.recommended_ram_gb
        assert model.quality_ko and model.quality_en and model.chat_template_note
        licence = catalogue.licence_of(model)
        assert licence.url.startswith("https://") and licence.answer_ko and licence.answer_en


def test_exaone_is_marked_non_commercial_and_the_others_allow_company_use() -> None:
    catalogue = load_catalogue()
    commercial = {m.id: catalogue.licence_of(m).commercial for m in catalogue.models}
    assert commercial.pop("exaone-3.5-2.4b") is False
    assert all(commercial.values())
    assert "쓸 수 없습니다" in catalogue.licence_of(catalogue.get("exaone-3.5-2.4b")).answer("ko")


@pytest.mark.parametrize("memory", [1.9, 3.8, 5.8, 7.8, 11.6, 15.6, 31.2, 62.7, 125.0])
def test_a_non_commercial_model_is_never_recommended(memory: float) -> None:
    catalogue = load_catalogue()
    pick = recommended_for_pc(catalogue, memory)
    assert pick is None or catalogue.licence_of(pick).commercial
    assert all("exaone" not in r.name for r in recommended_models(memory))
    assert all("비상업" not in r.licence_ko for r in recommended_models(memory))


def test_an_8_gb_laptop_counts_as_8_and_gets_a_model_that_fits() -> None:
    assert [nominal_memory_gb(x) for x in (3.7, 7.8, 7.0, 15.6, 23.5, 31.2)] == [4, 8, 8, 16, 24, 32]
    catalogue = load_catalogue()
    pick = recommended_for_pc(catalogue, 7.8)
    assert pick is not None and fit_for(pick, 7.8) is Fit.GOOD
    assert recommended_for_pc(catalogue, 3.8) == catalogue.get("gemma-3-1b-it")
    assert recommended_for_pc(catalogue, 15.6) == catalogue.get("gemma-3-4b-it")


def test_a_model_too_big_for_the_pc_is_warned_about() -> None:
    big = load_catalogue().get("qwen3-4b")
    assert fit_for(big, 3.8) is Fit.TOO_BIG
    assert "8GB" in fit_warning(big, 3.8, "ko") and "4GB" in fit_warning(big, 3.8, "ko")
    assert fit_for(big, 7.8) is Fit.TIGHT and "slow" in fit_warning(big, 7.8, "en")
    assert fit_warning(big, 15.6, "ko") == ""


def test_ollama_models_get_the_same_licence_notes() -> None:
    catalogue = load_catalogue()
    assert catalogue.licence_for_ollama_tag("gemma3:4b") == catalogue.licences["gemma"]
    assert catalogue.licence_for_ollama_tag("gemma3") == catalogue.licences["gemma"]
    assert catalogue.licence_for_ollama_tag("gemma3:12b-it-qat") == catalogue.licences["gemma"]
    assert catalogue.licence_for_ollama_tag("qwen3:8b") == catalogue.licences["apache-2"]
    nc = catalogue.licence_for_ollama_tag("exaone3.5:7.8b")
    assert nc is not None and not nc.commercial
    assert catalogue.licence_for_ollama_tag("llama3.2:3b") is None
    assert catalogue.for_ollama_tag("qwen3:4b") == catalogue.get("qwen3-4b")


def tiny_model(tmp_path: Path, licence: str) -> tuple[CatalogueModel, Catalogue]:
    """A real (small) file with its real SHA-256, as a verified download would leave it."""
    content = b"GGUF" + os.urandom(2048)
    model = (
        load_catalogue()
        .get("gemma-3-1b-it")
        .model_copy(
            update={
                "id": f"tiny-{licence}",
                "file": f"tiny-{licence}.gguf",
                "size_bytes": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
                "licence": licence,
                "min_ram_gb": 1,
            }
        )
    )
    files = ModelFiles.of(model, tmp_path)
    files.final.write_bytes(content)
    write_marker(model, files.final, files.marker, verified=True, accepted_at=now_iso())
    real = load_catalogue()
    return model, Catalogue(real.builtin, real.licences, (model,), (), {})


def test_a_verified_non_commercial_download_is_never_chosen_on_its_own(tmp_path: Path) -> None:
    _, catalogue = tiny_model(tmp_path, "exaone-nc")
    assert best_downloaded(catalogue, 16, tmp_path) is None
    model, catalogue = tiny_model(tmp_path, "gemma")
    best = best_downloaded(catalogue, 16, tmp_path)
    assert best is not None and best.model == model


def test_a_file_changed_after_verification_is_no_longer_trusted(tmp_path: Path) -> None:
    model, _ = tiny_model(tmp_path, "gemma")
    assert local_state(model, tmp_path).verified
    path = ModelFiles.of(model, tmp_path).final
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    assert not local_state(model, tmp_path).verified


def test_a_damaged_catalogue_names_the_key_and_line(tmp_path: Path) -> None:
    text = paths.model_catalogue_path().read_text(encoding="utf-8")
    broken = tmp_path / "models.toml"
    broken.write_text(text.replace('sha256 = "7485fe6f', 'sha256 = "7485FE6F', 1), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_catalogue(broken)
    assert caught.value.key == "models.sha256" and caught.value.line is not None


def test_the_first_run_offers_the_recommended_model_until_one_is_downloaded(tmp_path: Path) -> None:
    catalogue = load_catalogue()
    offer = download_offer(catalogue, 7.8, tmp_path)
    assert offer is not None and offer.model == catalogue.get("kanana-1.5-2.1b")
    assert offer.message("ko") == "보도자료 품질을 높이려면 Kakao Kanana 1.5 2.1B Instruct을(를) 내려받으세요, 1.5 GB"
    _, with_download = tiny_model(tmp_path, "gemma")
    assert download_offer(with_download, 7.8, tmp_path) is None
