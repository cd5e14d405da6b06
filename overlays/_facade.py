"""What the resource objects (`appaloosa.Appaloosa(52, "KEY")`) add to the generated ones.

The generated `<package>.resources.Resources` holds the methods, one attribute per tag, over
a generated client; a provider's class combines it with a facade from here, which builds
that client with the provider's factory and adds `with_options()` and closing:

- `with_options(timeout=, max_retries=)` returns a copy whose client sends through the
  same network transport, so the copy shares the connection pool; the copy does not own
  that transport, so closing it leaves the original working;
- `with` / `async with` (or `close()` / `aclose()`) close the pool.
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Generic, Protocol, Self, TypeVar

import httpx

from ._client import Options, TimeoutTypes

if TYPE_CHECKING:  # a Protocol class costs more to create than everything else here
    # and the transport (httpx-retries, asyncio) loads with the first client
    from ._transport import AnyTransport

    class _GeneratedClient(Protocol):
        """What the facades use of a generated `AuthenticatedClient`."""

        def get_httpx_client(self) -> httpx.Client: ...

        def get_async_httpx_client(self) -> httpx.AsyncClient: ...


ClientT = TypeVar("ClientT", bound="_GeneratedClient")


class _Borrowed(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Another client's network transport, for a copy: sends through it, never closes it."""

    def __init__(self, inner: AnyTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._inner, httpx.BaseTransport):
            raise TypeError(f"{self._inner!r} cannot send a sync request")
        return self._inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._inner, httpx.AsyncBaseTransport):
            raise TypeError(f"{self._inner!r} cannot send an async request")
        return await self._inner.handle_async_request(request)

    def close(self) -> None:
        """Nothing: the client that lent the transport closes it."""

    async def aclose(self) -> None:
        """Nothing: the client that lent the transport closes it."""


class Facade(Generic[ClientT]):
    """Builds the generated client of a resource object from the provider's factory."""

    _factory: Callable[..., ClientT]
    _timeout: TimeoutTypes
    _max_retries: int
    _options: Options
    _network: AnyTransport
    _generated: ClientT

    def _connect(
        self,
        factory: Callable[..., ClientT],
        timeout: TimeoutTypes,
        max_retries: int,
        options: Options,
        *,
        lender: Facade[ClientT] | None = None,
    ) -> None:
        """Build the client with `factory(timeout=, max_retries=, **options)` and hand it to
        the generated resources; with `lender`, send through the lender's network transport
        without owning it."""
        self._factory = factory  # a closure: the credentials stay out of any repr
        self._timeout = timeout
        self._max_retries = max_retries
        self._options = options
        if lender is not None:
            self._network = lender._network
            transport: AnyTransport = _Borrowed(lender._network)
        else:
            from ._network import Network  # here: see the TYPE_CHECKING imports above

            self._network = options.get("transport") or Network(
                options.get("http_backend", "httpx")
            )
            transport = self._network
        self._generated = factory(
            timeout=timeout, max_retries=max_retries, **{**options, "transport": transport}
        )
        # The next class in the MRO is the generated Resources / AsyncResources.
        super().__init__(self._generated)  # type: ignore[call-arg]

    @property
    def client(self) -> ClientT:
        """The generated `AuthenticatedClient` every call goes through."""
        return self._generated

    def with_options(
        self, *, timeout: TimeoutTypes | None = None, max_retries: int | None = None
    ) -> Self:
        """A copy with another timeout (seconds or an `httpx.Timeout`) or retry count,
        sharing this one's connection pool; closing the copy does not close the pool."""
        twin = object.__new__(type(self))
        twin._connect(
            self._factory,
            self._timeout if timeout is None else timeout,
            self._max_retries if max_retries is None else max_retries,
            self._options,
            lender=self,
        )
        return twin

    def __repr__(self) -> str:
        return f"<{type(self).__name__} max_retries={self._max_retries}>"


class SyncFacade(Facade[ClientT]):
    """A sync resource object: `with Provider(...) as api:` closes the pool on exit."""

    def close(self) -> None:
        """Close the connections (a copy from `with_options` closes only its own client)."""
        self._generated.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncFacade(Facade[ClientT]):
    """An async resource object: `async with Provider(...) as api:` closes the pool on exit."""

    async def aclose(self) -> None:
        """Close the connections (a copy from `with_options` closes only its own client)."""
        await self._generated.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()


__all__ = ["AsyncFacade", "Facade", "SyncFacade"]
