"""Local `$ref` resolution for one spec document, safe against reference loops."""

from __future__ import annotations

from typing import Any

SCHEMA_PREFIX = "#/components/schemas/"


class Document:
    """One loaded spec; resolves `#/...` references (external references resolve to `{}`)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def pointer(self, ref: str) -> Any:
        """The node at a local JSON pointer, or None if it does not exist."""
        if not ref.startswith("#/"):
            return None
        node: Any = self.spec
        for raw in ref[2:].split("/"):
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return None
        return node

    def resolve(self, node: Any) -> dict[str, Any]:
        """Follow `$ref` chains to a mapping; a loop or a dangling reference gives `{}`."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                return {}
            seen.add(ref)
            node = self.pointer(ref)
        return node if isinstance(node, dict) else {}

    @staticmethod
    def schema_ref(node: Any) -> str | None:
        """The component name if `node` is `{$ref: '#/components/schemas/<name>'}`."""
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
                return ref[len(SCHEMA_PREFIX) :]
        return None

    def component(self, name: str) -> dict[str, Any]:
        schemas = self.spec.get("components", {}).get("schemas", {})
        return self.resolve(schemas.get(name, {}))

    def components(self) -> dict[str, Any]:
        schemas = self.spec.get("components", {}).get("schemas", {})
        return schemas if isinstance(schemas, dict) else {}
