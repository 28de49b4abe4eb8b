"""Entry point of the frozen ``prstudio`` command line (PyInstaller starts here); no arguments open the window."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
