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

from ._auth import bearer_auth
from ._client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    Options,
    TimeoutTypes,
    build_client,
)
from ._error_format import ErrorFormat

if TYPE_CHECKING:
    from .fakes import Fake

__all__ = ["BASE_URL", "ERRORS", "client", "fake"]

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


def fake(token: str = "fake-push-express-token", *, seed: int | None = None) -> Fake:
    """A stateful in-memory fake of this API that accepts these credentials (see
    `overlays.fakes`); `seed` makes its ids reproducible. Imported on first use."""
    from .fakes import make_fake

    return make_fake("push_express", {"token": token}, seed=seed)
