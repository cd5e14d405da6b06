"""pytest fixtures, one per provider (`fake_<name>`), each a fresh fake per test (entry point
`pytest11`); the providers are the registry's (`overlays/_registry.py`).

```python
def test_my_sync_job(fake_appaloosa):
    fake_appaloosa.insert("users", {"email": "a@example.com", "first_name": "A", "last_name": "B"})
    assert my_job(fake_appaloosa.client()) == 1
```

Nothing heavy is imported at pytest start-up: the registry is plain data, and a fixture
imports its provider when a test asks for it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import pytest

from .._registry import PROVIDERS


def _fixture(name: str, title: str) -> Callable[[], Any]:
    def fake() -> Any:
        return importlib.import_module(f"overlays.{name}").fake()

    fake.__name__ = f"fake_{name}"
    fake.__doc__ = f"A fresh {title} fake (empty, its default credentials)."
    return pytest.fixture(name=f"fake_{name}")(fake)


for _name, _provider in PROVIDERS.items():
    globals()[f"fake_{_name}"] = _fixture(_name, _provider.title)
