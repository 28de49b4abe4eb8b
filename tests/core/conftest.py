"""Fixtures for the core tests that need "another computer" without leaving this one."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer


@pytest.fixture
def proxy(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> HTTPServer:
    """A loopback server standing in for a remote machine, reached as the HTTP proxy.

    Engines address 192.0.2.x (a documentation range no machine answers on);
    httpx honours ``HTTP_PROXY`` as it does for every user and delivers the
    request to this loopback server, which answers as Ollama or OpenAI would.
    The address the engine meant is in the request's ``Host`` header.
    """
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", httpserver.url_for("").rstrip("/"))
    return httpserver
