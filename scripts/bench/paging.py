"""Listings: `paginate` against the loop one writes by hand, the memory a long walk holds,
and concurrent pagination against sequential.

- paging: `overlays.appaloosa.paginate` (page + `Link`, 500 pages of 20) and
  `overlays.app47.paginate` (`skip`, 50 sets of 100) against a raw `httpx.Client` loop over
  the same pages; beside them, the same loop on raw `httpx2.Client` (its floor);
- memory: the Python memory a live `paginate` walk holds at page 2,000 against page 500
  (flat when nothing accumulates per page), and its peak against the raw loop's;
- concurrency: `paginate` / `apaginate` with `concurrency=8` against the same call without
  it, over 50 pages that each take 20 ms to answer.
"""

from __future__ import annotations

import asyncio
import gc
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from itertools import islice
from typing import Any, Protocol

import httpx
import httpx2
from app47_client.api.apps import list_apps
from appaloosa_client.api.users import list_users

from overlays import app47, appaloosa
from scripts.bench.common import BenchError, Measure, Row, Target, interleaved, median, paired_ratio
from scripts.bench.loopback import (
    APP47_PAGE,
    KEY,
    PER,
    STORE,
    TOKEN,
    adrain,
    drain,
    listing,
    pair_row,
    settle,
)

PAGING_TARGET = Target("max_ratio", 1.0)
HELD_SPAN = 4  # the held-memory walk goes on to 4x the pages: a per-page leak shows plainly
FLAT_TARGET = Target("max_ratio", 1.05, "(flat)")
SPEEDUP_TARGET = Target("min_ratio", 6.0, "(speed-up)")

Walk = Callable[[], Iterator[Any]]


class _Getter(Protocol):
    """`httpx.Client` and `httpx2.Client`, as far as the raw loops use them."""

    def get(self, url: str, *, params: Any = None) -> Any: ...


def raw_pages(client: _Getter, url: str) -> Iterator[Any]:
    """The loop one writes by hand for Appaloosa: page after page until no rel="next"."""
    page = 1
    while True:
        response = client.get(url, params={"page": page, "per": PER, "api_key": KEY})
        response.raise_for_status()
        yield from response.json()["users"]
        if "next" not in response.links:
            return
        page += 1


def raw_offsets(client: _Getter, url: str) -> Iterator[Any]:
    """The same for App47: `skip` forward until a short set or the total is reached."""
    skip = 0
    while True:
        response = client.get(url, params={"skip": skip} if skip else None)
        response.raise_for_status()
        results = response.json()["results"]
        yield from results["list"]
        skip += results["count"]
        if results["count"] < APP47_PAGE or skip >= results["total"]:
            return


def _walks(
    port: int, pages: int, stack: ExitStack
) -> tuple[Walk, Walk, httpx.Client, httpx2.Client]:
    """`paginate` and the raw httpx loop over the same `pages`-page Appaloosa listing, each
    run once (a warm-up that also checks that both see every item); the raw clients."""
    root = f"http://127.0.0.1:{port}/pages/{pages}/0"
    client = appaloosa.client(STORE, KEY, base_url=root)
    stack.callback(client.close)
    raw = stack.enter_context(httpx.Client())
    raw2 = stack.enter_context(httpx2.Client())

    def ours() -> Iterator[Any]:
        return appaloosa.paginate(list_users, client=client, per=PER)

    def baseline() -> Iterator[Any]:
        return raw_pages(raw, f"{root}/{STORE}/users")

    listing(ours, pages * PER)()
    listing(baseline, pages * PER)()
    return ours, baseline, raw, raw2


# --- paging -------------------------------------------------------------------------------------


def paging_rows(port: int, *, pages: int, app47_pages: int, repetitions: int) -> list[Row]:
    """`paginate` against the raw httpx loop over the same `pages` Appaloosa pages (and the
    raw httpx2 loop beside it), then the App47 style over `app47_pages` sets."""
    with ExitStack() as stack:
        ours, baseline, _, raw2 = _walks(port, pages, stack)
        url = f"http://127.0.0.1:{port}/pages/{pages}/0/{STORE}/users"

        def httpx2_loop() -> Iterator[Any]:
            return raw_pages(raw2, url)

        expected = pages * PER
        results = interleaved(
            {
                "ours": listing(ours, expected),
                "httpx": listing(baseline, expected),
                "httpx2": listing(httpx2_loop, expected),
            },
            repetitions,
        )
        label = f"paginate vs raw httpx.Client loop, {pages} pages x {PER} (Appaloosa page+Link)"
        floor = f"raw httpx2.Client loop vs raw httpx.Client loop, {pages} pages x {PER}"
        rows = [
            pair_row("paging", label, results["ours"], results["httpx"], unit="s",
                     target=PAGING_TARGET),
            pair_row("paging", floor, results["httpx2"], results["httpx"], unit="s"),
        ]  # fmt: skip
        if app47_pages:
            rows.append(_app47_row(port, app47_pages, repetitions, stack))
    return rows


def _app47_row(port: int, sets: int, repetitions: int, stack: ExitStack) -> Row:
    total = sets * APP47_PAGE
    root = f"http://127.0.0.1:{port}/offset/{total}/0"
    client = app47.client(TOKEN, base_url=root)
    stack.callback(client.close)
    raw = stack.enter_context(httpx.Client(headers={"Access-Token": TOKEN}))

    def ours() -> Iterator[Any]:
        return app47.paginate(list_apps, client=client)

    def baseline() -> Iterator[Any]:
        return raw_offsets(raw, f"{root}/apps")

    listing(ours, total)()
    listing(baseline, total)()
    results = interleaved(
        {"ours": listing(ours, total), "baseline": listing(baseline, total)}, repetitions
    )
    label = f"paginate vs raw httpx.Client loop, {sets} sets x {APP47_PAGE} (App47 skip)"
    return pair_row(
        "paging", label, results["ours"], results["baseline"], unit="s", target=PAGING_TARGET
    )


# --- memory -----------------------------------------------------------------------------------


def memory_rows(port: int, *, pages: int) -> list[Row]:
    """The memory a live walk holds at page `HELD_SPAN` x `pages` against page `pages`, for
    `paginate` (the target) and the raw httpx loop; and the peak of each over `pages`."""
    longest = HELD_SPAN * pages
    rows = []
    with ExitStack() as stack:
        ours, baseline, _, _ = _walks(port, longest, stack)
        for side, make, target in (
            ("paginate", ours, FLAT_TARGET),
            ("raw httpx.Client loop", baseline, None),
        ):
            at_pages, at_end = _held_kib(make, (pages, longest), trace_from=pages // 2)
            rows.append(
                Row("memory", f"memory held walking {longest} pages vs {pages}: {side}",
                    at_end, at_pages, at_end / at_pages, "KiB", target, f"page {pages}")
            )  # fmt: skip
        peak_ours = _peak_kib(lambda: islice(ours(), pages * PER))
        peak_raw = _peak_kib(lambda: islice(baseline(), pages * PER))
        rows.append(
            Row("memory", f"peak memory walking {pages} pages: paginate vs raw httpx.Client loop",
                peak_ours, peak_raw, peak_ours / peak_raw, "KiB")
        )  # fmt: skip
    return rows


def _held_kib(make: Walk, checkpoints: Sequence[int], *, trace_from: int) -> list[float]:
    """Python memory a live walk holds (after a full collection) at each checkpoint page,
    counting what was allocated from page `trace_from` on.

    Unlike a peak, this does not depend on when the collector happened to run, and tracing
    from a later page keeps the bounded caches below (urllib's `urlsplit`, filled by the
    `Link` parsing) at their steady size.
    """
    items = make()
    consumed = _take(items, trace_from * PER)
    gc.collect()
    tracemalloc.start()
    held = []
    try:
        for page in checkpoints:
            consumed += _take(items, page * PER - consumed)
            gc.collect()
            held.append(tracemalloc.get_traced_memory()[0] / 1024)
    finally:
        tracemalloc.stop()
    drain(items)
    return held


def _peak_kib(make: Callable[[], Iterable[Any]]) -> float:
    """Peak Python memory (tracemalloc) while walking a listing, in KiB."""
    settle()
    tracemalloc.start()
    try:
        drain(make())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak / 1024


def _take(items: Iterator[Any], count: int) -> int:
    taken = drain(islice(items, count))
    if taken != count:
        raise BenchError(f"a listing ended after {taken} of {count} items")
    return taken


# --- concurrency --------------------------------------------------------------------------------


def concurrency_rows(
    port: int, *, pages: int, latency_ms: int, concurrency: int, repetitions: int
) -> list[Row]:
    """`paginate` / `apaginate` with `concurrency` against the same call without it, over
    `pages` pages that each take `latency_ms` to answer. The ratio is the speed-up; the
    target is on `apaginate` (the sync one is shown beside it)."""
    root = f"http://127.0.0.1:{port}/pages/{pages}/{latency_ms}"
    expected = pages * PER
    client = appaloosa.client(STORE, KEY, base_url=root)
    aclient = appaloosa.client(STORE, KEY, base_url=root)  # the default http_backend
    loop = asyncio.new_event_loop()

    def sync(workers: int) -> Measure:
        return listing(
            lambda: appaloosa.paginate(list_users, client=client, per=PER, concurrency=workers),
            expected,
        )

    def run_async(workers: int) -> Measure:
        async def walk() -> int:
            items = appaloosa.apaginate(list_users, client=aclient, per=PER, concurrency=workers)
            return await adrain(items)

        def measure() -> float:
            settle()
            start = time.perf_counter()
            count = loop.run_until_complete(walk())
            elapsed = time.perf_counter() - start
            if count != expected:
                raise BenchError(f"apaginate gave {count} items instead of {expected}")
            return elapsed

        return measure

    rows = []
    try:
        for style, measure, target in (
            ("paginate", sync, None),
            ("apaginate", run_async, SPEEDUP_TARGET),
        ):
            variants = {"ours": measure(concurrency), "baseline": measure(1)}
            for variant in variants.values():
                variant()  # warm up: opens the `concurrency` connections once
            results = interleaved(variants, repetitions)
            speedup = paired_ratio(results["baseline"], results["ours"])
            label = (
                f"{style}(concurrency={concurrency}) vs sequential, {pages} pages x {latency_ms} ms"
            )
            rows.append(
                Row("concurrency", label, median(results["ours"]), median(results["baseline"]),
                    speedup, "s", target, "sequential")
            )  # fmt: skip
    finally:
        client.close()
        loop.run_until_complete(aclient.aclose())
        loop.close()
    return rows
