"""What every part of `make bench` shares: rows and targets, the interleaved timing loop,
the table, the machine line, and the loopback server's lifetime.

Every figure is a median over repetitions, each measured against a baseline in the same
run: variants are interleaved (A B, then B A, ...) so that a slow spell of the machine (this
is a 2-core box, often shared) weighs on both sides of a ratio instead of on one.
"""

from __future__ import annotations

import json
import os
import platform
import selectors
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

REPO = Path(__file__).resolve().parents[2]
BENCH_SERVER = "scripts.bench.server"  # run with `python -m`, from REPO


class BenchError(Exception):
    """A benchmark cannot go on (the server did not start, generation changed files...)."""


# --- rows and targets ---------------------------------------------------------------------

TargetKind = Literal["max_ratio", "under_ratio", "min_ratio", "max_seconds"]


@dataclass(frozen=True)
class Target:
    """A goal from the issue: a ratio ceiling (`max_ratio` ≤, `under_ratio` <) or floor
    (`min_ratio` ≥), or a wall-time ceiling on `ours` (`max_seconds` ≤)."""

    kind: TargetKind
    limit: float
    note: str = ""

    def met(self, row: Row) -> bool | None:
        value = row.ours if self.kind == "max_seconds" else row.ratio
        if value is None:
            return None
        if self.kind == "min_ratio":
            return value >= self.limit
        if self.kind == "under_ratio":
            return value < self.limit
        return value <= self.limit

    def __str__(self) -> str:
        text = {
            "max_ratio": f"≤ {self.limit:g}x",
            "under_ratio": f"< {self.limit:g}x",
            "min_ratio": f"≥ {self.limit:g}x",
            "max_seconds": f"≤ {self.limit:g} s",
        }[self.kind]
        return f"{text} {self.note}".strip()


Unit = Literal["µs", "ms", "s", "KiB"]


@dataclass(frozen=True)
class Row:
    """One line of the table. `ours` and `baseline` are in `unit` (seconds are shown in
    `unit`, stored in seconds; KiB stored in KiB); `ratio` is computed by the section (a
    median of paired ratios, or a speed-up), so it is not always ours / baseline."""

    section: str
    measurement: str
    ours: float | None
    baseline: float | None
    ratio: float | None
    unit: Unit
    target: Target | None = None
    baseline_label: str = ""

    @property
    def met(self) -> bool | None:
        return self.target.met(self) if self.target is not None else None


def _amount(value: float | None, unit: Unit) -> str:
    if value is None:
        return "—"
    if unit == "µs":
        return f"{value * 1e6:.2f} µs"
    if unit == "ms":
        return f"{value * 1000:.3f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:,.0f} KiB"


def _ratio(row: Row) -> str:
    """Two decimals; three where two would round onto the target's limit (a 1.004x shown
    as 1.00x beside "≤ 1x: no" would read as a contradiction)."""
    if row.ratio is None:
        return "—"
    text = f"{row.ratio:.2f}"
    target = row.target
    if target and target.kind != "max_seconds" and row.ratio != float(text) == target.limit:
        text = f"{row.ratio:.3f}"
    return f"{text}x"


def render_table(rows: Sequence[Row]) -> str:
    """The markdown table: measurement, ours, baseline, ratio, target, met?"""
    lines = [
        "| measurement | ours | baseline | ratio | target | met? |",
        "|---|---:|---:|---:|---|---|",
    ]
    for row in rows:
        baseline = _amount(row.baseline, row.unit)
        if row.baseline_label:
            baseline = f"{baseline} ({row.baseline_label})"
        ratio = _ratio(row)
        met = {True: "yes", False: "**no**", None: "—"}[row.met]
        lines.append(
            f"| {row.measurement} | {_amount(row.ours, row.unit)} | {baseline} | {ratio} "
            f"| {row.target or '—'} | {met} |"
        )
    return "\n".join(lines)


# --- timing ---------------------------------------------------------------------------------

Measure = Callable[[], float]
"""Runs one batch of a variant and returns what it measured (seconds, usually per call)."""


def interleaved(variants: Mapping[str, Measure], repetitions: int) -> dict[str, list[float]]:
    """Each variant once per repetition, the order reversed every other repetition."""
    names = list(variants)
    results: dict[str, list[float]] = {name: [] for name in names}
    for repetition in range(repetitions):
        order = names if repetition % 2 == 0 else names[::-1]
        for name in order:
            results[name].append(variants[name]())
    return results


def paired_ratio(ours: Sequence[float], baseline: Sequence[float]) -> float:
    """Median of the per-repetition ratios: a drift of the machine cancels out within a pair."""
    return statistics.median(o / b for o, b in zip(ours, baseline, strict=True))


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


# --- the machine ----------------------------------------------------------------------------


def machine_line() -> str:
    """CPU model, cores, Python and OS, and the load when the run started (others' work on a
    shared machine shows in the figures)."""
    model = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average {os.getloadavg()[0]:.2f} at start"
    return (
        f"Machine: {model}, {cores} cores, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()} {platform.machine()}{load}"
    )


# --- the loopback server --------------------------------------------------------------------


@contextmanager
def bench_server(config: Mapping[str, Any], *, timeout: float = 15.0) -> Iterator[int]:
    """Run scripts/bench/server.py (127.0.0.1, a free port) in its own process; yield its port.

    Its own process, so it does not compete with the client for the interpreter lock; it is
    stopped on the way out, whatever happened.
    """
    with tempfile.TemporaryDirectory(prefix="bench-server-") as scratch:
        config_path = Path(scratch) / "config.json"
        config_path.write_text(json.dumps(config), encoding="utf-8")
        errors_path = Path(scratch) / "stderr.txt"
        # stderr to a file, not a pipe nobody reads: a chatty server must never block.
        with open(errors_path, "w", encoding="utf-8") as errors:
            process = subprocess.Popen(
                [sys.executable, "-m", BENCH_SERVER, str(config_path)],
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=errors,
                text=True,
            )
        try:
            yield _read_port(process, timeout, errors_path)
        finally:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stdout is not None:
                process.stdout.close()


def _read_port(process: subprocess.Popen[str], timeout: float, errors: Path) -> int:
    """The port the server prints on its first line, or `BenchError` if it never does."""
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        ready = selector.select(timeout)
    line = process.stdout.readline() if ready else ""
    if not line.strip().isdigit():
        process.kill()
        process.wait()
        detail = errors.read_text(encoding="utf-8").strip()
        raise BenchError(f"the bench server did not start (got {line!r}): {detail}")
    return int(line)
