"""Files as Korean offices have them: CP949 and UTF-16 are read (and the user told), spreadsheets get the right words."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop import paths
from desktop.cli import main
from desktop.core.errors import InputError
from desktop.core.fact_import import extract_text
from desktop.core.profile import load_profile
from desktop.core.textfiles import collect_notices

PROFILE = (paths.demo_dir() / "company.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("encoding", "named"),
    [("cp949", "CP949"), ("euc-kr", "CP949"), ("utf-16", "UTF-16"), ("utf-16-le", "UTF-16")],
)
def test_a_profile_saved_by_korean_windows_tools_is_read_and_the_user_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, named: str
) -> None:
    profile = tmp_path / "회사.toml"
    profile.write_bytes(PROFILE.replace("—", "-").encode(encoding))
    assert main(["profile", "check", str(profile)]) == 0
    err = capsys.readouterr().err
    assert "한빛베이커리" in err and named in err and "회사.toml" in err
    with collect_notices() as notices:
        assert load_profile(profile).company.name == "한빛베이커리"
    assert len(notices) == 1 and named in notices[0].message("en")


def test_a_utf8_profile_brings_no_notice(tmp_path: Path) -> None:
    profile = tmp_path / "company.toml"
    profile.write_text(PROFILE, encoding="utf-8")
    with collect_notices() as notices:
        load_profile(profile)
    assert notices == []


def minimal_xlsx(path: Path) -> Path:
    """The parts of an Excel workbook (SpreadsheetML) as Excel writes them, one sheet with one cell."""
    with zipfile.ZipFile(path, "w") as book:
        book.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        )
        book.writestr("xl/workbook.xml", '<workbook><sheets><sheet name="회사" sheetId="1"/></sheets></workbook>')
        book.writestr(
            "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c><v>한빛</v></c></row></sheetData></worksheet>"
        )
    return path


def test_a_spreadsheet_is_called_a_spreadsheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = minimal_xlsx(tmp_path / "회사정보.xlsx")
    assert main(["profile", "check", str(sheet)]) == 2
    err = capsys.readouterr().err
    assert "스프레드시트" in err and "회사정보.xlsx" in err
    assert "UTF-8" not in err and "메모장에서 'UTF-8'" not in err
    with pytest.raises(InputError) as caught:
        extract_text(sheet)
    assert "스프레드시트" in caught.value.message("ko")


def test_binary_files_and_documents_get_the_right_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "company.toml"
    binary.write_bytes(bytes(range(256)) * 20)
    assert main(["profile", "check", str(binary)]) == 2
    assert "이진 파일" in capsys.readouterr().err
    pdf = tmp_path / "profile.toml"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert main(["profile", "check", str(pdf)]) == 2
    assert "PDF 문서" in capsys.readouterr().err


def test_a_cp949_reference_text_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reference = tmp_path / "참고.txt"
    reference.write_bytes("성수동 매장은 3월 20일에 문을 연다.".encode("cp949"))
    args = ["generate", "press-release", "--demo", "--out", str(tmp_path / "a.docx"), "--reference", str(reference)]
    assert main([*args, "--engine", "ollama", "--model", "gemma3:4b", "--ollama-host", "http://127.0.0.1:9"]) == 3
    err = capsys.readouterr().err
    assert "참고.txt" in err and "CP949" in err  # read, and said so, before the engine was reached


def test_a_cp949_text_file_is_offered_as_facts(tmp_path: Path) -> None:
    brochure = tmp_path / "소개.txt"
    brochure.write_bytes("한빛베이커리는 2012년 마포구에서 문을 열었다.".encode("cp949"))
    with collect_notices() as notices:
        assert "2012년" in extract_text(brochure)
    assert notices and "CP949" in notices[0].ko
