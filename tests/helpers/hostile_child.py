"""One hostile-server call in a process of its own, for what could take the test process
down: memory (a gzip bomb, an endless body) and CPU (an error page that pins a regex).

`python -m tests.hostile_child SCENARIO STYLE [MAX_RESPONSE_BYTES]` prints one JSON line:
the error raised (class name), the peak memory the call added (MiB, from
`ru_maxrss`), and its seconds. The parent bounds the child's time.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import resource
import sys
import time
import zlib
from collections.abc import Callable
from typing import Any

from tests.helpers.rawserver import Script, answer, endless_chunks, raw_server

MIB = 1 << 20


def gzip_bomb(mib: int) -> bytes:
    """`mib` MiB of zeros, gzipped (about 1 KiB per MiB)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(MIB)
    return b"".join([*(compressor.compress(zeros) for _ in range(mib)), compressor.flush()])


def _scenario(name: str) -> Script:
    if name == "gzip_bomb":  # 0.5 MiB on the wire, 512 MiB inflated
        return answer(200, gzip_bomb(512), {"Content-Encoding": "gzip"})
    if name == "gzip_bomb_error":
        return answer(500, gzip_bomb(512), {"Content-Encoding": "gzip"})
    if name == "endless":
        return endless_chunks(200)
    if name == "declared_huge":  # announces 400 MiB; sends the first 64 KiB of it
        return answer(200, b" " * 65536, {"Content-Length": str(400 * MIB)})
    if name == "html_of_angles":  # a 1 MB error page of `<`
        return answer(502, b"<" * 1_000_000, {"Content-Type": "text/html"})
    raise SystemExit(f"unknown scenario {name}")


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str]) -> None:
    scenario, style = argv[0], argv[1]
    options: dict[str, Any] = {"max_retries": 0, "timeout": 60}
    if len(argv) > 2:
        options["max_response_bytes"] = int(argv[2])
    from appaloosa_client.api.users import get_user

    from overlays import appaloosa

    def call(client: Any) -> Callable[[], Any]:
        if style == "sync":
            return lambda: get_user.sync(1, client=client)
        return lambda: asyncio.run(get_user.asyncio(1, client=client))

    with raw_server(answer(200, b"{}")) as (url, _):  # warm up: imports, pools, schemas
        warm = appaloosa.client(52, "key", base_url=f"{url}/api/v2", **options)
        with contextlib.suppress(Exception):
            call(warm)()
    with raw_server(_scenario(scenario)) as (url, _):
        client = appaloosa.client(52, "key", base_url=f"{url}/api/v2", **options)
        before = _peak_mib()
        start = time.perf_counter()
        try:
            call(client)()
            raised = None
        except Exception as exc:
            raised = type(exc).__name__
        seconds = time.perf_counter() - start
        grown = _peak_mib() - before
    print(json.dumps({"raised": raised, "peak_growth_mib": round(grown, 1), "seconds": seconds}))


if __name__ == "__main__":
    main(sys.argv[1:])
