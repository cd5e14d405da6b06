"""Call any operation of any spec through its generated function, with arguments taken from
the spec: its examples (`example_call`) or values generated from its schemas
(`arguments_strategy` + `call_with`). The contract tests and the Prism tests use it to reach
every operation without a hand-written list, so an operation added to a spec is covered the
moment it is generated.

A published spec (one added by `make new-provider`) often has no example for a parameter or
a body: `example_call` then uses a value made from its schema, as the fakes' stateless
answers do (`overlays.fakes._synth`); its credentials are made up from its descriptor.
"""

from __future__ import annotations

import importlib
import importlib.util
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from io import BytesIO
from types import ModuleType, NoneType, UnionType
from typing import Any

from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from scripts.build.response_schemas import _rewrite_refs, is_openapi30, schema_defs
from scripts.build.speclib import (
    Operation,
    house_style,
    load_spec,
    operations,
    providers,
    resolve,
)
from tests.helpers.pngs import png

PROVIDERS = {p.name: p for p in providers()}

# Credentials the contract tests use; they only ever reach a mock.
CREDENTIALS: dict[str, tuple[Any, ...]] = {
    "push_express": ("pe-contract-token",),
    "appaloosa": (52, "appaloosa-contract-key"),
    "app47": ("app47-contract-token",),
    "appush": ("appush-root-token", "appush-root-secret"),
    "tulip": ("contract-key-id", "tulip-contract-secret"),
}


def _made_up_credentials() -> dict[str, tuple[Any, ...]]:
    """For a provider with none above (added by `make new-provider`): one value per
    credential of its descriptor, in the factory's order."""
    from overlays._registry import PROVIDERS as REGISTERED

    made: dict[str, tuple[Any, ...]] = {}
    for name, provider in REGISTERED.items():
        if name not in CREDENTIALS and name in PROVIDERS:
            required = [c for c in provider.credentials if c.default is None]
            made[name] = tuple(f"contract-{name}-{c.name}".replace("_", "-") for c in required)
    return made


CREDENTIALS.update(_made_up_credentials())


def house(provider: str) -> bool:
    """One of our own specs (`x-house-style`), held to every rule of the lint; the others
    are published specs, added as they are."""
    return house_style(spec(provider))


@cache
def spec(provider: str) -> dict[str, Any]:
    return load_spec(PROVIDERS[provider])


def all_operations() -> list[tuple[str, str]]:
    """(provider, operationId) of every operation of every spec that has a client: of a
    published spec, the generator may leave an operation out (it warned; `make
    new-provider` and `make generate` print `left out of the client: ...`)."""
    return [
        (name, op.operation_id)
        for name in sorted(PROVIDERS)
        for op in operations(spec(name))
        if house(name) or has_client(name, op)
    ]


def has_client(provider: str, op: Operation) -> bool:
    """The generator made a module for the operation (see `all_operations`)."""
    package = PROVIDERS[provider].package
    module = f"{package}.api.{_identifier(op.tag)}.{_identifier(op.operation_id)}"
    return importlib.util.find_spec(module) is not None


def operation(provider: str, operation_id: str) -> Operation:
    return next(op for op in operations(spec(provider)) if op.operation_id == operation_id)


def _identifier(name: str) -> str:
    from scripts.build.naming import python_name

    return python_name(name, prefix="field")


def endpoint_module(provider: str, op: Operation) -> ModuleType:
    package = PROVIDERS[provider].package
    return importlib.import_module(
        f"{package}.api.{_identifier(op.tag)}.{_identifier(op.operation_id)}"
    )


def returns_body(provider: str, op: Operation) -> bool:
    """The operation has a client that returns its body: of a published spec, the generator
    may leave out an operation, or the answer's model (`sync() -> None`; it warned)."""
    import typing

    if not has_client(provider, op):
        return False
    try:
        hints = typing.get_type_hints(endpoint_module(provider, op).sync)
    except (NameError, TypeError):  # an annotation that does not resolve here: assume it does
        return True
    return hints.get("return") is not type(None)


def parameters(provider: str, op: Operation) -> list[dict[str, Any]]:
    """The operation's parameters, path-level ones included, `$ref`s resolved."""
    document = spec(provider)
    shared = document["paths"][op.path].get("parameters", [])
    return [resolve(document, p) for p in [*shared, *op.spec.get("parameters", [])]]


def request_media(provider: str, op: Operation) -> tuple[str, dict[str, Any]] | None:
    """(media type, media object) of the request body, or None."""
    body = resolve(spec(provider), op.spec.get("requestBody", {}))
    content = body.get("content") or {}
    return next(iter(content.items()), None)


def success_key(op: Operation) -> str | None:
    """The response a success is read by: the first 2xx, else `default` (see the endpoint
    template), else `2XX`; None when a (published) spec documents no success at all."""
    codes = [str(code) for code in op.spec["responses"]]
    found = next((c for c in codes if c.startswith("2") and c.isdigit()), None)
    if found is None and "default" in codes:
        found = "default"
    return found or next((c for c in codes if c[0] == "2"), None)


def success_status(op: Operation) -> int:
    """The status of a success: its documented one; 200 for `default` or `2XX`; 204 where
    the spec documents none (what the fakes answer, and the client takes as no body)."""
    key = success_key(op)
    return 204 if key is None else int(key) if key.isdigit() else 200


def success_body(provider: str, op: Operation) -> bool:
    """The documented success has a body."""
    key = success_key(op)
    return key is not None and bool(
        resolve(spec(provider), op.spec["responses"][key]).get("content")
    )


def first_example(holder: dict[str, Any], document: dict[str, Any]) -> Any:
    if "example" in holder:
        return holder["example"]
    for example in (holder.get("examples") or {}).values():
        example = resolve(document, example)
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    raise LookupError("no example")


# --- values made from the schemas, where the spec has no example ----------------------------


@cache
def fake_spec(provider: str) -> Any:
    """The provider's spec as its fakes read it (JSON Schema, examples kept)."""
    from overlays.fakes._spec import FakeSpec

    return FakeSpec(PROVIDERS[provider].package)


def json_schema(provider: str, schema: Any) -> dict[str, Any]:
    """A spec schema as self-contained JSON Schema (OpenAPI 3.0's `nullable` and the like
    as they mean, its components in `$defs`): what the runtime validates against."""
    document = spec(provider)
    converted = _rewrite_refs(schema, openapi30=is_openapi30(document))
    return {"allOf": [converted], "$defs": schema_defs(document)}


def made_up(provider: str, schema: Any, *, request: bool = True) -> Any:
    """A value of `schema` (a schema of the spec) as a mock server makes one: of a request
    (no optional `readOnly` property), or with `request=False` of an answer (no optional
    `writeOnly` one)."""
    from overlays.fakes._synth import mended, value_for

    document = spec(provider)
    converted = _rewrite_refs(resolve(document, schema), openapi30=is_openapi30(document),
                              examples=True)  # fmt: skip
    fake = fake_spec(provider)
    return mended(fake, converted, value_for(fake, converted, request=request))


def sample(provider: str, holder: dict[str, Any], *, request: bool = True) -> Any:
    """The first example of a parameter or media type object when its schema accepts it
    (a published example may not), else a value of its schema."""
    from jsonschema import Draft202012Validator

    schema = holder.get("schema", {})
    try:
        value = first_example(holder, spec(provider))
    except LookupError:
        return made_up(provider, schema, request=request)
    if Draft202012Validator(json_schema(provider, schema)).is_valid(value):
        return value
    return made_up(provider, schema, request=request)


# --- from spec values to Python arguments -------------------------------------------------


def _options(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (typing.Union, UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def to_python(annotation: Any, value: Any) -> Any:
    """A JSON value as the argument the generated function's annotation asks for."""
    from_file = _file(value)
    errors: list[Exception] = []
    for option in _options(annotation):
        if option is NoneType or getattr(option, "__name__", "") == "Unset":
            continue
        origin = typing.get_origin(option)
        try:
            if origin is list and isinstance(value, list):
                (item,) = typing.get_args(option) or (Any,)
                return [to_python(item, v) for v in value]
            if isinstance(option, type) and issubclass(option, Enum):
                return option(value)
            if getattr(option, "__name__", "") == "File":
                return from_file(option)
            if hasattr(option, "from_dict") and isinstance(value, dict):
                return option.from_dict(value)
            if option in (int, float, str, bool) and type(value) in (int, float, str, bool):
                return value
            if option is Any:
                return value
        except (ValueError, TypeError, KeyError) as exc:
            errors.append(exc)
    raise TypeError(f"cannot pass {value!r} as {annotation}: {errors}")


def _file(value: Any) -> Callable[[type], Any]:
    data = value if isinstance(value, bytes) else str(value).encode()
    return lambda cls: cls(payload=BytesIO(data), file_name="upload.bin")


@dataclass
class SpecCall:
    """One generated operation with its arguments, ready to send with any client."""

    provider: str
    operation_id: str
    method: str
    path: str
    module: ModuleType
    expected_status: int
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)

    def sync(self, client: Any, style: str = "sync_detailed") -> Any:
        return getattr(self.module, style)(*self.args, client=client, **self.kwargs)

    async def asyncio(self, client: Any, style: str = "asyncio_detailed") -> Any:
        return await getattr(self.module, style)(*self.args, client=client, **self.kwargs)


def unmet_security(provider: str, op: Operation) -> str | None:
    """Why the provider's client cannot authenticate `op` (its descriptor sends a scheme
    the operation does not accept: Swagger's petstore `getInventory` wants `api_key`, the
    client sends the OAuth token most operations want), or None."""
    from overlays._registry import PROVIDERS as REGISTERED

    document = spec(provider)
    requirements = op.spec.get("security", document.get("security")) or []
    schemes = {
        name: resolve(document, scheme)
        for name, scheme in (
            (document.get("components") or {}).get("securitySchemes") or {}
        ).items()
    }
    auth = REGISTERED[provider].auth
    if auth.can_call(requirements, schemes):
        return None
    wanted = " or ".join("+".join(r) for r in requirements)
    return f"{op.operation_id} accepts {wanted}; {provider}'s descriptor sends {auth!r}"


def call_with(
    provider: str, operation_id: str, params: dict[str, Any], body: Any = None
) -> SpecCall:
    """A call of the operation with these spec-level values (parameter name -> JSON value,
    and the body as JSON, or bytes for a binary body). For a published spec, an operation
    the provider's client cannot authenticate is skipped (`unmet_security`, which `make
    new-provider` reports as well)."""
    op = operation(provider, operation_id)
    if not house(provider) and (reason := unmet_security(provider, op)):
        import pytest

        pytest.skip(reason)
    module = endpoint_module(provider, op)
    hints = typing.get_type_hints(module._get_kwargs)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in parameters(provider, op):
        if param["name"] not in params:
            continue
        python_name = _python_parameter(param, hints)
        value = to_python(hints[python_name], params[param["name"]])
        if param["in"] == "path":
            args.append(value)
        else:
            kwargs[python_name] = value
    if "body" in hints:
        kwargs["body"] = to_python(hints["body"], _files_as_bytes(provider, op, body))
    return SpecCall(
        provider, operation_id, op.method, op.path, module, success_status(op), tuple(args), kwargs
    )


def _files_as_bytes(provider: str, op: Operation, body: Any) -> Any:
    """A form body with its file fields (`format: binary`) as bytes, as `from_dict` wants."""
    media = request_media(provider, op)
    if media is None or not media[0].startswith("multipart/") or not isinstance(body, dict):
        return body
    properties = resolve(spec(provider), media[1]["schema"]).get("properties", {})
    return {
        key: value.encode() if properties.get(key, {}).get("format") == "binary" else value
        for key, value in body.items()
    }


def _python_parameter(param: dict[str, Any], hints: dict[str, Any]) -> str:
    name = _identifier(param["name"])
    for candidate in (name, f"{name}_{param['in']}"):
        if candidate in hints:
            return candidate
    raise LookupError(f"no argument for parameter {param['name']!r} in {sorted(hints)}")


def example_body(provider: str, op: Operation) -> Any:
    """The request body of the spec's first example (a real PNG for an image upload)."""
    media = request_media(provider, op)
    if media is None:
        return None
    if "x-image-upload" in op.spec:
        image = op.spec["x-image-upload"]
        return png(image.get("width", 1), image.get("height", 1))
    if house(provider):
        return first_example(media[1], spec(provider))
    return sample(provider, media[1])


def example_call(provider: str, operation_id: str) -> SpecCall:
    """The operation called with the spec's examples: every parameter that has one (in a
    published spec, every required one, with a value of its schema where it has none)."""
    op = operation(provider, operation_id)
    params = {}
    for param in parameters(provider, op):
        if param.get("in") not in ("path", "query", "header"):
            continue
        try:
            params[param["name"]] = first_example(param, spec(provider))
        except LookupError:
            if param.get("required") and house(provider):
                raise
            if param.get("required"):
                params[param["name"]] = made_up(provider, param.get("schema", {}))
    return call_with(provider, operation_id, params, example_body(provider, op))


# --- values generated from the schemas ----------------------------------------------------


def _with_components(provider: str, schema: dict[str, Any]) -> dict[str, Any]:
    """A self-contained JSON Schema: the spec's components ride along for local `$ref`s (a
    published spec's schemas as the JSON Schema they mean: `json_schema`)."""
    if not house(provider):
        return _bounded(json_schema(provider, schema))
    components = spec(provider).get("components", {})
    return _bounded({"allOf": [schema], "components": {"schemas": components.get("schemas", {})}})


_INTEGER_FORMATS = {"int32": 2**31, "int64": 2**63}


def _bounded(node: Any) -> Any:
    """`node` with OpenAPI's integer formats turned into the bounds they mean (JSON Schema,
    and so hypothesis-jsonschema, knows no `int64`)."""
    if isinstance(node, list):
        return [_bounded(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _bounded(value) for key, value in node.items()}
    limit = _INTEGER_FORMATS.get(str(node.get("format")))
    if limit and node.get("type") == "integer":
        out.setdefault("minimum", -limit)
        out.setdefault("maximum", limit - 1)
    return out


# `format: binary` (a file part) is not a JSON Schema format: generate its text.
CUSTOM_FORMATS = {"binary": st.text(max_size=20)}


def schema_strategy(
    provider: str, schema: dict[str, Any], *, sent: bool = False
) -> st.SearchStrategy[Any]:
    """Values of `schema`; with `sent`, of a request body, as openapi-core judges one
    (`_as_sent`)."""
    full = _with_components(provider, schema)
    if sent:
        full = _as_sent(full, is_openapi30(spec(provider)))
    return from_schema(full, custom_formats=CUSTOM_FORMATS)


def _as_sent(node: Any, openapi30: bool) -> Any:
    """No optional `readOnly` property; of OpenAPI 3.0, no null in an enum (`nullable` does not
    add it there, says 3.0.3, and openapi-core holds to that; `json_schema` is lenient)."""
    if isinstance(node, list):
        return [_as_sent(item, openapi30) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _as_sent(value, openapi30) for key, value in node.items()}
    if openapi30 and isinstance(out.get("enum"), list) and None in out["enum"]:
        out["enum"] = [value for value in out["enum"] if value is not None]
    properties = out.get("properties")
    if isinstance(properties, dict):
        required = set(out.get("required") or [])
        out["properties"] = {
            name: False
            if isinstance(prop, dict) and prop.get("readOnly") is True and name not in required
            else prop
            for name, prop in properties.items()
        }
    return out


def arguments_strategy(
    provider: str, operation_id: str
) -> st.SearchStrategy[tuple[dict[str, Any], Any]]:
    """(parameters, body) drawn from the schemas: every required parameter, each optional
    one or not, and a body valid for the request schema."""
    op = operation(provider, operation_id)
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for param in parameters(provider, op):
        strategy = schema_strategy(provider, param.get("schema", {}))
        # No request can carry an empty path segment, `.` or `..` (the generated code refuses
        # them, issue 17), nor an empty query value unless `allowEmptyValue` says so; a
        # published spec's unconstrained string parameter would otherwise be drawn so.
        # A `/` in a path value travels as %2F, which the judge (openapi-core) decodes back
        # into two segments; a header carries printable ASCII only.
        if param.get("in") == "path":
            strategy = strategy.filter(
                lambda value: value not in ("", ".", "..") and "/" not in str(value)
            )
        elif param.get("in") == "query" and not param.get("allowEmptyValue"):
            strategy = strategy.filter(lambda value: value != "")
        elif param.get("in") == "header":
            strategy = strategy.filter(
                lambda v: (
                    not isinstance(v, str) or (v.isascii() and v.isprintable() and v == v.strip())
                )
            )
        (required if param.get("required") else optional)[param["name"]] = strategy
    params = st.fixed_dictionaries(required, optional=optional)
    media = request_media(provider, op)
    body: st.SearchStrategy[Any] = st.none()
    if media is not None:
        if "x-image-upload" in op.spec:
            body = st.just(example_body(provider, op))
        else:
            body = schema_strategy(provider, media[1]["schema"], sent=True)
    return st.tuples(params, body)


# --- clients ------------------------------------------------------------------------------


def server_root(provider: str) -> str:
    """The spec's first server URL, variables at their defaults, without the trailing
    path variables a factory adds itself (Appaloosa's store id); for a spec without an
    absolute one, the descriptor's (fake) base URL."""
    from overlays._registry import PROVIDERS as REGISTERED

    servers = spec(provider).get("servers") or [{"url": ""}]
    server = servers[0]
    url = str(server["url"])
    if not url.startswith(("http://", "https://")):
        descriptor = REGISTERED[provider]
        return str(descriptor.base_url or descriptor.fake_base_url)
    while url.rstrip("/").endswith("}"):
        url = url.rstrip("/").rsplit("/", 1)[0]
    for name, variable in (server.get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(variable["default"]))
    return url


def overlay_client(provider: str, base_url: str | None = None, **options: Any) -> Any:
    """The provider's overlay client with the contract credentials, aimed at `base_url`
    (the spec's own server by default: the contract tests send through a mock transport)."""
    module = importlib.import_module(f"overlays.{provider}")
    options["base_url"] = base_url or server_root(provider)
    return module.client(*CREDENTIALS[provider], **options)


def argless_get(provider: str) -> tuple[str, str] | None:
    """(module, operation) of the first GET whose generated function needs no argument but
    the client: what a test with no hand-written listing for a provider calls; None when the
    spec has none."""
    import inspect

    for op in operations(spec(provider)):
        if op.method != "GET" or "{" in op.path or unmet_security(provider, op):
            continue
        module = endpoint_module(provider, op)
        parameters = inspect.signature(module.sync).parameters.values()
        if all(p.default is not inspect.Parameter.empty or p.name == "client" for p in parameters):
            return module.__name__, op.operation_id
    return None
