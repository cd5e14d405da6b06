"""Contains shared errors types that can be raised from API functions"""

from typing import Any


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ResponseValidationError(Exception):
    """Raised when a 2xx response body is not valid JSON or does not match the operation's schema."""

    def __init__(self, operation: str, response: Any, cause: Exception):
        self.operation = operation
        self.response = response
        self.status_code = response.status_code
        self.cause = cause
        super().__init__(
            f"{operation}: the {response.status_code} response body does not match the spec: "
            f"{type(cause).__name__}: {cause}"
        )


__all__ = ["ResponseValidationError", "UnexpectedStatus"]
