"""Appaloosa store API v2: an `api_key` query parameter, and the store id in every path.

```python
from overlays import appaloosa
from appaloosa_client.api.users import list_users

client = appaloosa.client(52, "YOUR_API_KEY")
for user in appaloosa.paginate(list_users, client=client, per=20):
    print(user.email)
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import PROVIDERS

PROVIDER = PROVIDERS["appaloosa"]
"""This provider's descriptor (overlays/_registry.py)."""

if TYPE_CHECKING:  # the generated package loads with the first name used from it
    from appaloosa_client.facade import *  # noqa: F403 (see its __all__)
else:
    __getattr__, __dir__ = PROVIDER.exports(globals())
