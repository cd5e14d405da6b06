"""Appaloosa's paging headers that disagree raise `PaginationError` instead of ending a
listing short in silence (issue 17): a `Link` whose rel="last" lies beyond a page that has
no rel="next", and a listing that ends with fewer items than its latest `Total` announced.
Sequentially and concurrently, sync and async, in memory and over real sockets."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx2
import pytest

from overlays import errors
from tests.helpers.loopback import Answer, Received, loopback
from tests.helpers.overlay_cases import example

USER = example("appaloosa", "list_users")["users"][0]
BASE = "https://al.test/api/v2"
KEY = "al-key-SECRET"
SECONDS = 10.0  # a bound on every listing: a hang fails the test instead of stalling it


@dataclass(frozen=True)
class Page:
    """What the server answers for one page: its item count and paging headers."""

    count: int
    next: int | None = None
    last: int | None = None
    total: int | None = None
    per: int = 2


Script = dict[int, Page]

REVIEWER = {1: Page(2, None, 3, 6), 2: Page(2, 3, 3, 6), 3: Page(2, None, 3, 6)}
"""The reviewer's listing: page 1 names rel=last page 3 but no rel=next; Total says 6."""

LATER_NO_NEXT = {1: Page(2, 2, 3, 6), 2: Page(2, None, 3, 6), 3: Page(2, None, 3, 6)}
CONSISTENT = {1: Page(2, 2, 3, 6), 2: Page(2, 3, 3, 6), 3: Page(2, None, 3, 6)}
SHORT_OF_TOTAL = {
    "link-ends-early": {1: Page(2, 2, 2, 6), 2: Page(2, None, 2, 6)},
    "empty-last-page": {1: Page(2, 2, 3, 6), 2: Page(2, 3, 3, 6), 3: Page(0, None, 3, 6)},
    "total-only": {1: Page(2, total=6), 2: Page(2, total=6), 3: Page(0, total=6)},
}
SHRINKING = {1: Page(2, 2, 3, 6), 2: Page(2, None, 2, 4), 3: Page(0, None, 2, 4)}
"""Two items deleted meanwhile: the later pages announce Total 4, and 4 items came."""
GROWING = {1: Page(2, 2, 2, 4), 2: Page(2, 3, 3, 6), 3: Page(2, None, 3, 6)}
"""Two items added meanwhile: page 2 names a page 3 that page 1 did not know of."""

MODES = ["sync", "async"]
CONCURRENCY = [1, 3]


def answer(script: Script, page: int) -> tuple[bytes, dict[str, str]]:
    """The body and headers of `page` (a page not in the script is empty, no headers)."""
    spec = script.get(page, Page(0))
    users = [
        {**USER, "id": 100 * page + i, "email": f"p{page}-{i}@example.com"}
        for i in range(spec.count)
    ]
    headers: dict[str, str] = {}
    links = [
        f'<{BASE}/52/users?page={number}&per={spec.per}>; rel="{rel}"'
        for rel, number in (("next", spec.next), ("last", spec.last))
        if number is not None
    ]
    if links:
        headers["Link"] = ", ".join(links)
    if spec.total is not None:
        headers.update({"Total": str(spec.total), "Per-Page": str(spec.per)})
    return json.dumps({"page": page, "users": users}).encode(), headers


@dataclass
class Listed:
    emails: list[str]
    error: errors.PaginationError | None
    pages: list[int]  # the pages requested, in the order they arrived


def listed(
    script: Script, mode: str, concurrency: int, *, sockets: bool = False, **params: Any
) -> Listed:
    """Page through `script` with `paginate` (sync) or `apaginate` (async), collecting the
    items handed out until the listing ends or raises `PaginationError`."""
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    pages: list[int] = []
    lock = threading.Lock()

    def requested(page: int) -> None:
        with lock:
            pages.append(page)

    def over_memory(request: httpx2.Request) -> httpx2.Response:
        page = int(request.url.params.get("page", 1))
        requested(page)
        body, headers = answer(script, page)
        return httpx2.Response(200, content=body, headers=headers)

    def over_sockets(received: Received) -> Answer:
        page = int(parse_qs(urlsplit(received.path).query).get("page", ["1"])[0])
        requested(page)
        body, headers = answer(script, page)
        return Answer(200, body, headers)

    emails: list[str] = []
    error: list[errors.PaginationError] = []

    def walk(client: Any) -> None:
        try:
            for user in appaloosa.paginate(
                list_users, client=client, per=2, concurrency=concurrency, **params
            ):
                emails.append(user.email)
        except errors.PaginationError as raised:
            error.append(raised)

    async def awalk(client: Any) -> None:
        try:
            async for user in appaloosa.apaginate(
                list_users, client=client, per=2, concurrency=concurrency, **params
            ):
                emails.append(user.email)
        except errors.PaginationError as raised:
            error.append(raised)

    def run(client: Any) -> None:
        if mode == "async":
            asyncio.run(asyncio.wait_for(awalk(client), SECONDS))
            return
        worker = threading.Thread(target=walk, args=(client,), daemon=True)
        worker.start()
        worker.join(SECONDS)
        assert not worker.is_alive(), f"the listing did not end within {SECONDS} s"

    options: dict[str, Any] = {"max_retries": 0, "timeout": 5.0, "sleep": lambda s: None}
    if sockets:
        with loopback(over_sockets) as (url, _):
            run(appaloosa.client(52, KEY, base_url=f"{url}/api/v2", **options))
    else:
        transport = httpx2.MockTransport(over_memory)
        run(appaloosa.client(52, KEY, base_url=BASE, transport=transport, **options))
    return Listed(emails, error[0] if error else None, pages)


def of(script: Script, *numbers: int) -> list[str]:
    """The emails of the given pages of `script`, in order."""
    return [f"p{n}-{i}@example.com" for n in numbers for i in range(script[n].count)]


both_ways = pytest.mark.parametrize("mode", MODES)
any_concurrency = pytest.mark.parametrize("concurrency", CONCURRENCY)


# --- case 1: rel="last" beyond a page that has no rel="next" --------------------------------


@both_ways
@any_concurrency
def test_a_last_page_beyond_one_without_next_raises(mode: str, concurrency: int) -> None:
    got = listed(REVIEWER, mode, concurrency)
    assert got.error is not None
    assert "page 1 has no rel=next but rel=last is page 3" in str(got.error)
    assert "list_users" in str(got.error)
    assert got.emails == []  # judged before its items are handed out, as a repeat is
    # Concurrently, the next pages are asked for along with the first (and dropped unread).
    assert 1 in got.pages
    assert set(got.pages) <= set(range(1, concurrency + 1))


@both_ways
@any_concurrency
def test_a_later_page_without_next_before_its_last_raises(mode: str, concurrency: int) -> None:
    got = listed(LATER_NO_NEXT, mode, concurrency)
    assert got.error is not None
    assert "page 2 has no rel=next but rel=last is page 3" in str(got.error)
    assert got.emails == of(LATER_NO_NEXT, 1)


# --- case 2: fewer items than Total announced ------------------------------------------------


@both_ways
@any_concurrency
@pytest.mark.parametrize("name", list(SHORT_OF_TOTAL))
def test_a_listing_ending_short_of_its_total_raises(mode: str, concurrency: int, name: str) -> None:
    script = SHORT_OF_TOTAL[name]
    got = listed(script, mode, concurrency)
    assert got.error is not None, got
    assert "the listing ended after 4 items; Total announced 6" in str(got.error)
    assert got.emails == of(script, 1, 2)  # every item it did get, then the error


@both_ways
@any_concurrency
def test_a_listing_started_later_counts_from_its_start(mode: str, concurrency: int) -> None:
    short = {2: Page(2, None, 2, 6)}
    got = listed(short, mode, concurrency, page=2)
    assert got.error is not None
    assert "the listing ended after 2 items; Total announced 6" in str(got.error)
    assert "4 from page 2" in str(got.error)
    whole = {2: Page(2, 3, 3, 6), 3: Page(2, None, 3, 6)}
    got = listed(whole, mode, concurrency, page=2)
    assert (got.error, got.emails) == (None, of(whole, 2, 3))


@both_ways
@any_concurrency
def test_the_latest_total_counts(mode: str, concurrency: int) -> None:
    got = listed(SHRINKING, mode, concurrency)
    assert (got.error, got.emails) == (None, of(SHRINKING, 1, 2))


# --- listings that agree, and listings stopped on purpose ------------------------------------


@both_ways
@any_concurrency
def test_a_consistent_listing_still_passes(mode: str, concurrency: int) -> None:
    got = listed(CONSISTENT, mode, concurrency)
    assert (got.error, got.emails) == (None, of(CONSISTENT, 1, 2, 3))
    assert sorted(got.pages) == [1, 2, 3]


@both_ways
@any_concurrency
def test_a_listing_that_grows_meanwhile_is_followed_to_its_new_end(
    mode: str, concurrency: int
) -> None:
    """Concurrently too: the page 2 a window fetched names a page 3 beyond the plan."""
    got = listed(GROWING, mode, concurrency)
    assert (got.error, got.emails) == (None, of(GROWING, 1, 2, 3))


@both_ways
@any_concurrency
@pytest.mark.parametrize(
    ("script", "max_pages"),
    [(CONSISTENT, 1), (CONSISTENT, 2), (SHORT_OF_TOTAL["link-ends-early"], 2), (REVIEWER, 1)],
    ids=["consistent-1", "consistent-2", "short-2", "reviewer-1"],
)
def test_max_pages_stopping_a_listing_raises_nothing(
    mode: str, concurrency: int, script: Script, max_pages: int
) -> None:
    got = listed(script, mode, concurrency, max_pages=max_pages)
    assert (got.error, got.emails) == (None, of(script, *range(1, max_pages + 1)))


# --- over real sockets -------------------------------------------------------------------------

Check = Callable[[Listed], None]


def raises(text: str) -> Check:
    def check(got: Listed) -> None:
        assert got.error is not None, got
        assert text in str(got.error)

    return check


def passes(got: Listed) -> None:
    assert (got.error, got.emails) == (None, of(CONSISTENT, 1, 2, 3))


@both_ways
@any_concurrency
@pytest.mark.parametrize(
    ("script", "check"),
    [
        (REVIEWER, raises("page 1 has no rel=next but rel=last is page 3")),
        (SHORT_OF_TOTAL["empty-last-page"], raises("ended after 4 items; Total announced 6")),
        (CONSISTENT, passes),
    ],
    ids=["no-next", "short-of-total", "consistent"],
)
def test_over_real_sockets(mode: str, concurrency: int, script: Script, check: Check) -> None:
    check(listed(script, mode, concurrency, sockets=True))


# --- the fakes' Link, Total and Per-Page agree with these checks ------------------------------


@both_ways
@any_concurrency
@pytest.mark.parametrize("served", [False, True], ids=["in-process", "served"])
def test_the_fakes_page_without_disagreeing(mode: str, concurrency: int, served: bool) -> None:
    """45 users: every start and page size ends where the fake's headers say, neither short
    nor raising, in process and served over HTTP."""
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    fake = appaloosa.fake()
    for i in range(45):
        fake.insert("users", {"email": f"u{i}@x.io", "first_name": "U", "last_name": str(i)})
    # (starting page, page size): the number of users from there on
    cases = {(1, 20): 45, (2, 20): 25, (3, 20): 5, (4, 20): 0, (1, 7): 45, (2, 7): 38}

    def walk(make: Callable[[], Any], start: int, per: int) -> list[Any]:
        client = make()  # one a listing: an async client belongs to its event loop
        params: dict[str, Any] = {"page": start, "per": per, "concurrency": concurrency}
        if mode == "async":

            async def awalk() -> list[Any]:
                return [u async for u in appaloosa.apaginate(list_users, client=client, **params)]

            return asyncio.run(asyncio.wait_for(awalk(), SECONDS))
        return list(appaloosa.paginate(list_users, client=client, **params))

    def counts(make: Callable[[], Any]) -> dict[tuple[int, int], int]:
        found = {case: walk(make, *case) for case in cases}
        assert all(len({u.id for u in users}) == len(users) for users in found.values())
        return {case: len(users) for case, users in found.items()}

    if served:
        with fake.serve() as base_url:
            options: dict[str, Any] = {"base_url": base_url, "timeout": 5, "max_retries": 0}
            assert counts(lambda: appaloosa.client(**fake.credentials, **options)) == cases
    else:
        assert counts(fake.client) == cases
