"""`paginate` / `apaginate`: lazy, in order, stop at the last page, refuse listings that do
not advance, and (with `concurrency`) stay in order, bounded and clean on early exit."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any

import httpx2
import pytest

from overlays import errors
from tests.helpers.offsets import Listing, app47_client, app47_page

Server = Callable[[httpx2.Request], httpx2.Response]


def test_offset_pagination_walks_every_page_lazily_and_stops() -> None:
    from app47_client.api.apps import list_apps
    from app47_client.models import AppType

    from overlays import app47

    listing = Listing(250, app47_page)
    items = app47.paginate(list_apps, client=app47_client(listing), type_=AppType.PRIVATE)
    assert listing.requests == []  # nothing fetched before iteration
    first = next(items)
    assert first.name == "app 0"
    assert len(listing.requests) == 1
    rest = list(items)
    assert [a.name for a in [first, *rest]] == [f"app {i}" for i in range(250)]
    assert [r.url.params.get("skip") for r in listing.requests] == [None, "100", "200"]
    assert all(r.url.params["type"] == "private" for r in listing.requests)


def test_offset_pagination_stops_on_a_short_page_even_if_total_says_more() -> None:
    from app47_client.api.apps import list_apps

    from overlays import app47

    def filtered(listing: Listing, request: httpx2.Request) -> httpx2.Response:
        response = app47_page(listing, request)
        body = response.json()
        body["results"]["total"] = 999  # the whole account, not the filtered apps
        return httpx2.Response(200, json=body)

    listing = Listing(130, filtered)
    assert len(list(app47.paginate(list_apps, client=app47_client(listing)))) == 130
    assert len(listing.requests) == 2


def test_an_offset_the_api_ignores_is_refused() -> None:
    from app47_client.api.apps import list_apps

    from overlays import app47

    def stuck(listing: Listing, request: httpx2.Request) -> httpx2.Response:
        return app47_page(listing, httpx2.Request("GET", "https://x.test/apps"))  # always skip 0

    listing = Listing(300, stuck)
    with pytest.raises(errors.PaginationError, match="skip 100 items, the API skipped 0"):
        list(app47.paginate(list_apps, client=app47_client(listing)))
    assert len(listing.requests) == 2


def test_max_pages_and_a_starting_offset() -> None:
    from app47_client.api.apps import list_apps

    from overlays import app47

    listing = Listing(1000, app47_page)
    got = list(app47.paginate(list_apps, client=app47_client(listing), skip=300, max_pages=2))
    assert [a.name for a in got] == [f"app {i}" for i in range(300, 500)]


def test_errors_on_a_page_surface_as_overlay_errors() -> None:
    from app47_client.api.apps import list_apps

    from overlays import app47

    listing = Listing(250, app47_page)
    listing.fail_at = 100
    seen: list[Any] = []
    with pytest.raises(errors.InternalServerError):
        seen.extend(app47.paginate(list_apps, client=app47_client(listing)))
    assert len(seen) == 100


@pytest.mark.anyio
async def test_async_offset_pagination() -> None:
    from app47_client.api.apps import list_apps

    from overlays import app47

    listing = Listing(201, app47_page)
    names = [a.name async for a in app47.apaginate(list_apps, client=app47_client(listing))]
    assert names == [f"app {i}" for i in range(201)]
    assert len(listing.requests) == 3


def test_a_non_paginated_operation_is_refused_at_once() -> None:
    from app47_client.api.apps import get_app

    from overlays import app47

    with pytest.raises(TypeError, match="not a paginated operation"):
        app47.paginate(get_app, "x", client=app47_client(Listing(0, app47_page)))
    with pytest.raises(ValueError, match="concurrency"):
        app47.paginate(get_app, client=None, concurrency=0)


# --- concurrency --------------------------------------------------------------------------


def slow_app47_page(listing: Listing, request: httpx2.Request) -> httpx2.Response:
    import time

    with listing.lock:
        listing.in_flight += 1
        listing.max_in_flight = max(listing.max_in_flight, listing.in_flight)
    try:
        time.sleep(listing.delay) if listing.delay else None
        return app47_page(listing, request)
    finally:
        with listing.lock:
            listing.in_flight -= 1


def test_concurrent_offset_pagination_keeps_order_and_the_bound() -> None:
    from app47_client.api.apps import list_apps

    from overlays import app47

    listing = Listing(2050, slow_app47_page)
    listing.delay = 0.01
    got = list(app47.paginate(list_apps, client=app47_client(listing), concurrency=4))
    assert [a.name for a in got] == [f"app {i}" for i in range(2050)]
    assert len(listing.requests) == 21
    assert 1 < listing.max_in_flight <= 4


def test_concurrent_pagination_surfaces_a_failing_page_in_order() -> None:
    from app47_client.api.apps import list_apps

    from overlays import app47

    listing = Listing(1000, slow_app47_page)
    listing.fail_at = 500
    seen: list[Any] = []
    with pytest.raises(errors.InternalServerError):
        seen.extend(app47.paginate(list_apps, client=app47_client(listing), concurrency=3))
    assert [a.name for a in seen] == [f"app {i}" for i in range(500)]


def test_leaving_a_concurrent_iteration_early_leaves_no_request_running() -> None:
    from app47_client.api.apps import list_apps

    from overlays import app47

    listing = Listing(5000, slow_app47_page)
    listing.delay = 0.02
    items = app47.paginate(list_apps, client=app47_client(listing), concurrency=4)
    for _ in range(150):
        next(items)
    items.close()
    assert listing.in_flight == 0
    assert len(listing.requests) <= 1 + 4 + 1  # first page, one window, one replacement


@pytest.mark.anyio
async def test_async_concurrent_pagination_in_order_bounded_and_clean() -> None:
    from app47_client.api.apps import list_apps

    from overlays import app47

    state = {"in_flight": 0, "max": 0, "requests": 0}

    async def answer(request: httpx2.Request) -> httpx2.Response:
        state["requests"] += 1
        state["in_flight"] += 1
        state["max"] = max(state["max"], state["in_flight"])
        try:
            await asyncio.sleep(0.01)
            return app47_page(Listing(1234, app47_page), request)
        finally:
            state["in_flight"] -= 1

    client = app47.client("t", transport=httpx2.MockTransport(answer))
    names = [a.name async for a in app47.apaginate(list_apps, client=client, concurrency=5)]
    assert names == [f"app {i}" for i in range(1234)]
    assert 1 < state["max"] <= 5
    state["requests"] = 0
    async with contextlib.aclosing(
        app47.apaginate(list_apps, client=client, concurrency=5)
    ) as items:
        async for app in items:
            if app.name == "app 150":
                break
    assert state["in_flight"] == 0
    assert state["requests"] <= 1 + 5 + 1
