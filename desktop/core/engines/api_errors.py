"""Mapping the paid-API SDKs' exceptions (OpenAI, Anthropic) to PR Studio's typed errors.

Both SDKs share the same exception shapes (status errors with a code,
connection and timeout errors), so one translation serves both. A server's
own explanation is passed on as a sentence ("upstream model crashed"), never
as the Python dict or HTML page it arrived in.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.errors import (
    BadApiKey,
    ContextTooSmall,
    EngineError,
    EngineUnreachable,
    ModelMissing,
    RateLimited,
)

_TAGS = re.compile(r"<[^>]{0,200}>")


def readable_reason(body: Any) -> str:
    """The human part of an error body: ``error.message`` of a JSON error, else its text without markup."""
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            body = inner.get("message") or inner.get("type") or ""
        else:
            body = inner if isinstance(inner, str) else body.get("message", "")
    text = " ".join(_TAGS.sub(" ", str(body or "")).split())
    return text[:300] + ("…" if len(text) > 300 else "")


def translate_api_error(exc: Exception, service: str, model: str, sdk: Any) -> EngineError:
    status = getattr(exc, "status_code", None)
    body = str(getattr(exc, "body", "") or exc)
    if isinstance(exc, sdk.APITimeoutError):
        return EngineUnreachable(
            f"{service}가 제한 시간 안에 응답하지 않았습니다. 잠시 뒤 다시 시도하세요.",
            f"{service} did not answer in time. Try again shortly.",
        )
    if isinstance(exc, sdk.APIConnectionError):
        return EngineUnreachable(
            f"{service}에 연결할 수 없습니다. 인터넷 연결과 주소(base URL)를 확인하세요.",
            f"Cannot reach {service}. Check the internet connection and the base URL.",
        )
    if status in (401, 403):
        return BadApiKey(
            f"{service} API 키가 올바르지 않습니다. 설정에서 키를 다시 저장하세요.",
            f"The {service} API key was rejected. Save the key again in Settings.",
        )
    if status == 404:
        return ModelMissing(
            f"{service}에 '{model}' 모델이 없습니다. 설정에서 모델 이름을 확인하세요.",
            f"{service} has no model '{model}'. Check the model name in Settings.",
        )
    if status == 429 or status == 529 or "overloaded" in body or "rate_limit" in body:
        return RateLimited(
            f"{service} 사용량 한도에 걸렸거나 서버가 바쁩니다. 잠시 뒤 다시 시도하세요.",
            f"{service} is rate-limiting or overloaded. Try again in a moment.",
        )
    if status == 400 and ("context" in body or "too long" in body or "maximum" in body):
        return ContextTooSmall(
            f"{service} 모델의 문맥 창보다 요청이 깁니다. 참고 자료를 줄이세요.",
            f"The request is longer than the {service} model's context window. Shorten the reference text.",
        )
    return _other_error(exc, service, status)


def _other_error(exc: Exception, service: str, status: object) -> EngineError:
    """What the server said, as a sentence: never a Python dict or an HTML page."""
    reason = (
        readable_reason(getattr(exc, "body", None))
        or readable_reason(getattr(exc, "message", ""))
        or type(exc).__name__
    )
    if isinstance(status, int) and status >= 500:
        return EngineError(
            f"{service} 서버 오류(HTTP {status}): {reason}. 잠시 뒤 다시 시도하세요.",
            f"{service} server error (HTTP {status}): {reason}. Try again shortly.",
        )
    where = f"HTTP {status}" if status else type(exc).__name__
    return EngineError(f"{service} 오류({where}): {reason}", f"{service} error ({where}): {reason}")
