"""API keys: resolved explicitly, then from the OS keychain, then from the environment.

Keys are never written to our own files or logs. The keychain goes through
``keyring``; when no keychain exists (some Linux desktops) the caller is told
so and may keep the key for the session only.
"""

from __future__ import annotations

import os

import keyring
import keyring.errors

from desktop.core.engines.endpoints import is_official_host
from desktop.core.errors import InputError

SERVICE = "PR Studio"
ENVIRONMENT_NAMES = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY"}


def resolve_api_key(provider: str, api_key_env: str | None = None, *, endpoint: str | None = None) -> str | None:
    """The key for ``provider``; ``endpoint`` is where it will be sent (None: the provider's own API).

    ``OPENAI_API_KEY`` and ``ANTHROPIC_API_KEY`` are keys for those providers only: they are never
    sent to another address (a company server, a proxy), which gets a key named explicitly instead.
    """
    if api_key_env:
        value = os.environ.get(api_key_env)
        if not value:
            raise InputError(
                f"환경 변수 {api_key_env}에 API 키가 없습니다.",
                f"the environment variable {api_key_env} holds no API key.",
                key="--api-key-env",
            )
        return value
    stored = keychain_get(provider)
    if stored:
        return stored
    if not is_official_host(provider, endpoint):
        return None
    return os.environ.get(ENVIRONMENT_NAMES.get(provider, "")) or None


def keychain_get(provider: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, provider)
    except keyring.errors.KeyringError:
        return None


def keychain_set(provider: str, key: str) -> bool:
    """Store a key; False when this computer has no usable keychain."""
    try:
        keyring.set_password(SERVICE, provider, key)
    except (keyring.errors.KeyringError, RuntimeError):
        return False
    return True


def keychain_backend() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"
