"""The JSON response schemas of a spec, as one self-contained JSON Schema document.

Written into each generated package as `_response_schemas.json` by `scripts.build.generate`;
the overlays validate 2xx JSON bodies against it, so the spec (not only the generated
models, which check little more than the presence of required keys) judges every answer.
"""

from __future__ import annotations

import json
from typing import Any

from scripts.build.speclib import operations, resolve

_COMPONENTS = "#/components/schemas/"
_ANNOTATIONS = ("example", "examples", "discriminator", "xml", "externalDocs")
"""For humans and generators, not validation."""


def is_openapi30(spec: dict[str, Any]) -> bool:
    """An OpenAPI 3.0 document, whose schemas are not quite JSON Schema (`nullable`,
    boolean `exclusiveMinimum`, `$ref` siblings ignored)."""
    return str(spec.get("openapi", "")).startswith("3.0")


def _from_openapi30(node: dict[str, Any]) -> dict[str, Any]:
    """One OpenAPI 3.0 schema object as the JSON Schema it means (children done already)."""
    if "$ref" in node:  # 3.0: siblings of a $ref are ignored; `nullable` kept, as tools do
        ref = {"$ref": node["$ref"]}
        return {"anyOf": [ref, {"type": "null"}]} if node.get("nullable") is True else ref
    out = dict(node)
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        flag = out.get(exclusive)
        if isinstance(flag, bool):
            del out[exclusive]
            if flag and bound in out:
                out[exclusive] = out.pop(bound)
    if out.pop("nullable", False) is True:
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
            if "enum" in out and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        elif kind is None:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


_CONDITIONS = frozenset({"if", "then", "else", "not", "contains", "propertyNames"})
"""Keywords whose subschemas test a value rather than describe a model."""


def _rewrite_refs(
    node: Any, *, openapi30: bool = False, examples: bool = False, models: bool = True
) -> Any:
    """Point `#/components/schemas/X` at `#/$defs/X`, and drop what is not JSON Schema;
    with `openapi30`, an OpenAPI 3.0 schema becomes the JSON Schema it means; with
    `examples`, a schema's `example` (or the first of its `examples`) is kept as `example`
    (a keyword validators ignore), for the fakes to answer with."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(_COMPONENTS):
                out[key] = "#/$defs/" + value.removeprefix(_COMPONENTS)
            elif key in _ANNOTATIONS or (isinstance(key, str) and key.startswith("x-")):
                continue
            elif key == "properties" and isinstance(value, dict):  # names, not keywords
                out[key] = {
                    name: _rewrite_refs(item, openapi30=openapi30, examples=examples, models=models)
                    for name, item in value.items()
                }
            else:
                inner = models and key not in _CONDITIONS
                out[key] = _rewrite_refs(value, openapi30=openapi30, examples=examples,
                                         models=inner)  # fmt: skip
        if examples and "example" in node:
            out["example"] = node["example"]
        elif examples and isinstance(node.get("examples"), list) and node["examples"]:
            out["example"] = node["examples"][0]
        model_like = "properties" in node and not _COMPOSED & node.keys()
        if models and model_like:
            # An untyped schema with properties is an object to the generator (it makes a
            # model of it), so a value that is none fails its parsing: the schema says so.
            out["type"] = "object"
        return _from_openapi30(out) if openapi30 and _is_schema(node) else out
    if isinstance(node, list):
        return [
            _rewrite_refs(item, openapi30=openapi30, examples=examples, models=models)
            for item in node
        ]
    return node


_COMPOSED = frozenset({"type", "allOf", "oneOf", "anyOf", "$ref"})


_SCHEMA_KEYS = frozenset(
    {"$ref", "type", "nullable", "properties", "items", "allOf", "oneOf", "anyOf", "enum",
     "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "format", "required"}
)  # fmt: skip


def _is_schema(node: dict[str, Any]) -> bool:
    return bool(_SCHEMA_KEYS & node.keys())


def response_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """{"$defs": {...}, "responses": {operation: {status: schema}}} for JSON 2xx bodies (an
    operation that documents no 2xx: its `default` body, which then answers the 2xx)."""
    responses: dict[str, dict[str, Any]] = {}
    for op in operations(spec):
        documented = op.spec.get("responses", {})
        no_success = not any(str(status).startswith("2") for status in documented)
        for status, response in documented.items():
            if not str(status).startswith("2") and not (no_success and status == "default"):
                continue
            content = resolve(spec, response).get("content") or {}
            media = next((m for name, m in content.items() if "json" in name), None)
            if media and "schema" in media:
                schema = _rewrite_refs(media["schema"], openapi30=is_openapi30(spec))
                responses.setdefault(op.operation_id, {})[str(status)] = schema
    defs = schema_defs(spec)
    return {"$defs": defs, "responses": responses}


def schema_defs(spec: dict[str, Any], *, examples: bool = False) -> dict[str, Any]:
    """The spec's component schemas as JSON Schema `$defs` (see `_rewrite_refs`)."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    return {
        name: _rewrite_refs(schema, openapi30=is_openapi30(spec), examples=examples)
        for name, schema in schemas.items()
    }


def response_schemas_json(spec: dict[str, Any]) -> str:
    """`response_schemas` as deterministic JSON text."""
    return json.dumps(response_schemas(spec), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
