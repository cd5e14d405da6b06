"""The exceptions every overlay client raises, whatever the provider or the call style.

```
APIError                      .message .request (masked; None on a PaginationError)
├── APIStatusError            .status_code .code .request_id .body .response
│   ├── BadRequestError 400 · AuthenticationError 401 · PermissionDeniedError 403
│   ├── NotFoundError 404 · ConflictError 409 · UnprocessableEntityError 422
│   └── RateLimitError 429 · InternalServerError >= 500
├── APIConnectionError
│   └── APITimeoutError
├── APIResponseValidationError   a 2xx whose body does not match the spec
├── ResponseTooLargeError        a body larger than the client's max_response_bytes
└── PaginationError              a page sequence that does not advance, or ends short
```

Messages name the operation, the method and the path; never a query string, a header or
anything else that could hold a credential. The request an error keeps (`.request`,
`.response.request`) is a masked stand-in for the one sent (URL and headers masked, no
body), and the exceptions chained under an error (`__cause__`, shown by tracebacks) are
masked too: none of them shows a credential in `repr()`, `str()` or a traceback.
"""

from __future__ import annotations

from typing import Any

import httpx2

from ._redact import redact_request, redact_text
from ._spec import OPERATION

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
]


def describe_request(request: httpx2.Request | None) -> str:
    """`GET /api/v2/52/users` (the path only: queries can carry API keys)."""
    if request is None:
        return "request"
    operation = request.extensions.get(OPERATION)
    where = f"{request.method} {request.url.path}"
    return f"{operation} ({where})" if operation else where


def _request_of(response: httpx2.Response) -> httpx2.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response built by hand, never sent
        return None


_MASKED = "overlays.masked"  # request extension: this request is already a masked stand-in


def _mask_response_request(response: httpx2.Response) -> None:
    """Swap the response's request for its masked stand-in: `repr(error.response.request)`
    would show Appaloosa's key in the URL, and httpx2 masks no header but Authorization."""
    request = _request_of(response)
    if request is not None and not request.extensions.get(_MASKED):
        masked = redact_request(request)
        masked.extensions[_MASKED] = True
        response.request = masked


def scrub(exc: BaseException | None) -> None:
    """Mask credentials in the arguments of `exc` and of every exception chained under it,
    in place: a traceback prints them (the generated `UnexpectedStatus` quotes the whole
    body it was given; an httpx2 error may quote a URL)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen and not isinstance(exc, APIError):
        seen.add(id(exc))
        if hasattr(exc, "status_code") and hasattr(exc, "content"):  # generated UnexpectedStatus
            exc.args = (
                f"Unexpected status code: {exc.status_code} (body withheld: it may hold secrets)",
            )
        else:
            exc.args = tuple(redact_text(a) if isinstance(a, str) else a for a in exc.args)
        exc = exc.__cause__ or exc.__context__


class APIError(Exception):
    """Base class of every error an overlay client raises.

    `request` is the masked stand-in of the request that failed (URL and headers masked, no
    body), or None where no single request did (`PaginationError`).
    """

    message: str
    request: httpx2.Request | None = None

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIStatusError(APIError):
    """The API answered a non-2xx status (or a 2xx whose body says it failed).

    `body` is the decoded JSON error body when there is one, else the raw text; `message`,
    `code` and `request_id` are read from the provider's error format where it has them.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx2.Response,
        body: Any = None,
        code: str | None = None,
        request_id: str | None = None,
    ) -> None:
        _mask_response_request(response)
        self.response = response
        self.request = _request_of(response)
        self.status_code = response.status_code
        self.body = body
        self.code = code
        self.request_id = request_id
        reason = response.reason_phrase or "HTTP status"
        summary = redact_text(
            f"{describe_request(_request_of(response))}: {self.status_code} {reason}: {message}"
        )
        if request_id:
            summary += f" (request id {request_id})"
        super().__init__(summary)
        self.message = message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r}, "
            f"code={self.code!r}, request_id={self.request_id!r})"
        )


class BadRequestError(APIStatusError):
    """400: the request was malformed."""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials do not allow this."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but refused."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """5xx: the server, or a proxy in front of it, failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The `APIStatusError` subclass for a status code."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


class APIConnectionError(APIError):
    """The request could not be completed: DNS, connect, reset, protocol errors."""

    def __init__(self, message: str, *, request: httpx2.Request | None = None) -> None:
        self.request = None if request is None else redact_request(request)
        message = redact_text(message)
        super().__init__(f"{describe_request(request)}: {message}")
        self.message = message


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""


class APIResponseValidationError(APIError):
    """A 2xx response whose body does not match the spec (invalid JSON, wrong shape).

    `operation` is the spec's operationId, `cause` what failed, `response` the raw response.
    """

    def __init__(self, operation: str, response: httpx2.Response, cause: Exception) -> None:
        scrub(cause)
        _mask_response_request(response)
        self.operation = operation
        self.response = response
        self.request = _request_of(response)
        self.status_code = response.status_code
        self.cause = cause
        super().__init__(
            f"{describe_request(_request_of(response))}: the {response.status_code} response body "
            f"does not match the spec: {_describe_cause(cause)}"
        )


def _describe_cause(cause: Exception) -> str:
    """What failed, without the body: the generated `UnexpectedStatus` puts the whole body in
    its message, and bodies can hold secrets (APPush answers an application's secret)."""
    if hasattr(cause, "status_code") and hasattr(cause, "content"):
        return f"status {cause.status_code} is not documented for this operation"
    return redact_text(f"{type(cause).__name__}: {cause}")


class ResponseTooLargeError(APIError):
    """A response body (2xx or error) larger, once decompressed, than the client's
    `max_response_bytes` allows: reading stopped there, and the connection was closed.

    `limit` is that option's value, `status_code` the answer's status.
    """

    def __init__(self, limit: int, *, request: httpx2.Request, status_code: int | None) -> None:
        self.limit = limit
        self.status_code = status_code
        self.request = redact_request(request)
        status = f"the {status_code} response" if status_code else "the response"
        size = f" ({limit / 2**20:.4g} MiB)" if limit >= 2**20 else ""
        super().__init__(
            f"{describe_request(request)}: {status} body is larger than max_response_bytes="
            f"{limit}{size}, once decompressed; reading stopped. Pass a larger "
            "max_response_bytes= to the client to allow more"
        )


class PaginationError(APIError):
    """A paginated listing that does not advance (a page seen twice, an offset that stays),
    or whose paging headers disagree (a rel="last" beyond a page with no rel="next", fewer
    items than `Total` announced)."""
