"""Shared fixtures: async tests run on asyncio (anyio's pytest plugin, shipped with httpx2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.helpers.network import FakeNetwork


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> FakeNetwork:
    """Every client's network answers with the spec's examples (tests/helpers/network.py)."""
    from tests.helpers.network import installed  # here: it loads the specs' examples

    return installed(monkeypatch)
