"""Page-number pagination (Appaloosa): `page`/`per`, a `Link` header with rel=next/last, and
`Total`/`Per-Page` headers, each as the documentation shows them, quirks included."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import httpx2
import pytest

from overlays import errors
from tests.helpers.overlay_cases import example
from tests.helpers.pages import (
    BASE,
    KEY,
    LinkStyle,
    Store,
    as_documented,
    emails,
    expected,
    well_formed,
)


@pytest.mark.parametrize("link", [well_formed, as_documented], ids=["rfc8288", "documented"])
def test_page_pagination_follows_the_link_header_lazily_to_the_last_page(link: LinkStyle) -> None:
    from appaloosa_client.api.users import list_users
    from appaloosa_client.models import UserSummary

    from overlays import appaloosa

    store = Store(95, link=link)
    items = appaloosa.paginate(list_users, client=store.client(), per=20)
    assert store.requests == []
    first = next(items)
    assert isinstance(first, UserSummary)
    assert len(store.requests) == 1
    assert emails([first, *items]) == expected(0, 95)
    assert store.pages() == ["1", "2", "3", "4", "5"]
    for request in store.requests:
        assert request.url.params.get_list("api_key") == [KEY]  # sent once, never doubled
        assert request.url.params["per"] == "20"
        assert request.url.path == "/api/v2/52/users"


def test_without_a_link_header_total_and_per_page_decide() -> None:
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    store = Store(41, link=None)
    got = list(appaloosa.paginate(list_users, client=store.client(), per=20))
    assert emails(got) == expected(0, 41)
    assert store.pages() == ["1", "2", "3"]


def test_without_any_header_a_short_page_ends_the_listing() -> None:
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    store = Store(45, link=None, headers=False)
    got = list(appaloosa.paginate(list_users, client=store.client(), per=20))
    assert emails(got) == expected(0, 45)
    assert store.pages() == ["1", "2", "3"]


def test_an_empty_listing_is_one_request() -> None:
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    store = Store(0)
    assert list(appaloosa.paginate(list_users, client=store.client())) == []
    assert len(store.requests) == 1


def test_a_next_link_back_to_a_page_already_seen_raises_instead_of_looping() -> None:
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    def stuck(url: str, page: int, last: int, per: int) -> str:
        return f'<{url}?page=1>; rel="next", <{url}?page={last}>; rel="last"'

    store = Store(100, link=stuck)
    with pytest.raises(errors.PaginationError, match="does not advance"):
        list(appaloosa.paginate(list_users, client=store.client(), per=20))
    assert len(store.requests) == 1


def test_a_server_that_ignores_the_page_parameter_is_refused_instead_of_looping() -> None:
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    store = Store(100, link=None, headers=False)
    real_answer = store.answer

    def always_page_one(request: httpx2.Request) -> httpx2.Response:
        store.requests.append(request)
        return real_answer(httpx2.Request("GET", request.url.copy_remove_param("page")))

    store.answer = always_page_one  # type: ignore[method-assign]
    with pytest.raises(errors.PaginationError, match="repeats the items"):
        list(appaloosa.paginate(list_users, client=store.client(), per=20))
    assert [r.url.params.get("page") for r in store.requests[::2]] == ["1", "2"]


def test_a_starting_page_and_max_pages() -> None:
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    store = Store(200)
    got = list(appaloosa.paginate(list_users, client=store.client(), page=3, per=10, max_pages=2))
    assert emails(got) == expected(20, 40)
    assert store.pages() == ["3", "4"]


def test_an_error_on_a_page_surfaces_after_the_items_before_it() -> None:
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    store = Store(100)
    store.fail_page = 3
    seen: list[Any] = []
    with pytest.raises(errors.InternalServerError):
        seen.extend(appaloosa.paginate(list_users, client=store.client(), per=20))
    assert emails(seen) == expected(0, 40)


def test_a_filtered_listing_keeps_its_filters_on_every_page() -> None:
    from appaloosa_client.api.mobile_application_updates import list_mobile_application_updates
    from appaloosa_client.models import PlatformFilter

    from overlays import appaloosa

    update = example("appaloosa", "list_mobile_application_updates")
    seen: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        page = int(request.url.params["page"])
        body = {"mobile_application_updates": [
            {**item, "id": item["id"] + 10 * page} for item in update["mobile_application_updates"]
        ]}  # fmt: skip
        link = '<https://x.test/m?page=2>; rel="next"' if page == 1 else '<x?page=1>; rel="prev"'
        return httpx2.Response(200, json=body, headers={"Link": link})

    from overlays import appaloosa as overlay

    client = overlay.client(52, KEY, base_url=BASE, transport=httpx2.MockTransport(answer))
    got = list(
        appaloosa.paginate(
            list_mobile_application_updates,
            client=client,
            platforms=PlatformFilter.ANDROID,
            user_email="martin.dupont@example.fr",
            per=2,
        )
    )
    assert len(got) == 4
    for request in seen:
        assert request.url.params["platforms"] == "Android"
        assert request.url.params["user_email"] == "martin.dupont@example.fr"
    assert [r.url.params["page"] for r in seen] == ["1", "2"]


@pytest.mark.anyio
async def test_async_page_pagination() -> None:
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    store = Store(61, link=as_documented)
    got = [u async for u in appaloosa.apaginate(list_users, client=store.client(), per=20)]
    assert emails(got) == expected(0, 61)
    assert store.pages() == ["1", "2", "3", "4"]


# --- concurrency, once the Link rel="last" (or Total) tells how many pages there are ------


def test_concurrent_page_pagination_keeps_order_and_the_bound() -> None:
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    store = Store(20 * 30)
    store.delay = 0.01
    got = list(appaloosa.paginate(list_users, client=store.client(), per=20, concurrency=5))
    assert emails(got) == expected(0, 600)
    assert sorted(store.pages(), key=int) == [str(p) for p in range(1, 31)]
    assert 1 < store.max_in_flight <= 5


def test_concurrent_page_pagination_from_total_without_a_link() -> None:
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    store = Store(20 * 12 + 3, link=None)
    got = list(appaloosa.paginate(list_users, client=store.client(), per=20, concurrency=4))
    assert emails(got) == expected(0, 243)
    assert len(store.requests) == 13


def test_leaving_a_concurrent_page_iteration_early_leaves_no_request_running() -> None:
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    store = Store(20 * 200)
    store.delay = 0.02
    items = appaloosa.paginate(list_users, client=store.client(), per=20, concurrency=4)
    for _ in range(50):
        next(items)
    items.close()
    assert store.in_flight == 0
    assert len(store.requests) <= 1 + 4 + 2


@pytest.mark.anyio
async def test_async_concurrent_page_pagination_in_order_bounded_and_clean() -> None:
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    store = Store(20 * 25)
    state = {"in_flight": 0, "max": 0}

    async def answer(request: httpx2.Request) -> httpx2.Response:
        state["in_flight"] += 1
        state["max"] = max(state["max"], state["in_flight"])
        try:
            await asyncio.sleep(0.005)
            return store.answer(request)
        finally:
            state["in_flight"] -= 1

    client = appaloosa.client(52, KEY, base_url=BASE, transport=httpx2.MockTransport(answer))
    got = [u async for u in appaloosa.apaginate(list_users, client=client, concurrency=6)]
    assert emails(got) == expected(0, 500)
    assert 1 < state["max"] <= 6
    store.requests.clear()
    async with contextlib.aclosing(
        appaloosa.apaginate(list_users, client=client, concurrency=6)
    ) as items:
        async for user in items:
            if user.email == "user30@example.com":
                break
    assert state["in_flight"] == 0
    assert len(store.requests) <= 1 + 6 + 1


@pytest.mark.anyio
async def test_async_concurrent_pagination_surfaces_a_failing_page_in_order() -> None:
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    store = Store(20 * 10)
    store.fail_page = 6

    async def answer(request: httpx2.Request) -> httpx2.Response:
        await asyncio.sleep(0)
        return store.answer(request)

    client = appaloosa.client(
        52, KEY, base_url=BASE, transport=httpx2.MockTransport(answer), max_retries=0
    )
    seen: list[Any] = []

    async def consume() -> None:
        async for user in appaloosa.apaginate(list_users, client=client, concurrency=4):
            seen.append(user)

    with pytest.raises(errors.InternalServerError):
        await consume()
    assert emails(seen) == expected(0, 100)
