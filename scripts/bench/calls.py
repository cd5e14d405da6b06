"""Per call: `search_users` (a 2-item and a 100-item body) through our client, against the
raw libraries and the peers, one call after another on the same loopback route.

Sync, all interleaved in one rotation: ours (`search_users.sync` on an
`overlays.appaloosa.client(...)`), raw `httpx.Client`, raw `httpx2.Client`, raw
`urllib3.PoolManager` (each `+ json.loads`), and the peers (scripts/bench/peers.py): the
default-template client (httpx) and openapi-generator's (urllib3 + pydantic). The targets
are against raw httpx and against openapi-generator; the other rows show each library's
floor beside them.

Async, one call at a time (the cost of a call, not of a pool under load: see
`throughput`): ours on each `http_backend` against the raw client of the same library.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack, ExitStack
from functools import partial
from typing import Any

import aiohttp
import httpx
import httpx2
import urllib3
from appaloosa_client.api.users import search_users

from overlays import appaloosa
from scripts.bench.common import BenchError, Measure, Row, Target, interleaved
from scripts.bench.loopback import FIXED_SIZES, KEY, PER, STORE, fixed, pair_row, settle, users_in
from scripts.bench.loopback import per_call as sync_per_call
from scripts.bench.peers import Peers

OURS = "ours"
RAW_HTTPX = "raw httpx.Client"
RAW_HTTPX2 = "raw httpx2.Client"
RAW_URLLIB3 = "raw urllib3.PoolManager"
DEFAULT_PEER = "default-template client"
OGEN_PEER = "openapi-generator client"
VS_HTTPX = Target("max_ratio", 0.85)
VS_OGEN = Target("under_ratio", 1.0)

# (who, against whom, target): the order of the rows of each body size.
SYNC_PAIRS: tuple[tuple[str, str, Target | None], ...] = (
    (OURS, RAW_HTTPX, VS_HTTPX),
    (OURS, OGEN_PEER, VS_OGEN),
    (OURS, RAW_HTTPX2, None),
    (OURS, DEFAULT_PEER, None),
    (RAW_HTTPX2, RAW_HTTPX, None),
    (RAW_URLLIB3, RAW_HTTPX, None),
    (OGEN_PEER, RAW_HTTPX, None),
    (DEFAULT_PEER, RAW_HTTPX, None),
)


def label(style: str, size: int, who: str, against: str) -> str:
    return f"{style} call, {size}-item body (search_users): {who} vs {against}"


def call_rows(port: int, *, calls: int, repetitions: int, peers: Peers | None = None) -> list[Row]:
    """Per-call cost, sync (ours, the raw libraries, the peers) then async (ours on each
    `http_backend` against the raw client of the same library)."""
    return sync_call_rows(port, calls, repetitions, peers) + async_call_rows(
        port, calls, repetitions
    )


# --- sync -----------------------------------------------------------------------------------


def sync_call_rows(port: int, calls: int, repetitions: int, peers: Peers | None) -> list[Row]:
    rows: list[Row] = []
    with ExitStack() as stack:
        raw_httpx = stack.enter_context(httpx.Client())
        raw_httpx2 = stack.enter_context(httpx2.Client())
        pool = urllib3.PoolManager()
        stack.callback(pool.clear)
        for size in FIXED_SIZES:
            root, url, params = fixed(port, size)
            client = appaloosa.client(STORE, KEY, base_url=root)
            stack.callback(client.close)
            variants: dict[str, Callable[[], Any]] = {
                OURS: partial(search_users.sync, client=client),
                **_raw_calls(url, params, raw_httpx, raw_httpx2, pool),
            }
            if peers is not None:
                variants.update(_peer_calls(root, peers, stack))
            for name, call in variants.items():
                if users_in(call()) != size:
                    raise BenchError(f"{name}: the {size}-item body did not give {size} users")
                sync_per_call(call, max(calls // 10, 1))()  # warm up: pool, validators, caches
            results = interleaved(
                {name: sync_per_call(call, calls) for name, call in variants.items()}, repetitions
            )
            rows += _pair_rows(size, results, peers)
    return rows


def _raw_calls(
    url: str,
    params: dict[str, Any],
    raw_httpx: httpx.Client,
    raw_httpx2: httpx2.Client,
    pool: urllib3.PoolManager,
) -> dict[str, Callable[[], Any]]:
    """The same request by hand with each library, the body parsed with `json.loads`."""

    def with_httpx() -> Any:
        return raw_httpx.get(url, params=params).json()

    def with_httpx2() -> Any:
        return raw_httpx2.get(url, params=params).json()

    def with_urllib3() -> Any:
        return json.loads(pool.request("GET", url, fields=params).data)

    return {RAW_HTTPX: with_httpx, RAW_HTTPX2: with_httpx2, RAW_URLLIB3: with_urllib3}


def _peer_calls(root: str, peers: Peers, stack: ExitStack) -> dict[str, Callable[[], Any]]:
    """`search_users` through each peer that could be built, on the same route: the
    default-template client (httpx underneath, its own pool), openapi-generator's (urllib3)."""
    calls: dict[str, Callable[[], Any]] = {}
    store_root = f"{root}/{STORE}"
    default = peers.default.get("appaloosa")
    if default:
        plain = peers.module(default, "client").Client(
            base_url=store_root, httpx_args={"params": {"api_key": KEY}}
        )
        stack.callback(lambda: plain.get_httpx_client().close())
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


def _pair_rows(size: int, results: dict[str, list[float]], peers: Peers | None) -> list[Row]:
    rows = []
    for who, against, target in SYNC_PAIRS:
        missing = [name for name in (who, against) if name not in results]
        if missing:
            if peers is None:
                continue  # no peers asked for: no peer rows
            why = peers.openapi_generator_reason if OGEN_PEER in missing else "not built"
            rows.append(
                Row("calls", f"{label('sync', size, who, against)}: skipped, {why}",
                    None, None, None, "ms", target)
            )  # fmt: skip
            continue
        rows.append(
            pair_row("calls", label("sync", size, who, against), results[who], results[against],
                     unit="ms", target=target)
        )  # fmt: skip
    return rows


# --- async, one call at a time ------------------------------------------------------------------

ASYNC_PAIRS = (
    ('ours (http_backend="aiohttp", default)', "raw aiohttp.ClientSession"),
    ('ours (http_backend="httpx2")', "raw httpx2.AsyncClient"),
)


def async_call_rows(port: int, calls: int, repetitions: int) -> list[Row]:
    loop = asyncio.new_event_loop()
    rows: list[Row] = []
    stack = AsyncExitStack()

    async def open_clients() -> tuple[aiohttp.ClientSession, httpx2.AsyncClient]:
        session = await stack.enter_async_context(aiohttp.ClientSession())
        return session, await stack.enter_async_context(httpx2.AsyncClient())

    try:
        session, raw_httpx2 = loop.run_until_complete(open_clients())
        for size in FIXED_SIZES:
            root, url, params = fixed(port, size)
            query = {key: str(value) for key, value in params.items()}
            clients = {
                backend: appaloosa.client(STORE, KEY, base_url=root, http_backend=backend)
                for backend in ("aiohttp", "httpx2")
            }
            for client in clients.values():
                stack.push_async_callback(client.aclose)

            async def raw_aiohttp(url: str = url, query: dict[str, str] = query) -> Any:
                async with session.get(url, params=query) as response:
                    return json.loads(await response.read())

            async def raw_httpx2_call(url: str = url, params: dict[str, Any] = params) -> Any:
                return (await raw_httpx2.get(url, params=params)).json()

            variants: dict[str, Callable[[], Awaitable[Any]]] = {
                ASYNC_PAIRS[0][0]: partial(search_users.asyncio, client=clients["aiohttp"]),
                ASYNC_PAIRS[0][1]: raw_aiohttp,
                ASYNC_PAIRS[1][0]: partial(search_users.asyncio, client=clients["httpx2"]),
                ASYNC_PAIRS[1][1]: raw_httpx2_call,
            }
            for name, call in variants.items():
                if users_in(loop.run_until_complete(call())) != size:
                    raise BenchError(f"{name}: the {size}-item body did not give {size} users")
                _async_per_call(loop, call, max(calls // 10, 1))()
            results = interleaved(
                {name: _async_per_call(loop, call, calls) for name, call in variants.items()},
                repetitions,
            )
            for who, against in ASYNC_PAIRS:
                rows.append(
                    pair_row("calls", label("async", size, who, against), results[who],
                             results[against], unit="ms")
                )  # fmt: skip
    finally:
        loop.run_until_complete(stack.aclose())
        loop.close()
    return rows


def _async_per_call(
    loop: asyncio.AbstractEventLoop, call: Callable[[], Awaitable[Any]], count: int
) -> Measure:
    async def batch() -> float:
        start = time.perf_counter()
        for _ in range(count):
            await call()
        return (time.perf_counter() - start) / count

    def measure() -> float:
        settle()
        return loop.run_until_complete(batch())

    return measure
