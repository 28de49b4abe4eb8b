#!/usr/bin/env bash
# Wraps the PyInstaller folder build of PR Studio into a DMG on macOS.
set -euo pipefail
cd "$(dirname "$0")/../.."
test -x dist/prstudio/prstudio || { echo "Build first: uv run --with pyinstaller pyinstaller packaging/prstudio.spec"; exit 1; }
dist/prstudio/prstudio self-check
staging=$(mktemp -d)
cp -R dist/prstudio "$staging/PR Studio"
hdiutil create -volname "PR Studio" -srcfolder "$staging" -ov -format UDZO dist/PRStudio.dmg
rm -rf "$staging"
echo "dist/PRStudio.dmg"
