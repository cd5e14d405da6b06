"""Push.Express application groups: a bearer token from the account's "Personal" tab.

```python
from overlays import push_express
from push_express_client.api.app_groups import list_app_groups

client = push_express.client("YOUR_API_KEY")
groups = list_app_groups.sync(client=client, archived=False)
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import PROVIDERS

PROVIDER = PROVIDERS["push_express"]
"""This provider's descriptor (overlays/_registry.py)."""

if TYPE_CHECKING:  # the generated package loads with the first name used from it
    from push_express_client.facade import *  # noqa: F403 (see its __all__)
else:
    __getattr__, __dir__ = PROVIDER.exports(globals())
