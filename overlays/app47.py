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

from typing import TYPE_CHECKING

from ._registry import PROVIDERS

PROVIDER = PROVIDERS["app47"]
"""This provider's descriptor (overlays/_registry.py)."""

if TYPE_CHECKING:  # the generated package loads with the first name used from it
    from app47_client.facade import *  # noqa: F403 (see its __all__)
else:
    __getattr__, __dir__ = PROVIDER.exports(globals())
