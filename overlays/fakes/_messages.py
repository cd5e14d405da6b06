"""What travels through a fake: requests and answers free of any HTTP library, and the
exceptions and records the pipeline produces."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FakeRequest:
    """A request as either door received it."""

    method: str
    path: str
    """Percent-encoded path, without the query."""
    query: str
    headers: dict[str, str]
    """Lower-cased names."""
    body: bytes = b""
    origin: str = "http://fake.invalid"
    """Scheme and host the client addressed (for the URLs of Link headers)."""


@dataclass
class FakeResponse:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


@dataclass(frozen=True)
class Call:
    """A judged request, as the backend sees it: parsed values, no HTTP."""

    operation: str
    params: dict[str, Any]
    """Path and query parameters, converted to the types of their schemas."""
    body: Any
    """The parsed JSON body, the form fields, the raw bytes of a binary body, or None."""
    url: str
    """Scheme, host and path the client used, without the query (credentials stay out)."""
    query_names: frozenset[str] = frozenset()
    """The query parameters the client sent (the others in `params` are defaults)."""


@dataclass
class Reply:
    """What a provider handler answers instead of the generic action's answer."""

    body: Any = None
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)


class Refusal(Exception):
    """An error answer in the provider's format: the backend or the judge refuses."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


class FakeSpecViolation(AssertionError):
    """The fake was about to answer outside its spec: a bug in the fake, never hidden."""


@dataclass(frozen=True)
class LogEntry:
    """One request a fake received: which operation, which fault it injected (None: none)
    and whether it changed the fake's state. No credential is recorded."""

    operation: str | None
    method: str
    path: str
    status: int | None
    fault: str | None = None
    changed: bool = False
