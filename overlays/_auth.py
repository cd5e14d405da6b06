"""Credentials as what every request carries: headers and a query parameter, rendered once
when the client is made, and never kept where `repr()` or a log line would show them.

Each `Credentials` registers its values for masking (`_redact.register`): wherever text
leaves the overlays (an exception, a log line, a repr), they are masked verbatim,
percent-encoded and, for HTTP basic, as the header value.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping

from ._redact import basic_forms, register


def credential(value: object, what: str) -> str:
    """`value` if it is a usable credential; the error names `what`, never the value."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} must be a non-empty string")
    return value


class _Secret:
    """A credential string that never shows itself in `repr()` or `str()`."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__


class Credentials:
    """The headers and query parameters a client sends with every request to authenticate.

    `parts` are the credentials inside those values (a bearer token, basic's username and
    password): with the values themselves, they are masked wherever text leaves the overlays.
    """

    def __init__(
        self,
        *,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
        parts: Iterable[str] = (),
    ) -> None:
        self._headers = {name: _Secret(value) for name, value in (headers or {}).items()}
        self._query = {name: _Secret(value) for name, value in (query or {}).items()}
        self._parts = tuple(_Secret(part) for part in parts)
        register(self)

    def headers(self) -> dict[str, str]:
        return {name: secret.reveal() for name, secret in self._headers.items()}

    def query(self) -> dict[str, str]:
        return {name: secret.reveal() for name, secret in self._query.items()}

    def secret_values(self) -> list[str]:
        """Every credential value, for masking (never shown by repr())."""
        secrets = [*self._headers.values(), *self._query.values(), *self._parts]
        return [secret.reveal() for secret in secrets]

    def __repr__(self) -> str:
        where = [*(f"header {name}" for name in self._headers), *self._query]
        return f"Credentials({', '.join(where)}: '***')"


def bearer(token: str) -> Credentials:
    """`Authorization: Bearer <token>` (RFC 6750)."""
    token = credential(token, "token")
    return Credentials(headers={"Authorization": f"Bearer {token}"}, parts=[token])


def basic(username: str, password: str) -> Credentials:
    """`Authorization: Basic base64(username:password)` (RFC 7617)."""
    pair = f"{credential(username, 'username')}:{credential(password, 'password')}".encode()
    value = f"Basic {base64.b64encode(pair).decode('ascii')}"
    return Credentials(headers={"Authorization": value}, parts=basic_forms(username, password))


def header_key(header: str, value: str) -> Credentials:
    """A key in a header of its own (App47's `Access-Token`)."""
    return Credentials(headers={header: credential(value, header)})


def query_key(param: str, value: str) -> Credentials:
    """A key as a query parameter (Appaloosa's `api_key`), set on every request."""
    return Credentials(query={param: credential(value, param)})
