"""App47 APIv2 apps: an `Access-Token` header; every answer says `results.success`.

A 2xx whose `success` is false is an error like any other. `client(token)`, `App47(token)`
(`api.apps.list()` pages by `skip`), `paginate`, `apaginate` and `fake()` come from
`app47_client.facade`, written from the descriptor in overlays/_registry.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import PROVIDERS

if TYPE_CHECKING:  # the names a type checker sees; at run time, loaded on first use
    from app47_client.facade import *  # noqa: F403 (see its __all__)
else:
    __getattr__, __dir__ = PROVIDERS["app47"].exports(globals())
