"""Entry point of the windowed PR Studio program ("PR Studio.exe", the macOS app): it opens the window."""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
