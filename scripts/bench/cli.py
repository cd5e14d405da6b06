"""Benchmarks that print ratios: `make bench`.

Each figure is measured against a baseline in the same run, interleaved, as a median over
repetitions, and printed as one markdown table (measurement, ours, baseline, ratio, target,
met?) under a line naming the machine. The sections, in table order (`SECTIONS`):

- calls: `search_users` (2 and 100 items) through our client against raw `httpx.Client`,
  and beside it raw `httpx2.Client`, raw `urllib3`, and the peers a user would pick instead
  (openapi-python-client's default templates, openapi-generator's `python` client:
  scripts/bench/peers.py generates both into a scratch directory); async one at a time,
  ours on each `http_backend` against the raw client of its library;
- throughput: 2,000 async calls, 64 in flight, ours on each `http_backend` and raw httpx2
  and httpx, as a multiple of raw aiohttp's throughput;
- paging: `paginate` against a raw `httpx.Client` loop over the same pages;
- memory: what a live `paginate` walk holds at page 2,000 against page 500;
- concurrency: `paginate`/`apaginate` with concurrency 8 against sequential paging, 50
  pages answering in 20 ms each;
- facade: a resource-object method against the generated function it calls, same client;
- models: `from_dict` per item, our templates against the default ones;
- generation: full and no-op regeneration of the five specs;
- imports: importing each overlay module against `import httpx2`, runtime dependencies only;
- drift: a 100-item call with drift observation on (the default) against `drift=False`.

The HTTP figures come from scripts/bench/server.py, run on 127.0.0.1 in its own process.
`--quick` runs fewer repetitions (a smoke run: the figures are noisier); `--only SECTION`
runs some sections. The targets are the issue's goals, reported, never asserted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from typing import Literal

from scripts.bench.common import BenchError, Row, bench_server, machine_line, render_table
from scripts.bench.peers import Peers, scratch_peers


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
    throughput_calls=2000, in_flight=64, throughput_repetitions=5,
    pages=500, app47_pages=50, paging_repetitions=7,
    concurrency_pages=50, latency_ms=20, concurrency=8, concurrency_repetitions=5,
    full_repetitions=3, noop_repetitions=7, import_repetitions=15,
)  # fmt: skip
QUICK = Scale(
    calls=100, call_repetitions=5, facade_calls=300, facade_repetitions=3,
    model_items=5_000, model_repetitions=3,
    throughput_calls=2000, in_flight=64, throughput_repetitions=1,
    pages=500, app47_pages=50, paging_repetitions=3,
    concurrency_pages=50, latency_ms=20, concurrency=8, concurrency_repetitions=1,
    full_repetitions=1, noop_repetitions=3, import_repetitions=5,
)  # fmt: skip


@dataclass
class Context:
    """What a section runs with: the scale, the bench server's port and the peers when the
    section asked for them, and the notes printed under the table (sections add theirs)."""

    scale: Scale
    port: int = 0
    peers: Peers | None = None
    notes: list[str] = field(default_factory=list)


PeerNeed = Literal["none", "default", "all"]
"""The peers a section needs: none, the default-template clients, or openapi-generator's too."""


@dataclass(frozen=True)
class Section:
    """One part of the table: `run` gives its rows (in table order) and may add notes."""

    name: str
    progress: str
    run: Callable[[Context], list[Row]]
    server: bool = False
    """It talks to the loopback bench server (`Context.port`)."""
    peers: PeerNeed = "none"


def _calls(ctx: Context) -> list[Row]:
    from scripts.bench.calls import call_rows

    scale = ctx.scale
    return call_rows(ctx.port, calls=scale.calls, repetitions=scale.call_repetitions,
                     peers=ctx.peers)  # fmt: skip


def _throughput(ctx: Context) -> list[Row]:
    from scripts.bench.throughput import throughput_rows

    scale = ctx.scale
    return throughput_rows(ctx.port, calls=scale.throughput_calls, in_flight=scale.in_flight,
                           repetitions=scale.throughput_repetitions)  # fmt: skip


def _paging(ctx: Context) -> list[Row]:
    from scripts.bench.paging import paging_rows

    scale = ctx.scale
    return paging_rows(ctx.port, pages=scale.pages, app47_pages=scale.app47_pages,
                       repetitions=scale.paging_repetitions)  # fmt: skip


def _memory(ctx: Context) -> list[Row]:
    from scripts.bench.paging import memory_rows

    return memory_rows(ctx.port, pages=ctx.scale.pages)


def _concurrency(ctx: Context) -> list[Row]:
    from scripts.bench.paging import concurrency_rows

    scale = ctx.scale
    return concurrency_rows(ctx.port, pages=scale.concurrency_pages, latency_ms=scale.latency_ms,
                            concurrency=scale.concurrency,
                            repetitions=scale.concurrency_repetitions)  # fmt: skip


def _facade(ctx: Context) -> list[Row]:
    from scripts.bench.facade import facade_rows

    return facade_rows(repetitions=ctx.scale.facade_repetitions, calls=ctx.scale.facade_calls)


def _models(ctx: Context) -> list[Row]:
    from scripts.bench.models import model_rows

    if ctx.peers is None:
        return []
    return model_rows(ctx.peers, number=ctx.scale.model_items,
                      repetitions=ctx.scale.model_repetitions)  # fmt: skip


def _generation(ctx: Context) -> list[Row]:
    from scripts.bench import build

    ctx.notes.append(
        "generation: `python -m scripts.build --root <scratch copy>`; the copy regenerated "
        "byte for byte, generated/ untouched. Subprocess figures include interpreter "
        "start-up and imports; in-process figures do not."
    )
    return build.generation_rows(
        full_repetitions=ctx.scale.full_repetitions, noop_repetitions=ctx.scale.noop_repetitions
    )


def _drift(ctx: Context) -> list[Row]:
    from scripts.bench.drift import drift_rows

    return drift_rows(ctx.port, calls=ctx.scale.calls, repetitions=ctx.scale.call_repetitions)


def _imports(ctx: Context) -> list[Row]:
    from scripts.bench import build

    rows, environment = build.import_rows(repetitions=ctx.scale.import_repetitions)
    ctx.notes.append(f"imports: `python -X importtime`, fresh interpreters; {environment}.")
    return rows


SECTIONS: tuple[Section, ...] = (
    Section("calls", "per-call cost: ours, the raw libraries, the peers", _calls,
            server=True, peers="all"),
    Section("throughput", "async throughput, many in flight, against raw aiohttp", _throughput,
            server=True),
    Section("paging", "paginate against a raw httpx loop", _paging, server=True),
    Section("memory", "memory a long paginate walk holds", _memory, server=True),
    Section("concurrency", "concurrent pagination against sequential", _concurrency,
            server=True),
    Section("facade", "resource objects against the generated functions, same client",
            _facade),
    Section("models", "from_dict per item, our templates against the defaults", _models,
            peers="default"),
    Section("generation", "regeneration, full and no-op (on a scratch copy)", _generation),
    Section("imports", "import time (a runtime-only virtualenv is built once in .bench-venv/)",
            _imports),
    Section("drift", "observing drift (on, the default) against drift=False", _drift,
            server=True),
)  # fmt: skip
"""Every section, in table order: a new one (a drift check, say) is one more entry."""
SECTION_NAMES = tuple(section.name for section in SECTIONS)


def _progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def run(names: Sequence[str], scale: Scale) -> tuple[list[Row], list[str]]:
    """Every requested section's rows, in table order, and the notes printed under it.

    The bench server starts before the first section that needs it and the peers are
    generated before the first that needs them; both last until the end of the run."""
    chosen = [section for section in SECTIONS if section.name in names]
    ctx = Context(scale)
    ctx.notes.append(
        "ratio: median over repetitions of ours/baseline, each pair measured back to back "
        "(order alternating); for throughput and concurrency, baseline/ours (a multiple of "
        "the baseline's throughput, a speed-up); for memory, ours/baseline."
    )
    rows: list[Row] = []
    needs = {section.peers for section in chosen}
    with ExitStack() as stack:
        if needs - {"none"}:
            _progress("generating the peers (default templates, openapi-generator) in scratch")
            ctx.peers = stack.enter_context(scratch_peers(openapi_generator="all" in needs))
            ctx.notes.append(_peers_note(ctx.peers))
        for section in chosen:
            if section.server and not ctx.port:
                from scripts.bench.loopback import server_config

                ctx.port = stack.enter_context(bench_server(server_config()))
            _progress(section.progress)
            rows += section.run(ctx)
    return rows, ctx.notes


def _peers_note(peers: Peers) -> str:
    built = ", ".join(sorted({*peers.default.values(), *peers.openapi_generator.values()}))
    note = f"peers, generated in a scratch directory for this run: {built}"
    if peers.openapi_generator_reason:
        note += f"; openapi-generator skipped: {peers.openapi_generator_reason}"
    return note + "."


VERSIONED = (
    "httpx2", "httpcore2", "httpx", "httpcore", "h11", "anyio", "aiohttp", "urllib3",
    "tenacity", "attrs", "jsonschema-rs", "pydantic", "openapi-python-client",
    "openapi-generator-cli",
)  # fmt: skip


def versions_line() -> str:
    return "Versions: " + ", ".join(f"{name} {_version(name)}" for name in VERSIONED)


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
        "--only", action="append", choices=SECTION_NAMES, metavar="SECTION",
        help=f"run only this section (repeatable): {', '.join(SECTION_NAMES)}",
    )  # fmt: skip
    args = parser.parse_args(argv)
    names = [name for name in SECTION_NAMES if not args.only or name in args.only]
    scale = QUICK if args.quick else FULL
    machine = machine_line()
    try:
        rows, notes = run(names, scale)
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
