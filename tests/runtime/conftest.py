"""The runtime's tests: a test parametrized with `style="asyncio+httpx2"` runs its clients on
httpcore2's async pool, the others on the default core (`tests.helpers.overlay_cases.STYLES`)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _async_core(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    callspec = getattr(request.node, "callspec", None)
    if callspec is not None and callspec.params.get("style") == "asyncio+httpx2":
        monkeypatch.setattr("overlays._runtime.DEFAULT_HTTP_BACKEND", "httpx2")
