"""Iterate over every item of a paginated operation, page after page, lazily.

The paging rules (`_pagers`, no I/O) are driven here by a sync and an async loop; with
`concurrency` > 1, the pages left once the first one tells how many there are are fetched by
the windows of `_page_windows`. A listing that ends by itself (not stopped by `max_pages`)
is judged once its last item is out (`finish`: fewer items than `Total` announced raises).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

from ._page_windows import Fetched, gathered, threaded
from ._pagers import check_arguments, pager_for


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
    check_arguments(concurrency, max_pages)
    pager = pager_for(op, params)

    def fetch(kwargs: dict[str, Any]) -> Fetched:
        response = op.sync_detailed(*args, client=client, **kwargs)
        return response, pager.items(response.parsed)

    def items() -> Iterator[Any]:
        pages = 0

        def check(headers: Any, parsed: Any, found: list[Any]) -> None:
            nonlocal pages
            pager.check_planned(headers, parsed, found)
            pages += 1

        while True:
            response, found = fetch(pager.request_kwargs())
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
                yield from threaded(fetch, plan, concurrency, check)
                break
        # Ended by itself, not stopped by `max_pages`: refuse an end the headers contradict.
        if max_pages is None or pages < max_pages:
            pager.finish()

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
    check_arguments(concurrency, max_pages)
    pager = pager_for(op, params)

    async def fetch(kwargs: dict[str, Any]) -> Fetched:
        response = await op.asyncio_detailed(*args, client=client, **kwargs)
        return response, pager.items(response.parsed)

    async def items() -> AsyncIterator[Any]:
        pages = 0

        def check(headers: Any, parsed: Any, found: list[Any]) -> None:
            nonlocal pages
            pager.check_planned(headers, parsed, found)
            pages += 1

        while True:
            response, found = await fetch(pager.request_kwargs())
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
                # aclosing: an inner async generator is not closed with the outer one (unlike
                # `yield from`); without it, its page requests outlive an early exit.
                async with contextlib.aclosing(gathered(fetch, plan, concurrency, check)) as rest:
                    async for item in rest:
                        yield item
                break
        if max_pages is None or pages < max_pages:
            pager.finish()

    return items()
