"""Several companies' profiles, kept as TOML files in the user data folder.

An agency or a group's office may write for more than one company; each
profile is one file, in the same format users import and export, so a
profile can be copied to a colleague's PC as it is. File names stay
readable ("(주)한빛 베이커리.toml"), are valid on Windows, and two companies
whose names map to the same file ("한빛/베이커리" and "한빛:베이커리", or
"Hanbit" and "HANBIT" on a case-insensitive disk) get different files.
"""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import tomli_w

from desktop import paths
from desktop.core.errors import InputError, PRStudioError
from desktop.core.profile import CompanyProfile, load_profile
from desktop.core.safe_files import refuse_read_only, safe_stem, write_atomically


def profile_to_toml(profile: CompanyProfile) -> str:
    data = profile.model_dump(mode="json")
    data["company"] = {key: value for key, value in data["company"].items() if value != ""}
    data["contact"] = {key: value for key, value in data["contact"].items() if value != ""}
    return tomli_w.dumps({key: value for key, value in data.items() if value not in ([], {})})


class CompanyStore:
    """The saved profiles, one ``<name>.toml`` per company."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or paths.user_data_dir() / "companies"
        self.folder.mkdir(parents=True, exist_ok=True)

    def names(self) -> list[str]:
        return sorted(path.stem for path in self.folder.glob("*.toml"))

    def path_for(self, name: str) -> Path:
        """The file for company ``name``: readable, and never the file of another company."""
        # Only what Windows forbids in file names is replaced: "(주)한빛 베이커리" stays readable.
        stem = safe_stem(name, "company")
        for existing in self.folder.glob("*.toml"):
            if _folded(existing.stem) == _folded(stem) and _company_in(existing) != name:
                digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
                return self.folder / f"{stem}-{digest}.toml"
        return self.folder / f"{stem}.toml"

    def load(self, name: str) -> CompanyProfile:
        return load_profile(self.folder / f"{name}.toml")

    def save(self, profile: CompanyProfile) -> Path:
        target = self.path_for(profile.company.name)
        write_text_atomically(target, profile_to_toml(profile))
        return target

    def delete(self, name: str) -> None:
        (self.folder / f"{name}.toml").unlink(missing_ok=True)

    def import_file(self, source: Path) -> CompanyProfile:
        """Check the file first: a broken import never replaces a good profile."""
        profile = load_profile(source)
        self.save(profile)
        return profile


def export_profile(profile: CompanyProfile, target: Path) -> None:
    if not target.parent.is_dir():
        raise InputError("저장할 폴더가 없습니다.", "the folder does not exist.", path=target.parent)
    write_text_atomically(target, profile_to_toml(profile))


def write_text_atomically(target: Path, text: str) -> None:
    refuse_read_only(target, draft_in_history=False)
    try:
        write_atomically(target, text.encode("utf-8"))
    except OSError as exc:
        raise InputError(
            f"파일을 저장할 수 없습니다({exc.strerror}).", f"cannot save ({exc.strerror}).", path=target
        ) from None


def _folded(stem: str) -> str:
    """How a case-insensitive, normalising disk (Windows, macOS) compares names."""
    return unicodedata.normalize("NFC", stem).casefold()


def _company_in(path: Path) -> str | None:
    try:
        return load_profile(path).company.name
    except PRStudioError:
        return None  # unreadable: not ours to overwrite
