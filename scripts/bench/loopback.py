"""What the HTTP sections share: the bench server's configuration, the routes, and the
timing helpers.

Everything runs against scripts/bench/server.py on loopback, in its own process. Our side
is built with the public factories (`overlays.appaloosa.client(...)`,
`overlays.app47.client(...)`), exactly as a user does, so it runs on the network core a user
gets (`overlays._runtime.SocketTransport` sync, `http_backend=` async). The baselines are
the raw libraries (`httpx.Client`, `httpx2.Client`, `urllib3.PoolManager`,
`aiohttp.ClientSession`) on the same routes, each with its own pool.
"""

from __future__ import annotations

import gc
import time
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from scripts.bench.common import BenchError, Measure, Row, median, paired_ratio
from scripts.build.speclib import load_spec, providers, response_example

STORE = 52
KEY = "bench-key"
TOKEN = "bench-token"
PER = 20  # Appaloosa's page size (list_users allows at most 20)
APP47_PAGE = 100  # App47 answers sets of 100
FIXED_SIZES = (2, 100)


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


def fixed(port: int, size: int) -> tuple[str, str, dict[str, Any]]:
    """Our client's base URL for the `size`-item `search_users` body, and the URL and query
    a raw call sends for the same request (the generated function sends page=1&per=20, the
    overlay adds api_key)."""
    root = f"http://127.0.0.1:{port}/fixed/users{size}"
    return root, f"{root}/{STORE}/users/search", {"page": 1, "per": PER, "api_key": KEY}


def users_in(result: Any) -> int:
    """How many users a `search_users` answer holds: a parsed model or a raw dict."""
    return len(result["users"] if isinstance(result, Mapping) else result.users)


# --- timing helpers -------------------------------------------------------------------------


def settle() -> None:
    """Start each batch with the same collector state: a full collection beforehand, so one
    batch does not pay for the garbage of the previous one."""
    gc.collect()


def per_call(call: Callable[[], Any], calls: int) -> Measure:
    """A measure of `calls` sequential calls, in seconds per call."""

    def measure() -> float:
        settle()
        start = time.perf_counter()
        for _ in range(calls):
            call()
        return (time.perf_counter() - start) / calls

    return measure


def drain(items: Iterable[Any]) -> int:
    count = 0
    for _ in items:
        count += 1
    return count


async def adrain(items: AsyncIterator[Any]) -> int:
    count = 0
    async for _ in items:
        count += 1
    return count


def listing(make: Callable[[], Iterable[Any]], expected: int) -> Measure:
    """A measure of one whole listing, in seconds; checks that every item came."""

    def measure() -> float:
        settle()
        start = time.perf_counter()
        count = drain(make())
        elapsed = time.perf_counter() - start
        if count != expected:
            raise BenchError(f"a listing gave {count} items instead of {expected}")
        return elapsed

    return measure


def pair_row(
    section: str,
    measurement: str,
    ours: Sequence[float],
    baseline: Sequence[float],
    **extra: Any,
) -> Row:
    """A row of `ours` against `baseline` (times): medians, and the median of the paired
    ratios ours / baseline."""
    return Row(
        section,
        measurement,
        ours=median(ours),
        baseline=median(baseline),
        ratio=paired_ratio(ours, baseline),
        **extra,
    )
