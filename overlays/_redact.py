"""Keep credentials out of log lines and exception messages.

The overlays never put a credential in a message themselves; these helpers cover what comes
from elsewhere: URLs the API built (Appaloosa's `Link` headers carry `api_key`) and the text
of transport exceptions.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import quote

import httpx

SECRET_PARAMS = frozenset(
    {"api_key", "apikey", "key", "token", "access_token", "secret", "password", "signature"}
)
MASK = "***"
_SECRET_IN_TEXT = re.compile(
    r"(?i)\b(" + "|".join(sorted(SECRET_PARAMS)) + r")=([^&\s#\"'<>]+)",
)


def redact_url(url: httpx.URL) -> str:
    """The URL as text, without user info and with credential-like query values masked."""
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    if not any(name.lower() in SECRET_PARAMS for name in url.params):
        return str(url)
    query = "&".join(
        f"{quote(name, safe='')}={MASK if name.lower() in SECRET_PARAMS else quote(value, safe='')}"
        for name, value in url.params.multi_items()
    )
    return f"{url.copy_with(query=None)}?{query}"


def redact_text(text: str) -> str:
    """`text` with every `api_key=...`-style value masked."""
    return _SECRET_IN_TEXT.sub(rf"\1={MASK}", text)


class RedactingFilter(logging.Filter):
    """Masks credentials in records of libraries that log request URLs (httpx logs each
    request's full URL at INFO, httpx-retries its requests at DEBUG)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_text(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_FILTERED_LOGGERS = ("httpx", "httpx_retries.transport", "httpx_retries.retry")


def install_log_filter() -> None:
    """Attach one `RedactingFilter` to the loggers that print URLs (idempotent)."""
    for name in _FILTERED_LOGGERS:
        target = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in target.filters):
            target.addFilter(RedactingFilter())
