"""Turn an error response into the right `overlays.errors` exception.

Each provider describes where its error body keeps the message, the error code and the
request id (`ErrorFormat`); everything else (choosing the class, coping with HTML, empty or
truncated bodies) is shared.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx2

from ._descriptor import ErrorFormat, pointer
from ._redact import redact_text
from .errors import APIStatusError, status_error_class

UNDECODABLE = "overlays.undecodable"
"""Response extension: why the body could not be decompressed (the body is then empty)."""
_MAX_MESSAGE = 300
_MAX_TEXT_SCANNED = 256 * 1024
"""An error page's message is in its first part; the rest is not scanned."""
# `<[^<>]*>`, not `<[^>]*>`: a tag cannot contain `<`, so each character is scanned once
# (a page of `<` characters made the other form quadratic: minutes for 300 KB).
_TAG = re.compile(r"<[^<>]*>")
_SPACE = re.compile(r"\s+")


def _short(text: str) -> str:
    text = _SPACE.sub(" ", text[:_MAX_TEXT_SCANNED]).strip()
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, ensure_ascii=False)
    except (ValueError, RecursionError):  # a lone surrogate is fine; nested too deep is not
        return f"<{type(value).__name__} nested too deep to show>"


def _text(response: httpx2.Response) -> str:
    """The body as text, in its declared charset when that is a text encoding that can
    decode it (a page may declare `rot13`, `base64` or `idna`), else in UTF-8; undecodable
    bytes are replaced, never raised."""
    charset = response.charset_encoding
    if charset:
        try:
            return response.content.decode(charset, errors="replace")
        except (LookupError, ValueError):  # not a text encoding, or refused (UnicodeError)
            pass
    return response.content.decode("utf-8", errors="replace")


def _decode(response: httpx2.Response) -> tuple[Any, bool]:
    """(body, is_json): the parsed JSON body, or the raw text when it is not JSON."""
    text = _text(response)
    try:
        return json.loads(text), True
    except (ValueError, RecursionError):  # RecursionError: nested too deep to parse
        return text, False


def _message_from_text(text: str, content_type: str) -> str:
    if not text.strip():
        return "empty response body"
    if "html" in content_type or text.lstrip().startswith("<"):
        import html  # on first use: most error bodies are JSON

        text = html.unescape(_TAG.sub(" ", text[:_MAX_TEXT_SCANNED]))
        return _short(text) or "HTML error page with no text"
    return _short(text)


def status_error(response: httpx2.Response, fmt: ErrorFormat) -> APIStatusError:
    """The exception for an error response whose body has been read."""
    if UNDECODABLE in response.extensions:
        why = f"the body could not be decoded: {response.extensions[UNDECODABLE]}"
        return status_error_class(response.status_code)(why, response=response, body=None)
    body, is_json = _decode(response)
    message = code = request_id = None
    if is_json and isinstance(body, dict):
        for path in fmt.message:
            value = pointer(body, path)
            if value not in (None, "", {}, []) and (text := _short(_as_text(value))):
                message = text
                break
        if fmt.code and (value := pointer(body, fmt.code)) is not None:
            code = _as_text(value)
        if fmt.request_id and (value := pointer(body, fmt.request_id)) is not None:
            request_id = _as_text(value)
    if message is None:
        if is_json:
            message = _short(_as_text(body))
        else:
            message = _message_from_text(body, response.headers.get("content-type", ""))
    # A body of blanks says nothing: the status line does. An error page may echo the
    # request URL, credentials and all: they are masked.
    message = redact_text(message) or f"{response.status_code} {response.reason_phrase or 'error'}"
    cls = status_error_class(response.status_code)
    return cls(message, response=response, body=body, code=code, request_id=request_id)
