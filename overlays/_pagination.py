"""Every item of a paginated operation, page after page, lazily: the typed entry points,
the loops (sync, async, and their concurrent windows) and the paging rules.

How an operation pages is read from its spec (`x-pagination`, shipped with the generated
package), so any operation that gains `x-pagination` pages the moment it is regenerated:

- `style: page` (Appaloosa): `page`/`per` parameters; the next page number comes from the
  `Link` header's rel="next" (RFC 8288), else from the `Total` and `Per-Page` headers, else
  a page shorter than the page size (the one sent, or the spec's default) ends the listing;
- `style: offset` (App47): a `skip` parameter; the body says how many items there are in
  all and how many it skipped.

A listing that does not advance (a page repeating the one before, an offset the API did not
apply) raises `PaginationError`, whether its pages are fetched one by one or concurrently.
So do page-style headers that disagree, rather than end a listing short in silence: a page
with no rel="next" whose rel="last" is a later page, and a listing that ends (by itself, not
by `max_pages`) having handed out fewer items than the latest `Total` announced, counted from
the page it started at.

With `concurrency` > 1, the pages left once the first one tells how many there are are
fetched by a window of threads (sync) or tasks (async), and a page-style listing asks for
its next N-1 pages along with the first (one round of requests fewer; pages past the end
are dropped unread, their errors too): at most N pages in flight or waiting; a page's
replacement is requested once its items are handed out; each page is judged in page order
before its items go out; leaving early cancels what has not started and waits for what
has, so no request outlives the iteration.
"""

from __future__ import annotations

import contextlib
import re
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
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar

import httpx2

from ._spec import spec_operations
from .errors import PaginationError

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future, ThreadPoolExecutor

P = ParamSpec("P")
ItemT = TypeVar("ItemT", covariant=True)


if TYPE_CHECKING:  # for annotations only: a Protocol class is slow to create at import

    class Paginated(Protocol[P, ItemT]):
        """A generated endpoint module whose operation has `x-pagination` in its spec: it
        declares `paginated`, its own arguments plus `max_pages` and `concurrency`, returning
        an iterator of its items (for type checkers only). A module satisfies a Protocol, so
        `paginate(list_users, client=c, per=20)` is checked against that signature (a
        misspelt keyword is an error) and yields the item model."""

        def paginated(self, *args: P.args, **kwargs: P.kwargs) -> Iterator[ItemT]: ...


def paginate(op: Paginated[P, ItemT], /, *args: P.args, **kwargs: P.kwargs) -> Iterator[ItemT]:
    """Every item of `op` (a generated endpoint module), fetching pages as they are needed.

    The other arguments are the operation's own (with `client=`), plus `max_pages` (stop
    after that many pages) and `concurrency` (once the first page tells how many pages there
    are, fetch the rest with that many threads, items still in order).
    """
    pages: Callable[..., Iterator[ItemT]] = _pages  # checked above, by P
    return pages(op, *args, **kwargs)


def apaginate(
    op: Paginated[P, ItemT], /, *args: P.args, **kwargs: P.kwargs
) -> AsyncIterator[ItemT]:
    """The async `paginate`: `async for item in apaginate(op, client=client): ...`.

    With `concurrency` > 1, at most that many page requests are in flight at once.
    """
    pages: Callable[..., AsyncIterator[ItemT]] = _apages
    return pages(op, *args, **kwargs)


# --- the loops -------------------------------------------------------------------------------


def _pages(
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
    check_arguments(concurrency, max_pages)
    pager = pager_for(op, client, params)

    def fetch(kwargs: dict[str, Any]) -> Fetched:
        response = op.sync_detailed(*args, client=client, **kwargs)
        return response, pager.items(response.parsed)

    def items() -> Iterator[Any]:
        from concurrent.futures import ThreadPoolExecutor  # on first use: most are sequential

        planned = pager.ahead(concurrency - 1, max_pages)
        if not planned:
            yield from walk({}, None)
            return
        # As `_apages` does: the next pages are asked for along with the first.
        with ThreadPoolExecutor(concurrency, thread_name_prefix="overlays-page") as pool:
            ahead = {page: pool.submit(fetch, kwargs) for page, kwargs in planned}
            try:
                yield from walk(ahead, pool)
            finally:
                for future in ahead.values():  # pages past the end, or not reached
                    future.cancel()

    def walk(ahead: dict[Any, Future[Fetched]], pool: ThreadPoolExecutor | None) -> Iterator[Any]:
        pages = 0

        def check(headers: Any, parsed: Any, found: list[Any]) -> None:
            nonlocal pages
            pager.check_planned(headers, parsed, found)
            pages += 1

        while True:
            kwargs = pager.request_kwargs()
            started = ahead.pop(pager.key(kwargs), None)
            response, found = fetch(kwargs) if started is None else started.result()
            pages += 1
            # Judged before its items are handed out: a page that repeats the one before
            # raises without yielding its copies.
            last = bool(max_pages and pages >= max_pages) or not pager.advance(
                response.headers, response.parsed, found
            )
            yield from found
            if last:
                break
            left = None if max_pages is None else max_pages - pages
            if concurrency > 1 and (plan := pager.remaining(left)) is not None:
                yield from threaded(fetch, plan, concurrency, check, ahead, pager.key, pool)
                break
        # Ended by itself, not stopped by `max_pages`: refuse an end the headers contradict.
        if max_pages is None or pages < max_pages:
            pager.finish()

    return items()


def _apages(
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
    check_arguments(concurrency, max_pages)
    pager = pager_for(op, client, params)

    async def fetch(kwargs: dict[str, Any]) -> Fetched:
        response = await op.asyncio_detailed(*args, client=client, **kwargs)
        return response, pager.items(response.parsed)

    async def items() -> AsyncIterator[Any]:
        import asyncio  # on first use: importing an overlay should not import asyncio

        pages = 0
        # A page-style listing asked for with concurrency asks for its next pages along with
        # its first: once the first tells where the listing ends, they are on their way (one
        # round of requests fewer; those past the end are dropped unread).
        ahead: dict[Any, asyncio.Future[Fetched]] = {
            page: asyncio.ensure_future(fetch(kwargs))
            for page, kwargs in pager.ahead(concurrency - 1, max_pages)
        }

        def check(headers: Any, parsed: Any, found: list[Any]) -> None:
            nonlocal pages
            pager.check_planned(headers, parsed, found)
            pages += 1

        try:
            while True:
                kwargs = pager.request_kwargs()
                started = ahead.pop(pager.key(kwargs), None)
                response, found = await (fetch(kwargs) if started is None else started)
                pages += 1
                last = bool(max_pages and pages >= max_pages) or not pager.advance(
                    response.headers, response.parsed, found
                )
                for item in found:
                    yield item
                if last:
                    break
                left = None if max_pages is None else max_pages - pages
                if concurrency > 1 and (plan := pager.remaining(left)) is not None:
                    # aclosing: an inner async generator is not closed with the outer one
                    # (unlike `yield from`); without it, its requests outlive an early exit.
                    window = gathered(fetch, plan, concurrency, check, ahead, pager.key)
                    async with contextlib.aclosing(window) as rest:
                        async for item in rest:
                            yield item
                    break
        finally:
            for task in ahead.values():  # pages past the end, or not reached
                task.cancel()
            await asyncio.gather(*ahead.values(), return_exceptions=True)
        if max_pages is None or pages < max_pages:
            pager.finish()

    return items()


# --- the concurrent windows --------------------------------------------------------------


Fetched = tuple[Any, list[Any]]  # (the generated Response, its items)


def threaded(
    fetch: Callable[[dict[str, Any]], Fetched],
    plan: Iterator[dict[str, Any]],
    workers: int,
    check: Callable[[Any, Any, list[Any]], None],
    ahead: dict[Any, Future[Fetched]] | None = None,
    key: Callable[[dict[str, Any]], Any] | None = None,
    pool: ThreadPoolExecutor | None = None,
) -> Iterator[Any]:
    """Fetch the planned pages with `workers` threads, yielding items in page order, each
    page `check`ed (its headers, body and items, in order) before its items are handed out.

    At most `workers` pages are in flight or waiting; a page's replacement is requested
    once its items have been handed out. Leaving early cancels what has not started and
    waits for what has, so no request outlives the iteration. A page already asked for
    (`ahead`, by `key`, on `pool`) is taken from there, not asked again.
    """
    from concurrent.futures import ThreadPoolExecutor  # on first use: most listings are sequential

    with contextlib.ExitStack() as stack:
        if pool is None:
            pool = stack.enter_context(
                ThreadPoolExecutor(max_workers=workers, thread_name_prefix="overlays-page")
            )
        runner = pool

        def start(kwargs: dict[str, Any]) -> Future[Fetched]:
            started = ahead.pop(key(kwargs), None) if ahead and key else None
            return runner.submit(fetch, kwargs) if started is None else started

        window: deque[Future[Fetched]] = deque(start(kwargs) for kwargs in islice(plan, workers))
        try:
            while window:
                response, found = window.popleft().result()
                check(response.headers, response.parsed, found)
                yield from found
                following = next(plan, None)
                if following is not None:
                    window.append(start(following))
        finally:
            for future in window:
                future.cancel()


async def gathered(
    fetch: Callable[[dict[str, Any]], Awaitable[Fetched]],
    plan: Iterator[dict[str, Any]],
    limit: int,
    check: Callable[[Any, Any, list[Any]], None],
    ahead: dict[Any, asyncio.Future[Fetched]] | None = None,
    key: Callable[[dict[str, Any]], Any] | None = None,
) -> AsyncGenerator[Any, None]:
    """The async `threaded`: at most `limit` page requests in flight, items in page order;
    a page already asked for (`ahead`, by `key`) is taken from there, not asked again."""
    import asyncio  # on first use: importing an overlay should not import asyncio

    def start(kwargs: dict[str, Any]) -> asyncio.Future[Fetched]:
        started = ahead.pop(key(kwargs), None) if ahead and key else None
        return asyncio.ensure_future(fetch(kwargs)) if started is None else started

    window: deque[asyncio.Future[Fetched]] = deque(start(kwargs) for kwargs in islice(plan, limit))
    try:
        while window:
            response, found = await window.popleft()
            check(response.headers, response.parsed, found)
            for item in found:
                yield item
            following = next(plan, None)
            if following is not None:
                window.append(start(following))
    finally:
        for task in window:
            task.cancel()
        await asyncio.gather(*window, return_exceptions=True)


# --- the rules ---------------------------------------------------------------------------


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


class Pager:
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

    def advance(self, headers: httpx2.Headers, parsed: Any, items: list[Any]) -> bool:
        """Move to the next page; False when this was the last one."""
        raise NotImplementedError

    def remaining(self, limit: int | None = None) -> Iterator[dict[str, Any]] | None:
        """Request arguments of every page left (at most `limit`), from the current one, when
        the total is known (the pages can then be fetched concurrently); None when it is not."""
        raise NotImplementedError

    def check_planned(self, headers: httpx2.Headers, parsed: Any, items: list[Any]) -> None:
        """Refuse a page fetched from `remaining()` (in page order) that shows the listing does
        not advance: the concurrent path must refuse what the sequential one refuses."""
        raise NotImplementedError

    def finish(self) -> None:
        """The listing ended by itself (not stopped by `max_pages`), every item handed out:
        refuse an end that the paging headers contradict."""

    def ahead(self, count: int, max_pages: int | None) -> list[tuple[Any, dict[str, Any]]]:
        """The requests of up to `count` pages after the first, asked for with it when a
        listing is walked concurrently (none: the style does not know them in advance)."""
        return []

    def key(self, kwargs: dict[str, Any]) -> Any:
        """Which page a request asks for (`ahead`'s keys)."""
        return None


class PagePager(Pager):
    """`style: page`. Besides the rules of the module docstring, headers that disagree raise
    `PaginationError` naming both figures: a page with no rel="next" whose rel="last" is a
    later page (judged before its items are handed out), and a listing that ends with fewer
    items than `Total` announced (judged at its end, after every item it did get). The latest
    `Total` counts (items deleted meanwhile shrink it), less the items of the pages before a
    starting `page`; a listing `max_pages` stops is not judged."""

    def __init__(self, operation: str, spec: Mapping[str, Any], params: dict[str, Any]) -> None:
        super().__init__(operation, spec, params)
        self.page = int(params.pop(spec["page_param"], 1))
        self.start = self.page
        # Without an explicit size the server uses the spec's default: a page shorter than
        # that is the last one.
        self.size: int | None = params.get(spec.get("size_param", "")) or spec.get("default_size")
        self.last: int | None = None
        self.total: int | None = None  # the latest Total header
        self.per: int | None = None  # the latest Per-Page header
        self.handed = 0  # items of the pages judged so far: handed out, or about to be
        self.previous: list[Any] | None = None

    def request_kwargs(self) -> dict[str, Any]:
        return {**self.params, self.spec["page_param"]: self.page}

    def ahead(self, count: int, max_pages: int | None) -> list[tuple[Any, dict[str, Any]]]:
        if max_pages is not None:
            count = min(count, max_pages - 1)
        name = self.spec["page_param"]
        pages = range(self.page + 1, self.page + 1 + max(count, 0))
        return [(page, {**self.params, name: page}) for page in pages]

    def key(self, kwargs: dict[str, Any]) -> Any:
        return kwargs.get(self.spec["page_param"])

    def _page_of(self, url: str) -> int | None:
        # A Link URL is read only for its page number: no URL parsed (nor cached by urllib).
        found = re.search(rf"[?&]{re.escape(self.spec['page_param'])}=([0-9]+)(?:[&#]|$)", url)
        return int(found.group(1)) if found else None

    def _next_page(self, headers: httpx2.Headers, count: int) -> int | None:
        total = _int(headers.get(self.spec.get("total_header", ""), None))
        if total is not None:
            self.total = total
        self.per = _int(headers.get(self.spec.get("per_page_header", ""), None)) or self.per
        link = headers.get("link") if self.spec.get("link_header") else None
        if link:
            links = _links(link)
            last = self._page_of(links["last"]) if "last" in links else None
            if last is not None:
                self.last = last
            if "next" in links:
                return self._page_of(links["next"]) or self.page + 1
            if last is not None and last > self.page:
                raise PaginationError(
                    f"{self.operation}: page {self.page} has no rel=next but rel=last is page "
                    f"{last}; the paging headers disagree"
                )
            return None
        per = self.per or self.size
        if total is not None and per:
            self.last = max(1, -(-total // per))
            return self.page + 1 if self.page < self.last else None
        if per and count < per:
            return None
        return self.page + 1

    def _refuse_repeat(self, items: list[Any]) -> None:
        if items and items == self.previous:
            # A server that ignores `page` answers the same full page forever, with no
            # Link or Total header to tell: refuse it rather than loop (or, fetching
            # concurrently, rather than hand out the same items once per page).
            raise PaginationError(
                f"{self.operation}: page {self.page} repeats the items of the page before; "
                "the listing does not advance"
            )
        self.previous = items

    def _judge(self, headers: httpx2.Headers, items: list[Any]) -> int | None:
        """The page after this one (None: this is the last), refusing a page that repeats the
        one before, goes back, or whose headers disagree; counts its items."""
        self._refuse_repeat(items)
        following = self._next_page(headers, len(items))
        # Pages only move forward, so "already fetched" is "not after this one": no set of
        # seen pages that would grow with the listing.
        if items and following is not None and following <= self.page:
            raise PaginationError(
                f"{self.operation}: the next page is {following} after page {self.page}, "
                "already fetched; the listing does not advance"
            )
        self.handed += len(items)
        return following

    def advance(self, headers: httpx2.Headers, parsed: Any, items: list[Any]) -> bool:
        following = self._judge(headers, items)  # an empty page too: its Total counts
        if not items or following is None:
            return False
        self.page = following
        return True

    def remaining(self, limit: int | None = None) -> Iterator[dict[str, Any]] | None:
        return None if self.last is None else _Planned(self, limit)

    def check_planned(self, headers: httpx2.Headers, parsed: Any, items: list[Any]) -> None:
        self._judge(headers, items)
        self.page += 1

    def finish(self) -> None:
        if self.total is None:
            return
        per = self.per or self.size
        if self.start > 1 and not per:
            return  # how many items the pages before the first one held is unknown
        expected = self.total - max(0, self.start - 1) * (per or 0)
        if self.handed < expected:
            start = f" ({expected} from page {self.start}, {per} a page)" if self.start > 1 else ""
            raise PaginationError(
                f"{self.operation}: the listing ended after {self.handed} items; Total "
                f"announced {self.total}{start}; the paging headers disagree"
            )


class _Planned(Iterator[dict[str, Any]]):
    """The pages left of a page-style listing: from the current one to `last` as it is when
    the next one is asked for, at most `limit`. A page judged meanwhile may move `last` (a
    listing that grows or shrinks while it is read, as it would be followed sequentially), so
    this plan may go on after a StopIteration: the windows ask again after each judged page."""

    def __init__(self, pager: PagePager, limit: int | None) -> None:
        self.pager = pager
        self.page = pager.page
        self.left = limit

    def __next__(self) -> dict[str, Any]:
        last = self.pager.last
        if last is None or self.page > last or self.left == 0:
            raise StopIteration
        if self.left is not None:
            self.left -= 1
        self.page += 1
        return {**self.pager.params, self.pager.spec["page_param"]: self.page - 1}


class OffsetPager(Pager):
    def __init__(self, operation: str, spec: Mapping[str, Any], params: dict[str, Any]) -> None:
        super().__init__(operation, spec, params)
        self.offset = int(params.pop(spec["offset_param"], 0) or 0)
        self.total: int | None = None
        self.stride = 0

    def request_kwargs(self) -> dict[str, Any]:
        if not self.offset:  # the first page is the plain call
            return dict(self.params)
        return {**self.params, self.spec["offset_param"]: self.offset}

    def _refuse_wrong_offset(self, parsed: Any) -> None:
        applied = (
            _at(parsed, self.spec.get("offset_attrs", ())) if "offset_attrs" in self.spec else None
        )
        if applied is not None and applied != self.offset:
            raise PaginationError(
                f"{self.operation}: asked to skip {self.offset} items, the API skipped {applied}; "
                "the listing does not advance"
            )

    def advance(self, headers: httpx2.Headers, parsed: Any, items: list[Any]) -> bool:
        total = _at(parsed, self.spec.get("total_attrs", ()))
        self._refuse_wrong_offset(parsed)
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

    def remaining(self, limit: int | None = None) -> Iterator[dict[str, Any]] | None:
        if self.total is None or not self.stride or self.stride < self.spec.get("page_size", 0):
            return None
        name = self.spec["offset_param"]
        offsets = islice(range(self.offset, self.total, self.stride), limit)
        return ({**self.params, name: offset} for offset in offsets)

    def check_planned(self, headers: httpx2.Headers, parsed: Any, items: list[Any]) -> None:
        self._refuse_wrong_offset(parsed)
        self.offset += self.stride

    # No `finish` check: a listing that ends short of `total` is App47 filtering (see
    # `advance`), not headers that disagree.


def _links(value: str) -> dict[str, str]:
    """`rel` -> URL of a `Link` header (RFC 8288), read as httpx2 reads one: it also copes
    with Appaloosa's entries that lack their `<`."""
    found: dict[str, str] = {}
    value = value.strip(_QUOTES)
    for entry in re.split(", *<", value) if value else ():
        url, _, params = entry.partition(";")
        rel = None
        for param in params.split(";"):
            key, equals, text = param.partition("=")
            if not equals:
                break
            if key.strip(_QUOTES) == "rel":
                rel = text.strip(_QUOTES)
        if rel is not None:
            found[rel] = url.strip("<> '\"")  # a later one wins, as in httpx2
    return found


_QUOTES = " '\""


def pager_for(op: ModuleType, client: Any, params: dict[str, Any]) -> Pager:
    """The pager of `op`, from its spec's `x-pagination` (as the client's session holds it)."""
    package, _, name = op.__name__.partition(".")
    operation = name.rpartition(".")[2]
    session = client.session() if hasattr(client, "session") else None
    try:
        operations = session.operations if session and session.operations else None
        spec = (operations or spec_operations(package))[operation]["pagination"]
    except (ImportError, KeyError):
        raise TypeError(
            f"{op.__name__} is not a paginated operation (no x-pagination in its spec)"
        ) from None
    pager_class = {"page": PagePager, "offset": OffsetPager}[spec["style"]]
    return pager_class(operation, spec, params)


def check_arguments(concurrency: int, max_pages: int | None) -> None:
    if not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be a positive integer, not {concurrency!r}")
    if max_pages is not None and max_pages < 1:
        raise ValueError(f"max_pages must be a positive integer, not {max_pages!r}")
