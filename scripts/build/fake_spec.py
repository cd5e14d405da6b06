"""What the stateful fakes need of a spec, as one JSON document shipped in the package.

Written into each generated package as `_fake_spec.json` by `scripts.build.generate`, so that
`overlays.fakes` works from an installed wheel (the specs/ folder is not installed): per
operation its route, security, parameters, request body and documented responses (status,
headers, media types, schemas), with `x-fake` and `x-pagination`; the spec's
`x-fake-resources`; the component schemas as `$defs` (every `$ref` local to the document).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from scripts.build.response_schemas import _rewrite_refs
from scripts.build.speclib import operations, resolve


def _parameter(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    param = resolve(spec, node)
    return {
        "name": param["name"],
        "in": param["in"],
        "required": bool(param.get("required", param["in"] == "path")),
        "schema": _rewrite_refs(resolve(spec, param.get("schema", {}))),
    }


def _content(spec: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
    return {
        media: _rewrite_refs(resolve(spec, entry.get("schema", {})))
        for media, entry in (content or {}).items()
    }


def _responses(spec: dict[str, Any], responses: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for status, node in responses.items():
        response = resolve(spec, node)
        headers = {
            name: {
                "required": bool(resolve(spec, header).get("required", False)),
                "schema": _rewrite_refs(resolve(spec, resolve(spec, header).get("schema", {}))),
            }
            for name, header in (response.get("headers") or {}).items()
        }
        out[str(status)] = {
            "headers": headers,
            "content": _content(spec, response.get("content") or {}),
        }
    return out


def fake_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """The document described above, for one loaded spec."""
    table: dict[str, Any] = {}
    for op in operations(spec):
        path_item = spec["paths"][op.path]
        params = [*path_item.get("parameters", []), *op.spec.get("parameters", [])]
        body = resolve(spec, op.spec["requestBody"]) if "requestBody" in op.spec else None
        table[op.operation_id] = {
            "method": op.method,
            "path": op.path,
            "security": op.spec.get("security", spec.get("security", [])),
            "fake": op.spec.get("x-fake", {}),
            "pagination": op.spec.get("x-pagination"),
            "parameters": [_parameter(spec, p) for p in params],
            "body": None
            if body is None
            else {
                "required": bool(body.get("required")),
                "content": _content(spec, body["content"]),
            },
            "responses": _responses(spec, op.spec.get("responses", {})),
        }
    return {
        "servers": [urlsplit(server["url"]).path for server in spec.get("servers", [])],
        "security_schemes": spec.get("components", {}).get("securitySchemes", {}),
        "resources": spec.get("x-fake-resources", {}),
        "$defs": _rewrite_refs(spec.get("components", {}).get("schemas", {})),
        "operations": table,
    }


def fake_spec_json(spec: dict[str, Any]) -> str:
    """`fake_spec` as deterministic JSON text."""
    return json.dumps(fake_spec(spec), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
