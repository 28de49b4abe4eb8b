"""Files written for the user: read-only ones are left alone, permissions are normal, names work on Windows."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.companies import CompanyStore, export_profile
from desktop.core.document import Document, Paragraph, Run
from desktop.core.errors import InputError, OutputError
from desktop.core.filenames import suggested_filename
from desktop.core.profile import Company, CompanyProfile
from desktop.core.store import History
from desktop.export.docx_export import export_docx, export_options_for

DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)), *(f"LPT{n}" for n in range(10))}


def windows_accepts(name: str) -> bool:
    """What Windows' file systems refuse (Microsoft's "Naming Files, Paths, and Namespaces")."""
    stem = name.split(".")[0].strip().upper()
    return (
        not re.search(r'[\\/:*?"<>|\x00-\x1f]', name)
        and stem not in DEVICES
        and not name.endswith((".", " "))
        and len(name.encode("utf-8")) <= 255
    )


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def document() -> Document:
    return Document(title="한빛베이커리, 성수동에 7번째 매장", blocks=[Paragraph((Run("서울, 2026년 3월 10일 —"),))])


def test_a_read_only_output_is_refused_before_any_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "보도자료.docx"
    out.write_bytes(b"the approved version")
    out.chmod(0o444)
    args = ["generate", "press-release", "--demo", "--out", str(out), "--engine", "ollama", "--model", "gemma3:4b"]
    assert main([*args, "--ollama-host", "http://127.0.0.1:9"]) == 2
    assert "읽기 전용" in capsys.readouterr().err
    assert out.read_bytes() == b"the approved version" and History().drafts() == []
    with pytest.raises(OutputError):
        export_docx(document(), out, export_options_for("document", "press_release", "한빛베이커리", "ko"))
    assert out.read_bytes() == b"the approved version"


def test_a_read_only_profile_export_is_refused(tmp_path: Path, demo_profile: CompanyProfile) -> None:
    target = tmp_path / "한빛.toml"
    target.write_text("# 결재된 파일\n", encoding="utf-8")
    target.chmod(0o400)
    with pytest.raises(InputError) as caught:
        export_profile(demo_profile, target)
    assert "읽기 전용" in caught.value.message("ko") and "기록" not in caught.value.message("ko")
    assert target.read_text(encoding="utf-8") == "# 결재된 파일\n"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_exported_files_get_the_users_normal_permissions(
    tmp_path: Path, umask_022: None, demo_profile: CompanyProfile
) -> None:
    out = export_docx(document(), tmp_path / "a.docx", export_options_for("document", "press_release", "한빛", "ko"))
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    export_profile(demo_profile, tmp_path / "한빛.toml")
    assert stat.S_IMODE((tmp_path / "한빛.toml").stat().st_mode) == 0o644
    out.chmod(0o664)  # replacing a file keeps the permissions the user gave it
    export_docx(document(), out, export_options_for("document", "press_release", "한빛", "ko"))
    assert stat.S_IMODE(out.stat().st_mode) == 0o664
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".prstudio-")]


@pytest.mark.parametrize("company", ["CON", "nul", "Com1", "LPT9", "AUX.", "PRN ", "한빛베이커리" * 40, "..."])
def test_file_names_are_valid_on_windows(company: str, demo_profile: CompanyProfile) -> None:
    store = CompanyStore()
    assert windows_accepts(store.path_for(company).name)
    assert windows_accepts(suggested_filename(company, "보도자료", dt.date(2026, 3, 10)))
    profile = demo_profile.model_copy(update={"company": Company(name=company)})
    saved = store.save(profile)  # a very long name used to fail with "File name too long"
    assert store.load(saved.stem).company.name == company.strip()


@pytest.mark.parametrize(
    "names", [("(주)한빛/베이커리", "(주)한빛:베이커리"), ("Hanbit", "HANBIT"), ("CON", "CON_"), ("한빛?", "한빛*")]
)
def test_distinct_companies_never_share_a_profile_file(names: tuple[str, str], demo_profile: CompanyProfile) -> None:
    store = CompanyStore()
    first, second = (demo_profile.model_copy(update={"company": Company(name=name)}) for name in names)
    first_path = store.save(first)
    second_path = store.save(second)
    assert first_path.name.casefold() != second_path.name.casefold()
    assert store.load(first_path.stem).company.name == names[0]
    assert store.load(second_path.stem).company.name == names[1]
    assert store.save(first) == first_path and store.save(second) == second_path  # stable on every save
    assert len(store.names()) == 2
