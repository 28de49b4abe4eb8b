"""Several companies' profiles, kept as TOML files in the user data folder.

An agency or a group's office may write for more than one company; each
profile is one file, in the same format users import and export, so a
profile can be copied to a colleague's PC as it is.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import tomli_w

from desktop import paths
from desktop.core.errors import InputError
from desktop.core.profile import CompanyProfile, load_profile


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
        # Only what Windows forbids in file names is replaced: "(주)한빛 베이커리" stays readable.
        safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" ._") or "company"
        return self.folder / f"{safe}.toml"

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
    handle, temp_name = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp_name, target)
    except OSError as exc:
        raise InputError(
            f"파일을 저장할 수 없습니다({exc.strerror}).", f"cannot save ({exc.strerror}).", path=target
        ) from None
    finally:
        if os.path.exists(temp_name):
            os.remove(temp_name)
