"""Shared fixtures: async tests run on asyncio (anyio's pytest plugin, shipped with httpx2)."""

import pytest

from tests.helpers.network import FakeNetwork, installed


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> FakeNetwork:
    """Every client's network answers with the spec's examples (tests/helpers/network.py)."""
    return installed(monkeypatch)
