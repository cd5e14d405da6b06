"""Hand-written layer around the generated clients: auth, timeouts, retries, errors, pagination.

One module per provider, each with a resource object taking the provider's credentials
(`appaloosa.Appaloosa(52, "KEY").users.get(1)`, and an `Async...` twin) and the
`client(...)` factory underneath, returning the generated package's configured
`AuthenticatedClient` for the module functions:

```python
from overlays import push_express, appaloosa, app47, appush, tulip
```

Errors are in `overlays.errors`. Provider modules are imported on demand, so importing one
does not import the other generated packages. The types the factories' signatures use are
exported here: `Options` (the keyword options every factory takes), `TimeoutTypes` and
`ErrorFormat` (how a provider's error bodies look, for a new provider's module).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._descriptor import ErrorFormat
    from ._facade import Options, TimeoutTypes

__all__ = [
    "ErrorFormat",
    "Options",
    "TimeoutTypes",
    "app47",
    "appaloosa",
    "appush",
    "errors",
    "push_express",
    "tulip",
]


def __getattr__(name: str) -> Any:
    # On first use: `import overlays` (the fakes' pytest plugin, at every pytest start-up)
    # must not import httpx2.
    if name in ("Options", "TimeoutTypes"):
        from . import _facade

        return getattr(_facade, name)
    if name == "ErrorFormat":
        from ._descriptor import ErrorFormat

        return ErrorFormat
    raise AttributeError(f"module 'overlays' has no attribute {name!r}")
