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

from typing import TYPE_CHECKING

from ._registry import PROVIDERS

PROVIDER = PROVIDERS["appush"]
"""This provider's descriptor (overlays/_registry.py)."""

if TYPE_CHECKING:  # the generated package loads with the first name used from it
    from appush_client.facade import *  # noqa: F403 (see its __all__)
else:
    __getattr__, __dir__ = PROVIDER.exports(globals())
