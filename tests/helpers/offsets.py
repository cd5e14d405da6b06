"""App47-style offset listings served by hand, for the paging tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import httpx2

from tests.helpers.overlay_cases import example

Server = Callable[[httpx2.Request], httpx2.Response]


class Listing:
    """A fake API holding `total` items, answering pages the way the provider does."""

    def __init__(self, total: int, answer: Callable[[Listing, httpx2.Request], httpx2.Response]):
        self.total = total
        self.answer = answer
        self.requests: list[httpx2.Request] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()
        self.fail_at: int | None = None  # a page number / offset answering 500
        self.delay = 0.0

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        with self.lock:
            self.requests.append(request)
        return self.answer(self, request)


# --- App47: offset style ------------------------------------------------------------------

APP = example("app47", "get_app")["results"]["app"]
APP47_PAGE = 100


def app47_page(listing: Listing, request: httpx2.Request) -> httpx2.Response:
    skip = int(request.url.params.get("skip", 0))
    if listing.fail_at == skip:
        return httpx2.Response(500, json={"results": {"message": "boom", "success": False}})
    ids = range(skip, min(skip + APP47_PAGE, listing.total))
    items = [{**APP, "id": f"{i:024x}", "name": f"app {i}"} for i in ids]
    results = {"skip": skip, "total": listing.total, "count": len(items), "list": items}
    return httpx2.Response(200, json={"results": {**results, "success": True}, "md5": "0" * 32})


def app47_client(listing: Listing) -> Any:
    from overlays import app47

    return app47.client("token", transport=httpx2.MockTransport(listing), sleep=lambda s: None)
