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


def _rewrite_refs(node: Any) -> Any:
    """Point `#/components/schemas/X` at `#/$defs/X`, and drop what is not JSON Schema."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(_COMPONENTS):
                out[key] = "#/$defs/" + value.removeprefix(_COMPONENTS)
            elif key in ("example", "examples", "discriminator", "xml", "externalDocs"):
                continue  # annotations for humans and generators, not validation
            elif isinstance(key, str) and key.startswith("x-"):
                continue
            else:
                out[key] = _rewrite_refs(value)
        return out
    if isinstance(node, list):
        return [_rewrite_refs(item) for item in node]
    return node


def response_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """{"$defs": {...}, "responses": {operationId: {status: schema}}} for JSON 2xx bodies."""
    responses: dict[str, dict[str, Any]] = {}
    for op in operations(spec):
        for status, response in op.spec.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            content = resolve(spec, response).get("content") or {}
            media = next((m for name, m in content.items() if "json" in name), None)
            if media and "schema" in media:
                schema = _rewrite_refs(media["schema"])
                responses.setdefault(op.operation_id, {})[str(status)] = schema
    defs = _rewrite_refs(spec.get("components", {}).get("schemas", {}))
    return {"$defs": defs, "responses": responses}


def response_schemas_json(spec: dict[str, Any]) -> str:
    """`response_schemas` as deterministic JSON text."""
    return json.dumps(response_schemas(spec), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
