"""Retrying busy servers: a 429 or a 5xx gets two more tries, after the wait the server asks for.

The paid-API SDKs retry by themselves (``max_retries``, with backoff and the
``Retry-After`` header honoured); we only pass the number. ollama-python has
no retries of its own, and httpx's transport retries cover failed connections
only, so the Ollama client gets the ``httpx-retries`` transport: 429, 502, 503
and 504 (Ollama's "server busy", a proxy in front of it) are tried again after
``Retry-After`` or a short backoff. Failed connections and timeouts are not
retried here: "Ollama is not running" must be said at once, and the read
timeout is the no-first-token watchdog.
"""

from __future__ import annotations

import urllib.request
from urllib.parse import urlsplit

import httpx
from httpx_retries import Retry, RetryTransport

#: Tries after the first one, for every engine that talks HTTP.
MAX_RETRIES = 2
RETRY_STATUSES = (429, 502, 503, 504)
#: The longest wait between two tries, even when the server asks for more.
MAX_WAIT_SECONDS = 30.0


def ollama_transport(url: str) -> RetryTransport:
    """A transport for one Ollama address that retries busy answers, through the user's proxy if any."""
    retry = Retry(
        total=MAX_RETRIES,
        allowed_methods=("GET", "POST", "HEAD", "DELETE"),
        status_forcelist=RETRY_STATUSES,
        retry_on_exceptions=(),
        backoff_factor=0.5,
        respect_retry_after_header=True,
        max_backoff_wait=MAX_WAIT_SECONDS,
    )
    return RetryTransport(transport=httpx.HTTPTransport(proxy=environment_proxy(url)), retry=retry)


def environment_proxy(url: str) -> str | None:
    """The proxy the user's environment names for ``url`` (a custom transport would otherwise skip it)."""
    parts = urlsplit(url if "://" in url else f"http://{url}")
    if urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(parts.scheme) or proxies.get("all")
