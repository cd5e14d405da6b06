"""A value for a JSON Schema, as a mock server makes one: the schema's own example (or
default, const, first enum value) where it has one, else the simplest value of its type
within its bounds. The stateless answers of the fakes (`Backend.stateless`) and their generic
error bodies are made of these when the spec gives no example; the engine still checks the
answer against the spec, so a value this cannot make (a `pattern` no candidate matches) is a
`FakeSpecViolation` naming the operation, never a wrong answer."""

from __future__ import annotations

import copy
import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._spec import FakeSpec

MAX_DEPTH = 8
"""Optional fields are filled this deep; deeper, only required ones (recursive schemas)."""

_FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00Z",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "iri": "https://example.com/",
    "uri-reference": "https://example.com/",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "AAAA",
    "binary": "",
    "duration": "P1D",
    "password": "secret",
}
_CANDIDATES = ("string", "abc", "a", "A", "0", "1", "a1", "ABC", "abc123", "x" * 8)


def value_for(spec: FakeSpec, schema: Any, depth: int = 0, *, request: bool = False) -> Any:
    """A value valid for `schema` (best effort; see the module's docstring): of an answer,
    without optional `writeOnly` properties; with `request`, of a request, without optional
    `readOnly` ones."""
    schema = spec.resolve(schema)
    if not isinstance(schema, dict) or depth > 3 * MAX_DEPTH:
        return None
    for key in ("const", "example", "default"):
        # A published example may break its own schema (`example: 12345` on a string).
        if key in schema and not spec.errors(schema, schema[key]):
            return copy.deepcopy(schema[key])
    if schema.get("enum"):
        return copy.deepcopy(schema["enum"][0])
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for branch in schema["allOf"]:
            part = value_for(spec, branch, depth + 1, request=request)
            if not isinstance(part, dict):
                return part
            merged.update(part)
        own = {k: v for k, v in schema.items() if k != "allOf"}
        extra = value_for(spec, own, depth, request=request) if "properties" in own else {}
        return {**merged, **(extra if isinstance(extra, dict) else {})}
    for key in ("oneOf", "anyOf"):
        branches = [b for b in schema.get(key) or [] if spec.resolve(b).get("type") != "null"]
        if branches:
            return value_for(spec, branches[0], depth + 1, request=request)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:  # `required` alone: an allOf branch that requires another one's property
        is_object = "properties" in schema or "required" in schema
        kind = "object" if is_object else "array" if "items" in schema else None
    if kind == "object":
        return _object(spec, schema, depth, request)
    if kind == "array":
        return _array(spec, schema, depth, request)
    if kind in ("integer", "number"):
        return _number(schema, integer=kind == "integer")
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    if kind == "string":
        return _string(schema)
    return {} if depth else "value"


def _object(spec: FakeSpec, schema: dict[str, Any], depth: int, request: bool) -> dict[str, Any]:
    required = set(schema.get("required") or [])
    # Not sent that way. A required one stays: validators (ours, jsonschema's) hold `required`
    # both ways, and the generated models ask for it.
    hidden = "readOnly" if request else "writeOnly"
    out = {}
    properties = schema.get("properties") or {}
    for name, prop in properties.items():
        if spec.resolve(prop).get(hidden) is True and name not in required:
            continue
        if name in required or depth < MAX_DEPTH:
            out[name] = value_for(spec, prop, depth + 1, request=request)
    extra = schema.get("additionalProperties")
    for name in sorted(required - set(properties)):  # required, never declared (it happens)
        out[name] = value_for(spec, extra if isinstance(extra, dict) else {"type": "string"},
                              depth + 1, request=request)  # fmt: skip
    return out


def _array(spec: FakeSpec, schema: dict[str, Any], depth: int, request: bool) -> list[Any]:
    count = int(schema.get("minItems", 0))
    if count == 0 and depth < MAX_DEPTH and schema.get("maxItems", 1) >= 1:
        count = 1
    item = value_for(spec, schema.get("items", {}), depth + 1, request=request)
    if schema.get("uniqueItems") and count > 1:
        return [item]  # the best a single value can do; the check says if it is not enough
    return [copy.deepcopy(item) for _ in range(count)]


def _number(schema: dict[str, Any], *, integer: bool) -> int | float:
    low = schema.get("minimum")
    high = schema.get("maximum")
    step = 1 if integer else 0.5
    if isinstance(schema.get("exclusiveMinimum"), int | float):
        low = schema["exclusiveMinimum"] + step
    if isinstance(schema.get("exclusiveMaximum"), int | float):
        high = schema["exclusiveMaximum"] - step
    value: float = 1
    if low is not None and value < low:
        value = low
    if high is not None and value > high:
        value = high
    multiple = schema.get("multipleOf")
    if isinstance(multiple, int | float) and multiple > 0:
        value = math.ceil(value / multiple) * multiple
    return math.ceil(value) if integer else float(value)


def _string(schema: dict[str, Any]) -> str:
    text = _FORMATS.get(str(schema.get("format")), "string")
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        import re

        try:
            regex = re.compile(pattern)
        except re.error:
            regex = None
        if regex is not None and not regex.search(text):
            text = next((c for c in _CANDIDATES if regex.search(c)), text)
    low = int(schema.get("minLength", 0))
    high = schema.get("maxLength")
    if len(text) < low:
        text = text + "x" * (low - len(text))
    if isinstance(high, int) and len(text) > high:
        text = text[:high]
    return text


MEND_TRIES = 64
"""Places `mended` mends at most, so a value no mending can save is given up on quickly."""


def mended(spec: FakeSpec, schema: Any, value: Any) -> Any:
    """`value` (made by `value_for`) with the places that break `schema` mended where a mock
    server can: a property set to null where its schema allows that, else left out.

    Published specs hold rules no value meets as written: OneSignal's `NotificationWithMeta`
    is `allOf` two schemas that type one property string and integer (both nullable). Only
    null meets both; `value_for`, one branch at a time, cannot see that. What no mending saves
    is returned as it is, and the engine's check names it."""
    validator = spec.validator(schema)
    for _ in range(MEND_TRIES):
        error = next(iter(validator.iter_errors(value)), None)
        if error is None:
            return value
        path = list(error.instance_path)
        parent = _at(value, path[:-1])
        key = path[-1] if path else None
        if isinstance(parent, dict) and key in parent and parent[key] is not None:
            parent[key] = None
        elif isinstance(parent, dict) and key in parent:
            del parent[key]
        else:
            return value
    return value


def _at(value: Any, path: list[Any]) -> Any:
    for part in path:
        in_dict = isinstance(value, dict) and part in value
        in_list = isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value)
        if not (in_dict or in_list):
            return None
        value = value[part]
    return value
