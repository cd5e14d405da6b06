"""What a provider's typed entry points stand on.

From a provider's descriptor (`_registry.py`) and its spec, the build writes its typed entry
points into its generated package (`<package>/facade.py`: `client()`, the resource objects,
`fake()`, `Credentials`), each a few lines over what is here:

- `build_client()`: the generated client with the runtime `Policy` the overlays add;
- `ResourceObject`: `with_options()`, closing, and the client the generated `Resources`
  compose.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypedDict, TypeVar

import httpx2

from . import _runtime
from ._descriptor import ErrorFormat, Provider
from ._drift_observer import observer_for
from ._runtime import (
    DEFAULT_MAX_RESPONSE_BYTES,
    HttpBackend,
    Network,
    Policy,
    check_http_backend,
    lend,
)
from .errors import APIResponseValidationError

if TYPE_CHECKING:
    from ._retry import Sleep
    from ._runtime import ClientBase
    from .drift import DriftLog, Finding

DEFAULT_TIMEOUT = httpx2.Timeout(30.0, connect=5.0)
"""30 s to read, write or wait for a pooled connection; 5 s to connect (per phase)."""
DEFAULT_MAX_RETRIES = 2

TimeoutTypes = httpx2.Timeout | float | int
"""Seconds (every phase, and each attempt as a whole) or an `httpx2.Timeout` (per phase)."""


class Options(TypedDict, total=False):
    """Optional keyword arguments every client factory (and resource object) accepts."""

    transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport
    """Send through this transport instead of the network (a proxy, `httpx2.MockTransport`)."""
    sleep: Sleep
    """Wait between retries with this instead of `time.sleep` / `asyncio.sleep`."""
    validate_responses: bool
    """Check 2xx JSON bodies against the spec's schemas (default True)."""
    http_backend: HttpBackend
    """The network under async calls: "aiohttp" (default) or "httpx2" (httpcore2's pool).
    Sync calls always use httpcore2's pool."""
    max_response_bytes: int
    """The largest response body read, once decompressed (default 32 MiB); a larger one
    raises `errors.ResponseTooLargeError`, error bodies included."""
    drift: bool | DriftLog
    """Record what answers show that the spec does not say (default True; a `DriftLog` to
    share one between clients): see `overlays.drift`."""
    on_drift: Callable[[Finding], object]
    """Called with each new drift finding of this client."""


def checked_timeout(timeout: TimeoutTypes) -> httpx2.Timeout | float:
    """`timeout` as the generated client keeps it: an `httpx2.Timeout` (per phase), or
    seconds as a float (every phase, and each attempt as a whole)."""
    if isinstance(timeout, httpx2.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
        raise ValueError(f"timeout must be an httpx2.Timeout or a positive number, not {timeout!r}")
    return float(timeout)


def checked_limit(limit: object) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"max_response_bytes must be a positive integer, not {limit!r}")
    return limit


ClientT = TypeVar("ClientT", bound="ClientBase")


def build_client(
    provider: Provider,
    client_class: Callable[..., ClientT],
    base_url: str,
    timeout: TimeoutTypes,
    max_retries: int,
    options: Options,
    credentials: Mapping[str, Any],
) -> ClientT:
    """An instance of the generated `client_class` with everything the overlays add."""
    values = provider.checked(credentials)
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be 0 or more, not {max_retries!r}")
    backend = check_http_backend(options.get("http_backend", _runtime.DEFAULT_HTTP_BACKEND))
    policy = Policy(
        credentials=provider.auth.render(values),
        max_retries=max_retries,
        sleep=options.get("sleep"),
        errors=provider.errors,
        validate=options.get("validate_responses", True),
        package=provider.package,
        max_response_bytes=checked_limit(
            options.get("max_response_bytes", DEFAULT_MAX_RESPONSE_BYTES)
        ),
        http_backend=backend,
        drift=observer_for(provider.package, options),
    )
    transport = options.get("transport") or Network(backend)
    return client_class(
        base_url=provider.root(base_url, values),
        timeout=checked_timeout(timeout),
        # Undocumented 2xx statuses become APIResponseValidationError (see the templates).
        raise_on_unexpected_status=True,
        response_validation_error=APIResponseValidationError,
        httpx_args={"transport": transport},
        policy=policy,
    )


# --- resource objects --------------------------------------------------------------------------


class ResourceObject(Generic[ClientT]):
    """What a provider's resource objects (`Appaloosa(52, "KEY")`) add to the generated
    `Resources`, which hold the methods, one attribute per tag, over a generated client:

    - `with_options(timeout=, max_retries=)` returns a copy whose client sends through the
      same connection pools; the copy does not own them, so closing it leaves the original
      working;
    - `with` / `async with` (or `close()` / `aclose()`) close the pools.
    """

    _factory: Callable[..., ClientT]
    _timeout: TimeoutTypes
    _max_retries: int
    _options: Options
    _generated: ClientT

    def _connect(
        self,
        factory: Callable[..., ClientT],
        timeout: TimeoutTypes,
        max_retries: int,
        options: Options,
    ) -> ClientT:
        """Build the client with `factory(timeout=, max_retries=, **options)`; keep what
        `with_options` needs (the factory is a closure: the credentials stay out of reprs)."""
        self._factory = factory
        self._timeout = timeout
        self._max_retries = max_retries
        self._options = options
        self._generated = factory(timeout=timeout, max_retries=max_retries, **options)
        return self._generated

    @property
    def client(self) -> ClientT:
        """The generated `AuthenticatedClient` every call goes through."""
        return self._generated

    def with_options(
        self, *, timeout: TimeoutTypes | None = None, max_retries: int | None = None
    ) -> Self:
        """A copy with another timeout (seconds or an `httpx2.Timeout`) or retry count,
        sharing this one's connection pools; closing the copy does not close them."""
        lent = lend(self._generated._httpx_args["transport"])
        twin = object.__new__(type(self))
        generated = twin._connect(
            self._factory,
            self._timeout if timeout is None else timeout,
            self._max_retries if max_retries is None else max_retries,
            {**self._options, "transport": lent},
        )
        twin.__init_resources__(generated)
        return twin

    def __init_resources__(self, client: ClientT) -> None:
        """Hand the client to the generated `Resources` (the next class in the MRO)."""
        super().__init__(client)  # type: ignore[call-arg]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} max_retries={self._max_retries}>"


class SyncResourceObject(ResourceObject[ClientT]):
    """A sync resource object: `with Provider(...) as api:` closes the pool on exit."""

    def close(self) -> None:
        """Close the connections (a copy from `with_options` leaves them open)."""
        self._generated.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncResourceObject(ResourceObject[ClientT]):
    """An async resource object: `async with Provider(...) as api:` closes the pool on exit."""

    async def aclose(self) -> None:
        """Close the connections (a copy from `with_options` leaves them open)."""
        await self._generated.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()


__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncResourceObject",
    "ErrorFormat",
    "Options",
    "ResourceObject",
    "SyncResourceObject",
    "TimeoutTypes",
    "build_client",
]
