"""Entry point of the frozen PR Studio program (PyInstaller starts here)."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
