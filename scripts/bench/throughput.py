"""Async at scale: many calls with many in flight, against raw aiohttp.

`calls` GETs of the 2-item `search_users` body, `in_flight` at a time (one task per slot
pulling from a shared counter), through:

- raw `aiohttp.ClientSession` + `json.loads` (the baseline: the fastest async client);
- ours, `search_users.asyncio` on an `overlays.appaloosa.client(...)`, once per
  `http_backend` ("aiohttp", the default, and "httpx2");
- raw `httpx2.AsyncClient` and raw `httpx.AsyncClient` (`.json()`): each library's floor.

Each client is made once and kept warm across repetitions (one event loop throughout).
The ratio is the throughput of each as a multiple of aiohttp's (aiohttp's seconds / its
seconds), measured back to back: 1.0x is aiohttp's speed, 0.5x half of it.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from functools import partial
from typing import Any, get_args

import aiohttp
import httpx
import httpx2
from appaloosa_client.api.users import search_users

from overlays import appaloosa
from overlays._runtime import DEFAULT_HTTP_BACKEND, HttpBackend
from scripts.bench.common import Row, Target, interleaved, median, paired_ratio
from scripts.bench.loopback import KEY, STORE, fixed

DEFAULT_TARGET = Target("min_ratio", 0.8, "of aiohttp's throughput")
FASTEST_TARGET = Target("min_ratio", 1.0, "of aiohttp's throughput")
RAW_AIOHTTP = "raw aiohttp.ClientSession"
RAW_HTTPX2 = "raw httpx2.AsyncClient"
RAW_HTTPX = "raw httpx.AsyncClient"
BACKENDS: tuple[HttpBackend, ...] = get_args(HttpBackend)
Call = Callable[[], Awaitable[Any]]


def ours(backend: HttpBackend) -> str:
    default = ", default" if backend == DEFAULT_HTTP_BACKEND else ""
    return f'ours (http_backend="{backend}"{default})'


async def flood(call: Call, calls: int, in_flight: int) -> float:
    """Seconds for `calls` calls, `in_flight` at a time."""
    remaining = calls

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(in_flight)))
    return time.perf_counter() - start


def throughput_rows(port: int, *, calls: int, in_flight: int, repetitions: int) -> list[Row]:
    root, url, params = fixed(port, 2)
    query = {key: str(value) for key, value in params.items()}
    loop = asyncio.new_event_loop()
    stack = AsyncExitStack()

    async def open_clients() -> tuple[aiohttp.ClientSession, httpx2.AsyncClient, httpx.AsyncClient]:
        connector = aiohttp.TCPConnector(limit=in_flight)
        session = await stack.enter_async_context(aiohttp.ClientSession(connector=connector))
        raw2 = await stack.enter_async_context(
            httpx2.AsyncClient(limits=httpx2.Limits(max_connections=in_flight,
                                                    max_keepalive_connections=in_flight))
        )  # fmt: skip
        raw = await stack.enter_async_context(
            httpx.AsyncClient(limits=httpx.Limits(max_connections=in_flight,
                                                  max_keepalive_connections=in_flight))
        )  # fmt: skip
        return session, raw2, raw

    try:
        session, raw2, raw = loop.run_until_complete(open_clients())

        async def aiohttp_call() -> Any:
            async with session.get(url, params=query) as response:
                return json.loads(await response.read())

        async def httpx2_call() -> Any:
            return (await raw2.get(url, params=params)).json()

        async def httpx_call() -> Any:
            return (await raw.get(url, params=params)).json()

        variants: dict[str, Call] = {RAW_AIOHTTP: aiohttp_call}
        for backend in BACKENDS:
            client = appaloosa.client(STORE, KEY, base_url=root, http_backend=backend)
            stack.push_async_callback(client.aclose)
            variants[ours(backend)] = partial(search_users.asyncio, client=client)
        variants[RAW_HTTPX2] = httpx2_call
        variants[RAW_HTTPX] = httpx_call

        def measure(call: Call) -> Callable[[], float]:
            return lambda: loop.run_until_complete(flood(call, calls, in_flight))

        for call in variants.values():
            loop.run_until_complete(flood(call, in_flight * 2, in_flight))  # warm up the pools
        results = interleaved({name: measure(call) for name, call in variants.items()}, repetitions)
    finally:
        loop.run_until_complete(stack.aclose())
        loop.close()
    return _rows(results, calls, in_flight)


def _rows(results: dict[str, list[float]], calls: int, in_flight: int) -> list[Row]:
    base = results[RAW_AIOHTTP]
    prefix = f"async throughput, {calls} calls, {in_flight} in flight"

    def row(who: str, name: str, target: Target | None) -> Row:
        return Row("throughput", f"{prefix}: {who} vs raw aiohttp", median(results[name]),
                   median(base), paired_ratio(base, results[name]), "s", target,
                   "raw aiohttp")  # fmt: skip

    fastest = max(BACKENDS, key=lambda backend: paired_ratio(base, results[ours(backend)]))
    rows = [row(ours(DEFAULT_HTTP_BACKEND), ours(DEFAULT_HTTP_BACKEND), DEFAULT_TARGET)]
    rows += [row(ours(b), ours(b), None) for b in BACKENDS if b != DEFAULT_HTTP_BACKEND]
    rows.append(row(f'ours, fastest http_backend ("{fastest}")', ours(fastest), FASTEST_TARGET))
    rows += [row(name, name, None) for name in (RAW_HTTPX2, RAW_HTTPX)]
    return rows
