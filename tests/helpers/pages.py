"""Appaloosa-style page listings served by hand (Link, Total, Per-Page), for the paging tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import httpx2

from tests.helpers.overlay_cases import example

USER = example("appaloosa", "list_users")["users"][0]
BASE = "https://al.test/api/v2"
KEY = "al-key-SECRET"

LinkStyle = Callable[[str, int, int, int], str]


USER = example("appaloosa", "list_users")["users"][0]
BASE = "https://al.test/api/v2"
KEY = "al-key-SECRET"

LinkStyle = Callable[[str, int, int, int], str]


def well_formed(url: str, page: int, last: int, per: int) -> str:
    links = [f'<{url}?api_key={KEY}&page={last}&per={per}>; rel="last"']
    if page < last:
        links.append(f'<{url}?api_key={KEY}&page={page + 1}&per={per}>; rel="next"')
    if page > 1:
        links.append(f'<{url}?api_key={KEY}&page={page - 1}&per={per}>; rel="prev"')
    return ", ".join(links)


def as_documented(url: str, page: int, last: int, per: int) -> str:
    """The documentation's form: `.json` URLs, and the first link without its `<`."""
    links = [f'{url}.json?api_key={KEY}&page={last}>; rel="last"']
    if page < last:
        links.append(f'<{url}.json?api_key={KEY}&page={page + 1}>; rel="next"')
    return ", ".join(links)


class Store:
    """A fake Appaloosa store listing `total` users, `per` a page (at most 20)."""

    def __init__(self, total: int, link: LinkStyle | None = well_formed, headers: bool = True):
        self.total = total
        self.link = link
        self.headers = headers
        self.requests: list[httpx2.Request] = []
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        self.delay = 0.0
        self.fail_page: int | None = None

    def answer(self, request: httpx2.Request) -> httpx2.Response:
        with self.lock:
            self.requests.append(request)
        page = int(request.url.params.get("page", 1))
        per = min(int(request.url.params.get("per", 20)), 20)
        if page == self.fail_page:
            return httpx2.Response(500, json={"errors": "boom"})
        first = (page - 1) * per
        ids = range(first, min(first + per, self.total))
        users = [{**USER, "id": i + 1, "email": f"user{i}@example.com"} for i in ids]
        last = max(1, -(-self.total // per))
        headers = {}
        if self.link is not None:
            url = str(request.url.copy_with(query=None))
            headers["Link"] = self.link(url, page, last, per)
        if self.headers:
            headers.update({"Total": str(self.total), "Per-Page": str(per)})
        return httpx2.Response(200, json={"page": page, "users": users}, headers=headers)

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        with self.lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.delay:
                time.sleep(self.delay)
            return self.answer(request)
        finally:
            with self.lock:
                self.in_flight -= 1

    def client(self) -> Any:
        from overlays import appaloosa

        return appaloosa.client(
            52, KEY, base_url=BASE, transport=httpx2.MockTransport(self), sleep=lambda s: None
        )

    def pages(self) -> list[str | None]:
        return [r.url.params.get("page") for r in self.requests]


def emails(users: list[Any]) -> list[str]:
    return [u.email for u in users]


def expected(start: int, stop: int) -> list[str]:
    return [f"user{i}@example.com" for i in range(start, stop)]
