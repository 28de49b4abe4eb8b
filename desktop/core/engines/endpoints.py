"""Where an engine's requests go: on this PC, or somewhere the company's data would travel to.

Consent, the privacy ledger and the status bar's "sent outside this PC" all
hang on one question: is the engine's address loopback? A paid API, a
colleague's Ollama and a company's vLLM server on the LAN all leave the
machine; only 127.0.0.0/8, ::1 and ``localhost`` do not. Names are not looked
up: a name that happens to point back at this PC still counts as leaving,
which errs on the side of asking. Addresses may carry credentials
(``http://user:password@host``); they are redacted before being stored or shown.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import SplitResult, urlsplit, urlunsplit

#: The hosts each provider's own key (from its usual environment variable) may be sent to.
OFFICIAL_HOSTS = {"openai": ("api.openai.com",), "anthropic": ("api.anthropic.com",), "ollama": ("ollama.com",)}
#: Where the paid APIs' SDKs send requests when no address is given.
OFFICIAL_ADDRESSES = {"openai": "https://api.openai.com/v1", "anthropic": "https://api.anthropic.com"}
_SECRET_QUERY = re.compile(r"((?:api[_-]?key|key|token|secret|password|sig)=)[^&#]*", re.IGNORECASE)


def _split(url: str) -> SplitResult:
    return urlsplit(url if "://" in url else f"http://{url}")


def host_of(url: str) -> str:
    try:
        return (_split(url).hostname or "").lower()
    except ValueError:
        return ""


def leaves_machine(url: str | None) -> bool:
    """True unless ``url`` is empty (an in-process engine) or names a loopback address."""
    if not url:
        return False
    host = host_of(url)
    if host == "localhost" or host.endswith(".localhost"):
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return True  # a name (or something unreadable): assume it is another computer
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return not (address.is_loopback or address.is_unspecified)


def is_official_host(provider: str, url: str | None) -> bool:
    """No address means the provider's own default; otherwise the host must be the provider's."""
    if not url:
        return True
    host = host_of(url)
    return any(host == official or host.endswith("." + official) for official in OFFICIAL_HOSTS.get(provider, ()))


def redact_url(url: str) -> str:
    """``url`` without its password and secret-looking query values, fit to store or show."""
    if not url:
        return url
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if "@" in netloc:
            user_info, _, host = netloc.rpartition("@")
            user = user_info.split(":", 1)[0]
            netloc = f"{user}:***@{host}" if ":" in user_info else f"***@{host}"
        query = _SECRET_QUERY.sub(r"\1***", parts.query)
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:
        return "***"
