"""The request pipeline both doors share: route, authenticate, judge, apply, answer, check.

    request -> route (spec paths) -> auth (security schemes) -> judge (parameters, body)
            -> [fault before] -> backend.perform -> [fault after] -> answer -> check -> log

Every answer is checked against the operation's documented responses (status, media type,
headers, body schema) before it leaves: a fake that would answer outside its spec raises
`FakeSpecViolation`. The fault points are where issue 12's injected faults go: a fault
chosen before the state changes is not applied, one chosen after it is.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote

from ._backend import Backend, Secret
from ._changed import ProviderChanges
from ._faults import answered_status, fault_answer
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

FaultPicker = Callable[[str | None, str], str | None]
"""(operation, "before" | "after") -> the fault to inject there, or None."""


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
                    response = fault_answer(self, op, fault)
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

    # -- stages -------------------------------------------------------------------------

    def _route(self, request: FakeRequest) -> tuple[Operation, dict[str, str]]:
        match = self.spec.server_regex.match(request.path)
        expected = self.backend.server_variables()
        if match is None or any(match.group(k) != v for k, v in expected.items()):
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
            else:
                given = request.headers.get(scheme["name"].lower())
            if given is None:
                return "missing"
            return "ok" if isinstance(secret, str) and _same(given, secret) else "wrong"
        header = request.headers.get("authorization")
        if header is None:
            return "missing"
        kind, _, value = header.partition(" ")
        if scheme.get("scheme", "").lower() == "bearer":
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
        missing = True
        for requirement in op.security:
            found = [self._carries(name, request, secrets[name]) for name in requirement]
            if all(result == "ok" for result in found):
                return
            missing = missing and all(result == "missing" for result in found)
        raise self.backend.auth_refusal(missing=missing)

    # -- answers ------------------------------------------------------------------------

    def _error(self, op: Operation | None, refusal: Refusal) -> FakeResponse:
        media, body = self.backend.error_body(refusal.status, refusal.message)
        response = FakeResponse(refusal.status, {**refusal.headers, "Content-Type": media}, body)
        if op is not None:
            self._check(op, response, None)
        return response

    def _success(self, op: Operation, reply: Reply) -> FakeResponse:
        status = reply.status or op.success_status
        documented = op.response(status)
        if documented is None:
            raise FakeSpecViolation(f"{op.operation_id}: status {status} is not documented")
        headers = dict(reply.headers)
        body = reply.body
        media = next(iter(documented["content"]), None)
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
        self._check(op, response, body if media and "json" in media else None)
        if self.changes is not None:  # outside the spec on purpose, after the check
            return self.changes.apply(op, response, body if media and "json" in media else None)
        return response

    def _check(self, op: Operation, response: FakeResponse, parsed: Any) -> None:
        """Raise `FakeSpecViolation` unless `response` is one `op` documents."""
        name = op.operation_id
        documented = op.response(response.status)
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
