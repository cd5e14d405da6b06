"""The typed entry points of `overlays.push_express` (Push.Express application groups): generated
from its descriptor (overlays/_registry.py) and its spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, Unpack

from overlays._facade import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncResourceObject,
    Options,
    SyncResourceObject,
    TimeoutTypes,
    build_client,
)
from overlays._registry import PROVIDERS

from .client import AuthenticatedClient
from .resources import AsyncResources, Resources

if TYPE_CHECKING:
    from overlays.fakes import Fake

PROVIDER = PROVIDERS["push_express"]
BASE_URL = "https://core.push.express/api/b/v2"
"""The API root `client()` uses by default."""
ERRORS = PROVIDER.errors
"""Where this API's error bodies keep their message, code and request id."""


class Credentials(TypedDict):
    """The credentials `client()` takes, by name (what `fake.credentials` holds)."""

    token: str


def client(
    token: str,
    *,
    base_url: str = BASE_URL,
    timeout: TimeoutTypes = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    **options: Unpack[Options],
) -> AuthenticatedClient:
    """Push.Express application groups: a client for every `push_express_client.api` function."""
    credentials = {"token": token}
    return build_client(
        PROVIDER,
        AuthenticatedClient,
        base_url,
        timeout,
        max_retries,
        options,
        credentials,
    )


class PushExpress(SyncResourceObject[AuthenticatedClient], Resources):
    """Every Push.Express application groups operation as a method, one attribute per tag."""

    def __init__(
        self,
        token: str,
        *,
        base_url: str = BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        **options: Unpack[Options],
    ) -> None:
        """The same arguments as `client()`."""
        generated = self._connect(
            lambda **settings: client(token, base_url=base_url, **settings),
            timeout,
            max_retries,
            options,
        )
        self.__init_resources__(generated)


class AsyncPushExpress(AsyncResourceObject[AuthenticatedClient], AsyncResources):
    """The async `PushExpress`: `await api.<tag>.<method>(...)`, `async for` over listings."""

    def __init__(
        self,
        token: str,
        *,
        base_url: str = BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        **options: Unpack[Options],
    ) -> None:
        """The same arguments as `client()`."""
        generated = self._connect(
            lambda **settings: client(token, base_url=base_url, **settings),
            timeout,
            max_retries,
            options,
        )
        self.__init_resources__(generated)


def fake(
    token: str = "fake-push-express-token",
    *,
    seed: int | None = None,
) -> Fake[AuthenticatedClient, PushExpress, AsyncPushExpress, Credentials]:
    """A stateful in-memory fake of this API that accepts these credentials (see
    `overlays.fakes`); `seed` makes its ids reproducible. Imported on first use."""
    from overlays.fakes import make_fake

    credentials = {"token": token}
    return make_fake(
        PROVIDER, credentials, seed, factories=(client, PushExpress, AsyncPushExpress)
    )


__all__ = [
    "BASE_URL",
    "ERRORS",
    "AsyncPushExpress",
    "Credentials",
    "PushExpress",
    "client",
    "fake",
]
