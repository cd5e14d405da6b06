"""Iterate over every item of a paginated operation, page after page, lazily.

How an operation pages is read from its spec (`x-pagination`, shipped with the generated
package), so any operation that gains `x-pagination` pages the moment it is regenerated:

- `style: page` (Appaloosa): `page`/`per` parameters; the next page number comes from the
  `Link` header's rel="next" (RFC 8288), else from the `Total` and `Per-Page` headers, else
  a short or empty page ends the listing;
- `style: offset` (App47): a `skip` parameter; the body says how many items there are in
  all and how many it skipped.

The paging rules are written once, without I/O (`_PagePager`, `_OffsetPager`), and driven by
a sync and an async loop. A listing that does not advance raises `PaginationError`.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterator,
    Mapping,
    Sequence,
)
from itertools import islice
from types import ModuleType
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

import httpx

from ._spec import spec_operations
from .errors import PaginationError

if TYPE_CHECKING:
    from concurrent.futures import Future


def _at(value: Any, attrs: Sequence[str]) -> Any:
    """Follow attribute names through generated models; None when a step is missing/unset."""
    for attr in attrs:
        value = getattr(value, attr, None)
        # Each generated package has its own `Unset` class (the value of absent fields).
        if value is None or type(value).__name__ == "Unset":
            return None
    return value


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


class _Pager:
    """What every paging style shares: the operation, its parameters, the item list."""

    def __init__(self, operation: str, spec: Mapping[str, Any], params: dict[str, Any]) -> None:
        self.operation = operation
        self.spec = spec
        self.params = params

    def items(self, parsed: Any) -> list[Any]:
        if parsed is None:
            raise PaginationError(f"{self.operation}: a page answered with no parsed body")
        found = _at(parsed, self.spec["items_attrs"])
        return list(found) if found is not None else []

    def request_kwargs(self) -> dict[str, Any]:
        raise NotImplementedError

    def advance(self, headers: httpx.Headers, parsed: Any, items: list[Any]) -> bool:
        """Move to the next page; False when this was the last one."""
        raise NotImplementedError

    def remaining(self) -> Iterator[dict[str, Any]] | None:
        """Request arguments of every page left, from the current one, when the total is
        known (the pages can then be fetched concurrently); None when it is not."""
        raise NotImplementedError


class _PagePager(_Pager):
    def __init__(self, operation: str, spec: Mapping[str, Any], params: dict[str, Any]) -> None:
        super().__init__(operation, spec, params)
        self.page = int(params.pop(spec["page_param"], 1))
        self.size: int | None = params.get(spec.get("size_param", ""))
        self.last: int | None = None
        self.previous: list[Any] | None = None

    def request_kwargs(self) -> dict[str, Any]:
        return {**self.params, self.spec["page_param"]: self.page}

    def _page_of(self, url: str) -> int | None:
        # urllib, not httpx.URL: a Link URL is only read for its page number, twice a page.
        query = parse_qs(urlsplit(url).query)
        return _int(query.get(self.spec["page_param"], [None])[0])

    def _next_page(self, headers: httpx.Headers, count: int) -> int | None:
        link = headers.get("link") if self.spec.get("link_header") else None
        if link:
            # httpx's Link parser (it also copes with Appaloosa's missing "<").
            links = {
                item.get("rel", ""): item.get("url", "")
                for item in httpx.Response(200, headers={"link": link}).links.values()
            }
            if "last" in links:
                self.last = self._page_of(links["last"])
            if "next" not in links:
                return None
            return self._page_of(links["next"]) or self.page + 1
        total = _int(headers.get(self.spec.get("total_header", ""), None))
        per = _int(headers.get(self.spec.get("per_page_header", ""), None)) or self.size
        if total is not None and per:
            self.last = max(1, -(-total // per))
            return self.page + 1 if self.page < self.last else None
        if self.size and count < self.size:
            return None
        return self.page + 1

    def advance(self, headers: httpx.Headers, parsed: Any, items: list[Any]) -> bool:
        if not items:
            return False
        if items == self.previous:
            # A server that ignores `page` answers the same full page forever, with no
            # Link or Total header to tell: refuse it rather than loop.
            raise PaginationError(
                f"{self.operation}: page {self.page} repeats the items of the page before; "
                "the listing does not advance"
            )
        self.previous = items
        following = self._next_page(headers, len(items))
        if following is None:
            return False
        # Pages only move forward, so "already fetched" is "not after this one": no set of
        # seen pages that would grow with the listing.
        if following <= self.page:
            raise PaginationError(
                f"{self.operation}: the next page is {following} after page {self.page}, "
                "already fetched; the listing does not advance"
            )
        self.page = following
        return True

    def remaining(self) -> Iterator[dict[str, Any]] | None:
        if self.last is None:
            return None
        name = self.spec["page_param"]
        return ({**self.params, name: page} for page in range(self.page, self.last + 1))


class _OffsetPager(_Pager):
    def __init__(self, operation: str, spec: Mapping[str, Any], params: dict[str, Any]) -> None:
        super().__init__(operation, spec, params)
        self.offset = int(params.pop(spec["offset_param"], 0) or 0)
        self.total: int | None = None
        self.stride = 0

    def request_kwargs(self) -> dict[str, Any]:
        if not self.offset:  # the first page is the plain call
            return dict(self.params)
        return {**self.params, self.spec["offset_param"]: self.offset}

    def advance(self, headers: httpx.Headers, parsed: Any, items: list[Any]) -> bool:
        total = _at(parsed, self.spec.get("total_attrs", ()))
        applied = (
            _at(parsed, self.spec.get("offset_attrs", ())) if "offset_attrs" in self.spec else None
        )
        if applied is not None and applied != self.offset:
            raise PaginationError(
                f"{self.operation}: asked to skip {self.offset} items, the API skipped {applied}; "
                "the listing does not advance"
            )
        if not items:
            return False
        self.offset += len(items)
        self.stride = len(items)
        if isinstance(total, int):
            self.total = total
            if self.offset >= total:
                return False
        # A short page is the last one even when `total` says more: App47's total may
        # count the whole account while a `type` or `search_term` filter is applied.
        page_size = self.spec.get("page_size")
        return not (page_size and len(items) < page_size)

    def remaining(self) -> Iterator[dict[str, Any]] | None:
        if self.total is None or not self.stride or self.stride < self.spec.get("page_size", 0):
            return None
        name = self.spec["offset_param"]
        offsets = range(self.offset, self.total, self.stride)
        return ({**self.params, name: offset} for offset in offsets)


def _pager(op: ModuleType, params: dict[str, Any]) -> _Pager:
    package, _, name = op.__name__.partition(".")
    operation = name.rpartition(".")[2]
    try:
        spec = spec_operations(package)[operation]["pagination"]
    except (ImportError, KeyError):
        raise TypeError(
            f"{op.__name__} is not a paginated operation (no x-pagination in its spec)"
        ) from None
    pager_class = {"page": _PagePager, "offset": _OffsetPager}[spec["style"]]
    return pager_class(operation, spec, params)


def _check(concurrency: int, max_pages: int | None) -> None:
    if not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be a positive integer, not {concurrency!r}")
    if max_pages is not None and max_pages < 1:
        raise ValueError(f"max_pages must be a positive integer, not {max_pages!r}")


Fetched = tuple[Any, list[Any]]  # (the generated Response, its items)


def _threaded(
    fetch: Callable[[dict[str, Any]], Fetched], plan: Iterator[dict[str, Any]], workers: int
) -> Iterator[Any]:
    """Fetch the planned pages with `workers` threads, yielding items in page order.

    At most `workers` pages are in flight or waiting; a page's replacement is requested
    once its items have been handed out. Leaving early cancels what has not started and
    waits for what has, so no request outlives the iteration.
    """
    from concurrent.futures import ThreadPoolExecutor  # on first use: most listings are sequential

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="overlays-page") as pool:
        window: deque[Future[Fetched]] = deque(
            pool.submit(fetch, kwargs) for kwargs in islice(plan, workers)
        )
        try:
            while window:
                _, found = window.popleft().result()
                yield from found
                following = next(plan, None)
                if following is not None:
                    window.append(pool.submit(fetch, following))
        finally:
            for future in window:
                future.cancel()


async def _gathered(
    fetch: Callable[[dict[str, Any]], Awaitable[Fetched]],
    plan: Iterator[dict[str, Any]],
    limit: int,
) -> AsyncGenerator[Any, None]:
    """The async `_threaded`: at most `limit` page requests in flight, items in page order."""
    import asyncio  # here, not at the top: only async listings need it

    window: deque[asyncio.Future[Fetched]] = deque(
        asyncio.ensure_future(fetch(kwargs)) for kwargs in islice(plan, limit)
    )
    try:
        while window:
            _, found = await window.popleft()
            for item in found:
                yield item
            following = next(plan, None)
            if following is not None:
                window.append(asyncio.ensure_future(fetch(following)))
    finally:
        for task in window:
            task.cancel()
        await asyncio.gather(*window, return_exceptions=True)


def paginate(
    op: ModuleType,
    *args: Any,
    client: Any,
    concurrency: int = 1,
    max_pages: int | None = None,
    **params: Any,
) -> Iterator[Any]:
    """Every item of `op` (a generated endpoint module), fetching pages as they are needed.

    `args` and `params` are the operation's own arguments (filters, a starting `page` or
    offset). With `concurrency` > 1, once the first page tells how many pages there are,
    the rest are fetched by that many threads, items still in order. `max_pages` stops
    after that many pages.
    """
    _check(concurrency, max_pages)
    pager = _pager(op, params)

    def fetch(kwargs: dict[str, Any]) -> Fetched:
        response = op.sync_detailed(*args, client=client, **kwargs)
        return response, pager.items(response.parsed)

    def items() -> Iterator[Any]:
        pages = 0
        while True:
            response, found = fetch(pager.request_kwargs())
            yield from found
            pages += 1
            if (max_pages and pages >= max_pages) or not pager.advance(
                response.headers, response.parsed, found
            ):
                return
            if concurrency > 1 and (plan := pager.remaining()) is not None:
                left = None if max_pages is None else max_pages - pages
                yield from _threaded(fetch, islice(plan, left), concurrency)
                return

    return items()


def apaginate(
    op: ModuleType,
    *args: Any,
    client: Any,
    concurrency: int = 1,
    max_pages: int | None = None,
    **params: Any,
) -> AsyncIterator[Any]:
    """The async `paginate`: `async for item in apaginate(op, client=client): ...`.

    With `concurrency` > 1, at most that many page requests are in flight at once.
    """
    _check(concurrency, max_pages)
    pager = _pager(op, params)

    async def fetch(kwargs: dict[str, Any]) -> Fetched:
        response = await op.asyncio_detailed(*args, client=client, **kwargs)
        return response, pager.items(response.parsed)

    async def items() -> AsyncIterator[Any]:
        pages = 0
        while True:
            response, found = await fetch(pager.request_kwargs())
            for item in found:
                yield item
            pages += 1
            if (max_pages and pages >= max_pages) or not pager.advance(
                response.headers, response.parsed, found
            ):
                return
            if concurrency > 1 and (plan := pager.remaining()) is not None:
                left = None if max_pages is None else max_pages - pages
                # aclosing: an inner async generator is not closed with the outer one (unlike
                # `yield from`); without it, its page requests outlive an early exit.
                async with contextlib.aclosing(
                    _gathered(fetch, islice(plan, left), concurrency)
                ) as rest:
                    async for item in rest:
                        yield item
                return

    return items()
