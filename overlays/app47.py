"""App47 APIv2 apps: an `Access-Token` header; every answer says `results.success`.

```python
from overlays import app47
from app47_client.api.apps import list_apps

client = app47.client("YOUR_MEMBER_TOKEN")
for app in app47.paginate(list_apps, client=client):
    print(app.name)
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

import app47_client
from app47_client import AuthenticatedClient

from ._auth import HeaderAuth
from ._client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    Options,
    TimeoutTypes,
    build_client,
)
from ._error_format import ErrorFormat
from ._pagination import apaginate, paginate

if TYPE_CHECKING:
    from .fakes import Fake

__all__ = ["BASE_URL", "ERRORS", "apaginate", "client", "fake", "paginate"]

BASE_URL = "https://cirrus.app47.com/api/v2"
# {"results": {"message": "...", "success": false}, "md5": "..."}, whatever the status.
ERRORS = ErrorFormat(message=("/results/message",), failure_flag="/results/success")


def client(
    token: str,
    *,
    base_url: str = BASE_URL,
    timeout: TimeoutTypes = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    **options: Unpack[Options],
) -> AuthenticatedClient:
    """An App47 client for every `app47_client.api` function (`token`: a member token)."""
    return build_client(
        AuthenticatedClient,
        base_url=base_url,
        auth=HeaderAuth("Access-Token", token),
        package=app47_client,
        errors=ERRORS,
        timeout=timeout,
        max_retries=max_retries,
        options=options,
    )


def fake(token: str = "fake-app47-token", *, seed: int | None = None) -> Fake:
    """A stateful in-memory fake of this API that accepts these credentials (see
    `overlays.fakes`); `seed` makes its ids reproducible. Imported on first use."""
    from .fakes import make_fake

    return make_fake("app47", {"token": token}, seed=seed)
