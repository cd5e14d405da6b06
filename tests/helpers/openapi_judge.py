"""The spec as judge: validate captured `httpx` requests and responses with openapi-core.

openapi-core checks the method, the path and its parameters, the query, the headers, the
security requirement, the content type and the body. It lets a query parameter the spec
does not define through (OpenAPI does not forbid them), so `judge_request` also refuses any
query parameter that is neither a parameter of the operation nor an `apiKey` in the query.
"""

from __future__ import annotations

import email
import email.message
import email.policy
from functools import cache
from typing import Any

import httpx2
from jsonschema import Draft202012Validator
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.request.validators import (
    V31RequestParametersValidator,
    V31RequestSecurityValidator,
)
from werkzeug.datastructures import Headers, ImmutableMultiDict

from scripts.build.speclib import Operation
from tests.helpers.spec_calls import operation, parameters, resolve, spec


class HttpxOpenAPIRequest:
    """An `httpx2.Request` seen through openapi-core's request protocol."""

    def __init__(self, request: httpx2.Request) -> None:
        self.request = request
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(request.url.params.multi_items())),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(),
        )

    @property
    def host_url(self) -> str:
        return f"{self.request.url.scheme}://{self.request.url.netloc.decode('ascii')}"

    @property
    def path(self) -> str:
        return self.request.url.path

    @property
    def method(self) -> str:
        return self.request.method.lower()

    @property
    def body(self) -> bytes | None:
        return self.request.content or None

    @property
    def content_type(self) -> str:
        return self.request.headers.get("content-type", "")


class HttpxOpenAPIResponse:
    """An `httpx2.Response` seen through openapi-core's response protocol."""

    def __init__(self, response: httpx2.Response) -> None:
        self.response = response

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def content_type(self) -> str:
        return self.response.headers.get("content-type", "")

    @property
    def headers(self) -> Headers:
        return Headers(list(self.response.headers.multi_items()))

    @property
    def data(self) -> bytes | None:
        return self.response.content


@cache
def openapi(provider: str) -> OpenAPI:
    return OpenAPI.from_dict(_raw_bodies_typeless(spec(provider)))


def _raw_bodies_typeless(document: dict[str, Any]) -> dict[str, Any]:
    """Describe raw binary bodies the OpenAPI 3.1 way (no `type`) for openapi-core.

    The specs say `type: string, format: binary` because openapi-python-client needs it for
    its `File` type; openapi-core's 3.1 validator then refuses the body's bytes as "not of
    type 'string'" (python-openapi/openapi-core#854). The media type is still checked.
    """

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        if node.get("format") == "binary" and node.get("type") == "string":
            node = {k: v for k, v in node.items() if k not in ("type", "format")}
        return {key: walk(value) for key, value in node.items()}

    result: dict[str, Any] = walk(document)
    return result


def _query_keys(provider: str) -> frozenset[str]:
    schemes = spec(provider).get("components", {}).get("securitySchemes", {})
    return frozenset(
        s["name"] for s in schemes.values() if s.get("type") == "apiKey" and s.get("in") == "query"
    )


def judge_request(provider: str, operation_id: str, request: httpx2.Request) -> None:
    """Raise when `request` is not what the spec allows for the operation."""
    op = operation(provider, operation_id)
    assert request.extensions.get("openapi_operation") == operation_id
    assert request.method == op.method, f"{request.method} sent for a {op.method} operation"
    app, wrapped = openapi(provider), HttpxOpenAPIRequest(request)
    if wrapped.content_type.startswith("multipart/form-data"):
        # openapi-core reads form fields as text or bytes and does not turn them into the
        # integers and booleans the schema describes: it judges everything but the body,
        # and the form is judged below.
        V31RequestParametersValidator(app.spec).validate(wrapped)
        V31RequestSecurityValidator(app.spec).validate(wrapped)
        judge_form(provider, op, request)
    else:
        app.validate_request(wrapped)
    defined = {p["name"] for p in parameters(provider, op) if p["in"] == "query"}
    undefined = set(request.url.params) - defined - _query_keys(provider)
    assert not undefined, f"query parameters the spec does not define: {sorted(undefined)}"


def _form_fields(request: httpx2.Request) -> dict[str, list[bytes]]:
    """The fields of a multipart/form-data body, by name, with every value sent."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.message_from_bytes(head + request.content, policy=email.policy.HTTP)
    assert message.is_multipart(), "a multipart/form-data body that is not multipart"
    fields: dict[str, list[bytes]] = {}
    for part in message.iter_parts():
        assert isinstance(part, email.message.EmailMessage)
        name = part.get_param("name", header="content-disposition")
        assert isinstance(name, str), "a form part without a name"
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        fields.setdefault(name, []).append(payload)
    return fields


def _form_value(schema: dict[str, Any], raw: bytes) -> Any:
    """A form field's text as the JSON value its schema describes (ValueError if it is not)."""
    if schema.get("format") == "binary":
        return ""  # a file: any bytes
    text = raw.decode("utf-8")
    kind = schema.get("type")
    if kind == "integer":
        return int(text)
    if kind == "number":
        return float(text)
    if kind == "boolean":
        return {"true": True, "false": False}[text]
    return text


def judge_form(provider: str, op: Operation, request: httpx2.Request) -> None:
    """Raise when a multipart/form-data body is not the form the spec describes."""
    document = spec(provider)
    body = resolve(document, op.spec["requestBody"])
    schema = resolve(document, body["content"]["multipart/form-data"]["schema"])
    properties = schema.get("properties", {})
    form: dict[str, Any] = {}
    for name, values in _form_fields(request).items():
        prop = resolve(document, properties.get(name, {}))
        if prop.get("type") == "array":
            form[name] = [_form_value(resolve(document, prop["items"]), v) for v in values]
        else:
            assert len(values) == 1, f"form field {name!r} sent {len(values)} times"
            form[name] = _form_value(prop, values[0])
    validator = Draft202012Validator(
        _raw_bodies_typeless({"allOf": [schema], "components": document.get("components", {})})
    )
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(form)]
    assert not errors, f"form body does not match the spec: {errors}"


def judge_response(provider: str, request: httpx2.Request, response: httpx2.Response) -> None:
    """Raise when `response` is not one the spec documents for `request`."""
    openapi(provider).validate_response(
        HttpxOpenAPIRequest(request), HttpxOpenAPIResponse(response)
    )


def raises_on(check: Any, *args: Any) -> bool:
    """Whether `check(*args)` refuses (for tests that prove a judge can fail)."""
    try:
        check(*args)
    except Exception:
        return True
    return False
