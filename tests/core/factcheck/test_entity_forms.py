"""Products, awards and approvals are traced by their distinctive parts: a model code, a number, an authority."""

from __future__ import annotations

from desktop.core.factcheck import CheckContext, check_text
from tests.core.factcheck.conftest import caught, errors


def test_a_changed_model_code_is_a_different_product(sodam: CheckContext) -> None:
    caught(sodam, "소담차방은 찻잎 가공 기계 '덖음기 D3'를 출시한다.", "덖음기 D3", "product")
    caught(sodam, "소담차방은 새 브랜드 '소담AI'도 선보인다.", "소담AI", "product")
    assert errors(sodam, "소담차방은 가공 기계 '덖음기 D2'를 함께 공급한다.") == []


def test_a_new_name_under_the_company_brand(sodam_en: CheckContext) -> None:
    caught(sodam_en, "The leaves are packed in Hadong for its new line Sodam Matcha.", "Sodam Matcha", "product")
    assert errors(sodam_en, "Sodam Tea House's Hadong plant packs the leaves. Ask the Sodam Tea House PR team.") == []


def test_designations_approvals_and_numbered_certificates(sodam: CheckContext, sodam_en: CheckContext) -> None:
    caught(sodam, "소담 잎차는 올해 경남 우수특산품으로 선정됐다.", "경남 우수특산품", "award")
    caught(sodam, "소담 잎차는 식품의약품안전처 허가를 받았다.", "허가", "award")
    caught(sodam_en, "Sodam Tea House holds ISO 22001 certification.", "ISO 22001", "award")
    caught(sodam_en, "Its green tea is FDA-approved.", "FDA-approved", "award")
    assert errors(sodam, "소담차방은 ISO 22000 인증을 받았고 2024년 농림축산식품부 장관상을 수상했다.") == []


def test_a_sentence_end_splits_english_names(sodam_en: CheckContext) -> None:
    assert errors(sodam_en, "The tea is picked in April. Like ISO 22000, the process is audited every year.") == []


def test_a_partner_named_after_its_kind_and_an_institute_that_ends_like_a_title(sodam: CheckContext) -> None:
    caught(sodam, "소담차방은 일본 수입사 하나미상사에 잎차를 공급한다.", "하나미상사", "organisation")
    caught(sodam, "소담 잎차는 국내 유통사 초록나래유통을 통해 판매된다.", "초록나래유통", "organisation")
    caught(sodam, "소담차방은 한국농수산식품연구원과 함께 연구한다.", "한국농수산식품연구원", "organisation")
    assert errors(sodam, "소담차방은 일본 수입사 사쿠라차상사에 잎차를 공급하고 한국식품연구원과 공동 연구한다.") == []
    assert errors(sodam, "한가람 품질연구소장은 선임연구원들과 찻잎을 살핀다.") == []


def test_an_avoided_word_with_a_suffix_is_still_the_word(sodam: CheckContext) -> None:
    found = [
        f for f in check_text("하동의 어르신들이 찻잎을 딴다. 명품적인 맛이다.", sodam) if f.kind == "avoided_word"
    ]
    assert len(found) == 2
    assert [f for f in check_text("어르신네 마을", sodam) if f.kind == "avoided_word"] == []
