"""Core helpers the window relies on: company files, facts from documents, file names, cost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from desktop.core.companies import CompanyStore, profile_to_toml
from desktop.core.cost import estimated_cost_krw
from desktop.core.engines.base import Usage
from desktop.core.errors import InputError
from desktop.core.fact_import import candidate_sentences, extract_text
from desktop.core.filenames import suggested_filename
from desktop.core.generation import splice_section
from desktop.core.profile import CompanyProfile, parse_profile


def test_profiles_round_trip_through_toml(demo_profile: CompanyProfile) -> None:
    assert parse_profile(profile_to_toml(demo_profile)) == demo_profile
    store = CompanyStore()
    store.save(demo_profile)
    assert store.names() == ["한빛베이커리"]
    assert store.load("한빛베이커리") == demo_profile


def test_a_broken_import_changes_nothing(tmp_path: Path, demo_profile: CompanyProfile) -> None:
    store = CompanyStore()
    store.save(demo_profile)
    broken = tmp_path / "broken.toml"
    broken.write_text('[company]\nname = "한빛베이커리"\nceo = \n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        store.import_file(broken)
    assert caught.value.line == 3
    assert store.load("한빛베이커리") == demo_profile


def test_facts_from_word_text_and_cp949_files(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("한빛베이커리는 2012년에 문을 열었다. 매장은 6곳이다.")
    word.save(str(tmp_path / "소개.docx"))
    assert candidate_sentences(extract_text(tmp_path / "소개.docx")) == [
        "한빛베이커리는 2012년에 문을 열었다.",
        "매장은 6곳이다.",
    ]
    (tmp_path / "old.txt").write_bytes("2024년부터 푸드뱅크에 기부한다.\n".encode("cp949"))
    assert candidate_sentences(extract_text(tmp_path / "old.txt")) == ["2024년부터 푸드뱅크에 기부한다."]
    with pytest.raises(InputError) as caught:
        extract_text(tmp_path / "picture.png")
    assert "picture.png" in caught.value.message("ko")


def test_suggested_filename_and_cost() -> None:
    assert (
        suggested_filename("한빛 베이커리", "보도자료", dt.date(2026, 3, 10))
        == "한빛_베이커리_보도자료_2026-03-10.docx"
    )
    assert suggested_filename('A/B:"C"', "x", dt.date(2026, 1, 2)) == "ABC_x_2026-01-02.docx"
    cost = estimated_cost_krw("claude-sonnet-4-5", Usage(prompt_tokens=1_000_000, output_tokens=0))
    assert cost == pytest.approx(3.0 * 1400)
    assert estimated_cost_krw("my-own-model", Usage(prompt_tokens=10)) is None


def test_splice_replaces_only_the_named_section() -> None:
    text = "# 계획\n\n## 가\n\n하나\n\n## 나\n\n둘\n\n## 다\n\n셋\n"
    assert (
        splice_section(text, "나", "## 나\n\n새 내용\n")
        == "# 계획\n\n## 가\n\n하나\n\n## 나\n\n새 내용\n\n## 다\n\n셋\n"
    )


def test_company_names_stay_readable_as_file_names(demo_profile: CompanyProfile) -> None:
    store = CompanyStore()
    spaced = demo_profile.model_copy(
        update={"company": demo_profile.company.model_copy(update={"name": "(주)한빛 베이커리"})}
    )
    store.save(spaced)
    odd = demo_profile.model_copy(update={"company": demo_profile.company.model_copy(update={"name": 'A/B: "C"'})})
    store.save(odd)
    assert store.names() == ["(주)한빛 베이커리", "A_B_ _C"]
    assert store.load("(주)한빛 베이커리").company.name == "(주)한빛 베이커리"
