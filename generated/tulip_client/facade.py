"""The typed entry points of `overlays.tulip` (Tulip app groups): generated
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

PROVIDER = PROVIDERS["tulip"]
BASE_URL: str | None = None
"""The API root `client()` uses by default (none: each customer has their own)."""
ERRORS = PROVIDER.errors
"""Where this API's error bodies keep their message, code and request id."""


class Credentials(TypedDict):
    """The credentials `client()` takes, by name (what `fake.credentials` holds)."""

    key_id: str
    secret: str
    key_type: str


def client(
    key_id: str,
    secret: str,
    *,
    base_url: str,
    key_type: str = "apikey.2",
    timeout: TimeoutTypes = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    **options: Unpack[Options],
) -> AuthenticatedClient:
    """Tulip app groups: a client for every `tulip_client.api` function."""
    credentials = {"key_id": key_id, "secret": secret, "key_type": key_type}
    return build_client(
        PROVIDER,
        AuthenticatedClient,
        base_url,
        timeout,
        max_retries,
        options,
        credentials,
    )


class Tulip(SyncResourceObject[AuthenticatedClient], Resources):
    """Every Tulip app groups operation as a method, one attribute per tag."""

    def __init__(
        self,
        key_id: str,
        secret: str,
        *,
        base_url: str,
        key_type: str = "apikey.2",
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        **options: Unpack[Options],
    ) -> None:
        """The same arguments as `client()`."""
        generated = self._connect(
            lambda **settings: client(
                key_id, secret, base_url=base_url, key_type=key_type, **settings
            ),
            timeout,
            max_retries,
            options,
        )
        self.__init_resources__(generated)


class AsyncTulip(AsyncResourceObject[AuthenticatedClient], AsyncResources):
    """The async `Tulip`: `await api.<tag>.<method>(...)`, `async for` over listings."""

    def __init__(
        self,
        key_id: str,
        secret: str,
        *,
        base_url: str,
        key_type: str = "apikey.2",
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        **options: Unpack[Options],
    ) -> None:
        """The same arguments as `client()`."""
        generated = self._connect(
            lambda **settings: client(
                key_id, secret, base_url=base_url, key_type=key_type, **settings
            ),
            timeout,
            max_retries,
            options,
        )
        self.__init_resources__(generated)


def fake(
    key_id: str = "fake_key",
    secret: str = "fake-secret",
    key_type: str = "apikey.2",
    *,
    seed: int | None = None,
) -> Fake[AuthenticatedClient, Tulip, AsyncTulip, Credentials]:
    """A stateful in-memory fake of this API that accepts these credentials (see
    `overlays.fakes`); `seed` makes its ids reproducible. Imported on first use."""
    from overlays.fakes import make_fake

    credentials = {"key_id": key_id, "secret": secret, "key_type": key_type}
    return make_fake(PROVIDER, credentials, seed, factories=(client, Tulip, AsyncTulip))


__all__ = [
    "BASE_URL",
    "ERRORS",
    "AsyncTulip",
    "Credentials",
    "Tulip",
    "client",
    "fake",
]
