"""Judge a request by the spec: path, query and body converted to their schemas' types and
validated; anything the spec does not allow becomes a `Refusal` with the operation's
documented status for a refused request (never a 500, never a silent success)."""

from __future__ import annotations

import json
import re
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl, unquote

from ._messages import FakeRequest, Refusal
from ._spec import FakeSpec, Operation, Parameter

_INTEGER = re.compile(r"^-?[0-9]+$")
_BROKEN_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")
_BINARY = "<binary>"
_SURROGATE = re.compile("[\ud800-\udfff]")

MAX_JSON_DEPTH = 100
"""A JSON body nested deeper is refused like one that is not JSON (Ruby's JSON parser stops
at 100 too; no body of these APIs comes near it, and the schema validator gives up at 255)."""
_TOO_DEEP = f"is nested deeper than {MAX_JSON_DEPTH} levels"


_FORMAT_LIMITS = {"int64": 2**63, "int32": 2**31}


def format_errors(spec: FakeSpec, schema: Any, value: Any, where: str = "") -> list[str]:
    """Integers beyond their `format: int32/int64`: a rule JSON Schema validators leave out."""
    schema = spec.resolve(schema)
    if not isinstance(schema, dict):
        return []
    found: list[str] = []
    limit = _FORMAT_LIMITS.get(str(schema.get("format")))
    if limit and isinstance(value, int) and not -limit <= value < limit:
        found.append(f"at {where or '/'}: beyond {schema['format']}")
    if isinstance(value, dict):
        for name, item in value.items():
            if name in schema.get("properties", {}):
                found += format_errors(spec, schema["properties"][name], item, f"{where}/{name}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            found += format_errors(spec, schema["items"], item, f"{where}/{index}")
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key, []):
            found += format_errors(spec, branch, value, where)
    return found


def _types(spec: FakeSpec, schema: Any) -> set[str]:
    """Every JSON type a schema allows, looking through $ref, anyOf, oneOf and allOf."""
    schema = spec.resolve(schema)
    if not isinstance(schema, dict):
        return set()
    declared = schema.get("type")
    found = set(declared if isinstance(declared, list) else [declared] if declared else [])
    if "const" in schema:
        found.add(type(schema["const"]).__name__)
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in schema.get(key, []):
            found |= _types(spec, branch)
    return found


def coerce(spec: FakeSpec, text: str, schema: Any) -> Any:
    """A query, path or form value (text) as the type its schema asks for, when it reads as one."""
    types = _types(spec, schema)
    if "integer" in types and _INTEGER.match(text):
        try:
            return int(text)
        except ValueError:  # beyond int()'s 4300 digits: beyond every integer format too
            return text
    if "number" in types and _NUMBER.match(text):
        return float(text)
    if ("boolean" in types or "bool" in types) and text in ("true", "false"):
        return text == "true"
    return text


def _decoded(text: str) -> str | None:
    """Percent-decoded `text`, or None when it is not percent-encoded UTF-8 (a `%` without
    two hex digits after it, escapes that decode to bytes which are not UTF-8)."""
    if _BROKEN_ESCAPE.search(text):
        return None
    try:
        return unquote(text, errors="strict")
    except UnicodeDecodeError:
        return None


def _pairs(query: str) -> list[tuple[str, str]] | None:
    """The decoded (name, value) pairs of a query, or None when it is not percent-encoded
    UTF-8."""
    if _BROKEN_ESCAPE.search(query):
        return None
    try:
        return parse_qsl(query, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        return None


def _unreadable(value: Any) -> str | None:
    """What makes a parsed JSON body one the fake cannot take (nested deeper than
    `MAX_JSON_DEPTH`, a string with a lone surrogate escape: not text), or None."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return "holds a string that is not Unicode text (a lone surrogate)"
            continue
        children: list[Any]
        if isinstance(item, dict):
            children = [*item, *item.values()]
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > MAX_JSON_DEPTH:
            return _TOO_DEEP
        stack.extend((child, depth + 1) for child in children)
    return None


def _item_schema(spec: FakeSpec, schema: Any) -> Any:
    return spec.resolve(schema).get("items", {})


def _query(
    spec: FakeSpec, op: Operation, request: FakeRequest, credentials: set[str]
) -> dict[str, Any]:
    pairs = _pairs(request.query)
    if pairs is None:
        raise Refusal(op.refusal_status, "the query is not percent-encoded UTF-8")
    values: dict[str, list[str]] = {}
    for name, value in pairs:
        if name in credentials:
            continue
        values.setdefault(name.removesuffix("[]"), []).append(value)
    out: dict[str, Any] = {}
    for name, texts in values.items():
        param = op.parameter(name)
        if param is None or param.location != "query":
            raise Refusal(op.refusal_status, f"unknown query parameter {name!r}")
        if "array" in _types(spec, param.schema):
            out[name] = [coerce(spec, t, _item_schema(spec, param.schema)) for t in texts]
        elif len(texts) > 1:
            raise Refusal(op.refusal_status, f"query parameter {name!r} given {len(texts)} times")
        else:
            out[name] = coerce(spec, texts[0], param.schema)
    return out


def _check_parameters(spec: FakeSpec, op: Operation, values: dict[str, Any]) -> None:
    for param in op.parameters:
        if param.location not in ("path", "query"):
            continue
        if param.name not in values:
            if param.required:
                raise Refusal(op.refusal_status, f"missing required parameter {param.name!r}")
            continue
        value = values[param.name]
        if problems := spec.errors(param.schema, value) or format_errors(spec, param.schema, value):
            status = 404 if param.location == "path" and op.documents(404) else op.refusal_status
            raise Refusal(status, f"parameter {param.name!r} {problems[0]}")


def _form(
    spec: FakeSpec, schema: Any, content_type: str, body: bytes
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(fields to validate, fields with file contents) of a multipart/form-data body."""
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode("latin-1") + body
    )
    if not message.is_multipart():
        raise ValueError("not a multipart body")
    properties = spec.resolve(schema).get("properties", {})
    checked: dict[str, Any] = {}
    kept: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise ValueError("a form part without a name")
        payload = part.get_payload(decode=True)
        payload = payload if isinstance(payload, bytes) else b""
        prop = properties.get(name, {})
        is_file = part.get_filename() is not None
        if is_file:
            value: Any = _BINARY
            raw: Any = payload
        else:
            text = payload.decode("utf-8")
            target = _item_schema(spec, prop) if "array" in _types(spec, prop) else prop
            value = raw = coerce(spec, text, target)
        if "array" in _types(spec, prop):
            checked.setdefault(name, []).append(value)
            kept.setdefault(name, []).append(raw)
        else:
            checked[name], kept[name] = value, raw
    return checked, kept


def _urlencoded(spec: FakeSpec, op: Operation, schema: Any, body: bytes) -> dict[str, Any]:
    """The fields of an `application/x-www-form-urlencoded` body, each as its property's
    type (a repeated field as a list where the schema says array)."""
    try:
        pairs = _pairs(body.decode("ascii"))
    except UnicodeDecodeError:
        pairs = None
    if pairs is None:
        raise Refusal(op.refusal_status, "the body is not a readable form")
    properties = spec.resolve(schema).get("properties", {})
    fields: dict[str, Any] = {}
    for name, text in pairs:
        prop = properties.get(name)
        if prop is not None and "array" in _types(spec, prop):
            fields.setdefault(name, []).append(coerce(spec, text, _item_schema(spec, prop)))
        elif name in fields and prop is not None:
            raise Refusal(op.refusal_status, f"form field {name!r} given more than once")
        elif name in fields:  # an extra field, repeated: a list, as a form can say
            previous = fields[name]
            fields[name] = [*(previous if isinstance(previous, list) else [previous]), text]
        else:
            fields[name] = coerce(spec, text, prop or {})
    return fields


def _body(spec: FakeSpec, op: Operation, request: FakeRequest) -> Any:
    if op.body is None:
        return None
    content_type = request.headers.get("content-type", "")
    media = content_type.split(";")[0].strip().lower()
    # An empty urlencoded form is a body (no field), which its schema judges.
    empty_form = media == "application/x-www-form-urlencoded" and media in op.body["content"]
    if not request.body and not empty_form:
        if op.body["required"]:
            raise Refusal(op.refusal_status, "the request body is required")
        return None
    documented = op.body["content"]
    if media not in documented:
        status = 415 if op.documents(415) else op.refusal_status
        raise Refusal(status, f"content type {media or '(none)'!r} is not accepted")
    schema = documented[media]
    if "json" in media:
        try:
            value = json.loads(request.body)
        except ValueError:
            raise Refusal(op.refusal_status, "the body is not JSON") from None
        except RecursionError:  # deeper than the interpreter's stack: deeper than the limit
            raise Refusal(op.refusal_status, f"the body {_TOO_DEEP}") from None
        if problem := _unreadable(value):
            raise Refusal(op.refusal_status, f"the body {problem}")
        checked = kept = value
    elif media == "multipart/form-data":
        try:
            checked, kept = _form(spec, schema, content_type, request.body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise Refusal(op.refusal_status, "the body is not a readable form") from None
    elif media == "application/x-www-form-urlencoded":
        checked = kept = _urlencoded(spec, op, schema, request.body)
    else:
        return request.body  # binary (an image): its provider handler judges it
    if problems := spec.errors(schema, checked) or format_errors(spec, schema, checked):
        raise Refusal(op.refusal_status, f"body {problems[0]}")
    return kept


def judge(
    spec: FakeSpec,
    op: Operation,
    path_values: dict[str, str],
    request: FakeRequest,
    credentials: set[str],
) -> tuple[dict[str, Any], Any]:
    """(parameters, body) of a request the spec allows; `Refusal` otherwise.

    `credentials` are query parameters that carry a credential (not parameters of the
    operation, and never echoed)."""
    params: dict[str, Any] = {}
    for name, text in path_values.items():
        param: Parameter | None = op.parameter(name)
        value = _decoded(text)
        if value is None:  # answered as any malformed id is (see _check_parameters)
            status = 404 if op.documents(404) else op.refusal_status
            raise Refusal(status, f"parameter {name!r} is not percent-encoded UTF-8")
        params[name] = coerce(spec, value, param.schema if param else {})
    params.update(_query(spec, op, request, credentials))
    _check_parameters(spec, op, params)
    for param in op.parameters:  # what the server assumes when a parameter is left out
        default = spec.resolve(param.schema).get("default")
        if param.location == "query" and param.name not in params and default is not None:
            params[param.name] = default
    return params, _body(spec, op, request)
