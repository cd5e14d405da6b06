"""Configure a generated client class: timeout, auth, transport and error types.

The overlays return the generated package's own `AuthenticatedClient`, so every generated
function (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) works with it unchanged;
everything the overlays add travels in `httpx_args`, which the generated client passes to
both the `httpx.Client` and the `httpx.AsyncClient` it creates, and which survives
`with_headers()`, `with_timeout()` and friends.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Literal, TypedDict, TypeVar

import httpx

from ._aiohttp import check_http_backend
from ._error_format import ErrorFormat
from .errors import APIResponseValidationError

if TYPE_CHECKING:  # the transport (and asyncio, via httpx-retries) loads with the first client
    from ._retry import Sleep
    from ._transport import AnyTransport
    from .drift import DriftLog, Finding

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""30 s to read, write or wait for a pooled connection; 5 s to connect."""
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
"""32 MiB, once decompressed (`Options.max_response_bytes`)."""

TimeoutTypes = httpx.Timeout | float | int
HttpBackend = Literal["httpx", "aiohttp"]


class Options(TypedDict, total=False):
    """Optional keyword arguments every client factory accepts."""

    transport: AnyTransport
    """Send through this transport instead of the network (a proxy, `httpx.MockTransport`)."""
    sleep: Sleep
    """Wait between retries with this instead of `time.sleep` / `asyncio.sleep`."""
    validate_responses: bool
    """Check 2xx JSON bodies against the spec's schemas (default True)."""
    http_backend: HttpBackend
    """The network under async calls: "httpx" (default) or "aiohttp" (needs the `aiohttp`
    extra; much faster with many requests in flight). Sync calls always use httpx."""
    max_response_bytes: int
    """The largest response body read, once decompressed (default 32 MiB); a larger one
    raises `errors.ResponseTooLargeError`, error bodies included."""
    drift: bool | DriftLog
    """Record what answers show that the spec does not say (default True; a `DriftLog` to
    share one between clients): see `overlays.drift`."""
    on_drift: Callable[[Finding], object]
    """Called with each new drift finding of this client."""


C = TypeVar("C")


def checked_timeout(timeout: TimeoutTypes) -> httpx.Timeout | float:
    """`timeout` as the generated client keeps it: an `httpx.Timeout` (per phase), or seconds
    as a float (every phase, and each attempt as a whole)."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
        raise ValueError(f"timeout must be an httpx.Timeout or a positive number, not {timeout!r}")
    return float(timeout)


def checked_limit(limit: object) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"max_response_bytes must be a positive integer, not {limit!r}")
    return limit


def build_client(
    client_class: Callable[..., C],
    *,
    base_url: str,
    auth: httpx.Auth,
    package: ModuleType,
    errors: ErrorFormat,
    timeout: TimeoutTypes,
    max_retries: int,
    options: Options,
) -> C:
    """An instance of the generated `client_class` with everything the overlays add."""
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an absolute http(s) URL, not {base_url!r}")
    http_backend = check_http_backend(options.get("http_backend", "httpx"))
    from ._drift_observer import observer_for
    from ._transport import OverlayTransport  # here: see the TYPE_CHECKING imports above

    transport = OverlayTransport(
        package.__name__,
        errors,
        max_retries=max_retries,
        validate_responses=options.get("validate_responses", True),
        sleep=options.get("sleep"),
        transport=options.get("transport"),
        http_backend=http_backend,
        max_response_bytes=checked_limit(
            options.get("max_response_bytes", DEFAULT_MAX_RESPONSE_BYTES)
        ),
        drift=observer_for(package.__name__, options),
    )
    return client_class(
        base_url=base_url.rstrip("/"),
        timeout=checked_timeout(timeout),
        # Undocumented 2xx statuses become APIResponseValidationError (see the templates).
        raise_on_unexpected_status=True,
        response_validation_error=APIResponseValidationError,
        httpx_args={"auth": auth, "transport": transport},
    )
