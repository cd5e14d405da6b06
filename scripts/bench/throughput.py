"""Async at scale: many calls with many in flight, against raw aiohttp.

`calls` GETs of the 2-item `search_users` body, `in_flight` at a time (one task per slot
pulling from a shared counter), through:

- raw `aiohttp.ClientSession` + `json.loads` (the floor here: the fastest async client);
- raw `httpx.AsyncClient` + `.json()`;
- ours, `.asyncio()` through an overlay client on httpx's network transport (the default);
- ours with `http_backend="aiohttp"` (httpx-aiohttp under the same retries and errors).

Each client is made once and kept warm across repetitions (one event loop throughout);
the ratio is the throughput of each against aiohttp's, measured back to back.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from appaloosa_client.api.users import search_users

from overlays import appaloosa
from scripts.bench.common import BenchError, Row, Target, interleaved, median, paired_ratio
from scripts.bench.loopback import KEY, PER, STORE, _fixed

THROUGHPUT_TARGET = Target("min_ratio", 0.8, "(throughput)")
Call = Callable[[], Awaitable[Any]]


async def _flood(call: Call, calls: int, in_flight: int) -> float:
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
    try:
        import aiohttp
    except ImportError as exc:
        raise BenchError("aiohttp is not installed (make install)") from exc
    root, url, params = _fixed(port, 2)
    limits = httpx.Limits(max_connections=in_flight, max_keepalive_connections=in_flight)
    loop = asyncio.new_event_loop()

    async def open_session() -> aiohttp.ClientSession:
        return aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=in_flight))

    session = loop.run_until_complete(open_session())
    raw_httpx = httpx.AsyncClient(limits=limits)
    ours_httpx = appaloosa.client(STORE, KEY, base_url=root)
    ours_aiohttp = appaloosa.client(STORE, KEY, base_url=root, http_backend="aiohttp")
    query = {key: str(value) for key, value in params.items()}

    async def aiohttp_call() -> Any:
        async with session.get(url, params=query) as response:
            return json.loads(await response.read())

    async def httpx_call() -> Any:
        return (await raw_httpx.get(url, params=params)).json()

    async def ours_call() -> Any:
        return await search_users.asyncio(client=ours_httpx, per=PER)

    async def ours_aiohttp_call() -> Any:
        return await search_users.asyncio(client=ours_aiohttp, per=PER)

    variants: dict[str, Call] = {
        "baseline": aiohttp_call,
        "raw httpx": httpx_call,
        "ours": ours_call,
        "ours aiohttp": ours_aiohttp_call,
    }

    def measure(call: Call) -> Callable[[], float]:
        return lambda: loop.run_until_complete(_flood(call, calls, in_flight))

    try:
        for call in variants.values():
            loop.run_until_complete(_flood(call, in_flight * 2, in_flight))  # warm up the pools
        results = interleaved({name: measure(call) for name, call in variants.items()}, repetitions)
    finally:
        loop.run_until_complete(session.close())
        loop.run_until_complete(raw_httpx.aclose())
        loop.run_until_complete(ours_httpx.get_async_httpx_client().aclose())
        loop.run_until_complete(ours_aiohttp.get_async_httpx_client().aclose())
        loop.close()
    label = f"async throughput, {calls} calls, {in_flight} in flight"
    rows = []
    for name, who, target in (
        ("ours", "ours (httpx transport, default)", THROUGHPUT_TARGET),
        ("ours aiohttp", 'ours (http_backend="aiohttp")', THROUGHPUT_TARGET),
        ("raw httpx", "raw httpx.AsyncClient", None),
    ):
        rows.append(
            Row("throughput", f"{label}: {who} vs raw aiohttp", median(results[name]),
                median(results["baseline"]), paired_ratio(results["baseline"], results[name]),
                "s", target, "raw aiohttp")
        )  # fmt: skip
    return rows
