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

from typing import TYPE_CHECKING

from ._registry import PROVIDERS

PROVIDER = PROVIDERS["tulip"]
"""This provider's descriptor (overlays/_registry.py)."""

KEY_TYPES = ("apikey.2", "onetime.1")
"""API tokens, and temporary keys valid for 30 seconds."""

if TYPE_CHECKING:  # the generated package loads with the first name used from it
    from tulip_client.facade import *  # noqa: F403 (see its __all__)
else:
    __getattr__, __dir__ = PROVIDER.exports(globals())
