"""Bench row: a resource-object method against the generated function it calls, same client.

`api.users.get(1)` and `get_user.sync(1, client=api.client)` send
through the same overlay client and an `httpx2.MockTransport` answering the spec's example
(no network, so the facade's own cost is not hidden by a socket). Target: the facade adds
at most 5 % to a call. The "facade" section of `make bench`.
"""

from __future__ import annotations

import json
import time

import httpx2

from scripts.bench.common import Row, Target, interleaved, median, paired_ratio
from scripts.build.speclib import load_spec, providers, response_example


def facade_rows(*, repetitions: int = 7, calls: int = 2000) -> list[Row]:
    from appaloosa_client.api.users import get_user

    from overlays import appaloosa

    (provider,) = [p for p in providers() if p.name == "appaloosa"]
    body = json.dumps(response_example(load_spec(provider), "get_user")).encode()
    headers = {"content-type": "application/json"}
    transport = httpx2.MockTransport(
        lambda request: httpx2.Response(200, content=body, headers=headers)
    )
    api = appaloosa.Appaloosa(52, "KEY", transport=transport)
    client = api.client

    def through_facade() -> float:
        start = time.perf_counter()
        for _ in range(calls):
            api.users.get(1)
        return (time.perf_counter() - start) / calls

    def generated_function() -> float:
        start = time.perf_counter()
        for _ in range(calls):
            get_user.sync(1, client=client)
        return (time.perf_counter() - start) / calls

    through_facade(), generated_function()  # warm up: imports, validators, caches
    times = interleaved({"facade": through_facade, "function": generated_function}, repetitions)
    api.close()
    return [
        Row(
            section="facade",
            measurement="facade vs the generated function, same client (api.users.get)",
            ours=median(times["facade"]),
            baseline=median(times["function"]),
            ratio=paired_ratio(times["facade"], times["function"]),
            unit="ms",
            target=Target("max_ratio", 1.05),
        )
    ]
