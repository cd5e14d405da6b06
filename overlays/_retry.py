"""When to retry and how long to wait, as httpx-retries policies.

httpx-retries runs the retry loop (as a transport, for sync and async clients); these
subclasses only set the rules, in the spirit of the Stainless SDKs:

- retry connection errors, timeouts, 408, 429 and every 5xx;
- exponential backoff from 0.5 s, doubling, capped at 8 s, with up to 25 % jitter;
- a `Retry-After` header (seconds or an HTTP date) is honoured when it asks for 0 to 60 s;
  one asking for longer (or unparsable) is ignored and our own backoff applies, as the
  Stainless SDKs do: a client should not hang for minutes on a server's say-so;
- only idempotent requests are retried after they may have reached the server: GET, PUT,
  DELETE... and a POST the spec marks `x-idempotent`. Any other request is retried only
  when it was certainly not processed: the connection failed before it was sent, or the
  server refused it with 429 (a rate limit answers before doing anything), so a plain
  POST is never applied twice.

The wait is injectable (`sleep`), so tests never sleep for real.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Callable
from typing import Any

import httpx
from httpx_retries import Retry

INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0
JITTER = 0.25
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

Sleep = Callable[[float], Any]
"""`sleep(seconds)`; may return an awaitable, which the async path awaits."""

# Exceptions that prove the request never left: the connection was not made.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class RetryPolicy(Retry):
    """Retry rules for requests that are safe to repeat."""

    def __init__(
        self,
        *args: Any,
        sleep: Sleep | None = None,
        final_statuses: frozenset[int] = frozenset(),
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("backoff_factor", INITIAL_BACKOFF / 2)  # first retry: factor * 2**1
        kwargs.setdefault("backoff_jitter", JITTER)
        kwargs.setdefault("max_backoff_wait", MAX_RETRY_AFTER)
        super().__init__(*args, **kwargs)
        self.custom_sleep = sleep
        self.final_statuses = final_statuses

    def copy_with(self, *args: Any, **changes: Any) -> RetryPolicy:
        # httpx-retries rebuilds the policy on every attempt (increment) from its own
        # fields only: ours are carried over here.
        new = super().copy_with(*args, **changes)
        if not isinstance(new, RetryPolicy):  # httpx-retries rebuilds with type(self)
            raise TypeError(f"httpx-retries returned {type(new).__name__}, not a RetryPolicy")
        new.custom_sleep = self.custom_sleep
        new.final_statuses = self.final_statuses
        return new

    def increment(self) -> RetryPolicy:
        new = super().increment()
        if not isinstance(new, RetryPolicy):
            raise TypeError(f"httpx-retries returned {type(new).__name__}, not a RetryPolicy")
        return new

    def with_final_statuses(self, statuses: frozenset[int]) -> RetryPolicy:
        """This policy, never retrying `statuses` (the operation's `x-final-statuses`)."""
        new = self.copy_with()
        new.final_statuses = statuses
        return new

    def is_retryable_status_code(self, status_code: int) -> bool:
        if status_code in self.final_statuses:
            return False
        return status_code in (408, 429) or status_code >= 500

    def backoff_strategy(self) -> float:
        return min(super().backoff_strategy(), MAX_BACKOFF)

    def delay(self, outcome: httpx.Response | Exception) -> float:
        """Seconds to wait before the next attempt: the server's `Retry-After` when it asks
        for 0 to `MAX_RETRY_AFTER` seconds, else our own backoff."""
        if isinstance(outcome, httpx.Response):
            retry_after = outcome.headers.get("Retry-After", "").strip()
            if retry_after:
                try:
                    asked = self.parse_retry_after(retry_after)
                except ValueError:
                    asked = -1.0  # unparsable: fall back to the backoff
                if 0 <= asked <= self.max_backoff_wait:
                    return asked
        return self.backoff_strategy()

    def sleep(self, response: httpx.Response | Exception) -> None:
        seconds = self.delay(response)
        (self.custom_sleep or time.sleep)(seconds)
        self.elapsed_sleep += seconds

    async def asleep(self, response: httpx.Response | Exception) -> None:
        seconds = self.delay(response)
        waited = (self.custom_sleep or asyncio.sleep)(seconds)
        if inspect.isawaitable(waited):
            await waited
        self.elapsed_sleep += seconds


class UnsentOnlyPolicy(RetryPolicy):
    """Retry rules for requests that must not be applied twice (a plain POST): retried only
    when the connection was never made, or when a 429 says the request was refused unread."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["retry_on_exceptions"] = _NOT_SENT
        super().__init__(*args, **kwargs)

    def is_retryable_status_code(self, status_code: int) -> bool:
        return status_code == 429 and status_code not in self.final_statuses


ALL_METHODS = ("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE", "POST", "PATCH")


class RetryRules:
    """The two policies of a client, built once: which one applies is decided per request."""

    def __init__(self, max_retries: int, sleep: Sleep | None = None) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.repeatable = RetryPolicy(total=max_retries, allowed_methods=ALL_METHODS, sleep=sleep)
        self.unsent_only = UnsentOnlyPolicy(
            total=max_retries, allowed_methods=ALL_METHODS, sleep=sleep
        )
        self._with_final: dict[tuple[bool, frozenset[int]], RetryPolicy] = {}

    def for_request(
        self, method: str, *, idempotent: bool, final_statuses: frozenset[int] = frozenset()
    ) -> RetryPolicy:
        repeatable = idempotent or method in IDEMPOTENT_METHODS
        policy = self.repeatable if repeatable else self.unsent_only
        if not final_statuses:
            return policy
        key = (repeatable, final_statuses)
        if key not in self._with_final:  # a few operations at most: built once each
            self._with_final[key] = policy.with_final_statuses(final_statuses)
        return self._with_final[key]
