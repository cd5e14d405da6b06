"""Faults on demand: what `fake.fail_next(...)` and `fake.chaos(...)` plan, and the answers
the engine gives for them.

A fault is chosen at one of two points of the engine's pipeline (see `_engine.py`):
*before* the state changes (the request is not applied) or *after* it (applied, then the
answer is broken). The engine only asks `FaultPlan.pick(operation, stage)`; what a fault
looks like on the wire is the doors' business (`_fault_doors.py`).
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ._messages import FakeResponse

STATUS_CODES = (500, 502, 503, 504, 408)
BEFORE = frozenset({*(f"status:{code}" for code in STATUS_CODES), "rate_limit", "refused", "reset"})
"""Faults chosen before the state changes: the request is not applied."""
AFTER = frozenset({"lost_response", "truncated", "slow"})
"""Faults chosen after the state changed: the request is applied, the answer is broken."""
FAULTS = BEFORE | AFTER
UNANSWERED = frozenset({"refused", "reset", "lost_response"})
"""Faults after which the client receives no status line at all."""
KINDS = ("status", "rate_limit", "refused", "reset", "lost_response", "truncated", "slow")
"""The rows of the fault table: chaos picks a row evenly, then a status code evenly."""
RETRY_AFTER_SECONDS = 1


def check_fault(fault: str) -> str:
    if fault not in FAULTS:
        known = ", ".join(sorted(FAULTS))
        raise ValueError(f"unknown fault {fault!r}; known: {known}")
    return fault


@dataclass
class _Planned:
    fault: str
    times: int
    operation: str | None

    def matches(self, operation: str | None) -> bool:
        return self.operation is None or self.operation == operation


class FaultPlan:
    """Scripted faults (first come, first served) and seeded random ones.

    `pick` runs under the engine's lock, once "before" and (when the request was applied)
    once "after" per request: a chaos draw made before is kept for the after point when it
    names an applied fault, so one request meets at most one fault.
    """

    def __init__(self, operations: Iterable[str]) -> None:
        self._operations = frozenset(operations)
        self._planned: list[_Planned] = []
        self._rate = 0.0
        self._random = random.Random()
        self._kinds: tuple[str, ...] = KINDS
        self._drawn: str | None = None
        self._lock = threading.Lock()  # fail_next/chaos may come from another thread

    def fail_next(self, fault: str, times: int = 1, operation: str | None = None) -> None:
        check_fault(fault)
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise ValueError(f"times must be a positive integer, not {times!r}")
        if operation is not None and operation not in self._operations:
            known = ", ".join(sorted(self._operations))
            raise ValueError(f"unknown operation {operation!r}; known: {known}")
        with self._lock:
            self._planned.append(_Planned(fault, times, operation))

    def chaos(
        self, rate: float, seed: int | None = None, faults: Iterable[str] | None = None
    ) -> None:
        if not 0.0 <= rate <= 1.0:
            raise ValueError(f"rate must be between 0.0 and 1.0, not {rate!r}")
        kinds = KINDS if faults is None else tuple(faults)
        for kind in kinds:
            if kind != "status":
                check_fault(kind)
        if not kinds:
            raise ValueError("faults must name at least one fault")
        with self._lock:
            self._rate = rate
            self._random = random.Random(seed)
            self._kinds = kinds
            self._drawn = None

    def clear(self) -> None:
        with self._lock:
            self._planned.clear()
            self._rate = 0.0
            self._drawn = None

    def pick(self, operation: str | None, stage: str) -> str | None:
        """The fault to inject at `stage` ("before" or "after") of a request, or None."""
        stage_faults = BEFORE if stage == "before" else AFTER
        with self._lock:
            if stage == "before":
                self._drawn = self._draw()
            for planned in self._planned:
                if planned.matches(operation):
                    if planned.fault not in stage_faults:
                        return None  # the next planned fault for it comes at the other point
                    planned.times -= 1
                    if planned.times == 0:
                        self._planned.remove(planned)
                    self._drawn = None
                    return planned.fault
            drawn = self._drawn
            if drawn in stage_faults:
                self._drawn = None
                return drawn
            return None

    def _draw(self) -> str | None:
        if self._rate <= 0.0 or self._random.random() >= self._rate:
            return None
        kind = self._random.choice(self._kinds)
        if kind == "status":
            return f"status:{self._random.choice(STATUS_CODES)}"
        return kind


class FaultControls:
    """`fail_next` and `chaos` on a `Fake` (mixed in; the plan is built by `attach_faults`)."""

    _fault_plan: FaultPlan

    def attach_faults(self, operations: Iterable[str]) -> Callable[[str | None, str], str | None]:
        """Plan faults for these operations; returns the picker the engine asks."""
        self._fault_plan = FaultPlan(operations)
        return self._fault_plan.pick

    def fail_next(self, fault: str, times: int = 1, operation: str | None = None) -> None:
        """Inject `fault` into the next `times` requests for `operation` (None: any).

        Faults: `status:<500|502|503|504|408>` and `rate_limit` (429, `Retry-After: 1`), in
        the provider's error format; `refused` (no connection); `reset` (after the request
        was sent, before it was applied); `lost_response` (applied, then reset before any
        answer); `truncated` (applied, the body cut in the middle); `slow` (applied, the
        answer comes after the client's read timeout). Planned faults come in order."""
        self._fault_plan.fail_next(fault, times, operation)

    def chaos(
        self, rate: float, seed: int | None = None, faults: Iterable[str] | None = None
    ) -> None:
        """From now on, inject a random fault into each request with probability `rate`
        (0.0: off), reproducibly for `seed`; `faults` narrows the table ("status" for any of
        the status faults). Faults planned with `fail_next` come first."""
        self._fault_plan.chaos(rate, seed, faults)


def answered_status(response: FakeResponse, fault: str | None) -> int | None:
    """The status the client was sent (None: no answer reached it)."""
    return None if fault in UNANSWERED else response.status
