"""`make soak`: every provider's overlay client against its served fake with chaos on.

For each provider, a seeded random workload (creates, gets, updates, deletes, full
listings) runs through the overlay clients against the fake served on 127.0.0.1 with
`fake.chaos(rate=0.2)`: first several threads sharing one sync client, then many tasks
sharing one async client. Backoff is injected (`sleep=`), so retries cost no wall time,
and timeouts are short, so `slow` costs little. The soak keeps its own model of what the
fake's state must be and prints one table per provider. Rows marked "must be 0":

- exceptions outside `overlays.errors`;
- non-idempotent requests applied more than once (from `fake.log`: every request of one
  logical call carries the same `X-Soak-Call` header, so its log entries can be counted);
- state lost or invented: the fake's final state against the model, once calls that failed
  ambiguously (a create whose answer was lost) are resolved through `fake.log`; reads that
  disagreed with the model count here too;
- paginations that yielded an item twice or missed one (listings run while nothing writes);
- calls that took longer than their bound (timeout x attempts + slack; backoff is free);
- credentials seen in captured output: every record of every logger at DEBUG (httpcore2's,
  httpx2's, tenacity's and aiohttp's included) and every formatted traceback of the
  exceptions met.

The served Appaloosa fake's `Link` URLs carry no `api_key`, but the real API's do (its
documentation shows it): the soak adds the `api_key` to each `Link` the fake answers
(`Observed`), so that a log line which prints response headers unmasked is caught. Exits 1
when a must-be-0 row is not 0.

    .venv/bin/python -m scripts.soak            # >= 10,000 operations in all
    .venv/bin/python -m scripts.soak --small    # a few hundred per provider (make test)
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextvars
import gc
import importlib
import logging
import os
import random
import re
import threading
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx2

from overlays import errors
from overlays._runtime import Network
from overlays.fakes import Fake, LogEntry
from overlays.fakes._faults import STATUS_CODES
from scripts.soak.workloads import (
    CREDENTIALS,
    NOT_SECRET,
    WORKLOADS,
    Call,
    Workload,
)

RATE = 0.2
TIMEOUT = 0.25
MAX_RETRIES = 2
SLACK = 4.0
"""Seconds a call may take beyond timeout x attempts: waiting for the GIL and the event loop
behind the other workers on a busy 2-core machine (a hang would take a minute: the cap on
a served `slow`)."""
THREADS = 4
TASKS = 20
CALL_HEADER = "X-Soak-Call"
NON_IDEMPOTENT = frozenset({"POST", "PATCH"})  # none of the soak's POSTs is x-idempotent
ZERO_ROWS = (
    "exceptions outside overlays.errors",
    "non-idempotent requests applied more than once",
    "state lost or invented",
    "paginations that yielded an item twice or missed one",
    "calls that took longer than their bound",
    "credentials seen in captured output",
)

Outcome = tuple[Any, BaseException | None]
"""(what the call's answer says, or the exception it raised)."""

FAULT_ROWS = (
    *(f"status:{code}" for code in sorted(STATUS_CODES)),
    "rate_limit",
    "refused",
    "reset",
    "lost_response",
    "truncated",
    "slow",
)

_current_call: contextvars.ContextVar[str] = contextvars.ContextVar("soak_call", default="")


# -- what the soak captures ---------------------------------------------------------------


class Capture(logging.Handler):
    """Every record of every logger, formatted with its traceback, searched for secrets."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.secrets: list[str] = []
        self.records = 0
        self.found: Counter[str] = Counter()
        self.sample: dict[str, str] = {}

    def scan(self, text: str, where: str) -> None:
        for secret in self.secrets:
            if secret in text:
                self.found[where] += text.count(secret)
                self.sample.setdefault(where, text[:300])

    def emit(self, record: logging.LogRecord) -> None:
        self.records += 1
        self.scan(self.format(record), f"log {record.name}")


@contextmanager
def captured_logs() -> Iterator[Capture]:
    capture = Capture()
    root = logging.getLogger()
    level = root.level
    root.addHandler(capture)
    root.setLevel(logging.DEBUG)
    try:
        yield capture
    finally:
        root.removeHandler(capture)
        root.setLevel(level)


def secrets_of(provider: str) -> list[str]:
    """The credential values, and the basic-auth header value where the API uses basic."""
    from overlays._descriptor import Basic
    from overlays._registry import PROVIDERS

    creds = CREDENTIALS[provider]
    values = [str(v) for k, v in creds.items() if k not in NOT_SECRET]
    auth = PROVIDERS[provider].auth
    if isinstance(auth, Basic):  # as the descriptor renders it (Tulip's `{type}_{id}`)
        user, password = auth.scheme({k: str(v) for k, v in creds.items()})
        values.append(base64.b64encode(f"{user}:{password}".encode()).decode("ascii"))
    return values


def open_sockets() -> int:
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            count += os.readlink(f"/proc/self/fd/{fd}").startswith("socket:")
        except OSError:
            continue
    return count


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


# -- the fake, observed -------------------------------------------------------------------


class Observed:
    """The fake's log entries by logical call (the `X-Soak-Call` header each request of a
    call carries); for Appaloosa, the `api_key` added to each `Link` the fake answers (the
    fake's carry none; the real API's do)."""

    def __init__(self, fake: Fake, echo_key: str | None) -> None:
        self.by_call: dict[str, list[LogEntry]] = defaultdict(list)
        self._lock = threading.Lock()
        engine = fake._engine  # the soak watches the pipeline; users read fake.log
        handle = engine.handle

        def observed(request: Any) -> Any:
            exchange = handle(request)
            with self._lock:
                self.by_call[request.headers.get(CALL_HEADER.lower(), "")].append(exchange.entry)
            link = exchange.response.headers.get("Link")
            if echo_key and link:
                exchange.response.headers["Link"] = re.sub(
                    r"<([^>?]*)\?([^>]*)>", rf"<\1?api_key={echo_key}&\2>", link
                )
            return exchange

        setattr(engine, "handle", observed)  # noqa: B010

    def applied(self, call: str) -> int:
        with self._lock:
            return sum(entry.changed for entry in self.by_call.get(call, []))


# -- one provider's soak --------------------------------------------------------------------


@dataclass
class Tally:
    operations: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    retries: int = 0
    untyped: list[str] = field(default_factory=list)
    over_bound: list[str] = field(default_factory=list)
    longest_ratio: float = 0.0
    bad_listings: list[str] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass
class Model:
    """What the fake's state must be: id -> the tracked field, anchors included."""

    values: dict[Any, str]
    lock: threading.Lock = field(default_factory=threading.Lock)


class Soak:
    def __init__(self, workload: Workload, operations: int, seed: int, capture: Capture) -> None:
        self.w = workload
        self.operations = operations
        self.seed = seed
        self.capture = capture
        self.tally = Tally()
        provider = importlib.import_module(f"overlays.{workload.provider}")
        self.fake: Fake = provider.fake(**CREDENTIALS[workload.provider], seed=seed)
        self.factory = provider.client
        for n in range(workload.anchors):
            self.fake.insert(workload.kind, workload.anchor(n))
        self.model = Model(self._state())
        echo = CREDENTIALS["appaloosa"]["api_key"] if workload.provider == "appaloosa" else None
        self.observed = Observed(self.fake, echo)
        self.pending: list[tuple[str, Any, str, str]] = []
        """Failed writes: (step, resource id, value, call id), resolved by `resolve_pending`."""
        self._serial = 0
        self._serial_lock = threading.Lock()

    def _state(self) -> dict[Any, str]:
        if not self.w.kind:  # a generic, stateless workload
            return {}
        return {item["id"]: item[self.w.field] for item in self.fake.items(self.w.kind)}

    def _next(self, prefix: str) -> str:
        with self._serial_lock:
            self._serial += 1
            return f"{prefix}-{self.w.provider}-{self._serial}"

    def _sleep(self, seconds: float) -> None:
        with self.tally.lock:
            self.tally.retries += 1

    # -- running one call, sync or async ------------------------------------------------

    def _record(
        self, name: str, call_id: str, began: float, bound: float, exc: BaseException | None
    ) -> None:
        took = time.monotonic() - began
        with self.tally.lock:
            self.tally.operations[name] += 1
            self.tally.longest_ratio = max(self.tally.longest_ratio, took / bound)
            if took > bound:
                met = [e.fault for e in self.observed.by_call.get(call_id, [])]
                self.tally.over_bound.append(
                    f"{name} {call_id}: {took:.2f} s > {bound:.2f} s, requests' faults {met}"
                )
            if exc is None:
                self.tally.outcomes["ok"] += 1
            elif isinstance(exc, errors.APIError):
                self.tally.outcomes[type(exc).__name__] += 1
            else:
                self.tally.outcomes[f"UNTYPED {type(exc).__name__}"] += 1
                self.tally.untyped.append("".join(traceback.format_exception(exc))[-1500:])
        if exc is not None:
            self.capture.scan("".join(traceback.format_exception(exc)), "tracebacks")

    def _begin(self) -> tuple[str, float]:
        """A new logical call: its id (sent with each of its requests) and its start."""
        call_id = self._next("call")
        _current_call.set(call_id)
        return call_id, time.monotonic()

    def _bound(self, pages: int = 1) -> float:
        """Attempts x (connect + read timeout) per page, plus the slack; backoff is free."""
        return pages * ((MAX_RETRIES + 1) * TIMEOUT * 2) + SLACK

    def run_sync(self, client: Any, name: str, call: Call) -> tuple[Outcome, str]:
        call_id, began = self._begin()
        try:
            answer = call.module.sync(*call.args, client=client, **(call.kwargs or {}))
            value, exc = call.read(answer), None
        except Exception as caught:  # every exception is counted, typed or not
            value, exc = None, caught
        self._record(name, call_id, began, self._bound(), exc)
        return (value, exc), call_id

    async def run_async(self, client: Any, name: str, call: Call) -> tuple[Outcome, str]:
        call_id, began = self._begin()
        try:
            answer = await call.module.asyncio(*call.args, client=client, **(call.kwargs or {}))
            value, exc = call.read(answer), None
        except Exception as caught:
            value, exc = None, caught
        self._record(name, call_id, began, self._bound(), exc)
        return (value, exc), call_id

    # -- what one write step does to the model -------------------------------------------

    def _pick(self, rng: random.Random, owned: list[Any]) -> str:
        if self.w.create is None:
            return "list"
        if not owned or (len(owned) < 8 and rng.random() < 0.3):
            return "create"
        return rng.choices(["get", "update", "delete", "list"], [0.45, 0.3, 0.2, 0.05])[0]

    def _call_for(self, step: str, rng: random.Random, owned: list[Any]) -> tuple[Call, Any, str]:
        """(the call, the resource id it touches, the new value it sets)."""
        w = self.w
        if step == "create" and w.create:
            value = self._next("v")
            return w.create(value), None, value
        target = rng.choice(owned)
        if step == "get" and w.get:
            return w.get(target), target, ""
        if step == "update" and w.update:
            value = self._next("v")
            return w.update(target, value), target, value
        if step == "delete" and w.delete:
            return w.delete(target), target, ""
        raise ValueError(step)

    def _settle(
        self, step: str, target: Any, value: str, result: Outcome, call_id: str, owned: list[Any]
    ) -> None:
        """Apply a finished call to the model. A write that failed is set aside with its
        resource (nothing more is done to it) and resolved through `fake.log` once the fake
        is idle: a request the client gave up on may still be on its way."""
        answer, exc = result
        if step == "get":
            if exc is None and answer != self.model.values.get(target):
                with self.tally.lock:
                    self.tally.disagreements.append(f"get {target!r}: {answer!r}")
            return
        if exc is not None:
            if target in owned:
                owned.remove(target)
            with self.model.lock:
                self.pending.append((step, target, value, call_id))
            return
        with self.model.lock:
            if step == "create":
                self.model.values[answer] = value
                owned.append(answer)
            elif step == "update":
                self.model.values[target] = value
            elif step == "delete":
                self.model.values.pop(target, None)
                owned.remove(target)

    def resolve_pending(self) -> None:
        """Settle the failed writes as the fake's log says they went (applied or not)."""
        self._wait_until_idle()
        with self.model.lock:
            for step, target, value, call_id in self.pending:
                if not self.observed.applied(call_id):
                    continue
                if step == "create":  # the client never learnt the id: its unique value names it
                    for new_id in [k for k, v in self._state().items() if v == value]:
                        self.model.values[new_id] = value
                elif step == "update":
                    self.model.values[target] = value
                elif step == "delete":
                    self.model.values.pop(target, None)
            self.pending.clear()

    def _wait_until_idle(self) -> None:
        seen, quiet_since = -1, time.monotonic()
        while time.monotonic() - quiet_since < 2 * TIMEOUT:
            count = len(self.fake.log)
            if count != seen:
                seen, quiet_since = count, time.monotonic()
            time.sleep(TIMEOUT / 5)

    def _check_listing(self, ids: list[Any] | None, expected: set[Any], how: str) -> None:
        if ids is None:
            return
        if len(ids) != len(set(ids)) or set(ids) != expected:
            twice = len(ids) - len(set(ids))
            missed = len(expected - set(ids))
            with self.tally.lock:
                self.tally.bad_listings.append(f"{how}: {twice} twice, {missed} missed")

    # -- listings -------------------------------------------------------------------------

    def _list_bound(self) -> float:
        per = self.w.listing.per_page
        pages = len(self.model.values) // per + 2 if per else 1
        return self._bound(pages)

    def list_sync(self, client: Any) -> list[Any] | None:
        listing = self.w.listing
        call_id, began = self._begin()
        ids: list[Any] | None = None
        exc: BaseException | None = None
        try:
            if listing.pages:
                items = list(
                    listing.pages[0](listing.module, client=client, **(listing.params or {}))
                )
            else:
                items = listing.module.sync(client=client)
            ids = listing.ids(items)
        except Exception as caught:
            exc = caught
        self._record("full listing", call_id, began, self._list_bound(), exc)
        return ids

    async def list_async(self, client: Any) -> list[Any] | None:
        listing = self.w.listing
        call_id, began = self._begin()
        ids: list[Any] | None = None
        exc: BaseException | None = None
        try:
            if listing.pages:
                pager = listing.pages[1](listing.module, client=client, **(listing.params or {}))
                items = [item async for item in pager]
            else:
                items = await listing.module.asyncio(client=client)
            ids = listing.ids(items)
        except Exception as caught:
            exc = caught
        self._record("full listing", call_id, began, self._list_bound(), exc)
        return ids

    # -- phases ---------------------------------------------------------------------------

    def sync_writer(self, client: Any, worker: int, steps: int) -> None:
        rng = random.Random(f"{self.seed}-sync-{worker}")
        owned: list[Any] = []
        for _ in range(steps):
            step = self._pick(rng, owned)
            if step == "list":
                self.list_sync(client)  # unchecked: the others write meanwhile
                continue
            call, target, value = self._call_for(step, rng, owned)
            result, call_id = self.run_sync(client, step, call)
            self._settle(step, target, value, result, call_id, owned)

    async def async_writer(self, client: Any, worker: int, steps: int) -> None:
        rng = random.Random(f"{self.seed}-async-{worker}")
        owned: list[Any] = []
        for _ in range(steps):
            step = self._pick(rng, owned)
            if step == "list":
                await self.list_async(client)
                continue
            call, target, value = self._call_for(step, rng, owned)
            result, call_id = await self.run_async(client, step, call)
            self._settle(step, target, value, result, call_id, owned)

    def run(self) -> dict[str, Any]:
        ops = self.operations
        writes, listings = int(ops * 0.4), int(ops * 0.1)
        if self.w.create is None:  # read-only: listings only
            writes, listings = 0, ops // 2
        figures: dict[str, Any] = {}
        with self.fake.serve() as base_url:
            options = {"base_url": base_url, "timeout": TIMEOUT, "max_retries": MAX_RETRIES}
            network = Tagged(Network())
            sync_client = self.factory(
                **CREDENTIALS[self.w.provider], sleep=self._sleep, transport=network, **options
            )
            async_client = self.factory(
                **CREDENTIALS[self.w.provider], sleep=self._sleep, transport=network, **options
            )
            self.capture.secrets = secrets_of(self.w.provider)
            gc.collect()
            figures["start"] = (rss_mib(), open_sockets())
            self.fake.chaos(rate=RATE, seed=self.seed)
            self._sync_phases(sync_client, writes, listings)
            asyncio.run(self._async_phases(async_client, writes, listings))
            self.fake.chaos(rate=0.0)
            sync_client.close()
            self._wait_until_idle()  # the server's side of each connection closes too
            gc.collect()
            figures["end"] = (rss_mib(), open_sockets())
        figures["final state"] = self._state()
        return figures

    def _sync_phases(self, client: Any, writes: int, listings: int) -> None:
        with ThreadPoolExecutor(THREADS) as pool:
            share = writes // THREADS
            list(pool.map(lambda n: self.sync_writer(client, n, share), range(THREADS)))
            self.resolve_pending()
            expected = set(self._state())
            self._compare_model("after the sync writes")

            def lister(n: int) -> None:
                for _ in range(listings // THREADS):
                    self._check_listing(self.list_sync(client), expected, "sync")

            list(pool.map(lister, range(THREADS)))

    async def _async_phases(self, client: Any, writes: int, listings: int) -> None:
        share = writes // TASKS
        await asyncio.gather(*(self.async_writer(client, n, share) for n in range(TASKS)))
        self.resolve_pending()
        expected = set(self._state())
        self._compare_model("after the async writes")

        async def lister() -> None:
            for _ in range(max(1, listings // TASKS)):
                self._check_listing(await self.list_async(client), expected, "async")

        await asyncio.gather(*(lister() for _ in range(TASKS)))
        await client.aclose()

    def _compare_model(self, when: str) -> None:
        state, model = self._state(), dict(self.model.values)
        for key in set(state) | set(model):
            if state.get(key) != model.get(key):
                self.tally.disagreements.append(
                    f"{when}: {key!r} fake {state.get(key)!r}, model {model.get(key)!r}"
                )


class Tagged(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """The network, with every request carrying the id of the logical call it belongs to
    (retries included): what the soak reads back from the fake's log."""

    def __init__(self, inner: Network) -> None:
        self.inner = inner

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.headers[CALL_HEADER] = _current_call.get()
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        request.headers[CALL_HEADER] = _current_call.get()
        return await self.inner.handle_async_request(request)

    def close(self) -> None:
        self.inner.close()

    async def aclose(self) -> None:
        await self.inner.aclose()


# -- the table ------------------------------------------------------------------------------


def applied_twice(soak: Soak) -> list[str]:
    """Logical calls of a non-idempotent operation that changed the state more than once."""
    found = []
    for call, entries in soak.observed.by_call.items():
        if entries and entries[0].method in NON_IDEMPOTENT and sum(e.changed for e in entries) > 1:
            found.append(f"{call}: {[(e.operation, e.fault, e.changed) for e in entries]}")
    return found


def table(
    soak: Soak, figures: dict[str, Any], capture: Capture, seconds: float
) -> tuple[list[tuple[str, str]], dict[str, int]]:
    t = soak.tally
    log = soak.fake.log
    faults = Counter(e.fault for e in log if e.fault)
    twice = applied_twice(soak)
    soak._compare_model("at the end")
    credential_hits = sum(capture.found.values())
    zeros = {
        ZERO_ROWS[0]: len(t.untyped),
        ZERO_ROWS[1]: len(twice),
        ZERO_ROWS[2]: len(t.disagreements),
        ZERO_ROWS[3]: len(t.bad_listings),
        ZERO_ROWS[4]: len(t.over_bound),
        ZERO_ROWS[5]: credential_hits,
    }
    ops = sum(t.operations.values())
    (rss0, sock0), (rss1, sock1) = figures["start"], figures["end"]
    rows = [
        (
            "operations run",
            f"{ops} ({', '.join(f'{k} {v}' for k, v in sorted(t.operations.items()))})",
        ),
        ("requests the fake received", str(len(log))),
        (
            "faults injected",
            f"{sum(faults.values())} ({', '.join(f'{k} {v}' for k, v in sorted(faults.items()))})",
        ),
        ("retries made", str(t.retries)),
        (
            "outcomes",
            ", ".join(f"{k} {v}" for k, v in sorted(t.outcomes.items(), key=lambda kv: -kv[1])),
        ),
        *((name, f"{value}  (must be 0)") for name, value in zeros.items()),
        ("longest call / its bound", f"{t.longest_ratio:.2f}"),
        ("resources at the end (fake = model)", str(len(figures["final state"]))),
        ("memory RSS start -> end", f"{rss0:.0f} MiB -> {rss1:.0f} MiB"),
        ("open sockets start -> end", f"{sock0} -> {sock1}"),
        ("log records captured", str(capture.records)),
        ("wall time", f"{seconds:.1f} s"),
    ]
    details = {
        "untyped": t.untyped[:3],
        "twice": twice[:3],
        "state": t.disagreements[:5],
        "listings": t.bad_listings[:5],
        "slow calls": t.over_bound[:5],
        "credentials": [f"{k}: {v}" for k, v in capture.sample.items()][:3],
    }
    for name, items in details.items():
        for item in items:
            rows.append((f"  e.g. {name}", item))
    return rows, zeros


def column(
    soak: Soak, figures: dict[str, Any], zeros: dict[str, int], seconds: float
) -> dict[str, str]:
    """One provider's column of the summary: every fault kind and outcome on its own row."""
    t = soak.tally
    faults = Counter(e.fault for e in soak.fake.log if e.fault)
    (rss0, sock0), (rss1, sock1) = figures["start"], figures["end"]
    cells = {
        "operations run": str(sum(t.operations.values())),
        "requests the fake received": str(len(soak.fake.log)),
        "faults injected": str(sum(faults.values())),
        **{f"- `{kind}`": str(faults[kind]) for kind in FAULT_ROWS},
        "retries made": str(t.retries),
        **{f"outcome: {kind}": str(n) for kind, n in sorted(t.outcomes.items())},
        **{f"**{name}**": str(value) for name, value in zeros.items()},
        "memory RSS start -> end (MiB)": f"{rss0:.0f} -> {rss1:.0f}",
        "open sockets start -> end": f"{sock0} -> {sock1}",
        "wall time (s)": f"{seconds:.0f}",
    }
    return cells


def summary(columns: dict[str, dict[str, str]]) -> str:
    """The providers side by side; an outcome one provider never met reads 0."""
    names: list[str] = []
    for cells in columns.values():
        names += [name for name in cells if name not in names]
    outcomes = sorted(
        {n for n in names if n.startswith("outcome: ")}, key=lambda n: (n != "outcome: ok", n)
    )
    names = [n for n in names if not n.startswith("outcome: ")]
    at = names.index("retries made") + 1
    names[at:at] = outcomes
    lines = [
        "| | " + " | ".join(columns) + " |",
        "|---|" + "---:|" * len(columns),
        *(
            f"| {name} | " + " | ".join(c.get(name, "0") for c in columns.values()) + " |"
            for name in names
        ),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.soak", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--small", action="store_true", help="a few hundred operations per provider"
    )
    parser.add_argument(
        "--operations", type=int, help="operations per provider (default 2100; --small 240)"
    )
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--providers", nargs="*", default=list(WORKLOADS), choices=list(WORKLOADS))
    args = parser.parse_args(argv)
    operations = args.operations or (240 if args.small else 2100)
    failed = []
    columns: dict[str, dict[str, str]] = {}
    total_ops = 0
    began = time.perf_counter()
    for provider in args.providers:
        workload = WORKLOADS[provider]
        if workload is None:
            print(f"\n### {provider}: not soaked (no GET its client can call without arguments)")
            continue
        with captured_logs() as capture:
            start = time.perf_counter()
            soak = Soak(workload, operations, args.seed, capture)
            try:
                figures = soak.run()
            except AssertionError as violation:  # the fake answered outside its spec
                print(f"{provider}: the fake answered outside its spec: {violation}")
                failed.append(f"{provider}: spec violation")
                continue
            rows, zeros = table(soak, figures, capture, time.perf_counter() - start)
        columns[provider] = column(soak, figures, zeros, time.perf_counter() - start)
        total_ops += sum(soak.tally.operations.values())
        print(f"\n### {provider} (seed {args.seed}, fault rate {RATE}, timeout {TIMEOUT} s)\n")
        print("| row | value |\n|---|---|")
        for name, value in rows:
            print(f"| {name} | {value} |")
        failed += [f"{provider}: {name} = {value}" for name, value in zeros.items() if value]
    print(f"\n### All providers (seed {args.seed}, fault rate {RATE}, timeout {TIMEOUT} s)\n")
    print(summary(columns))
    print(f"\n{total_ops} operations in {time.perf_counter() - began:.1f} s")
    if failed:
        print("FAILED: " + "; ".join(failed))
        return 1
    print("every must-be-0 row is 0")
    return 0
