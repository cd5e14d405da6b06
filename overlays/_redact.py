"""Keep credentials out of log lines, exception messages, tracebacks and reprs.

Two nets, both applied wherever text leaves the overlays:

- **the values themselves**: every client registers its credentials (`register`), and any
  text is masked for each live credential verbatim, percent-encoded and, for HTTP basic,
  as its base64 header value: whatever shape an echo takes, the value is gone;
- **patterns**, for credentials the overlays never saw (an error page quoting somebody
  else's key): `api_key=...` in URLs, `"api_key": "..."` in JSON, `Access-Token: ...`
  and `Authorization: Basic ...` echoed as header lines.

The log filter sits on every library logger that prints requests, responses or their
headers: httpx2, tenacity, aiohttp's client and httpcore2's trace loggers (its DEBUG lines
show each response's headers, Appaloosa's `Link` with `api_key` and any `Set-Cookie`).
"""

from __future__ import annotations

import base64
import functools
import logging
import re
import threading
import weakref
from collections.abc import Iterable, Iterator
from typing import Protocol
from urllib.parse import quote

import httpx2

SECRET_PARAMS = frozenset(
    {"api_key", "apikey", "key", "token", "access_token", "secret", "password", "signature"}
)
"""Query parameter names whose values are masked wherever a URL is shown."""
SECRET_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "access-token",
        "x-api-key",
        "api-key",
        "cookie",
        "set-cookie",
    }
)
"""Header names whose values are masked in reprs and in echoed header lines."""
MASK = "***"
_MIN_SECRET = 8  # shorter "credentials" (a test's "user") would mask ordinary words in every text

_NAMES = "|".join(sorted(SECRET_PARAMS))
# A JSON or form field named like a credential: `api_key`, `application_secret`, `root_token`.
_FIELD = rf"[A-Za-z0-9_.-]*(?:{_NAMES}|authorization|cookie)"


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The credential-like patterns, compiled when text is first redacted (a log line shown,
    an error raised): compiling them takes longer than importing the rest of this module."""
    return (
        # a header line echoed by an error page: `Access-Token: ...`, `Authorization: Basic ...`
        (
            re.compile(
                r"(?im)\b(authorization|proxy-authorization)(\s*[:=]\s*)"
                r"((?:basic|bearer|digest|token)\s+)?[^\s\"'<>,;]+"
            ),
            rf"\1\2\3{MASK}",
        ),
        (
            re.compile(
                r"(?i)\b(access-token|x-api-key|api-key|cookie|set-cookie)(\s*:\s*)[^\s<\"',]+"
            ),
            rf"\1\2{MASK}",
        ),
        # name=value in a query string or a form body
        (re.compile(rf"(?i)\b({_FIELD})=([^&\s#\"'<>]+)"), rf"\1={MASK}"),
        # "name": "value" (or 'name': 'value', as Python reprs quote) in JSON-like text
        (
            re.compile(rf"""(?i)(["']{_FIELD}["']\s*:\s*)(["'])(?:\\.|(?!\2).)*\2"""),
            rf"\1\2{MASK}\2",
        ),
        # httpcore's traces show headers as byte pairs: (b'Set-Cookie', b'session=...')
        (
            re.compile(
                r"(?i)(\(b['\"](?:" + "|".join(sorted(SECRET_HEADERS)) + r")['\"],\s*b)(['\"])"
                r"(?:\\.|(?!\2).)*\2"
            ),
            rf"\1\2{MASK}\2",
        ),
    )


class HasSecrets(Protocol):
    """An object holding credentials (an auth flow): it can list them, for masking."""

    def secret_values(self) -> Iterable[str]: ...


_holders: weakref.WeakSet[HasSecrets] = weakref.WeakSet()
_holders_lock = threading.Lock()


def register(holder: HasSecrets) -> None:
    """Mask `holder`'s credentials in every text the overlays let out, for as long as it lives."""
    with _holders_lock:
        _holders.add(holder)


def basic_forms(username: str, password: str) -> list[str]:
    """What an HTTP basic credential looks like in text: its parts and its header value."""
    pair = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
    return [username, password, pair]


def _known_values() -> Iterator[str]:
    with _holders_lock:
        holders = list(_holders)
    for holder in holders:
        for value in holder.secret_values():
            if len(value) >= _MIN_SECRET:
                yield value
                encoded = quote(value, safe="")
                if encoded != value:
                    yield encoded


def redact_text(text: str) -> str:
    """`text` with every known credential and every credential-like pattern masked."""
    if not text:
        return text
    # Longest first: a token that contains another is masked whole.
    for value in sorted(set(_known_values()), key=len, reverse=True):
        if value in text:
            text = text.replace(value, MASK)
    for pattern, replacement in _patterns():
        text = pattern.sub(replacement, text)
    return text


def redact_url(url: httpx2.URL) -> str:
    """The URL as text, without user info and with credential-like query values masked."""
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    if any(name.lower() in SECRET_PARAMS for name in url.params):
        query = "&".join(
            f"{quote(name, safe='')}="
            f"{MASK if name.lower() in SECRET_PARAMS else quote(value, safe='')}"
            for name, value in url.params.multi_items()
        )
        return redact_text(f"{url.copy_with(query=None)}?{query}")
    return redact_text(str(url))


def redact_headers(headers: httpx2.Headers) -> httpx2.Headers:
    """A copy of `headers` with credential headers masked (httpx2 masks `Authorization` only)."""
    return httpx2.Headers(
        [
            (name, MASK if name.lower() in SECRET_HEADERS else redact_text(value))
            for name, value in headers.multi_items()
        ]
    )


def redact_request(request: httpx2.Request) -> httpx2.Request:
    """A stand-in for `request` that is safe to keep on an exception: the same method, the
    URL and headers masked, the same extensions (the operation name), and no body."""
    safe = httpx2.Request(
        request.method,
        redact_url(request.url),
        headers=redact_headers(request.headers),
        extensions=dict(request.extensions),
    )
    return safe


class RedactingFilter(logging.Filter):
    """Masks credentials in the records of the libraries that log requests and responses."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_text(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_FILTERED_LOGGERS = (
    "httpx2",
    "tenacity",
    # httpcore2's Trace loggers: one per module that traces (response headers at DEBUG).
    "httpcore2.connection",
    "httpcore2.connection_pool",
    "httpcore2.http11",
    "httpcore2.http2",
    "httpcore2.proxy",
    "httpcore2.socks",
    "hpack.hpack",
    "aiohttp.client",
    "overlays",
)


def install_log_filter() -> None:
    """Attach one `RedactingFilter` to each logger that prints URLs or headers (idempotent)."""
    for name in _FILTERED_LOGGERS:
        target = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in target.filters):
            target.addFilter(RedactingFilter())
