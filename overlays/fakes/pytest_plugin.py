"""pytest fixtures, one per provider, each a fresh fake per test (entry point `pytest11`).

```python
def test_my_sync_job(fake_appaloosa):
    fake_appaloosa.insert("users", {"email": "a@example.com", "first_name": "A", "last_name": "B"})
    assert my_job(fake_appaloosa.client()) == 1
```

Nothing is imported at pytest start-up: a fixture imports its provider when a test asks.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from . import Fake


def _fake(provider: str) -> Fake:
    fake: Fake = importlib.import_module(f"overlays.{provider}").fake()
    return fake


@pytest.fixture
def fake_push_express() -> Fake:
    """A fresh Push.Express fake (empty, default credentials)."""
    return _fake("push_express")


@pytest.fixture
def fake_appaloosa() -> Fake:
    """A fresh Appaloosa fake (empty, store 52, default key)."""
    return _fake("appaloosa")


@pytest.fixture
def fake_app47() -> Fake:
    """A fresh App47 fake (empty, default token)."""
    return _fake("app47")


@pytest.fixture
def fake_appush() -> Fake:
    """A fresh APPush fake (empty, default root token and secret)."""
    return _fake("appush")


@pytest.fixture
def fake_tulip() -> Fake:
    """A fresh Tulip fake (empty, default key)."""
    return _fake("tulip")
