"""APPush application resource: HTTP basic with the account's root token and root secret.

Icon uploads are checked before they are sent (a 57x57 PNG, from the spec's
`x-image-upload`); an unknown application answers an HTML 404, raised as `NotFoundError`.

```python
from overlays import appush
from appush_client.api.applications import list_applications

client = appush.client("ROOT_TOKEN", "ROOT_SECRET")
ids = list_applications.sync(client=client)
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

import appush_client
from appush_client import AuthenticatedClient

from ._auth import basic_auth
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

BASE_URL = "https://appush.com/api"
# Errors are HTML pages from the web server (mochiweb); a JSON body, should one come, is
# read for a "message" or "error".
ERRORS = ErrorFormat(message=("/message", "/error"))


def client(
    root_token: str,
    root_secret: str,
    *,
    base_url: str = BASE_URL,
    timeout: TimeoutTypes = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    **options: Unpack[Options],
) -> AuthenticatedClient:
    """An APPush client for every `appush_client.api` function."""
    return build_client(
        AuthenticatedClient,
        base_url=base_url,
        auth=basic_auth(root_token, root_secret),
        package=appush_client,
        errors=ERRORS,
        timeout=timeout,
        max_retries=max_retries,
        options=options,
    )


def fake(
    root_token: str = "fake-root-token",
    root_secret: str = "fake-root-secret",
    *,
    seed: int | None = None,
) -> Fake:
    """A stateful in-memory fake of this API that accepts these credentials (see
    `overlays.fakes`); `seed` makes its ids reproducible. Imported on first use."""
    from .fakes import make_fake

    return make_fake("appush", {"root_token": root_token, "root_secret": root_secret}, seed=seed)
