#!/usr/bin/env bash
# Refreshes the English translation of the window (the sources are Korean):
# lupdate collects every tr() string into assets/i18n/prstudio_en.ts (edit it in
# Qt Linguist), lrelease compiles the .qm file the program loads. Commit both.
set -euo pipefail
cd "$(dirname "$0")/.."
uv run pyside6-lupdate desktop/app.py desktop/ui/*.py -source-language ko -target-language en -ts assets/i18n/prstudio_en.ts -no-obsolete
uv run pyside6-lrelease assets/i18n/prstudio_en.ts -qm assets/i18n/prstudio_en.qm
