"""The drift observer an overlay transport calls with each answer (see `overlays.drift`).

`Observer.observe(operation, response, body)` looks at the status, the headers and (for a
parsed 2xx JSON body) the body; it returns True when the body is known to match its schema
in the spec, so that the transport can skip its own check (the strict check here implies
it). What the observer reads of the spec ships in the generated package:
`_response_schemas.json` (body schemas, by operation and status) and `_fake_spec.json`
(documented statuses, headers and media types, by operation).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Protocol

from ._drift_schema import (
    OPEN,
    SAMPLES,
    Plan,
    Plans,
    Seen,
    escape,
    infer,
    merge,
    strict_document,
    walk,
)
from ._spec import package_data
from .drift import (
    IGNORED_HEADER_PREFIXES,
    IGNORED_HEADERS,
    TRANSIENT_STATUSES,
    DriftLog,
    Finding,
    Observation,
    logger,
)

NOTHING: Any = object()
"""`observe`'s body when there is none to look at (not JSON, or not read)."""

_IGNORED = frozenset(name.encode("ascii") for name in IGNORED_HEADERS)
_IGNORED_PREFIXES = tuple(prefix.encode("ascii") for prefix in IGNORED_HEADER_PREFIXES)


class Answered(Protocol):
    """What the observer reads of an answer (the runtime's `Answer`, an httpx2 response)."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Any: ...

    @property
    def content(self) -> bytes: ...


@dataclass(frozen=True)
class Expected:
    """What an answer of one operation and status must be for no drift to show, ready for
    the runtime's inline check (only an answer that is not this is observed in full):
    its documented response, the headers it may carry, those it must, the strict validator
    of its body (None: no JSON schema)."""

    documented: str | None
    allowed: frozenset[bytes]
    prefixes: tuple[bytes, ...]
    required: tuple[str, ...]
    strict: Any


_specs: dict[str, PackageSpec] = {}
_specs_lock = threading.Lock()


class PackageSpec:
    """What one generated package says of its answers, prepared on first use and shared by
    every client of the package."""

    @classmethod
    def of(cls, package: str) -> PackageSpec:
        with _specs_lock:
            if package not in _specs:
                _specs[package] = cls(package)
            return _specs[package]

    def __init__(self, package: str) -> None:
        self.package = package
        self.provider = package.removesuffix("_client")
        self._lock = threading.Lock()
        self._strict: dict[tuple[str, int], Any] = {}
        self._plans: dict[tuple[str, int], Plan | None] = {}
        self._allowed: dict[tuple[str, str], frozenset[bytes]] = {}
        self._error_validators: dict[tuple[str, str], Any] = {}
        self._documented: dict[tuple[str, int], str | None] = {}
        self._required: dict[tuple[str, str], tuple[str, ...]] = {}

    def _read(self, name: str) -> dict[str, Any]:
        text = package_data(self.package, name)
        document: dict[str, Any] = json.loads(text)
        return document

    @cached_property
    def schemas(self) -> dict[str, Any]:
        return self._read("_response_schemas.json")

    @cached_property
    def operations(self) -> dict[str, Any]:
        operations: dict[str, Any] = self._read("_fake_spec.json")["operations"]
        return operations

    @cached_property
    def _fake_defs(self) -> dict[str, Any]:
        defs: dict[str, Any] = self._read("_fake_spec.json")["$defs"]
        return defs

    @cached_property
    def _strict_document(self) -> dict[str, Any]:
        return strict_document(self.schemas)

    @cached_property
    def plans(self) -> Plans:
        return Plans(self.schemas)

    def documented(self, operation: str, status: int) -> str | None:
        """The key of the operation's documented response for `status`, or None."""
        try:
            return self._documented[operation, status]
        except KeyError:
            pass
        responses = self.operations.get(operation, {}).get("responses", {})
        found = next(
            (k for k in (str(status), f"{str(status)[0]}XX", "default") if k in responses), None
        )
        self._documented[operation, status] = found
        return found

    def required_headers(self, operation: str, key: str) -> tuple[str, ...]:
        cache_key = (operation, key)
        if cache_key not in self._required:
            headers = self.response(operation, key).get("headers", {})
            self._required[cache_key] = tuple(n for n, r in headers.items() if r.get("required"))
        return self._required[cache_key]

    def _schema_key(self, operation: str, status: int) -> str | None:
        schemas = self.schemas["responses"].get(operation, {})
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in schemas:  # `default` is there for an operation with no 2xx only
                return key
        return None

    def response_pointer(self, operation: str, key: str | None = None) -> str:
        entry = self.operations.get(operation, {})
        path = escape(str(entry.get("path", "")))
        pointer = f"#/paths/{path}/{str(entry.get('method', '')).lower()}/responses"
        return pointer if key is None else f"{pointer}/{escape(key)}"

    def strict(self, operation: str, status: int) -> Any:
        """The strict validator of the body of `operation`'s `status`, or None (no schema)."""
        key = (operation, status)
        if key not in self._strict:
            import jsonschema_rs

            with self._lock:
                document = self._strict_document
                schema_key = self._schema_key(operation, status)
                schema = (
                    None if schema_key is None else document["responses"][operation][schema_key]
                )
                self._strict[key] = (
                    None
                    if schema is None
                    else jsonschema_rs.validator_for({**schema, "$defs": document["$defs"]})
                )
        return self._strict[key]

    def plan(self, operation: str, status: int) -> Plan | None:
        key = (operation, status)
        if key not in self._plans:
            with self._lock:
                schema_key = self._schema_key(operation, status)
                if schema_key is None:
                    self._plans[key] = None
                else:
                    schema = self.schemas["responses"][operation][schema_key]
                    content = self.operations.get(operation, {}).get("responses", {})
                    media = next(iter(content.get(schema_key, {}).get("content", {})), "")
                    root = (
                        f"{self.response_pointer(operation, schema_key)}"
                        f"/content/{escape(media or 'application/json')}/schema"
                    )
                    self._plans[key] = self.plans.plan(schema, root)
        return self._plans[key]

    def allowed_headers(self, operation: str, key: str) -> frozenset[bytes]:
        cache_key = (operation, key)
        allowed = self._allowed.get(cache_key)
        if allowed is None:
            documented = self.response(operation, key).get("headers", {})
            allowed = _IGNORED | {name.lower().encode("ascii", "replace") for name in documented}
            self._allowed[cache_key] = allowed
        return allowed

    def response(self, operation: str, key: str) -> dict[str, Any]:
        found: dict[str, Any] = self.operations.get(operation, {}).get("responses", {}).get(key, {})
        return found

    def matching_status(self, operation: str, status: int, body: Any) -> str | None:
        """The documented status of `operation` (same class first) whose body schema
        `body` matches: what an undocumented status could be documented like."""
        import jsonschema_rs

        responses = self.operations.get(operation, {}).get("responses", {})
        keys = sorted(responses, key=lambda k: (k[0] != str(status)[0], k))
        for key in keys:
            for media, schema in responses[key].get("content", {}).items():
                if "json" not in media:
                    continue
                cache_key = (operation, key)
                if cache_key not in self._error_validators:
                    self._error_validators[cache_key] = jsonschema_rs.validator_for(
                        {**schema, "$defs": self._fake_defs}
                    )
                try:
                    if self._error_validators[cache_key].is_valid(body):
                        return str(key)
                except (ValueError, RecursionError, OverflowError):
                    return None
        return None


class Observer:
    """Looks at each answer of one client for what its spec does not say (see module)."""

    def __init__(self, package: str, log: DriftLog) -> None:
        self.spec = PackageSpec.of(package)
        self.log = log

    def __repr__(self) -> str:
        return f"<drift Observer {self.spec.provider}: {self.log!r}>"

    def expected(self, operation: str, status: int) -> Expected:
        """What an answer of `operation` with `status` looks like when the spec says it all."""
        spec = self.spec
        key = spec.documented(operation, status) if operation in spec.operations else None
        if key is None:
            return Expected(None, frozenset(), (), (), None)
        strict = spec.strict(operation, status) if 200 <= status < 300 else None
        allowed = spec.allowed_headers(operation, key)
        required = spec.required_headers(operation, key)
        return Expected(key, allowed, _IGNORED_PREFIXES, required, strict)

    def observe(self, operation: str, response: Answered, body: Any = NOTHING) -> bool:
        """Record what `response` shows that the spec does not say; True when `body` is
        known to match its schema (the caller's own check can be skipped). Never raises:
        looking at an answer must not change what the call does with it."""
        try:
            return self._observe(operation, response, body)
        except Exception as exc:  # a hostile answer, or a bug here: the call goes on
            logger.debug("drift: %s not observed: %s", operation, type(exc).__name__)
            return False

    def _observe(self, operation: str, response: Answered, body: Any) -> bool:
        spec = self.spec
        status = response.status_code
        if operation not in spec.operations:
            return False
        key = spec.documented(operation, status)
        seen: list[Observation] = []
        if key is None and 200 <= status < 300 and not response.content:
            responses = spec.operations[operation].get("responses", {})
            if not any(k[0] == "2" or k == "default" for k in responses):
                return False  # a (published) spec that says nothing of success: no drift
        if key is None:
            if status not in TRANSIENT_STATUSES:
                seen.append(self._status(operation, response, body))
        else:
            self._headers(operation, key, response, seen)
        valid = False
        if body is not NOTHING and key is not None and 200 <= status < 300:
            valid = self._body(operation, status, body, seen)
        if seen:
            self.log.record(spec.provider, operation, status, seen)
        return valid

    def _headers(
        self, operation: str, key: str, response: Answered, seen: list[Observation]
    ) -> None:
        allowed = self.spec.allowed_headers(operation, key)
        for raw_name, raw_value in response.headers.raw:
            name = raw_name.lower()
            if name in allowed or name.startswith(_IGNORED_PREFIXES):
                continue
            text = raw_name.decode("latin-1")
            value = raw_value.decode("latin-1")
            seen.append(
                Observation(
                    "undocumented-header", text, f"/headers/{escape(text)}",
                    f"{self.spec.response_pointer(operation, key)}/headers/{escape(text)}",
                    "not documented", value, text, _header_schema(value),
                )
            )  # fmt: skip
        for required in self.spec.required_headers(operation, key):
            if required not in response.headers:
                where = f"{self.spec.response_pointer(operation, key)}/headers/{escape(required)}"
                at = f"/headers/{escape(required)}"
                seen.append(Observation("required-missing", required, at, where, "required"))

    def _status(self, operation: str, response: Answered, body: Any) -> Observation:
        if body is NOTHING and response.content:
            try:
                body = json.loads(response.content)
            except (ValueError, RecursionError):
                body = NOTHING
        documented = sorted(self.spec.operations[operation].get("responses", {}))
        same_as = None
        inferred = None
        if body is not NOTHING:
            same_as = self.spec.matching_status(operation, response.status_code, body)
            inferred = infer(body)
        example = None
        if response.content:
            example = (
                body if body is not NOTHING else response.content[:200].decode("utf-8", "replace")
            )
        status = str(response.status_code)
        return Observation(
            "undocumented-status", status, "", self.spec.response_pointer(operation, status),
            documented, example, "", inferred, same_as,
        )  # fmt: skip

    def _body(self, operation: str, status: int, body: Any, seen: list[Observation]) -> bool:
        strict = self.spec.strict(operation, status)
        if strict is None:
            return False
        try:
            if strict.is_valid(body):
                return True
        except (ValueError, RecursionError, OverflowError):
            return False  # the caller's check says why (a lone surrogate, too deep)
        plan = self.spec.plan(operation, status)
        if plan is None:
            return False
        found: list[Seen] = []
        walk(self.spec.plans, plan, body, [], found)
        if not found:
            found.append(self._rule(strict, body, plan))
        seen.extend(_grouped(found))
        return False

    @staticmethod
    def _rule(strict: Any, body: Any, plan: Plan) -> Seen:
        """What the walk did not name: the first rule the strict check says is broken (a
        pattern, a bound...), named by its keyword, where the spec writes it."""
        try:
            error = next(iter(strict.iter_errors(body)))
        except (StopIteration, ValueError, RecursionError, OverflowError):
            return Seen("schema-rule", "unknown", "", plan.pointer, None)
        where = "".join(f"/{escape(str(part))}" for part in error.instance_path)
        path = [str(part) for part in error.schema_path]
        spec_pointer = plan.pointer + "".join(f"/{escape(part)}" for part in path)
        if "$defs" in path:  # inside a component: named by it (its twin's suffix dropped)
            at = len(path) - 1 - path[::-1].index("$defs")
            name, rest = path[at + 1].removesuffix(OPEN), path[at + 2 :]
            spec_pointer = f"#/components/schemas/{escape(name)}" + "".join(
                f"/{escape(part)}" for part in rest
            )
        keyword = path[-1] if path else "unknown"
        return Seen("schema-rule", keyword, where, spec_pointer, None, error.instance)


_INFERRED_VALUES = SAMPLES  # values of one finding an answer infers its schema from


def _grouped(found: list[Seen]) -> list[Observation]:
    """One observation per distinct finding of an answer (the first place it was seen), its
    schema inferred from the first few values: a new field in each of 100 items is one."""
    groups: dict[tuple[str, str, str], tuple[Seen, list[Any]]] = {}
    for item in found:
        key = (item.kind, item.spec_pointer, item.subject)
        group = groups.get(key)
        if group is None:
            groups[key] = (item, [item.value])
        elif len(group[1]) < _INFERRED_VALUES:
            group[1].append(item.value)
    observations = []
    for item, values in groups.values():
        inferred = None
        if item.kind in ("undeclared-field", "type-changed"):
            for value in values:
                inferred = merge(inferred, infer(value))
        observations.append(
            Observation(
                item.kind, item.subject, item.pointer, item.spec_pointer, item.expected,
                item.value, item.name, inferred,
            )
        )  # fmt: skip
    return observations


def _header_schema(value: str) -> dict[str, Any]:
    if value.isdigit():
        return {"type": "integer"}
    return infer(value)


def observer_for(package: str, options: Mapping[str, Any]) -> Observer | None:
    """The observer a client's options ask for: `drift=` True (default), False, or a
    `DriftLog` to share; `on_drift=` a callback for each new finding."""
    setting = options.get("drift", True)
    callback: Callable[[Finding], object] | None = options.get("on_drift")
    if setting is False:
        return None
    if isinstance(setting, DriftLog):
        if callback is not None and setting.on_drift is None:
            setting.on_drift = callback
        return Observer(package, setting)
    if setting is not True:
        raise ValueError(f"drift must be True, False or a DriftLog, not {setting!r}")
    return Observer(package, DriftLog(on_drift=callback))
