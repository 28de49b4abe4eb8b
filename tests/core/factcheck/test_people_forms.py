"""People are found however the analyser reads their names and however a fact sheet lists them."""

from __future__ import annotations

from desktop.core.factcheck import CheckContext
from tests.core.factcheck.conftest import caught, errors


def test_a_known_name_kiwi_splits_is_still_a_name(sodam: CheckContext) -> None:
    # Kiwi reads 한가람 as 한 + 가람; the facts name her, so the wrong title is still caught.
    caught(sodam, "새 선물세트 개발은 한가람 부사장이 이끌었다.", "한가람 부사장", "person")
    assert errors(sodam, "새 선물세트 개발은 한가람 품질연구소장이 이끌었다.") == []


def test_a_name_after_a_title_and_its_abbreviation(sodam: CheckContext) -> None:
    caught(sodam, "물류는 소담차방 최고운영책임자(COO) 여태민이 맡았다.", "여태민", "person")
    assert errors(sodam, "찻잎 품질 관리는 품질연구소장 한가람이 맡는다.") == []
    assert errors(sodam, "소담차방의 대표 제품인 '소담 잎차'는 하동 야생 찻잎으로 만든다.") == []


def test_a_fact_sheet_role_and_its_abbreviation_are_one_title(sodam_en: CheckContext) -> None:
    assert (
        errors(sodam_en, "Its tea farms are run by Dr. Yuna Ha, the company's COO. Sodam Tea House is based in Hadong.")
        == []
    )
    assert errors(sodam_en, "Operations are led by COO Yuna Ha.") == []
    caught(sodam_en, "Operations are led by COO Minho Seo.", "Minho Seo", "person")
