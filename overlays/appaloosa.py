"""Appaloosa store API v2: an `api_key` query parameter, and the store id in every path.

```python
from overlays import appaloosa
from appaloosa_client.api.users import list_users

client = appaloosa.client(52, "YOUR_API_KEY")
for user in appaloosa.paginate(list_users, client=client, per=20):
    print(user.email)
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack
from urllib.parse import quote

from ._auth import QueryAuth, credential
from ._client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    Options,
    TimeoutTypes,
    build_client,
)
from ._error_format import ErrorFormat
from ._facade import Facade
from ._lazy import lazy_exports
from ._typed_pagination import apaginate, paginate

if TYPE_CHECKING:  # the generated package (and attrs) loads with the first client
    from appaloosa_client import AuthenticatedClient

    from ._resource_objects.appaloosa import Appaloosa, AsyncAppaloosa
    from .fakes import Fake

__all__ = [
    "BASE_URL",
    "ERRORS",
    "Appaloosa",
    "AsyncAppaloosa",
    "apaginate",
    "client",
    "fake",
    "paginate",
]

BASE_URL = "https://www.appaloosa-store.com/api/v2"
# {"errors": "..."} (422) or {"error": {"message": "..."}} (400 from Google Play)
ERRORS = ErrorFormat(message=("/errors", "/error/message", "/error"))


def client(
    store_id: int | str,
    api_key: str,
    *,
    base_url: str = BASE_URL,
    timeout: TimeoutTypes = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    **options: Unpack[Options],
) -> AuthenticatedClient:
    """An Appaloosa client for every `appaloosa_client.api` function.

    `base_url` is the API root; the store id is appended to it here, so no call takes it.
    """
    store = credential(str(store_id), "store_id")
    if store in (".", ".."):  # a dot segment: every call would leave the store's path
        raise ValueError(f"store_id cannot be {store!r}: the requests would go to another path")
    import appaloosa_client  # here: see the TYPE_CHECKING imports above

    return build_client(
        appaloosa_client.AuthenticatedClient,
        base_url=f"{base_url.rstrip('/')}/{quote(store, safe='')}",
        auth=QueryAuth("api_key", api_key),
        package=appaloosa_client,
        errors=ERRORS,
        timeout=timeout,
        max_retries=max_retries,
        options=options,
    )


class _Connect(Facade["AuthenticatedClient"]):
    def __init__(
        self,
        store_id: int | str,
        api_key: str,
        *,
        base_url: str = BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        **options: Unpack[Options],
    ) -> None:
        """The same arguments as `client()`."""
        self._connect(
            lambda **settings: client(store_id, api_key, base_url=base_url, **settings),
            timeout,
            max_retries,
            options,
        )


def fake(
    store_id: int | str = 52, api_key: str = "fake-appaloosa-key", *, seed: int | None = None
) -> Fake:
    """A stateful in-memory fake of this API that accepts these credentials (see
    `overlays.fakes`); `seed` makes its ids reproducible. Imported on first use."""
    from .fakes import make_fake

    return make_fake("appaloosa", {"store_id": store_id, "api_key": api_key}, seed=seed)


if not TYPE_CHECKING:  # a module __getattr__ in mypy's view would accept any name
    __getattr__, __dir__ = lazy_exports(
        globals(), "._resource_objects.appaloosa", ("Appaloosa", "AsyncAppaloosa")
    )
