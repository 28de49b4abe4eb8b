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


def test_a_known_name_kiwi_reads_with_a_particle_still_speaks(sodam: CheckContext) -> None:
    # Kiwi reads 주세나 as 주세 + 나 (a particle); the facts list her, and only 오세진 대표 is to be quoted.
    text = '주세나 블렌딩팀장은 "하동의 봄을 한 상자에 담았다"고 말했다.'
    caught(sodam, text, "하동의 봄을 한 상자에 담았다", "quote")
    assert errors(sodam, '오세진 대표는 "하동의 봄을 한 상자에 담았다"고 말했다.') == []
    assert errors(sodam, "블렌딩은 주세나 블렌딩팀장이 맡는다.") == []
