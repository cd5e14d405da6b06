"""What observing drift costs a call (`make bench BENCH_ARGS='--only drift'`).

The same 100-item `search_users` call as the per-call section, through two overlay clients
that differ only in `drift=` (on, the default, against off), on the same server and pool,
interleaved; then the same pair in process, over an `httpx2.MockTransport`, where nothing
but our code runs, and the pair again on an answer that drifts (every item carries a field
the spec does not declare), which is walked to name it. The issue's rule: on by default
only if it costs at most 3 % of a 100-item call.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx2
from appaloosa_client.api.users import search_users

from overlays import appaloosa
from overlays._runtime import Network
from scripts.bench.common import Row, Target, interleaved, median, paired_ratio
from scripts.bench.loopback import KEY, STORE, server_config

DRIFT_TARGET = Target("max_ratio", 1.03)
SIZE = 100


def _per_call(call: Callable[[], Any], calls: int) -> Callable[[], float]:
    def measure() -> float:
        start = time.perf_counter()
        for _ in range(calls):
            call()
        return (time.perf_counter() - start) / calls

    return measure


def _pair(make: Callable[[bool], Any], calls: int, repetitions: int) -> dict[str, list[float]]:
    on, off = make(True), make(False)

    def ours() -> Any:
        return search_users.sync_detailed(client=on).parsed

    def baseline() -> Any:
        return search_users.sync_detailed(client=off).parsed

    for call in (ours, baseline):
        if len(call().users) != SIZE:
            raise RuntimeError("the 100-item body did not give 100 users")
        _per_call(call, max(calls // 10, 1))()  # warm up: validators, caches
    return interleaved(
        {"ours": _per_call(ours, calls), "baseline": _per_call(baseline, calls)}, repetitions
    )


def _row(measurement: str, results: dict[str, list[float]], unit: Any = "ms") -> Row:
    return Row(
        "drift",
        measurement,
        ours=median(results["ours"]),
        baseline=median(results["baseline"]),
        ratio=paired_ratio(results["ours"], results["baseline"]),
        unit=unit,
        target=DRIFT_TARGET,
        baseline_label="drift=False",
    )


def drift_rows(port: int, *, calls: int, repetitions: int) -> list[Row]:
    root = f"http://127.0.0.1:{port}/fixed/users{SIZE}"
    network = Network()
    try:
        served = _pair(
            lambda on: appaloosa.client(STORE, KEY, base_url=root, transport=network, drift=on),
            calls,
            repetitions,
        )
    finally:
        network.close()
    body = server_config()["fixed"][f"users{SIZE}"]
    content = json.dumps(body).encode()
    drifting = json.dumps(
        {"users": [{**user, "nickname": f"n{user['id']}"} for user in body["users"]]}
    ).encode()

    def mock(payload: bytes) -> Callable[[bool], Any]:
        def make(on: bool) -> Any:
            answer = httpx2.MockTransport(
                lambda request: httpx2.Response(
                    200, content=payload, headers={"Content-Type": "application/json"}
                )
            )
            return appaloosa.client(STORE, KEY, transport=answer, drift=on)

        return make

    # In process the pair is cheap, and each batch short: more repetitions steady the median.
    in_process = _pair(mock(content), calls * 3, repetitions * 3)
    drifted = _pair(mock(drifting), calls * 3, repetitions)
    label = f"sync call, {SIZE}-item body (search_users): drift observed vs drift=False"
    return [
        _row(f"{label}, loopback", served),
        _row(f"{label}, in process (MockTransport)", in_process, "µs"),
        Row(
            "drift",
            f"{label}, in process, every item with an undeclared field (walked)",
            ours=median(drifted["ours"]),
            baseline=median(drifted["baseline"]),
            ratio=paired_ratio(drifted["ours"], drifted["baseline"]),
            unit="µs",
            baseline_label="drift=False",
        ),
    ]
