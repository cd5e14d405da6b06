"""Appaloosa store API v2: an `api_key` query parameter, and the store id in every path.

`client(store_id, api_key)` for `appaloosa_client.api`, `Appaloosa(store_id, api_key)` for
the resource object (`api.users.list()` pages by itself), `paginate` / `apaginate` for the
module functions that page, `fake()` for a stateful fake. Generated into
`appaloosa_client.facade` from the descriptor (overlays/_registry.py); loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import PROVIDERS

if TYPE_CHECKING:  # the names a type checker sees; at run time, loaded on first use
    from appaloosa_client.facade import *  # noqa: F403 (see its __all__)
else:
    __getattr__, __dir__ = PROVIDERS["appaloosa"].exports(globals())
