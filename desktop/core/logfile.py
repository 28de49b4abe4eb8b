"""The program's log: one rotating file in the user data folder, honest about failing to be written.

Unexpected errors are written here for the people who fix them; the user sees
a short apology that names this file. The file rotates (a few files of 1 MB)
so years of use never fill a disk. When the folder cannot be written (the
disk is full, which may be why something failed), the caller is told so and
must not point the user at a log that does not hold the error.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop import paths
from desktop.core.errors import PRStudioError

LOG_NAME = "prstudio.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
LOGGER = "prstudio"


class _QuietRotatingHandler(RotatingFileHandler):
    """A log write that fails (a full disk) is remembered, not printed as a traceback of its own."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        self.failed = True


def install_log_file() -> Path | None:
    """Attach the rotating log to the "prstudio" logger; its path, or None when it cannot be opened."""
    logger = logging.getLogger(LOGGER)
    try:
        target = paths.log_dir() / LOG_NAME
    except PRStudioError:
        return None
    for handler in list(logger.handlers):
        if isinstance(handler, _QuietRotatingHandler):
            if Path(handler.baseFilename) == target.resolve():
                return target
            logger.removeHandler(handler)  # the data folder moved (PRSTUDIO_HOME): follow it
            handler.close()
    try:
        handler = _QuietRotatingHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    return target


def log_error(message: str, details: str) -> Path | None:
    """Write an error to the log; the log's path when it was written, None when it could not be."""
    target = install_log_file()
    handler = next((h for h in logging.getLogger(LOGGER).handlers if isinstance(h, _QuietRotatingHandler)), None)
    if target is None or handler is None:
        return None
    handler.failed = False
    logging.getLogger(LOGGER).error("%s\n%s", message, details)
    handler.flush()
    return None if handler.failed else target
