"""What an answer shows that its schema in the spec does not say: the schema side of drift.

Two tools over one generated package's response schemas (`_response_schemas.json`):

- `strict_document`: the schemas with `unevaluatedProperties: false` on every object
  schema that declares its properties and leaves no room for others. jsonschema-rs checks
  a body against it as fast as against the spec's own schemas, so an answer the spec
  fully describes (almost every answer) costs one check, in Rust, where it cost one before;
- `walk`: run only on an answer the strict check refused, it names each finding with its
  JSON pointer in the answer and in the spec: a field the schema does not declare, an
  enum value it does not list, a type that differs, a required field missing.

Spec pointers name where the spec says it: a schema reached through `$ref` is named by its
component (`#/components/schemas/User/properties/email`), the root of a response by its
operation (`#/paths/~1users/get/responses/200/content/application~1json/schema`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_DEFS = "#/$defs/"
_COMPONENTS = "#/components/schemas/"
_OPEN_MARKERS = ("additionalProperties", "patternProperties", "unevaluatedProperties")
_VALUE_KEYWORDS = ("items", "additionalProperties", "unevaluatedProperties", "contains")
_BRANCH_LISTS = ("allOf", "oneOf", "anyOf")
_BRANCH_SINGLES = ("if", "then", "else", "not")
OPEN = "--open"
"""The suffix of the $defs twin of a schema used as a branch (no closing keyword added)."""


def escape(part: str) -> str:
    """One JSON Pointer reference token (RFC 6901)."""
    return part.replace("~", "~0").replace("/", "~1")


_JSON_TYPES: dict[type, str] = {
    type(None): "null", bool: "boolean", int: "integer", float: "number", str: "string",
    list: "array", dict: "object",
}  # fmt: skip


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _type_ok(value: Any, kind: str, allowed: frozenset[str]) -> bool:
    if kind in allowed:
        return True
    if kind == "integer":
        return "number" in allowed
    return kind == "number" and "integer" in allowed and float(value).is_integer()


def _in_enum(value: Any, values: tuple[Any, ...]) -> bool:
    kind = json_type(value)
    return any(value == v and json_type(v) == kind for v in values)


# -- the strict twin of the schemas -------------------------------------------------------


def _resolve(defs: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 64:
        node = defs.get(node["$ref"].removeprefix(_DEFS), {})
        seen += 1
    return node


def _shape(defs: dict[str, Any], node: Any, depth: int = 0) -> tuple[bool, bool]:
    """(declares properties, leaves room for others) of an object schema, its `allOf`,
    `oneOf` and `anyOf` branches included."""
    node = _resolve(defs, node)
    if not isinstance(node, dict) or depth > 16:
        return False, not (isinstance(node, dict) or node is False)
    declares = bool(node.get("properties"))
    opened = any(marker in node and node[marker] is not False for marker in _OPEN_MARKERS)
    for keyword in _BRANCH_LISTS:
        for branch in node.get(keyword) or ():
            branch_declares, branch_opened = _shape(defs, branch, depth + 1)
            declares, opened = declares or branch_declares, opened or branch_opened
    return declares, opened


def _branch_properties(defs: dict[str, Any], node: Any, depth: int = 0) -> set[str]:
    """The properties the composition branches of a schema declare (through `$ref`s)."""
    names: set[str] = set()
    if not isinstance(node, dict) or depth > 16:
        return names
    branches = [b for keyword in _BRANCH_LISTS for b in node.get(keyword) or ()]
    branches += [node[keyword] for keyword in ("if", "then", "else") if keyword in node]
    for branch in branches:
        branch = _resolve(defs, branch)
        if isinstance(branch, dict):
            names |= set(branch.get("properties") or ())
            names |= _branch_properties(defs, branch, depth + 1)
    return names


def closed(defs: dict[str, Any], node: Any) -> bool:
    """Whether an answer's object may hold only the properties the schema declares."""
    declares, opened = _shape(defs, node)
    return declares and not opened


def strict_document(document: dict[str, Any]) -> dict[str, Any]:
    """`_response_schemas.json` with `unevaluatedProperties: false` where `closed`: a body
    valid against it is valid against the spec and shows nothing the spec does not say."""
    defs: dict[str, Any] = document["$defs"]
    out: dict[str, Any] = {}

    def ref(name: str, branch: bool) -> str:
        key = name + OPEN if branch else name
        if key not in out:
            out[key] = {}  # placeholder: recursive schemas refer to themselves
            out[key] = transform(defs.get(name, {}), branch)
        return _DEFS + key

    def transform(node: Any, branch: bool) -> Any:
        if not isinstance(node, dict):
            return node
        result: dict[str, Any] = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(_DEFS):
                result[key] = ref(value.removeprefix(_DEFS), branch)
            elif key in ("properties", "patternProperties") and isinstance(value, dict):
                result[key] = {name: transform(child, False) for name, child in value.items()}
            elif key in _VALUE_KEYWORDS:
                result[key] = transform(value, False)
            elif key == "prefixItems" and isinstance(value, list):
                result[key] = [transform(child, False) for child in value]
            elif key in _BRANCH_LISTS and isinstance(value, list):
                result[key] = [transform(child, True) for child in value]
            elif key in _BRANCH_SINGLES:
                result[key] = transform(value, True)
            else:
                result[key] = value
        if not branch and "$ref" not in node and closed(defs, node):
            # additionalProperties costs jsonschema-rs nothing more than the spec's own
            # check; unevaluatedProperties (which sees through allOf, oneOf...) a third more
            # on a 100-item page: it is used only where branches declare properties.
            own = set(node.get("properties") or ())
            flat = _branch_properties(defs, node) <= own
            result["additionalProperties" if flat else "unevaluatedProperties"] = False
        return result

    responses = {
        operation: {status: transform(schema, False) for status, schema in statuses.items()}
        for operation, statuses in document["responses"].items()
    }
    return {"$defs": out, "responses": responses}


# -- the walk: what differs, and where ----------------------------------------------------


@dataclass(eq=False)
class Plan:
    """One schema node, prepared for the walk (its `allOf` branches merged in)."""

    pointer: str
    types: frozenset[str] | None = None
    enum: tuple[Any, ...] | None = None
    properties: dict[str, Plan] = field(default_factory=dict)
    required: dict[str, str] = field(default_factory=dict)
    """Required property -> the spec pointer of the `required` list naming it."""
    closed: bool = False
    items: Plan | None = None
    additional: Plan | None = None
    variants: tuple[tuple[Plan, Any], ...] = ()
    """`oneOf`/`anyOf` branches: (plan, raw schema, for choosing the branch a value takes)."""
    leaf: bool = False
    """No properties, items, branches or closed object: only a type and an enum to check."""


class Plans:
    """The plans of one package's response schemas, built on first use and kept."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.defs: dict[str, Any] = document["$defs"]
        self._named: dict[str, Plan] = {}
        self._validators: dict[int, Any] = {}
        self._merged: dict[tuple[int, int], Plan] = {}

    def plan(self, schema: Any, pointer: str) -> Plan:
        if not isinstance(schema, dict):
            return Plan(pointer)
        reference = schema.get("$ref")
        if isinstance(reference, str) and reference.startswith(_DEFS):
            name = reference.removeprefix(_DEFS)
            if name not in self._named:
                named = self._named[name] = Plan(_COMPONENTS + escape(name))
                self._fill(named, self.defs.get(name, {}))
            return self._named[name]
        built = Plan(pointer)
        self._fill(built, schema)
        return built

    def _fill(self, plan: Plan, schema: Any) -> None:
        if not isinstance(schema, dict):
            return
        pointer = plan.pointer
        kind = schema.get("type")
        if isinstance(kind, str):
            plan.types = frozenset({kind})
        elif isinstance(kind, list):
            plan.types = frozenset(str(k) for k in kind)
        if isinstance(schema.get("enum"), list):
            plan.enum = tuple(schema["enum"])
        for name, child in (schema.get("properties") or {}).items():
            plan.properties[name] = self.plan(child, f"{pointer}/properties/{escape(name)}")
        for name in schema.get("required") or ():
            plan.required.setdefault(name, f"{pointer}/required")
        if "items" in schema:
            plan.items = self.plan(schema["items"], f"{pointer}/items")
        if isinstance(schema.get("additionalProperties"), dict):
            plan.additional = self.plan(
                schema["additionalProperties"], f"{pointer}/additionalProperties"
            )
        for index, branch in enumerate(schema.get("allOf") or ()):
            self._merge(plan, self.plan(branch, f"{pointer}/allOf/{index}"))
        variants = list(plan.variants)
        for keyword in ("oneOf", "anyOf"):
            for index, branch in enumerate(schema.get(keyword) or ()):
                variants.append((self.plan(branch, f"{pointer}/{keyword}/{index}"), branch))
        plan.variants = tuple(variants)
        plan.closed = closed(self.defs, schema)
        plan.leaf = not (
            plan.properties or plan.items or plan.additional or plan.variants or plan.closed
        ) and not (plan.types is None or "object" in plan.types or "array" in plan.types)

    @staticmethod
    def _merge(plan: Plan, branch: Plan) -> None:
        for name, child in branch.properties.items():
            plan.properties.setdefault(name, child)
        for name, where in branch.required.items():
            plan.required.setdefault(name, where)
        if branch.types is not None:
            plan.types = branch.types if plan.types is None else plan.types & branch.types
        plan.enum = plan.enum if plan.enum is not None else branch.enum
        plan.items = plan.items or branch.items
        plan.additional = plan.additional or branch.additional
        plan.variants = plan.variants + branch.variants

    def _accepts(self, schema: Any, value: Any) -> bool:
        key = id(schema)
        if key not in self._validators:
            import jsonschema_rs

            body = schema if isinstance(schema, dict) else {}
            self._validators[key] = (
                schema,
                jsonschema_rs.validator_for({**body, "$defs": self.defs}),
            )
        try:
            return bool(self._validators[key][1].is_valid(value))
        except (ValueError, RecursionError, OverflowError):
            return False

    def chosen(self, plan: Plan, value: Any) -> Plan | None:
        """The branch `value` takes: the first it is valid against, else the first of its
        JSON type (the one it most likely drifted from); None when no branch has its type."""
        for index, (branch, schema) in enumerate(plan.variants):
            if self._accepts(schema, value):
                return self._with_branch(plan, index, branch)
        kind = json_type(value)
        for index, (branch, _) in enumerate(plan.variants):
            if branch.types is None or _type_ok(value, kind, branch.types):
                return self._with_branch(plan, index, branch)
        return None

    def _with_branch(self, plan: Plan, index: int, branch: Plan) -> Plan:
        key = (id(plan), index)
        if key not in self._merged:
            merged = Plan(
                plan.pointer,
                plan.types,
                plan.enum,
                dict(plan.properties),
                dict(plan.required),
                plan.closed,
                plan.items,
                plan.additional,
            )
            self._merge(merged, branch)
            merged.variants = branch.variants
            self._merged[key] = merged
        return self._merged[key]


@dataclass
class Seen:
    """One difference between an answer and its schema, where it was first seen."""

    kind: str
    subject: str
    pointer: str
    spec_pointer: str
    expected: Any
    value: Any = None
    name: str = ""
    """The field the value sits in (for masking an example by its field's name)."""


_MAX_FINDINGS = 200  # per answer: a hostile or wholly changed body is not walked forever
_MAX_DEPTH = 64  # nesting walked (what is deeper is left to the schema check)


def _at(trail: list[str]) -> str:
    return "".join("/" + escape(part) for part in trail)


SAMPLES = 20
"""Places one finding is noted at per answer (its first, and values to infer a type from)."""


def walk(
    plans: Plans,
    plan: Plan,
    value: Any,
    trail: list[str],
    found: list[Seen],
    depth: int = 0,
    noted: dict[tuple[str, str], int] | None = None,
) -> None:
    """Append to `found` what `value` (at `trail`, the path to it in the answer) shows that
    `plan` does not say. Pointers are built only for what is noted: an answer that drifts
    everywhere (a new field in each of 100 items) is walked in a few hundred microseconds."""
    if len(found) >= _MAX_FINDINGS or depth > _MAX_DEPTH:
        return
    if noted is None:
        noted = {}
    kind = _JSON_TYPES.get(type(value)) or json_type(value)
    for _ in range(8):  # the branch of a oneOf/anyOf the value takes, and so on down
        if not plan.variants:
            break
        chosen = plans.chosen(plan, value)
        if chosen is None:
            expected = sorted({t for branch, _ in plan.variants for t in branch.types or ()})
            found.append(Seen("type-changed", kind, _at(trail), plan.pointer, expected, value))
            return
        plan = chosen
    if plan.types is not None and kind not in plan.types and not _type_ok(value, kind, plan.types):
        found.append(
            Seen("type-changed", kind, _at(trail), plan.pointer, sorted(plan.types), value)
        )
        return
    if plan.enum is not None and not _in_enum(value, plan.enum):
        subject = value if isinstance(value, str) else repr(value)
        where = f"{plan.pointer}/enum"
        found.append(Seen("enum-value", subject, _at(trail), where, list(plan.enum), value))
        return
    if kind == "object":
        for name, where in plan.required.items():
            if name not in value:
                at = _at([*trail, name])
                found.append(Seen("required-missing", name, at, where, "required"))
        properties = plan.properties
        for name, child in value.items():
            declared = properties.get(name)
            if declared is None:
                declared = plan.additional
                if declared is None:
                    key = (plan.pointer, name)
                    if plan.closed and noted.get(key, 0) < SAMPLES:
                        noted[key] = noted.get(key, 0) + 1
                        names = sorted(properties)
                        where = f"{plan.pointer}/properties/{escape(name)}"
                        at = _at([*trail, name])
                        found.append(Seen("undeclared-field", name, at, where, names, child, name))
                    continue
            if (  # a scalar of its schema's type: checked here, without a call
                declared.leaf
                and declared.enum is None
                and _JSON_TYPES.get(type(child)) in declared.types  # type: ignore[operator]
            ):
                continue
            trail.append(name)
            walk(plans, declared, child, trail, found, depth + 1, noted)
            trail.pop()
    elif kind == "array" and plan.items is not None:
        items = plan.items
        for index, item in enumerate(value):
            trail.append(str(index))
            walk(plans, items, item, trail, found, depth + 1, noted)
            trail.pop()


# -- what a value looks like, as a schema to propose ---------------------------------------

_DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:?\d{2})$"
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def infer(value: Any, depth: int = 0) -> dict[str, Any]:
    """The JSON Schema a value suggests: its type, a date format, an object's fields."""
    kind = json_type(value)
    schema: dict[str, Any] = {"type": kind}
    if kind == "string":
        if _DATE_TIME.match(value):
            schema["format"] = "date-time"
        elif _DATE.match(value):
            schema["format"] = "date"
    elif kind == "array" and value and depth < 4:
        items = infer(value[0], depth + 1)
        for item in value[1:20]:
            items = merge(items, infer(item, depth + 1))
        schema["items"] = items
    elif kind == "object" and depth < 4:
        schema["properties"] = {k: infer(v, depth + 1) for k, v in list(value.items())[:50]}
    return schema


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type", [])
    return [kind] if isinstance(kind, str) else list(kind)


def merge(a: dict[str, Any] | None, b: dict[str, Any]) -> dict[str, Any]:
    """One schema that both inferred schemas fit (types joined, a format kept if shared)."""
    if a is None:
        return b
    types = sorted(set(_types(a)) | set(_types(b)), key=lambda t: (t == "null", t))
    if set(types) == {"integer", "number"}:
        types = ["number"]
    elif "integer" in types and "number" in types:
        types.remove("integer")
    merged: dict[str, Any] = {"type": types[0] if len(types) == 1 else types}
    formats = {a.get("format"), b.get("format")} - {None}
    if len(formats) == 1 and all("format" in s or _types(s) == ["null"] for s in (a, b)):
        merged["format"] = formats.pop()
    if "items" in a or "items" in b:
        merged["items"] = merge(a.get("items"), b["items"]) if "items" in b else a["items"]
    if "properties" in a or "properties" in b:
        properties = dict(a.get("properties", {}))
        for name, child in b.get("properties", {}).items():
            properties[name] = merge(properties.get(name), child)
        merged["properties"] = properties
    return merged
