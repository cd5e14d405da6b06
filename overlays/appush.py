"""APPush application resource: HTTP basic with the account's root token and root secret.

Icon uploads are checked before they are sent (a 57x57 PNG, from the spec's
`x-image-upload`); an unknown application answers an HTML 404, raised as `NotFoundError`.
Entry points (`client`, `APPush`, `AsyncAPPush`, `fake`): `appush_client.facade`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import PROVIDERS

if TYPE_CHECKING:  # the names a type checker sees; at run time, loaded on first use
    from appush_client.facade import *  # noqa: F403 (see its __all__)
else:
    __getattr__, __dir__ = PROVIDERS["appush"].exports(globals())
