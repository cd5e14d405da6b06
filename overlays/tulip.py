"""Tulip app groups: HTTP basic with a `{type}.{version}_{id}` username and the key's secret.

The host is per customer instance, so `base_url` has no default: `client(key_id, secret,
base_url="https://acme.tulip.co/api/v3")`, or `Tulip(...)` with the same arguments; a
rejected key answers 403 (`PermissionDeniedError`). See `tulip_client.facade`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import PROVIDERS

KEY_TYPES = ("apikey.2", "onetime.1")
"""API tokens, and temporary keys valid for 30 seconds."""

if TYPE_CHECKING:  # the names a type checker sees; at run time, loaded on first use
    from tulip_client.facade import *  # noqa: F403 (see its __all__)
else:
    __getattr__, __dir__ = PROVIDERS["tulip"].exports(globals())
