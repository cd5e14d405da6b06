"""Push.Express application groups: a bearer token from the account's "Personal" tab.

```python
from overlays import push_express
from push_express_client.api.app_groups import list_app_groups

client = push_express.client("YOUR_API_KEY")
groups = list_app_groups.sync(client=client, archived=False)
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

import push_express_client
from push_express_client import AuthenticatedClient
from push_express_client.resources import AsyncResources, Resources

from ._auth import bearer_auth
from ._client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    Options,
    TimeoutTypes,
    build_client,
)
from ._error_format import ErrorFormat
from ._facade import AsyncFacade, Facade, SyncFacade

if TYPE_CHECKING:
    from .fakes import Fake

__all__ = ["BASE_URL", "ERRORS", "AsyncPushExpress", "PushExpress", "client", "fake"]

BASE_URL = "https://core.push.express/api/b/v2"
# {"error": "validation error: ..." or {...}, "req_id": "..."}
ERRORS = ErrorFormat(message=("/error/message", "/error"), request_id="/req_id")


def client(
    token: str,
    *,
    base_url: str = BASE_URL,
    timeout: TimeoutTypes = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    **options: Unpack[Options],
) -> AuthenticatedClient:
    """A Push.Express client for every `push_express_client.api` function."""
    return build_client(
        AuthenticatedClient,
        base_url=base_url,
        auth=bearer_auth(token),
        package=push_express_client,
        errors=ERRORS,
        timeout=timeout,
        max_retries=max_retries,
        options=options,
    )


class _Connect(Facade[AuthenticatedClient]):
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
        self._connect(
            lambda **settings: client(token, base_url=base_url, **settings),
            timeout,
            max_retries,
            options,
        )


class PushExpress(_Connect, SyncFacade[AuthenticatedClient], Resources):
    """Every Push.Express operation as a method, one attribute per tag:
    `PushExpress("YOUR_API_TOKEN").app_groups.get(17)`."""


class AsyncPushExpress(_Connect, AsyncFacade[AuthenticatedClient], AsyncResources):
    """The async `PushExpress`: `await api.<tag>.<method>(...)`, `async for` over listings."""


def fake(token: str = "fake-push-express-token", *, seed: int | None = None) -> Fake:
    """A stateful in-memory fake of this API that accepts these credentials (see
    `overlays.fakes`); `seed` makes its ids reproducible. Imported on first use."""
    from .fakes import make_fake

    return make_fake("push_express", {"token": token}, seed=seed)
