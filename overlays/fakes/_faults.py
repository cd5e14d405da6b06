"""Faults on demand: what `fake.fail_next(...)` scripts and `fake.chaos(...)` draws.

| fault | the client meets | applied? |
|---|---|---|
| `status:<code>` (500, 502, 503, 504, 408) | that status, in the provider's error format | no |
| `rate_limit` | 429 with `Retry-After: 1` | no |
| `refused` | a refused connection (nothing answered) | no |
| `reset` | a reset after the request was sent, before it was applied | no |
| `lost_response` | the request applied, then a reset before any answer | yes |
| `truncated` | the request applied, the 2xx body cut in the middle | yes |
| `slow` | the answer only after the client's read timeout | yes |

The engine picks at most one fault per accepted request (scripted ones first, in order);
each door plays it its own way: httpx exceptions and broken responses in-process, socket
behaviour (RST, early close, partial body, delay) on loopback.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

STATUSES = (500, 502, 503, 504, 408)
FAULTS = (*(f"status:{code}" for code in STATUSES), "rate_limit", "refused", "reset",
          "lost_response", "truncated", "slow")  # fmt: skip
APPLIED = frozenset({"lost_response", "truncated", "slow"})
"""Faults played after the state changed; the others keep the request from being applied."""


def check_fault(fault: str) -> str:
    if fault not in FAULTS:
        raise ValueError(f"unknown fault {fault!r}; known: {', '.join(FAULTS)}")
    return fault


@dataclass
class _Scripted:
    fault: str
    times: int
    operation: str | None


class FaultPlan:
    """Scripted faults, then random ones at a rate, reproducibly for a seed."""

    def __init__(self) -> None:
        self._scripted: list[_Scripted] = []
        self._rate = 0.0
        self._rng = random.Random(0)

    def fail_next(self, fault: str, *, times: int = 1, operation: str | None = None) -> None:
        if times < 1:
            raise ValueError(f"times must be at least 1, not {times}")
        self._scripted.append(_Scripted(check_fault(fault), times, operation))

    def chaos(self, rate: float, seed: int | None = None) -> None:
        if not 0.0 <= rate <= 1.0:
            raise ValueError(f"rate must be between 0 and 1, not {rate}")
        self._rate = rate
        self._rng = random.Random(seed)

    def pick(self, operation: str) -> str | None:
        """The fault for this request of `operation`, or None."""
        for entry in self._scripted:
            if entry.operation in (None, operation):
                entry.times -= 1
                if entry.times == 0:
                    self._scripted.remove(entry)
                return entry.fault
        if self._rate and self._rng.random() < self._rate:
            return self._rng.choice(FAULTS)
        return None

    def clear(self) -> None:
        self._scripted.clear()
        self._rate = 0.0
