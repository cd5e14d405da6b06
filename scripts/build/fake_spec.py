"""What the fakes need of a spec, as one JSON document shipped in the package.

Written into each generated package as `_fake_spec.json` by `scripts.build.generate`, so that
`overlays.fakes` works from an installed wheel (the specs/ folder is not installed): per
operation (by its Python name) its route, security, parameters, request body and documented
responses (status, headers, media types, schemas, and the first example of each media type,
which a stateless answer uses), with `x-fake` and `x-pagination`; the spec's
`x-fake-resources`; the component schemas as `$defs` (every `$ref` local to the document,
OpenAPI 3.0 schemas as the JSON Schema they mean, schema examples kept); whether the spec is
one of ours (`house`: then an error status it does not document is a fake's bug).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from scripts.build.response_schemas import _rewrite_refs, is_openapi30, schema_defs
from scripts.build.speclib import house_style, operations, resolve


class _Converter:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.openapi30 = is_openapi30(spec)

    def schema(self, node: Any) -> Any:
        resolved = resolve(self.spec, node) if isinstance(node, dict) else {}
        return _rewrite_refs(resolved, openapi30=self.openapi30, examples=True)

    def parameter(self, node: Any) -> dict[str, Any]:
        param = resolve(self.spec, node)
        return {
            "name": param["name"],
            "in": param["in"],
            "required": bool(param.get("required", param["in"] == "path")),
            "schema": self.schema(param.get("schema", {})),
        }

    def content(self, content: dict[str, Any]) -> dict[str, Any]:
        return {media: self.schema(entry.get("schema", {})) for media, entry in content.items()}

    def examples(self, content: dict[str, Any]) -> dict[str, Any]:
        """The first example of each media type that has one."""
        found = {}
        for media, entry in content.items():
            if "example" in entry:
                found[media] = entry["example"]
                continue
            for example in (entry.get("examples") or {}).values():
                example = resolve(self.spec, example)
                if isinstance(example, dict) and "value" in example:
                    found[media] = example["value"]
                    break
        return found

    def responses(self, responses: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for status, node in responses.items():
            response = resolve(self.spec, node)
            headers = {
                name: {
                    "required": bool(resolve(self.spec, header).get("required", False)),
                    "schema": self.schema(resolve(self.spec, header).get("schema", {})),
                }
                for name, header in (response.get("headers") or {}).items()
            }
            content = response.get("content") or {}
            out[str(status)] = {
                "headers": headers,
                "content": self.content(content),
                "examples": self.examples(content),
            }
        return out


def _server_path(server: Any) -> str:
    """The path of a server URL, its variables kept (`/api/v2/{store_id}`); a variable in
    the scheme or the host (`{scheme}://...`) is no part of it."""
    url = str(server.get("url", "")) if isinstance(server, dict) else ""
    if "//" in url:
        url = url.split("//", 1)[1]
        url = url[url.index("/") :] if "/" in url else ""
    path = urlsplit(url).path.strip("/")
    return f"/{path}" if path else ""


def fake_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """The document described above, for one loaded spec."""
    convert = _Converter(spec)
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
            "parameters": [convert.parameter(p) for p in params],
            "body": None
            if body is None
            else {
                "required": bool(body.get("required")),
                "content": convert.content(body.get("content") or {}),
            },
            "responses": convert.responses(op.spec.get("responses", {})),
        }
    return {
        "house": house_style(spec),
        "servers": [_server_path(server) for server in spec.get("servers") or []],
        "security_schemes": (spec.get("components") or {}).get("securitySchemes", {}),
        "resources": spec.get("x-fake-resources", {}),
        "$defs": schema_defs(spec, examples=True),
        "operations": table,
    }


def fake_spec_json(spec: dict[str, Any]) -> str:
    """`fake_spec` as deterministic JSON text."""
    return json.dumps(fake_spec(spec), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
