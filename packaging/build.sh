#!/usr/bin/env bash
# Builds PR Studio for the platform it runs on and proves the result works.
# The installers workflow (.github/workflows/installers.yml) runs these same
# steps, one CI step each, on Windows and macOS; here they make the Linux leg.
#
#   bash packaging/build.sh            all steps: sync icons freeze smoke installer
#   bash packaging/build.sh freeze     one step
#
#   sync       a clean venv (build/venv) from uv.lock: the program and the pinned
#              build tools, no dev packages (pytest, mypy, ruff... never ship)
#   icons      build/icons/app.ico and app.icns from assets/icons/app.svg
#   freeze     PyInstaller: dist/prstudio/ ("PR Studio" window + "prstudio" command
#              line), on macOS also dist/PR Studio.app; the model is joined here, once
#   smoke      self-check, one short generation, the window for 20 s (packaging/smoke_test.py)
#   installer  Windows: Inno Setup; macOS: signed-if-configured DMG; Linux: none
#
# Figures (build time, size, start time of the window) are printed at the end
# and written to build/figures.json.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=build/venv
case "$(uname -s)" in
    MINGW* | MSYS* | CYGWIN*) PLATFORM=windows BIN="$VENV/Scripts" ;;
    Darwin) PLATFORM=macos BIN="$VENV/bin" ;;
    *) PLATFORM=linux BIN="$VENV/bin" ;;
esac
INNO_VERSION=6.4.1

step_sync() {
    rm -rf "$VENV"
    UV_PROJECT_ENVIRONMENT="$VENV" uv sync --locked --no-dev --group build --python 3.11
    # Proof, not hope: none of the dev tools may be importable in the build venv.
    "$BIN/python" -c "
import importlib.util, sys
found = [m for m in ('pytest', 'mypy', 'ruff', 'hypothesis', 'rich', 'importlinter') if importlib.util.find_spec(m)]
sys.exit(f'dev packages in the build venv: {found}' if found else 0)"
}

step_icons() {
    "$BIN/python" packaging/make_icons.py build/icons
}

step_freeze() {
    local started=$SECONDS
    "$BIN/pyinstaller" packaging/prstudio.spec --noconfirm --distpath dist --workpath build/pyinstaller
    echo "{\"freeze_s\": $((SECONDS - started))}" > build/freeze.json
}

step_smoke() {
    "$BIN/python" packaging/smoke_test.py dist --figures build/figures.json
}

step_installer() {
    case "$PLATFORM" in
        windows) windows_installer ;;
        macos) bash packaging/macos/build_dmg.sh ;;
        linux) echo "installer: none for Linux; the folder dist/prstudio is the build" ;;
    esac
}

windows_installer() {
    # Inno Setup's compiler comes from the npm registry at a pinned version, the same on every runner.
    npm install --no-save --prefix build/tools "innosetup@$INNO_VERSION"
    local version
    version=$("$BIN/python" -c "import sys; sys.path.insert(0, 'packaging'); import build_support; print(build_support.project_version())")
    # MSYS would otherwise turn the /D switch into a path.
    MSYS_NO_PATHCONV=1 build/tools/node_modules/innosetup/bin/ISCC.exe "/DAppVersion=$version" packaging\\windows\\prstudio.iss
    echo "skipped: no certificate; Windows code signing is not set up, so SmartScreen asks the user to confirm the installer"
}

summary() {
    "$BIN/python" - <<'EOF'
import json
from pathlib import Path
figures = {}
for name in ("build/freeze.json", "build/figures.json"):
    if Path(name).exists():
        figures.update(json.loads(Path(name).read_text()))
Path("build/figures.json").write_text(json.dumps(figures, indent=2))
print("figures: " + ", ".join(f"{key} {value}" for key, value in figures.items()))
EOF
}

steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(sync icons freeze smoke installer)
for step in "${steps[@]}"; do
    echo "== $step ($PLATFORM)"
    "step_$step"
done
summary
