"""Push.Express application groups: a bearer token.

`client(token)` for the module functions of `push_express_client.api`, `PushExpress(token)`
for the resource object (`api.app_groups.list()`), `fake()` for a stateful in-memory fake.
The names are generated into `push_express_client.facade` from the provider's descriptor
(overlays/_registry.py) and load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import PROVIDERS

if TYPE_CHECKING:  # the names a type checker sees; at run time, loaded on first use
    from push_express_client.facade import *  # noqa: F403 (see its __all__)
else:
    __getattr__, __dir__ = PROVIDERS["push_express"].exports(globals())
