"""Hand-written layer around the generated clients: auth, timeouts, retries, errors, pagination.

One module per provider, each with a `client(...)` factory returning the generated
package's `AuthenticatedClient`, configured:

```python
from overlays import push_express, appaloosa, app47, appush, tulip
```

Errors are in `overlays.errors`. Provider modules are imported on demand, so importing one
does not import the other generated packages. The types the factories' signatures use are
exported here: `Options` (the keyword options every factory takes), `TimeoutTypes` and
`ErrorFormat` (how a provider's error bodies look, for a new provider's module).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import Options, TimeoutTypes
    from ._error_format import ErrorFormat

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
    # Lazy, so that `import overlays.fakes.pytest_plugin` (loaded by every pytest run) and a
    # provider module's own imports cost no more than they need.
    if name in ("Options", "TimeoutTypes"):
        from . import _client

        return getattr(_client, name)
    if name == "ErrorFormat":
        from ._error_format import ErrorFormat

        return ErrorFormat
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
