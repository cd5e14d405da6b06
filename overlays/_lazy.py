"""Names a module exports but defines elsewhere, imported on first access (PEP 562).

A provider's resource objects (`appaloosa.Appaloosa`) subclass the generated `Resources`,
and creating them imports the generated package and attrs; importing the provider module
for `client()` or `paginate()` should not pay for that until the class is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import Any


def lazy_exports(
    namespace: dict[str, Any], source: str, names: Iterable[str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """`__getattr__` and `__dir__` for the module whose globals are `namespace`: each of
    `names` comes from the module `source` (relative to that module's package) the first
    time it is asked for, and is then kept in `namespace` like any other global."""
    module, package, lazy = namespace["__name__"], namespace["__package__"], frozenset(names)

    def __getattr__(name: str) -> object:
        if name not in lazy:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *lazy})

    return __getattr__, __dir__
