"""Benchmarks that print ratios: `make bench`.

Each figure is measured against a baseline in the same run, interleaved, as a median over
repetitions, and printed as one markdown table (measurement, ours, baseline, ratio, target,
met?) under a line naming the machine:

- calls: a generated call through the overlay client against raw `httpx` (same server,
  same pool), for a 2-item and a 100-item body, sync and async; sync, side by side with the
  peers a user would pick instead (the same spec generated with openapi-python-client's
  default templates, and with openapi-generator's `python` generator: scripts/bench/
  peers.py generates both into a scratch directory);
- facade: a resource-object method (`api.users.get`) against the generated function it
  calls, same client, over an `httpx.MockTransport` (the facade's own cost, unhidden);
- models: `from_dict` per item, our templates against the default ones;
- throughput: 2,000 async calls, 64 in flight, against raw aiohttp;
- paging: `paginate` against a hand-written loop over the same pages, and its peak memory
  at 10x the pages (it must stay flat);
- concurrency: `paginate`/`apaginate` with concurrency 8 against sequential paging, 50
  pages answering in 20 ms each;
- generation: full and no-op regeneration of the five specs;
- imports: importing each overlay module against `import httpx`, runtime dependencies only.

The HTTP figures come from scripts/bench/server.py, run on 127.0.0.1 in its own process.
`--quick` runs fewer repetitions (a smoke run: the figures are noisier); `--only SECTION`
runs some sections. The targets are the issue's goals, reported, never asserted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from scripts.bench.common import BenchError, Row, bench_server, machine_line, render_table
from scripts.bench.peers import Peers, scratch_peers

SECTIONS = (
    "calls", "facade", "models", "throughput", "paging", "concurrency", "generation", "imports",
)  # fmt: skip
HTTP_SECTIONS = ("calls", "throughput", "paging", "concurrency")
PEER_SECTIONS = ("calls", "models")


@dataclass(frozen=True)
class Scale:
    """How much work each section does: repetitions and batch sizes (the workloads, pages
    and latencies, stay the same in --quick so its ratios mean the same thing)."""

    calls: int
    call_repetitions: int
    facade_calls: int
    facade_repetitions: int
    model_items: int
    model_repetitions: int
    throughput_calls: int
    in_flight: int
    throughput_repetitions: int
    pages: int
    app47_pages: int
    paging_repetitions: int
    concurrency_pages: int
    latency_ms: int
    concurrency: int
    concurrency_repetitions: int
    full_repetitions: int
    noop_repetitions: int
    import_repetitions: int


FULL = Scale(
    calls=300, call_repetitions=15, facade_calls=2000, facade_repetitions=7,
    model_items=20_000, model_repetitions=9,
    throughput_calls=2000, in_flight=64, throughput_repetitions=3,
    pages=500, app47_pages=50, paging_repetitions=7,
    concurrency_pages=50, latency_ms=20, concurrency=8, concurrency_repetitions=5,
    full_repetitions=3, noop_repetitions=7, import_repetitions=15,
)  # fmt: skip
QUICK = Scale(
    calls=100, call_repetitions=5, facade_calls=300, facade_repetitions=3,
    model_items=5_000, model_repetitions=3,
    throughput_calls=2000, in_flight=64, throughput_repetitions=1,
    pages=500, app47_pages=20, paging_repetitions=3,
    concurrency_pages=50, latency_ms=20, concurrency=8, concurrency_repetitions=1,
    full_repetitions=1, noop_repetitions=3, import_repetitions=5,
)  # fmt: skip


def _progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def http_rows(port: int, sections: Sequence[str], scale: Scale, peers: Peers | None) -> list[Row]:
    """The sections that talk to the bench server on `port`."""
    from scripts.bench import loopback as http
    from scripts.bench.throughput import throughput_rows

    rows: list[Row] = []
    if "calls" in sections:
        _progress("per-call cost, sync and async, ours and the peers")
        rows += http.call_rows(
            port, calls=scale.calls, repetitions=scale.call_repetitions, peers=peers
        )
    if "throughput" in sections:
        _progress(f"async throughput, {scale.in_flight} in flight, against raw aiohttp")
        rows += throughput_rows(
            port,
            calls=scale.throughput_calls,
            in_flight=scale.in_flight,
            repetitions=scale.throughput_repetitions,
        )
    if "paging" in sections:
        _progress("paginate against a raw loop, and its peak memory")
        rows += http.paging_rows(
            port,
            pages=scale.pages,
            app47_pages=scale.app47_pages,
            repetitions=scale.paging_repetitions,
        )
    if "concurrency" in sections:
        _progress("concurrent pagination against sequential")
        rows += http.concurrency_rows(
            port,
            pages=scale.concurrency_pages,
            latency_ms=scale.latency_ms,
            concurrency=scale.concurrency,
            repetitions=scale.concurrency_repetitions,
        )
    return rows


def run(sections: Sequence[str], scale: Scale) -> tuple[list[Row], list[str]]:
    """Every requested section's rows, in table order, and the notes printed under it."""
    from scripts.bench import build
    from scripts.bench.loopback import server_config

    rows: list[Row] = []
    notes = [
        "ratio: median over repetitions of ours/baseline, each pair measured back to back "
        "(order alternating); for concurrency, the speed-up baseline/ours.",
    ]
    with ExitStack() as stack:
        peers = None
        if any(section in sections for section in PEER_SECTIONS):
            _progress("generating the peers (default templates, openapi-generator) in scratch")
            peers = stack.enter_context(scratch_peers(openapi_generator="calls" in sections))
        if any(section in sections for section in HTTP_SECTIONS):
            with bench_server(server_config()) as port:
                rows += http_rows(port, sections, scale, peers)
        if "facade" in sections:
            from scripts.bench.facade import facade_rows

            _progress("resource objects against the generated functions, same client")
            rows += facade_rows(repetitions=scale.facade_repetitions, calls=scale.facade_calls)
        if "models" in sections and peers is not None:
            from scripts.bench.models import model_rows

            _progress("from_dict per item, our templates against the defaults")
            rows += model_rows(peers, number=scale.model_items, repetitions=scale.model_repetitions)
        if peers is not None:
            notes.append(_peers_note(peers))
    if "generation" in sections:
        _progress("regeneration, full and no-op (on a scratch copy)")
        rows += build.generation_rows(
            full_repetitions=scale.full_repetitions, noop_repetitions=scale.noop_repetitions
        )
        notes.append(
            "generation: `python -m scripts.build --root <scratch copy>`; the copy regenerated "
            "byte for byte, generated/ untouched. Subprocess figures include interpreter "
            "start-up and imports; in-process figures do not."
        )
    if "imports" in sections:
        _progress("import time (a runtime-only virtualenv is built once in .bench-venv/)")
        import_rows, environment = build.import_rows(repetitions=scale.import_repetitions)
        rows += import_rows
        notes.append(f"imports: `python -X importtime`, fresh interpreters; {environment}.")
    return rows, notes


def _peers_note(peers: Peers) -> str:
    built = ", ".join(sorted({*peers.default.values(), *peers.openapi_generator.values()}))
    note = f"peers, generated in a scratch directory for this run: {built}"
    if peers.openapi_generator_reason:
        note += f"; openapi-generator skipped: {peers.openapi_generator_reason}"
    return note + "."


def versions_line() -> str:
    names = (
        "httpx", "httpcore", "anyio", "sniffio", "attrs", "httpx-retries", "jsonschema-rs",
        "aiohttp", "httpx-aiohttp", "urllib3", "pydantic", "openapi-python-client",
        "openapi-generator-cli",
    )  # fmt: skip
    return "Versions: " + ", ".join(f"{name} {_version(name)}" for name in names)


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "(not installed)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.bench", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (smoke run)")
    parser.add_argument(
        "--only", action="append", choices=SECTIONS, metavar="SECTION",
        help=f"run only this section (repeatable): {', '.join(SECTIONS)}",
    )  # fmt: skip
    args = parser.parse_args(argv)
    sections = [s for s in SECTIONS if not args.only or s in args.only]
    scale = QUICK if args.quick else FULL
    machine = machine_line()
    try:
        rows, notes = run(sections, scale)
    except BenchError as exc:
        print(f"bench: error: {exc}", file=sys.stderr)
        return 1
    print(machine)
    print(versions_line() + ("; --quick run" if args.quick else ""))
    print()
    print(render_table(rows))
    print()
    for note in notes:
        print(f"- {note}")
    return 0
