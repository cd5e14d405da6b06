"""Fetch the planned pages of a listing concurrently, handing out items in page order.

The thread window (sync) and the task window (async) share one shape: at most N pages in
flight or waiting; a page's replacement is requested once its items are handed out; each
page is judged (`check`, in page order) before its items go out; leaving early cancels what
has not started and waits for what has, so no request outlives the iteration. The plan is
asked for a page again after each judged page, even once it has run out: a judged page may
extend it (a page-style listing that grew while it was read).
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future


Fetched = tuple[Any, list[Any]]  # (the generated Response, its items)


def threaded(
    fetch: Callable[[dict[str, Any]], Fetched],
    plan: Iterator[dict[str, Any]],
    workers: int,
    check: Callable[[Any, Any, list[Any]], None],
) -> Iterator[Any]:
    """Fetch the planned pages with `workers` threads, yielding items in page order, each
    page `check`ed (its headers, body and items, in order) before its items are handed out.

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
                response, found = window.popleft().result()
                check(response.headers, response.parsed, found)
                yield from found
                following = next(plan, None)
                if following is not None:
                    window.append(pool.submit(fetch, following))
        finally:
            for future in window:
                future.cancel()


async def gathered(
    fetch: Callable[[dict[str, Any]], Awaitable[Fetched]],
    plan: Iterator[dict[str, Any]],
    limit: int,
    check: Callable[[Any, Any, list[Any]], None],
) -> AsyncGenerator[Any, None]:
    """The async `threaded`: at most `limit` page requests in flight, items in page order."""
    import asyncio  # on first use: importing an overlay should not import asyncio

    window: deque[asyncio.Future[Fetched]] = deque(
        asyncio.ensure_future(fetch(kwargs)) for kwargs in islice(plan, limit)
    )
    try:
        while window:
            response, found = await window.popleft()
            check(response.headers, response.parsed, found)
            for item in found:
                yield item
            following = next(plan, None)
            if following is not None:
                window.append(asyncio.ensure_future(fetch(following)))
    finally:
        for task in window:
            task.cancel()
        await asyncio.gather(*window, return_exceptions=True)
