"""Tulip app groups: HTTP basic with a `{type}.{version}_{id}` username and the key's secret.

The host is per customer instance, so `base_url` has no default.

```python
from overlays import tulip
from tulip_client.api.app_groups import list_app_groups

client = tulip.client("KEY_ID", "KEY_SECRET", base_url="https://acme.tulip.co/api/v3")
groups = list_app_groups.sync(client=client)
```
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Unpack

import tulip_client
from tulip_client import AuthenticatedClient

from ._auth import basic_auth, credential
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

__all__ = ["ERRORS", "KEY_TYPES", "client", "fake"]

KEY_TYPES = ("apikey.2", "onetime.1")
"""API tokens, and temporary keys valid for 30 seconds."""
# {"errorCode": "...", "errorUniqueID": "...", "details": "..."}
ERRORS = ErrorFormat(
    message=("/details", "/errorCode"), code="/errorCode", request_id="/errorUniqueID"
)
_KEY_TYPE = re.compile(r"^[a-z]+\.[0-9]+$")


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
    """A Tulip client for every `tulip_client.api` function.

    `base_url` is the instance's API root (e.g. `https://acme.tulip.co/api/v3`);
    `key_type` is `type.version` of the key (`apikey.2` or `onetime.1`).
    """
    if not _KEY_TYPE.match(key_type):
        raise ValueError(f"key_type must look like 'apikey.2' or 'onetime.1', not {key_type!r}")
    username = f"{key_type}_{credential(key_id, 'key_id')}"
    return build_client(
        AuthenticatedClient,
        base_url=base_url,
        auth=basic_auth(username, secret),
        package=tulip_client,
        errors=ERRORS,
        timeout=timeout,
        max_retries=max_retries,
        options=options,
    )


def fake(
    key_id: str = "fake_key",
    secret: str = "fake-secret",
    key_type: str = "apikey.2",
    *,
    seed: int | None = None,
) -> Fake:
    """A stateful in-memory fake of this API that accepts these credentials (see
    `overlays.fakes`); `seed` makes its ids reproducible. Imported on first use."""
    from .fakes import make_fake

    return make_fake("tulip", {"key_id": key_id, "secret": secret, "key_type": key_type}, seed=seed)
