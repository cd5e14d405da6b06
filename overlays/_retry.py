"""When to retry and how long to wait; tenacity runs the loop.

The rules, in the spirit of the Stainless SDKs:

- retry connection errors, timeouts, a body cut off, 408, 429 and every 5xx;
- exponential backoff from 0.5 s, doubling, capped at 8 s, less up to 25 % (jitter);
- a `Retry-After` header (seconds or an HTTP date) is honoured when it asks for 0 to 60 s;
  one asking for longer (or unparsable) is ignored and our own backoff applies: a client
  should not hang for minutes on a server's say-so;
- only idempotent requests are retried after they may have reached the server: GET, PUT,
  DELETE... and a POST the spec marks `x-idempotent`. Any other request is retried only
  when it was certainly not processed: the connection failed before it was sent, or the
  server refused it with 429 (a rate limit answers before doing anything), so a plain
  POST is never applied twice;
- a status the spec lists in `x-final-statuses` for the operation is never retried.

tenacity (the retry loop with injectable waits and sleep, sync and async) only runs once
the first attempt has failed: the runtime makes that attempt itself, so a call that
succeeds at once costs nothing here. The wait is injectable (`sleep`), so tests never sleep
for real.
"""

from __future__ import annotations

import asyncio
import email.utils
import inspect
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

import httpx2
import tenacity

INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0
JITTER = 0.25
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRIED_STATUSES = frozenset({408, 429})
"""Besides every 5xx."""

Sleep = Callable[[float], Any]
"""`sleep(seconds)`; may return an awaitable, which the async path awaits."""

# Failures that prove the request never left: the connection was not made.
_NOT_SENT = (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout)
# Failures an idempotent request is retried after.
_TRANSIENT = (httpx2.TimeoutException, httpx2.NetworkError, httpx2.RemoteProtocolError)

T = TypeVar("T")


class _Answered(Protocol):
    """What the rules read of an answer a failed attempt carries (`failure.answer`)."""

    status_code: int
    headers: Mapping[str, str]


def backoff(retry: int) -> float:
    """Seconds before retry number `retry` (1, 2...): 0.5, 1, 2, 4, 8, 8..., less up to 25 %
    (jitter: clients that failed together do not all come back together)."""
    base = min(INITIAL_BACKOFF * 2.0 ** (retry - 1), MAX_BACKOFF)
    return base * (1 - random.uniform(0, JITTER))


def retry_after(headers: Mapping[str, str]) -> float | None:
    """The seconds a `Retry-After` header asks for, when it asks for 0 to `MAX_RETRY_AFTER`."""
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
        seconds = max(seconds, 0.0)
    if seconds != seconds or not 0 <= seconds <= MAX_RETRY_AFTER:  # NaN, or beyond the cap
        return None
    return seconds


def delay(failure: BaseException, retry: int) -> float:
    """Seconds before retry number `retry` after `failure`: the server's `Retry-After` when
    it asks for 0 to 60 s, else our backoff."""
    answer = getattr(failure, "answer", None)
    if answer is not None:
        asked = retry_after(answer.headers)
        if asked is not None:
            return asked
    return backoff(retry)


class RetryRules:
    """Which failures of which request are retried, and the loop that retries them."""

    def __init__(self, max_retries: int, sleep: Sleep | None = None) -> None:
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {max_retries!r}")
        self.max_retries = max_retries
        self.sleep = sleep

    @staticmethod
    def may_retry_status(status: int) -> bool:
        """Whether some request could be retried after `status` (`retryable` decides)."""
        return status in RETRIED_STATUSES or status >= 500

    def retryable(
        self, request: httpx2.Request, operation: Mapping[str, Any]
    ) -> Callable[[BaseException], bool]:
        """Whether a failure of `request` (for `operation`'s spec extensions) is retried."""
        repeatable = bool(operation.get("idempotent")) or request.method in IDEMPOTENT_METHODS
        final = frozenset(operation.get("final_statuses", ()))

        def judge(failure: BaseException) -> bool:
            answer: _Answered | None = getattr(failure, "answer", None)
            if answer is not None:
                status = answer.status_code
                if status in final:
                    return False
                return status == 429 or (repeatable and self.may_retry_status(status))
            if isinstance(failure, _NOT_SENT):
                return True
            return repeatable and isinstance(failure, _TRANSIENT)

        return judge

    def _loop(self, judge: Callable[[BaseException], bool], first: BaseException) -> dict[str, Any]:
        def wait(state: tenacity.RetryCallState) -> float:
            failure = state.outcome.exception() if state.outcome else None
            return delay(failure or first, state.attempt_number + 1)

        return {
            "stop": tenacity.stop_after_attempt(self.max_retries),
            "retry": tenacity.retry_if_exception(judge),
            "wait": wait,
            "reraise": True,
        }

    def retry(
        self,
        request: httpx2.Request,
        operation: Mapping[str, Any],
        first: BaseException,
        attempt: Callable[[], T],
    ) -> T:
        """After a first attempt failed with `first`: the next attempts, as the rules allow;
        the last failure is raised."""
        judge = self.retryable(request, operation)
        if not judge(first):
            raise first
        (self.sleep or time.sleep)(delay(first, 1))
        retrying = tenacity.Retrying(sleep=self.sleep or time.sleep, **self._loop(judge, first))
        return retrying(_counted(request, attempt))

    async def aretry(
        self,
        request: httpx2.Request,
        operation: Mapping[str, Any],
        first: BaseException,
        attempt: Callable[[], Awaitable[T]],
    ) -> T:
        """The async `retry`."""
        judge = self.retryable(request, operation)
        if not judge(first):
            raise first
        await self._asleep(delay(first, 1))
        retrying = tenacity.AsyncRetrying(sleep=self._asleep, **self._loop(judge, first))
        return await retrying(_acounted(request, attempt))

    async def _asleep(self, seconds: float) -> None:
        waited = (self.sleep or asyncio.sleep)(seconds)
        if inspect.isawaitable(waited):
            await waited


_ATTEMPT = "overlays.attempt"  # request extension: the attempt's number, for the DEBUG log


def _counted(request: httpx2.Request, attempt: Callable[[], T]) -> Callable[[], T]:
    def counted() -> T:
        request.extensions[_ATTEMPT] = request.extensions.get(_ATTEMPT, 1) + 1
        return attempt()

    return counted


def _acounted(
    request: httpx2.Request, attempt: Callable[[], Awaitable[T]]
) -> Callable[[], Awaitable[T]]:
    async def counted() -> T:
        request.extensions[_ATTEMPT] = request.extensions.get(_ATTEMPT, 1) + 1
        return await attempt()

    return counted
