"""One PR Studio window per user data folder: a second launch brings the first to the front.

Two windows on one history database would each think they own it (two
generations writing, two settings files racing). The first program listens on
a local socket named after its user data folder, so tests and people with
their own ``PRSTUDIO_HOME`` stay separate; a second launch finds it, asks it
to come forward and quits.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 500


def server_name(data_folder: Path) -> str:
    digest = hashlib.sha256(str(data_folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"prstudio-{digest}"


class SingleInstance(QObject):
    #: A second launch asked this program to show itself.
    activated = Signal()

    def __init__(self, data_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_folder)
        self.server: QLocalServer | None = None

    def notify_running(self) -> bool:
        """True when another PR Studio on this folder answered (and was asked to come forward)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(b"show\n")
        socket.flush()
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # a socket file left by a program that crashed
            if not server.listen(self.name):
                return False
        server.newConnection.connect(self._answer)
        self.server = server
        return True

    def _answer(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            self.activated.emit()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
