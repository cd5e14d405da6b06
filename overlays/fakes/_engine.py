"""The request pipeline both doors share: route, authenticate, judge, apply, answer, check.

    request -> route (spec paths) -> auth (security schemes) -> judge (parameters, body)
            -> [fault before] -> backend.perform -> [fault after] -> answer -> check -> log

Every answer is checked against the operation's documented responses (status, media type,
headers, body schema) before it leaves: a fake that would answer outside its spec raises
`FakeSpecViolation`. A published spec (not ours) may leave an error status unsaid: its fake
still answers it (a request the spec does not allow is refused, as by the real API), in the
provider's error format, and checks it where the spec does document it.

The fault points are where issue 12's injected faults go: a fault
chosen before the state changes is not applied, one chosen after it is.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote

from ._backend import Backend, Secret
from ._changed import ProviderChanges
from ._faults import RETRY_AFTER_SECONDS, answered_status
from ._judge import coerce, judge
from ._messages import (
    Call,
    FakeRequest,
    FakeResponse,
    FakeSpecViolation,
    LogEntry,
    Refusal,
    Reply,
)
from ._spec import Operation

MAX_BODY_BYTES = 10 * 2**20
"""The largest request body either door takes: a larger one is answered 413, unread."""
MAX_LINE_BYTES = 65536
"""The longest request line or header line (`http.server`'s): 414 or 431 beyond it."""
MAX_HEADERS = 99
"""The most header fields a request may carry: 431 beyond it (`http.server` takes 100 lines
with the blank one that ends them)."""

FaultPicker = Callable[[str | None, str], str | None]
"""(operation, "before" | "after") -> the fault to inject there, or None."""


_DECIMAL = re.compile(r"[0-9]+", re.ASCII)


def body_length(lengths: list[str], codings: list[str]) -> int | None:
    """How long the body of a request is, by its `Content-Length` and `Transfer-Encoding`
    fields (all of them, as sent): its length in bytes (0: no body), or None when it comes
    in chunks. A `Refusal` when the framing cannot be trusted: 400 for a length that is not
    one decimal number, both fields, or chunked not the last coding; 501 for another
    coding; 413 for a length beyond `MAX_BODY_BYTES`."""
    if codings:
        found = [c.strip().lower() for value in codings for c in value.split(",")]
        if lengths:
            raise Refusal(400, "Content-Length and Transfer-Encoding in one request")
        if found[-1] != "chunked":
            raise Refusal(400, "the body's framing is unknown: chunked is not the last coding")
        if found != ["chunked"]:
            raise Refusal(501, "no transfer coding is understood but chunked")
        return None
    values = {part.strip() for value in lengths for part in value.split(",")}
    if not values:
        return 0
    if not all(_DECIMAL.fullmatch(v) for v in values):
        raise Refusal(400, "Content-Length is not a decimal number of bytes")
    numbers = {v.lstrip("0") or "0" for v in values}  # no int(): it refuses 4300 digits
    if len(numbers) > 1:
        raise Refusal(400, "Content-Length given with different values")
    (number,) = numbers
    if len(number) > len(str(MAX_BODY_BYTES)) or int(number) > MAX_BODY_BYTES:
        raise too_large()
    return int(number)


def too_large() -> Refusal:
    return Refusal(413, f"the body is larger than {MAX_BODY_BYTES} bytes")


@dataclass(frozen=True)
class Exchange:
    """One request handled: the answer, the log entry, and the fault the door must play."""

    response: FakeResponse
    entry: LogEntry
    fault: str | None = None


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


class Engine:
    """Runs requests through a backend, one at a time (the state is shared by both doors)."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.spec = backend.spec
        self.log: list[LogEntry] = []
        self.pick_fault: FaultPicker = lambda operation, stage: None
        self.changes: ProviderChanges | None = None
        """A changed provider's answers (`fake.change_provider`, `_changed.py`), or None."""
        self.lock = threading.RLock()
        """Held while a request is handled: one request at a time changes the state."""
        schemes = self.spec.security_schemes
        self._credential_params = {
            s["name"]
            for s in schemes.values()
            if s.get("type") == "apiKey" and s.get("in") == "query"
        }

    def handle(self, request: FakeRequest) -> Exchange:
        with self.lock:
            before = self.backend.version
            op: Operation | None = None
            fault: str | None = None
            try:
                op, values = self._route(request)
                call = self._accept(op, values, request)
                # Faults (`_faults.FaultPlan`) are picked here: one picked before the
                # backend is not applied; one picked after it is. The door plays it.
                fault = self.pick_fault(op.operation_id, "before")
                if fault is None:
                    reply = self.backend.perform(op, call)
                    fault = self.pick_fault(op.operation_id, "after")
                    response = self._success(op, reply)
                else:
                    response = self._fault_answer(op, fault)
            except Refusal as refusal:
                response = self._error(op, refusal)
            entry = LogEntry(
                operation=op.operation_id if op else None,
                method=request.method,
                path=request.path,
                status=answered_status(response, fault),
                fault=fault,
                changed=self.backend.version != before,
            )
            self.log.append(entry)
            return Exchange(response, entry, fault)

    def refuse(self, method: str, path: str, refusal: Refusal) -> FakeResponse:
        """The answer to a request a door could not take in whole (its framing, its size,
        its time): given before any operation is chosen, as an HTTP server in front of
        the API would, so no operation's documentation applies; in the provider's error
        format all the same, and logged like any request."""
        with self.lock:
            media, body = self.backend.error_body(refusal.status, refusal.message)
            headers = {**refusal.headers, "Content-Type": media}
            self.log.append(LogEntry(None, method, path, refusal.status))
            return FakeResponse(refusal.status, headers, body)

    # -- stages -------------------------------------------------------------------------

    def _route(self, request: FakeRequest) -> tuple[Operation, dict[str, str]]:
        match = self.spec.server_regex.match(request.path)
        expected = self.backend.server_variables()
        if match is None or any(
            self.spec.server_values(match).get(k) != v for k, v in expected.items()
        ):
            raise Refusal(404, "Not found")
        path = request.path[match.end() :] or "/"
        op, values, allowed = self.spec.route(request.method, path)
        if op is None and allowed:
            raise Refusal(405, "Method not allowed", {"Allow": ", ".join(sorted(allowed))})
        if op is None:
            raise Refusal(404, "Not found")
        return op, values

    def _accept(self, op: Operation, values: dict[str, str], request: FakeRequest) -> Call:
        self._authenticate(op, request)
        params, body = judge(self.spec, op, values, request, self._credential_params)
        sent = {
            name.removesuffix("[]")
            for name in parse_qs(request.query, keep_blank_values=True)
            if name not in self._credential_params
        }
        url = request.origin + unquote(request.path)
        return Call(op.operation_id, params, body, url, frozenset(sent))

    def _carries(self, scheme_name: str, request: FakeRequest, secret: Secret) -> str:
        """ "ok", "missing" or "wrong": what the request carries for one security scheme."""
        scheme = self.spec.security_schemes[scheme_name]
        if scheme["type"] == "apiKey":
            if scheme["in"] == "query":
                values = parse_qs(request.query, keep_blank_values=True).get(scheme["name"])
                given = values[0] if values else None
            elif scheme["in"] == "cookie":
                given = _cookie(request.headers.get("cookie", ""), scheme["name"])
            else:
                given = request.headers.get(scheme["name"].lower())
            if given is None:
                return "missing"
            return "ok" if isinstance(secret, str) and _same(given, secret) else "wrong"
        header = request.headers.get("authorization")
        if header is None:
            return "missing"
        kind, _, value = header.partition(" ")
        # OAuth 2 and OpenID Connect: the client sends the access token it was given.
        if scheme.get("scheme", "").lower() == "bearer" or scheme["type"] in (
            "oauth2",
            "openIdConnect",
        ):
            ok = kind.lower() == "bearer" and isinstance(secret, str) and _same(value, secret)
            return "ok" if ok else "wrong"
        if kind.lower() != "basic" or not isinstance(secret, tuple):
            return "wrong"
        try:
            user, _, password = base64.b64decode(value, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return "wrong"
        return "ok" if _same(user, secret[0]) and _same(password, secret[1]) else "wrong"

    def _authenticate(self, op: Operation, request: FakeRequest) -> None:
        if not op.security:
            return
        secrets = self.backend.secrets()
        if not secrets:  # a provider that sends no credentials (`NoAuth`)
            return
        missing = True
        for requirement in op.security:
            found = [self._carries(name, request, secrets[name]) for name in requirement]
            if all(result == "ok" for result in found):
                return
            missing = missing and all(result == "missing" for result in found)
        raise self.backend.auth_refusal(missing=missing)

    # -- answers ------------------------------------------------------------------------

    def _error(self, op: Operation | None, refusal: Refusal) -> FakeResponse:
        media, body = self.backend.error_answer(op, refusal.status, refusal.message)
        response = FakeResponse(refusal.status, {**refusal.headers, "Content-Type": media}, body)
        if op is not None:
            self.check(op, response, None)
        return response

    def _success(self, op: Operation, reply: Reply) -> FakeResponse:
        status = reply.status or op.success_status
        documented = op.response(status)
        if documented is None and not op.house and not op.documents_success:
            # A published spec that says nothing of success: a 2xx without a body, which the
            # generated code takes as one (see endpoint_module.py.jinja).
            return FakeResponse(status, dict(reply.headers))
        if documented is None:
            raise FakeSpecViolation(f"{op.operation_id}: status {status} is not documented")
        headers = dict(reply.headers)
        body = reply.body
        content = documented["content"]
        media = next((m for m in content if "json" in m), next(iter(content), None))
        if media is None:
            content = b""
        elif "json" in media:
            body = self.backend.finish(op, body)
            content = json.dumps(body, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = media
        elif isinstance(body, bytes):
            content = body
            headers["Content-Type"] = media
        else:
            content = str(body).encode("utf-8")
            headers["Content-Type"] = f"{media}; charset=utf-8"
        response = FakeResponse(status, headers, content)
        self.check(op, response, body if media and "json" in media else None)
        if self.changes is not None:  # outside the spec on purpose, after the check
            return self.changes.apply(op, response, body if media and "json" in media else None)
        return response

    def check(self, op: Operation, response: FakeResponse, parsed: Any) -> None:
        """Raise `FakeSpecViolation` unless `response` is one `op` documents."""
        name = op.operation_id
        documented = op.response(response.status)
        if documented is None and not op.house and response.status >= 400:
            return  # an error a published spec leaves unsaid (see the module's docstring)
        if documented is None:
            raise FakeSpecViolation(f"{name}: status {response.status} is not documented")
        media = response.headers.get("Content-Type", "").split(";")[0].strip()
        content = documented["content"]
        if not content:
            if response.body:
                raise FakeSpecViolation(f"{name}: {response.status} has no documented body")
        elif media not in content:
            raise FakeSpecViolation(f"{name}: {response.status} is not documented as {media!r}")
        elif "json" in media:
            value = json.loads(response.body) if parsed is None else parsed
            if problems := self.spec.errors(content[media], value):
                raise FakeSpecViolation(f"{name}: {response.status} body {problems[0]}")
        lowered = {k.lower(): v for k, v in response.headers.items()}
        for header, rule in documented["headers"].items():
            value = lowered.get(header.lower())
            if value is None:
                if rule["required"]:
                    raise FakeSpecViolation(f"{name}: header {header} is required")
                continue
            if problems := self.spec.errors(
                rule["schema"], coerce(self.spec, value, rule["schema"])
            ):
                raise FakeSpecViolation(f"{name}: header {header} {problems[0]}")

    # -- injected faults (`_faults.FaultPlan` picks them) -----------------------------

    def _fault_answer(self, op: Operation, fault: str) -> FakeResponse:
        """The answer for a fault chosen before the state changed, in the provider's error
        format and checked against the spec (an empty one for `refused` and `reset`, which the
        doors never send)."""
        if fault in ("refused", "reset"):
            return FakeResponse(0)
        status = 429 if fault == "rate_limit" else int(fault.removeprefix("status:"))
        message = "Rate limit exceeded" if status == 429 else "Service unavailable (injected fault)"
        media, body = self.backend.error_answer(op, status, message)
        headers = {"Content-Type": media}
        if status == 429:
            headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response = FakeResponse(status, headers, body)
        if op.documents(status):
            self.check(op, response, None)
        else:
            self._check_error_format(op, response)
        return response

    def _check_error_format(self, op: Operation, response: FakeResponse) -> None:
        """An injected status the operation does not document must still look like the errors
        it does document: same media type, and a JSON body valid against one of their schemas."""
        media = response.headers.get("Content-Type", "").split(";")[0].strip()
        schemas = [
            documented["content"][media]
            for code, documented in op.responses.items()
            if (code[0] in "45" or code == "default") and media in documented["content"]
        ]
        if not schemas and not op.house:
            return  # a published spec that documents no error of this media type
        if not schemas:
            raise FakeSpecViolation(f"{op.operation_id}: no documented error is {media!r}")
        if "json" not in media:
            return
        value = json.loads(response.body)
        if all(self.spec.errors(schema, value) for schema in schemas):
            raise FakeSpecViolation(
                f"{op.operation_id}: injected {response.status} is not in the provider's "
                "error format"
            )


def _cookie(header: str, name: str) -> str | None:
    """The value of cookie `name` in a `Cookie` header, or None."""
    for pair in header.split(";"):
        key, _, value = pair.strip().partition("=")
        if key == name:
            return value
    return None
