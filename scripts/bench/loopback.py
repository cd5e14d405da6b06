"""The HTTP parts of `make bench`: per-call cost, pagination, concurrent pagination.

Everything runs against scripts/bench/server.py on loopback. The overlay side calls the
generated functions through an `overlays.<provider>.client(...)`, exactly as a user does; the
baseline is the hand-written `httpx` equivalent, same server, same route, and (for the
per-call and paging figures) the same connection pool: one httpx transport is handed to both
clients, so the only difference left is the code a call goes through.
"""

from __future__ import annotations

import asyncio
import gc
import time
import tracemalloc
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import islice
from typing import Any

import httpx
from app47_client.api.apps import list_apps
from appaloosa_client.api.users import list_users, search_users

from overlays import app47, appaloosa
from scripts.bench.common import (
    BenchError,
    Measure,
    Row,
    Target,
    interleaved,
    median,
    paired_ratio,
)
from scripts.bench.peers import Peers
from scripts.build.speclib import load_spec, providers, response_example

STORE = 52
KEY = "bench-key"
TOKEN = "bench-token"
PER = 20  # Appaloosa's page size (list_users allows at most 20)
APP47_PAGE = 100  # App47 answers sets of 100
FIXED_SIZES = (2, 100)
SYNC_TARGETS = {2: Target("max_ratio", 1.08), 100: Target("max_ratio", 1.20)}
ASYNC_TARGETS = {100: Target("max_ratio", 1.15)}
FASTER_TARGET = Target("max_ratio", 1.0, "(faster)")
PAGING_TARGET = Target("max_ratio", 1.15)
HELD_SPAN = 4  # the held-memory walk goes on to 4x the pages: a per-page leak shows plainly
FLAT_TARGET = Target("max_ratio", 1.10, "(flat)")
SPEEDUP_TARGET = Target("min_ratio", 6.0, "(speed-up)")


# --- the server's configuration, from the specs' own examples --------------------------------


def _example(provider: str, operation_id: str) -> Any:
    """The first example of the first 2xx response of an operation, as written in the spec."""
    chosen = next(p for p in providers() if p.name == provider)
    try:
        return response_example(load_spec(chosen), operation_id)
    except LookupError as exc:
        raise BenchError(f"{provider}.{operation_id}: the spec has no 2xx example") from exc


@cache
def server_config() -> dict[str, Any]:
    """Fixed bodies of `search_users` (2 and 100 users), and the item templates of the
    Appaloosa and App47 listings, all taken from the spec examples.

    The fixed bodies are `search_users` answers rather than `list_users` ones because the
    spec caps a `list_users` page at 20 users: the overlay would (rightly) reject 100.
    """
    user = _example("appaloosa", "list_users")["users"][0]
    app = _example("app47", "get_app")["results"]["app"]
    return {
        "fixed": {
            f"users{n}": {"users": [{**user, "id": i} for i in range(n)]} for n in FIXED_SIZES
        },
        "page_item": user,
        "page_key": "users",
        "offset_item": app,
    }


# --- helpers ------------------------------------------------------------------------------


def _settle() -> None:
    """Start each batch with the same collector state: a full collection beforehand, so one
    batch does not pay for the garbage of the previous one."""
    gc.collect()


def _per_call(call: Callable[[], Any], calls: int) -> Measure:
    """A measure of `calls` sequential calls, in seconds per call."""

    def measure() -> float:
        _settle()
        start = time.perf_counter()
        for _ in range(calls):
            call()
        return (time.perf_counter() - start) / calls

    return measure


def _drain(items: Iterable[Any]) -> int:
    count = 0
    for _ in items:
        count += 1
    return count


async def _adrain(items: AsyncIterator[Any]) -> int:
    count = 0
    async for _ in items:
        count += 1
    return count


def _listing(make: Callable[[], Iterable[Any]], expected: int) -> Measure:
    """A measure of one whole listing, in seconds; checks that every item came."""

    def measure() -> float:
        _settle()
        start = time.perf_counter()
        count = _drain(make())
        elapsed = time.perf_counter() - start
        if count != expected:
            raise BenchError(f"a listing gave {count} items instead of {expected}")
        return elapsed

    return measure


def _peak_kib(make: Callable[[], Iterable[Any]]) -> float:
    """Peak Python memory (tracemalloc) while walking a listing, in KiB."""
    _settle()
    tracemalloc.start()
    try:
        _drain(make())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak / 1024


def _row(section: str, measurement: str, results: dict[str, list[float]], **extra: Any) -> Row:
    """A row of `ours` against `baseline`: medians, and the median of the paired ratios."""
    ours, baseline = results["ours"], results["baseline"]
    return Row(
        section,
        measurement,
        ours=median(ours),
        baseline=median(baseline),
        ratio=paired_ratio(ours, baseline),
        **extra,
    )


# --- 1. per-call cost -----------------------------------------------------------------------


def _check_call(parsed: Any, raw: Any, size: int) -> None:
    if len(getattr(parsed, "users", ())) != size or len(raw["users"]) != size:
        raise BenchError(f"the {size}-item body did not come back with {size} users")


def call_rows(port: int, *, calls: int, repetitions: int, peers: Peers | None = None) -> list[Row]:
    """Per-call cost, sync and async, of `search_users` through the overlay client against
    `httpx.Client.get(...).json()` on the same route and the same pool; sync, also the peers
    (`peers`: the default-template client and openapi-generator's), all interleaved."""
    return _sync_call_rows(port, calls, repetitions, peers) + _async_call_rows(
        port, calls, repetitions
    )


def _call_label(style: str, size: int, who: str = "ours", against: str = "raw httpx") -> str:
    return f"{style} call, {size}-item body (search_users): {who} vs {against}"


def _fixed(port: int, size: int) -> tuple[str, str, dict[str, Any]]:
    """The overlay's base URL, and the URL and parameters the raw call sends for the same
    request (the generated function sends page=1&per=20, the overlay adds api_key)."""
    root = f"http://127.0.0.1:{port}/fixed/users{size}"
    return root, f"{root}/{STORE}/users/search", {"page": 1, "per": PER, "api_key": KEY}


def _peer_calls(
    root: str, transport: httpx.HTTPTransport, peers: Peers
) -> dict[str, Callable[[], Any]]:
    """`search_users` through each peer that could be built, on the same route: the
    default-template client over the same httpx pool, openapi-generator's over its urllib3."""
    calls: dict[str, Callable[[], Any]] = {}
    store_root = f"{root}/{STORE}"
    default = peers.default.get("appaloosa")
    if default:
        plain = peers.module(default, "client").Client(
            base_url=store_root, httpx_args={"transport": transport, "params": {"api_key": KEY}}
        )
        search = peers.module(default, "api.users.search_users")
        calls[DEFAULT_PEER] = lambda: search.sync_detailed(client=plain).parsed
    ogen = peers.openapi_generator.get("appaloosa")
    if ogen:
        package = peers.module(ogen, "configuration")
        api_client = peers.module(ogen, "api_client").ApiClient(
            package.Configuration(host=store_root, api_key={"apiKey": KEY})
        )
        users = peers.module(ogen, "api.users_api").UsersApi(api_client)
        calls[OGEN_PEER] = lambda: users.search_users(page=1, per=PER)
    return calls


DEFAULT_PEER = "default-template client"
OGEN_PEER = "openapi-generator client"


def _sync_call_rows(port: int, calls: int, repetitions: int, peers: Peers | None) -> list[Row]:
    transport = httpx.HTTPTransport()
    raw = httpx.Client(transport=transport)
    rows = []
    try:
        for size in FIXED_SIZES:
            root, url, params = _fixed(port, size)
            client = appaloosa.client(STORE, KEY, base_url=root, transport=transport)

            def ours(client: Any = client) -> Any:
                return search_users.sync_detailed(client=client).parsed

            def baseline(url: str = url, params: dict[str, Any] = params) -> Any:
                return raw.get(url, params=params).json()

            variants: dict[str, Callable[[], Any]] = {"ours": ours, "baseline": baseline}
            variants.update(_peer_calls(root, transport, peers) if peers else {})
            for name, call in variants.items():
                parsed = call()
                if name != "baseline" and len(getattr(parsed, "users", ())) != size:
                    raise BenchError(f"{name}: the {size}-item body did not give {size} users")
                _per_call(call, max(calls // 10, 1))()  # warm up: pool, validators, caches
            results = interleaved(
                {name: _per_call(call, calls) for name, call in variants.items()}, repetitions
            )
            rows.append(
                _row("calls", _call_label("sync", size), results, unit="ms",
                     target=SYNC_TARGETS[size])
            )  # fmt: skip
            rows += _peer_rows(size, results, peers)
    finally:
        transport.close()
    return rows


def _peer_rows(size: int, results: dict[str, list[float]], peers: Peers | None) -> list[Row]:
    """Each peer against the floor, and ours against each peer (targets at 100 items)."""
    if peers is None:
        return []
    rows = []
    for peer in (DEFAULT_PEER, OGEN_PEER):
        if peer not in results:
            why = peers.openapi_generator_reason if peer == OGEN_PEER else "not built"
            rows.append(
                Row("calls", f"{_call_label('sync', size, peer)}: skipped, {why}",
                    None, None, None, "ms")
            )  # fmt: skip
            continue
        pair = {"ours": results[peer], "baseline": results["baseline"]}
        rows.append(_row("calls", _call_label("sync", size, peer), pair, unit="ms"))
        against = {"ours": results["ours"], "baseline": results[peer]}
        target = FASTER_TARGET if size == 100 else None
        rows.append(
            _row("calls", _call_label("sync", size, "ours", peer), against, unit="ms",
                 target=target, baseline_label=peer)
        )  # fmt: skip
    return rows


def _async_call_rows(port: int, calls: int, repetitions: int) -> list[Row]:
    loop = asyncio.new_event_loop()
    transport = httpx.AsyncHTTPTransport()
    raw = httpx.AsyncClient(transport=transport)
    rows = []

    def per_call(call: Callable[[], Any], count: int) -> Measure:
        async def batch() -> float:
            start = time.perf_counter()
            for _ in range(count):
                await call()
            return (time.perf_counter() - start) / count

        def measure() -> float:
            _settle()
            return loop.run_until_complete(batch())

        return measure

    try:
        for size in FIXED_SIZES:
            root, url, params = _fixed(port, size)
            client = appaloosa.client(STORE, KEY, base_url=root, transport=transport)

            async def ours(client: Any = client) -> Any:
                return (await search_users.asyncio_detailed(client=client)).parsed

            async def baseline(url: str = url, params: dict[str, Any] = params) -> Any:
                return (await raw.get(url, params=params)).json()

            _check_call(loop.run_until_complete(ours()), loop.run_until_complete(baseline()), size)
            per_call(ours, max(calls // 10, 1))()
            per_call(baseline, max(calls // 10, 1))()
            results = interleaved(
                {"ours": per_call(ours, calls), "baseline": per_call(baseline, calls)},
                repetitions,
            )
            rows.append(
                _row("calls", _call_label("async", size), results, unit="ms",
                     target=ASYNC_TARGETS.get(size))
            )  # fmt: skip
    finally:
        loop.run_until_complete(transport.aclose())
        loop.close()
    return rows


# --- 2. pagination against a hand-written loop ---------------------------------------------


def _raw_pages(client: httpx.Client, url: str) -> Iterator[Any]:
    """The loop one writes by hand for Appaloosa: page after page until no rel="next"."""
    page = 1
    while True:
        response = client.get(url, params={"page": page, "per": PER, "api_key": KEY})
        response.raise_for_status()
        yield from response.json()["users"]
        if "next" not in response.links:
            return
        page += 1


def _raw_offsets(client: httpx.Client, url: str) -> Iterator[Any]:
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


def paging_rows(port: int, *, pages: int, app47_pages: int, repetitions: int) -> list[Row]:
    """`paginate` against the raw loop over the same `pages` pages: time, peak memory, and
    the memory a live walk holds at page `HELD_SPAN` x `pages` against page `pages` (flat
    when nothing accumulates per page); then the App47 style over `app47_pages` sets."""
    transport = httpx.HTTPTransport()
    raw = httpx.Client(transport=transport, headers={"Access-Token": TOKEN})
    try:
        ours, baseline = _appaloosa_walks(port, pages, transport, raw)
        results = interleaved(
            {"ours": _listing(ours, pages * PER), "baseline": _listing(baseline, pages * PER)},
            repetitions,
        )
        label = f"paginate vs raw loop, {pages} pages x {PER} (Appaloosa page+Link)"
        rows = [_row("paging", label, results, unit="s", target=PAGING_TARGET)]
        peak_ours, peak_raw = _peak_kib(ours), _peak_kib(baseline)
        rows.append(
            Row("paging", f"peak memory walking {pages} pages, paginate vs raw loop",
                peak_ours, peak_raw, peak_ours / peak_raw, "KiB")
        )  # fmt: skip
        longer = _appaloosa_walks(port, HELD_SPAN * pages, transport, raw)
        for side, make in zip(("paginate", "raw loop"), longer, strict=True):
            checkpoints = (pages, HELD_SPAN * pages)
            at_pages, at_end = _held_kib(make, checkpoints, trace_from=pages // 2)
            rows.append(
                Row("paging", f"{side}: memory held at page {checkpoints[1]} vs page {pages}",
                    at_end, at_pages, at_end / at_pages, "KiB",
                    FLAT_TARGET if side == "paginate" else None, f"page {pages}")
            )  # fmt: skip
        if app47_pages:
            rows.append(_app47_row(port, transport, raw, app47_pages, repetitions))
    finally:
        transport.close()
    return rows


Walk = Callable[[], Iterator[Any]]


def _appaloosa_walks(
    port: int, pages: int, transport: httpx.HTTPTransport, raw: httpx.Client
) -> tuple[Walk, Walk]:
    """`paginate` and the raw loop over the same `pages`-page listing, each run once (a
    warm-up that also checks that both see every item)."""
    root = f"http://127.0.0.1:{port}/pages/{pages}/0"
    client = appaloosa.client(STORE, KEY, base_url=root, transport=transport)

    def ours() -> Iterator[Any]:
        return appaloosa.paginate(list_users, client=client, per=PER)

    def baseline() -> Iterator[Any]:
        return _raw_pages(raw, f"{root}/{STORE}/users")

    _listing(ours, pages * PER)()
    _listing(baseline, pages * PER)()
    return ours, baseline


def _held_kib(make: Walk, checkpoints: Sequence[int], *, trace_from: int) -> list[float]:
    """Python memory a live walk holds (after a full collection) at each checkpoint page,
    counting what was allocated from page `trace_from` on.

    Unlike a peak, this does not depend on when the collector happened to run (httpx's
    responses are reference cycles, freed only by it), and tracing from a later page keeps
    httpx's bounded caches (urllib's, filled by the cookie jar) at their steady size.
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
    _drain(items)
    return held


def _take(items: Iterator[Any], count: int) -> int:
    taken = _drain(islice(items, count))
    if taken != count:
        raise BenchError(f"a listing ended after {taken} of {count} items")
    return taken


def _app47_row(
    port: int, transport: httpx.HTTPTransport, raw: httpx.Client, pages: int, repetitions: int
) -> Row:
    total = pages * APP47_PAGE
    root = f"http://127.0.0.1:{port}/offset/{total}/0"
    client = app47.client(TOKEN, base_url=root, transport=transport)

    def ours() -> Iterator[Any]:
        return app47.paginate(list_apps, client=client)

    def baseline() -> Iterator[Any]:
        return _raw_offsets(raw, f"{root}/apps")

    _listing(ours, total)()
    _listing(baseline, total)()
    results = interleaved(
        {"ours": _listing(ours, total), "baseline": _listing(baseline, total)}, repetitions
    )
    label = f"paginate vs raw loop, {pages} sets x {APP47_PAGE} (App47 skip)"
    return _row("paging", label, results, unit="s", target=PAGING_TARGET)


# --- 3. concurrent pagination ---------------------------------------------------------------


def concurrency_rows(
    port: int, *, pages: int, latency_ms: int, concurrency: int, repetitions: int
) -> list[Row]:
    """`paginate` / `apaginate` with `concurrency` against the same call without it, over
    `pages` pages that each take `latency_ms` to answer. The ratio is the speed-up."""
    root = f"http://127.0.0.1:{port}/pages/{pages}/{latency_ms}"
    expected = pages * PER
    client = appaloosa.client(STORE, KEY, base_url=root)
    loop = asyncio.new_event_loop()
    aclient = appaloosa.client(STORE, KEY, base_url=root)

    def sync(workers: int) -> Measure:
        return _listing(
            lambda: appaloosa.paginate(list_users, client=client, per=PER, concurrency=workers),
            expected,
        )

    def run_async(workers: int) -> Measure:
        async def walk() -> int:
            items = appaloosa.apaginate(list_users, client=aclient, per=PER, concurrency=workers)
            return await _adrain(items)

        def measure() -> float:
            _settle()
            start = time.perf_counter()
            count = loop.run_until_complete(walk())
            elapsed = time.perf_counter() - start
            if count != expected:
                raise BenchError(f"apaginate gave {count} items instead of {expected}")
            return elapsed

        return measure

    rows = []
    try:
        for style, measure in (("paginate", sync), ("apaginate", run_async)):
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
                    speedup, "s", SPEEDUP_TARGET)
            )  # fmt: skip
    finally:
        client.get_httpx_client().close()
        loop.run_until_complete(aclient.get_async_httpx_client().aclose())
        loop.close()
    return rows
