"""What a schema *is*, reduced to what changes the generated Python type.

A schema's shape is the list of its non-null alternatives (`integer`, `string(date-time)`,
`string enum`, a component name for a `$ref` in a union...), its nullability and its enum
values. Comparing these is enough to tell a widening from a narrowing from a change.
"""

from __future__ import annotations

from typing import Any

from scripts.apidiff.refs import Document

# String formats the generator maps to another Python type than `str`.
TYPED_FORMATS = frozenset({"date", "date-time", "uuid", "binary"})
JSON_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string"}
# Validation keywords: they restrict values without changing the generated Python type.
CONSTRAINTS = (
    "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties",
    "maxProperties",
)  # fmt: skip


def declared_types(schema: dict[str, Any]) -> list[str]:
    """The `type` keyword as a list (3.1 allows a list), inferred when absent."""
    raw = schema.get("type")
    if isinstance(raw, str):
        return [raw]
    if isinstance(raw, list):
        return [str(t) for t in raw]
    if "properties" in schema or "additionalProperties" in schema:
        return ["object"]
    if "items" in schema:
        return ["array"]
    values = enum_values(schema)
    if values:
        found = {JSON_TYPES.get(type(v), "null") for v in values}
        return sorted(found)
    return []


def enum_values(schema: dict[str, Any]) -> list[Any] | None:
    """`enum` (or a `const`, as a one-value enum), None when the schema has neither."""
    if "const" in schema:
        return [schema["const"]]
    values = schema.get("enum")
    return list(values) if isinstance(values, list) else None


def branches(schema: dict[str, Any]) -> list[Any]:
    """The alternatives of a union (`oneOf` and `anyOf` alike: the generator makes both a
    Python union)."""
    return [*(schema.get("oneOf") or []), *(schema.get("anyOf") or [])]


def is_null_schema(schema: dict[str, Any]) -> bool:
    return declared_types(schema) == ["null"] or ("const" in schema and schema["const"] is None)


def nullable(doc: Document, schema: dict[str, Any]) -> bool:
    """Whether `null` is a valid value: a `null` type, `nullable: true`, a null branch or
    enum value."""
    if "null" in declared_types(schema) or schema.get("nullable") is True:
        return True
    values = enum_values(schema)
    if values is not None and None in values:
        return True
    return any(is_null_schema(doc.resolve(b)) for b in branches(schema))


def flatten(doc: Document, schema: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """Merge `allOf` into one schema, as the generator merges it into one model."""
    parts = schema.get("allOf")
    if not isinstance(parts, list) or depth > 20:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    properties: dict[str, Any] = dict(merged.get("properties") or {})
    required: list[str] = list(merged.get("required") or [])
    for part in parts:
        piece = flatten(doc, doc.resolve(part), depth + 1)
        properties.update(piece.get("properties") or {})
        required.extend(r for r in piece.get("required") or [] if r not in required)
        for key, value in piece.items():
            # A union inside allOf only constrains which fields are present (`anyOf:
            # [{required: [a]}, {required: [b]}]`); the generator keeps one flat model.
            if key not in ("properties", "required", "anyOf", "oneOf"):
                merged.setdefault(key, value)
    if properties:
        merged["properties"] = properties
        merged.setdefault("type", "object")
    if required:
        merged["required"] = required
    return merged


def class_kind(schema: dict[str, Any], *, literal_enums: bool = False) -> str | None:
    """`model` or `enum` when the generator makes a class of this schema, else None."""
    if "allOf" in schema:
        return "model"
    values = schema.get("enum")
    if isinstance(values, list) and any(v is not None for v in values):
        return None if literal_enums else "enum"
    types = [t for t in declared_types(schema) if t != "null"]
    if branches(schema) or len(types) != 1:
        return None
    return "model" if types == ["object"] else None


def basic_shape(schema: dict[str, Any]) -> list[str]:
    """The non-null alternatives of a schema that is not a union."""
    out = []
    has_enum = isinstance(schema.get("enum"), list)
    for kind in declared_types(schema):
        if kind == "null":
            continue
        if kind == "string" and schema.get("format") in TYPED_FORMATS:
            kind = f"string({schema['format']})"
        out.append(f"{kind} enum" if has_enum else kind)
    return out


def shape(doc: Document, schema: dict[str, Any]) -> list[str]:
    """Sorted non-null alternatives; a `$ref` branch is named by its component."""
    out: list[str] = []
    for branch in branches(schema):
        name = Document.schema_ref(branch)
        resolved = flatten(doc, doc.resolve(branch))
        if is_null_schema(resolved):
            continue
        out.extend([name] if name else shape(doc, resolved))
    if not branches(schema) or schema.get("type") is not None:
        out.extend(basic_shape(schema))
    return sorted(out) or ["any"]


def covers(wide: list[str], kind: str) -> bool:
    """Whether every value of `kind` is also valid for the alternatives in `wide`."""
    if kind in wide or "any" in wide:
        return True
    if kind == "integer" and "number" in wide:
        return True
    # Dropping an enum widens; `string(date-time)` vs `string` does not (datetime <-> str).
    return kind.endswith(" enum") and kind.removesuffix(" enum") in wide


def describe(alternatives: list[str], is_nullable: bool = False) -> str:
    text = " | ".join(alternatives)
    return f"{text} | null" if is_nullable else text
