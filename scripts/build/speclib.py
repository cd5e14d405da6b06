"""The specs of this repository: where they are, how to load them, how to validate them.

Shared by the build (`scripts.build`), the tests and the tools (`scripts.apidiff`,
`scripts.bench`, `scripts.prism`), so that "which providers exist" and "is this spec
valid" have one answer.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

# The validators (openapi-spec-validator, jsonschema, referencing) are imported where they
# are used: a no-op `make generate` validates nothing and should not pay for them.

REPO = Path(__file__).resolve().parents[2]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
EXTENSIONS_SCHEMA = REPO / "specs" / "extensions.schema.json"


class SpecError(Exception):
    """A spec (or its generator config) is unusable; the message names the file.

    With `problems`, one line per problem, each starting with `message` (`specs/x.yaml:
    invalid OpenAPI document: GET /a: ...`): every line stands alone."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        self.lines = [f"{message}: {one_line(p)}" for p in problems] or [one_line(message)]
        super().__init__("\n".join(self.lines))

    def __reduce__(self) -> tuple[Any, ...]:  # across the build's worker processes
        return _spec_error, (self.lines,)


def _spec_error(lines: list[str]) -> SpecError:
    error = SpecError(lines[0])
    error.lines = list(lines)
    error.args = ("\n".join(lines),)
    return error


@dataclass(frozen=True)
class Provider:
    """One provider: its spec, its generator config and where its package is generated."""

    name: str
    root: Path

    @property
    def spec_path(self) -> Path:
        return self.root / "specs" / f"{self.name}.yaml"

    @property
    def config_path(self) -> Path:
        return self.root / "config" / f"{self.name}.yaml"

    @property
    def package(self) -> str:
        return f"{self.name}_client"

    @property
    def package_dir(self) -> Path:
        return self.root / "generated" / self.package

    def rel(self, path: Path) -> str:
        """`path` relative to the root, for messages."""
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)


@dataclass(frozen=True)
class Operation:
    """One operation of a spec, with what the overlays and tests need to find it.

    `operation_id` and `tag` are Python names (`scripts.build.naming`): the operationId in
    snake_case (derived from the method and the path when the spec has none), the first tag
    made an identifier; the spec's own spelling is in `spec`."""

    method: str
    path: str
    operation_id: str
    tag: str
    spec: dict[str, Any]

    @property
    def label(self) -> str:
        """`GET /pets/{petId} (showPetById)`: the operation as the spec says it, for messages."""
        raw = self.spec.get("operationId")
        return f"{self.method} {self.path}" + (f" ({raw})" if isinstance(raw, str) else "")


def providers(root: Path = REPO) -> list[Provider]:
    """Every provider that has a spec under `root/specs`, sorted by name."""
    return [Provider(p.stem, root) for p in sorted((root / "specs").glob("*.yaml"))]


class _SpecLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML as JSON reads it: a date (`example: 2017-07-21`) stays the text it is (a spec is
    a JSON document written in YAML; the C loader when PyYAML has it: four times faster)."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _SpecLoader.yaml_implicit_resolvers.items()
}


def one_line(text: object) -> str:
    """`text` on one line (a parser's message spans several)."""
    return " ".join(str(text).split())


def load_yaml(path: Path, *, label: str | None = None) -> dict[str, Any]:
    """Parse a YAML (or JSON) mapping as a JSON document (keys as text, no dates), turning
    every reading and parsing error into a one-line `SpecError` naming the file."""
    label = label or str(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SpecLoader)
    except FileNotFoundError as exc:
        raise SpecError(f"{label}: file not found") from exc
    except UnicodeDecodeError as exc:
        raise SpecError(f"{label}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise SpecError(f"{label}: cannot be read: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise SpecError(f"{label}: invalid YAML: {one_line(exc)}") from exc
    except RecursionError as exc:
        raise SpecError(f"{label}: nested too deeply to read") from exc
    if not isinstance(data, dict):
        raise SpecError(f"{label}: expected a YAML mapping at the top level")
    # Keys as JSON has them (`200:` is the text "200"); anything else YAML can hold
    # (binary, sets) as its text.
    document: dict[str, Any] = json.loads(json.dumps(data, default=str))
    return document


def load_spec(provider: Provider) -> dict[str, Any]:
    return load_yaml(provider.spec_path, label=provider.rel(provider.spec_path))


def resolve(document: dict[str, Any], node: Any) -> Any:
    """`node` with its local `$ref`s (`#/components/...`) followed to what they point at."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def response_example(spec: dict[str, Any], operation_id: str, status: str = "2") -> Any:
    """The first example of the first response of `operation_id` whose status starts with
    `status` (a 2xx by default); `LookupError` when there is none."""
    op = next(o for o in operations(spec) if o.operation_id == operation_id)
    for code, response in op.spec["responses"].items():
        if not str(code).startswith(status):
            continue
        for media in (resolve(spec, response).get("content") or {}).values():
            for example in (media.get("examples") or {}).values():
                return resolve(spec, example)["value"]
    raise LookupError(f"{operation_id}: no {status}xx example")


def operations(spec: dict[str, Any]) -> Iterator[Operation]:
    """The operations of a loaded spec, in document order, with their Python names."""
    from scripts.build.naming import operation_name, tag_name

    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            tags = op.get("tags") or ["default"]
            name = operation_name(method, path, op.get("operationId"))
            yield Operation(method.upper(), path, name, tag_name(tags[0]), op)


def name_clashes(spec: dict[str, Any]) -> list[str]:
    """Operations whose Python names are the same (`getThing` and `get_thing`), one line
    each, naming both: the name keys a module, the fakes' and the runtime's tables."""
    seen: dict[str, Operation] = {}
    problems = []
    for op in operations(spec):
        other = seen.setdefault(op.operation_id, op)
        if other is not op:
            problems.append(
                f"{other.label} and {op.label} both become the Python name "
                f"{op.operation_id!r} (give one of them another operationId)"
            )
    return problems


def for_generator(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of `spec` whose operationIds and tags are their Python names (`operations`):
    the generator, given it, names each module and package exactly so."""
    copy: dict[str, Any] = json.loads(json.dumps(spec))
    for op in operations(copy):
        op.spec["operationId"] = op.operation_id
        op.spec["tags"] = [op.tag]
    if str(copy.get("openapi", "")).startswith("3.0"):
        _null_in_nullable_enums(copy)
    return copy


def _null_in_nullable_enums(node: Any) -> None:
    """OpenAPI 3.0's `nullable: true` on an enum, as `null` among its values: the generator
    ignores `nullable` there (a null answer would fail to parse, `None is not a valid ...`),
    and reads an enum holding null as `<Enum> | None`, which is what the spec means."""
    if isinstance(node, dict):
        enum = node.get("enum")
        if node.get("nullable") is True and isinstance(enum, list) and "$ref" not in node:
            node.pop("nullable")
            if None not in enum:
                enum.append(None)
        for child in node.values():
            _null_in_nullable_enums(child)
    elif isinstance(node, list):
        for child in node:
            _null_in_nullable_enums(child)


@cache
def _extensions_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(EXTENSIONS_SCHEMA.read_text(encoding="utf-8"))
    return schema


HOUSE_STYLE = "x-house-style"
"""The root extension that marks a spec written here, in this repository's style."""


def house_style(spec: dict[str, Any]) -> bool:
    """True for a spec written here (`x-house-style: true` at its root): every rule of our
    lint is an error. A published spec, copied in as it is (`make new-provider`), gets
    warnings for what it lacks (vendor extensions, one tag per operation...) instead; what
    it declares is checked as strictly."""
    return spec.get(HOUSE_STYLE) is True


@dataclass
class Lint:
    """What our lint found in one spec: errors (nothing is generated) and warnings."""

    errors: list[str]
    warnings: list[str]


_PAGE_PARAMETERS = frozenset(
    {"page", "per_page", "perpage", "page_size", "pagesize", "limit", "offset", "skip",
     "cursor", "after", "before", "page_token", "pagetoken", "start", "size", "top"}
)  # fmt: skip


def _looks_paged(spec: dict[str, Any], op: Operation) -> str | None:
    """The query parameter that makes a GET look like a paged listing (`page`, `limit`,
    `cursor`...), or None."""
    if op.method != "GET":
        return None
    params = [*(spec["paths"][op.path].get("parameters") or []), *(op.spec.get("parameters") or [])]
    for param in params:
        param = resolve(spec, param)
        name = str(param.get("name", ""))
        if param.get("in") == "query" and name.lower().replace("-", "_") in _PAGE_PARAMETERS:
            return name
    return None


def lint(spec: dict[str, Any], label: str = "") -> Lint:
    """Our own lint: names, and vendor extensions following specs/extensions.schema.json.
    `label` (the spec's file) starts the lines that must stand alone: the x-fake field checks.

    A house-style spec (`house_style`) must carry every extension: what it lacks is an
    error. A published one may lack them: each kind of absence is one warning line."""
    house = house_style(spec)
    errors = list(_extension_errors(spec, label, house=house))
    errors += name_clashes(spec)
    warnings: list[str] = []
    if house:
        return Lint(errors, warnings)
    ops = list(operations(spec))
    unnamed = [op for op in ops if not isinstance(op.spec.get("operationId"), str)]
    if unnamed:
        named = ", ".join(f"{op.method} {op.path} -> {op.operation_id}" for op in unnamed[:3])
        more = f" and {len(unnamed) - 3} more" if len(unnamed) > 3 else ""
        warnings.append(f"no operationId, named from the method and path: {named}{more}")
    tagged = [op for op in ops if len(op.spec.get("tags") or []) > 1]
    if tagged:
        warnings.append(
            f"{len(tagged)} operations have several tags: each is a method of its first "
            f"tag's resource only (e.g. {tagged[0].label} -> {tagged[0].tag})"
        )
    undeclared = [op for op in ops if "x-fake" not in op.spec]
    if undeclared:
        warnings.append(
            f"{len(undeclared)} of {len(ops)} operations have no x-fake: the fake answers "
            "them statelessly from the spec's examples and schemas (declare x-fake and "
            "x-fake-resources to make them stateful)"
        )
    for op in ops:
        param = _looks_paged(spec, op)
        if param and "x-pagination" not in op.spec:
            warnings.append(
                f"{op.label}: looks like a paged listing (query {param!r}) but has no "
                "x-pagination: its resource method returns one page, and paginate() "
                "cannot follow it"
            )
    return Lint(errors, warnings)


def _extension_errors(
    spec: dict[str, Any], label: str = "", *, house: bool = True
) -> Iterator[str]:
    """Vendor extensions follow specs/extensions.schema.json. With `house` (our own
    specs), every operation has an operationId, one tag and an x-fake, and the spec
    x-fake-resources; otherwise only what is declared is checked."""
    import jsonschema

    schema = _extensions_schema()
    declared = any("x-fake" in op.spec for op in operations(spec))
    declares_fakes = declared or "x-fake-resources" in spec
    if house or declares_fakes:
        yield from _fake_resource_errors(spec, schema)
    for op in operations(spec):
        where = f"{op.method} {op.path}"
        if house and not op.spec.get("operationId"):
            yield f"{where}: operationId is missing (it names the generated module)"
        if house and len(op.spec.get("tags") or []) != 1:
            yield f"{where}: needs exactly one tag (it names the generated api package)"
        if house or "x-fake" in op.spec:
            yield from _fake_errors(spec, op, schema, label)
        for key in (
            "x-pagination",
            "x-idempotent",
            "x-image-upload",
            "x-final-statuses",
            "x-method-name",
        ):
            if key not in op.spec:
                continue
            validator = jsonschema.Draft202012Validator(
                {"$ref": f"#/$defs/{key}", "$defs": schema["$defs"]}
            )
            for error in validator.iter_errors(op.spec[key]):
                yield f"{where}: {key}: {error.message}"
        if op.spec.get("x-idempotent") and op.method != "POST":
            yield f"{where}: x-idempotent only makes sense on POST"
        documented = {str(code) for code in op.spec.get("responses", {})}
        for status in op.spec.get("x-final-statuses") or []:
            if str(status) not in documented:
                yield f"{where}: x-final-statuses: {status} is not a documented response status"
    yield from _method_name_errors(spec, house=house)


def _method_name_errors(spec: dict[str, Any], *, house: bool = True) -> Iterator[str]:
    """Each resource object's method names must be distinct identifiers. A house-style spec
    says so itself (x-method-name); a published one gets the operation's full name where
    the short one would not do (`scripts.build.resources.method_names`), so only an
    unusable x-method-name is an error there."""
    import keyword

    from scripts.build.resources import resource_method_name  # the generation step's rule

    seen: dict[tuple[str, str], str] = {}
    for op in operations(spec):
        if not house and "x-method-name" not in op.spec:
            continue
        name = resource_method_name(op)
        where = f"{op.method} {op.path}"
        if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("with_"):
            yield f"{where}: method name {name!r} is not usable (set x-method-name)"
        if not house:
            continue
        other = seen.setdefault((op.tag, name), op.operation_id)
        if other != op.operation_id:
            yield (
                f"{where}: {op.operation_id} and {other} both give the method {op.tag}.{name} "
                "(set x-method-name on one of them)"
            )


def _schema_errors(schema: dict[str, Any], key: str, value: Any) -> Iterator[str]:
    import jsonschema

    validator = jsonschema.Draft202012Validator(
        {"$ref": f"#/$defs/{key}", "$defs": schema["$defs"]}
    )
    for error in validator.iter_errors(value):
        where = "/".join(str(part) for part in error.absolute_path)
        yield f"{key}{'/' + where if where else ''}: {error.message}"


def _fake_resource_errors(spec: dict[str, Any], schema: dict[str, Any]) -> Iterator[str]:
    """x-fake-resources: present, well-formed, each naming a schema of the spec."""
    resources = spec.get("x-fake-resources")
    if resources is None:
        yield "x-fake-resources is missing (the fakes need the resource kinds)"
        return
    yield from _schema_errors(schema, "x-fake-resources", resources)
    known = spec.get("components", {}).get("schemas", {})
    for kind, entry in resources.items() if isinstance(resources, dict) else ():
        if isinstance(entry, dict) and entry.get("schema") not in known:
            yield f"x-fake-resources/{kind}: no components/schemas/{entry.get('schema')}"
            continue
        if not isinstance(entry, dict) or entry.get("id_in_body") is False:
            continue
        fields = _property_names(spec, known[entry["schema"]])
        id_field = entry.get("id", "id")
        if fields is not None and id_field not in fields:
            yield (
                f"x-fake-resources/{kind}: id field {id_field!r} is not a property of "
                f"{entry['schema']}"
            )


def _fake_errors(
    spec: dict[str, Any], op: Operation, schema: dict[str, Any], label: str = ""
) -> Iterator[str]:
    """x-fake on every operation, naming a declared resource kind and real parameters."""
    where = f"{op.method} {op.path}"
    fake = op.spec.get("x-fake")
    if fake is None:
        yield f"{where}: x-fake is missing (every operation says what the fakes do with it)"
        return
    problems = list(_schema_errors(schema, "x-fake", fake))
    yield from (f"{where}: {problem}" for problem in problems)
    if problems:
        return
    resources = spec.get("x-fake-resources") or {}
    path_params = {
        resolve(spec, p).get("name")
        for p in [*spec["paths"][op.path].get("parameters", []), *op.spec.get("parameters", [])]
        if resolve(spec, p).get("in") == "path"
    }
    for kind in (fake["resource"], fake.get("parent", {}).get("resource")):
        if kind is not None and kind not in resources:
            yield f"{where}: x-fake: resource {kind!r} is not in x-fake-resources"
    for param in (fake.get("id_param"), fake.get("parent", {}).get("param")):
        if param is not None and param not in path_params:
            yield f"{where}: x-fake: {param!r} is not a path parameter of the operation"
    if fake["action"] in ("get", "update", "replace", "delete") and "id_param" not in fake:
        yield f"{where}: x-fake: action {fake['action']} needs id_param"
    for problem in _fake_field_errors(spec, op, fake):
        yield f"{label}: {problem}" if label else problem


def _branches(spec: dict[str, Any], schema: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """`schema` and the schemas it combines (allOf, oneOf, anyOf), `$ref`s followed."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 20:
        return
    yield schema
    for key in ("allOf", "oneOf", "anyOf"):
        for branch in schema.get(key) or []:
            yield from _branches(spec, branch, depth + 1)


def _property_names(spec: dict[str, Any], schema: Any) -> set[str] | None:
    """The properties an object schema declares, or None when it declares none (a schema
    with no `properties` anywhere names no field, so nothing can be checked against it)."""
    names: set[str] = set()
    declared = False
    for branch in _branches(spec, schema):
        if "properties" in branch:
            declared = True
            names |= set(branch["properties"])
    return names if declared else None


def _pointer_error(spec: dict[str, Any], schemas: list[Any], pointer: str) -> str | None:
    """None when JSON Pointer `pointer` reaches a property of at least one of `schemas`,
    else the first segment that none of them declares."""
    parts = [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]
    missing: str | None = None
    for schema in schemas:
        node: Any = schema
        for part in parts:
            properties: dict[str, Any] = {}
            for branch in _branches(spec, node):
                properties.update(branch.get("properties") or {})
            if part not in properties:
                if _property_names(spec, node) is None:  # an open object: cannot tell
                    node = None
                    break
                missing = missing or part
                break
            node = properties[part]
        else:
            return None
        if node is None:
            return None
    return missing


def _media_schemas(spec: dict[str, Any], holder: Any) -> list[Any]:
    content = resolve(spec, holder or {}).get("content") or {}
    return [media["schema"] for media in content.values() if "schema" in media]


def _fake_field_errors(spec: dict[str, Any], op: Operation, fake: dict[str, Any]) -> Iterator[str]:
    """Every field an x-fake declaration names is in its schema: `request`/`response` in the
    request body and the success answer; `defaults`, `set`, the `filters`' fields, the
    `search` fields and the `parent` field in the resource kind's schema; the `filters` and
    `search` parameters among the operation's query parameters. A rename in the schema
    that leaves x-fake behind fails here, not at the fake's first request."""
    where = f"{op.operation_id} ({op.method} {op.path}): x-fake"
    if "request" in fake:
        body = op.spec.get("requestBody")
        missing = _pointer_error(spec, _media_schemas(spec, body), fake["request"])
        if body is None:
            yield f"{where}: request {fake['request']!r}: the operation has no request body"
        elif missing is not None:
            yield f"{where}: request {fake['request']!r}: no field {missing!r} in the request body"
    if "response" in fake:
        statuses = [code for code in op.spec.get("responses", {}) if str(code).startswith("2")]
        answer = op.spec["responses"][min(statuses, key=str)] if statuses else None
        missing = _pointer_error(spec, _media_schemas(spec, answer), fake["response"])
        if answer is None or not _media_schemas(spec, answer):
            yield f"{where}: response {fake['response']!r}: the success answer has no body"
        elif missing is not None:
            yield (
                f"{where}: response {fake['response']!r}: no field {missing!r} in the "
                f"{min(statuses, key=str)} body"
            )
    entry = (spec.get("x-fake-resources") or {}).get(fake["resource"]) or {}
    schema_name = entry.get("schema")
    known = spec.get("components", {}).get("schemas", {})
    fields = _property_names(spec, known[schema_name]) if schema_name in known else None
    named = [(f"defaults field {name!r}", name) for name in fake.get("defaults") or {}]
    named += [(f"set field {name!r}", name) for name in fake.get("set") or {}]
    for param, name in (fake.get("filters") or {}).items():
        named.append((f"filters {param!r}: field {name!r}", name))
    for name in (fake.get("search") or {}).get("fields", []):
        named.append((f"search field {name!r}", name))
    if "parent" in fake:
        named.append((f"parent field {fake['parent']['field']!r}", fake["parent"]["field"]))
    hidden = set(entry.get("hidden_fields") or [])
    for what, name in named:
        if fields is not None and name not in fields | hidden:
            yield f"{where}: {what} is not a property of {schema_name}"
    query = {
        resolve(spec, p).get("name")
        for p in [*spec["paths"][op.path].get("parameters", []), *op.spec.get("parameters", [])]
        if resolve(spec, p).get("in") == "query"
    }
    params = [*(fake.get("filters") or {}), *[(fake.get("search") or {}).get("param")]]
    for param in params:
        if param is not None and param not in query:
            yield f"{where}: {param!r} is not a query parameter of the operation"


def _locate(spec: Any, relative: list[Any], instance: Any) -> str:
    """Where in `spec` an error found inside a nested schema is.

    openapi-spec-validator reports schema errors relative to the schema it was checking;
    this finds the places in the whole document that match, so the message says where.
    """
    found: list[str] = []

    def walk(node: Any, pointer: str) -> None:
        if len(found) >= 3:
            return
        target = node
        try:
            for part in relative:
                target = target[part]
        except (KeyError, IndexError, TypeError):
            target = _MISSING
        if target is not _MISSING and target == instance and relative:
            found.append(pointer + "/" + "/".join(map(str, relative)))
        children = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in children:
            if isinstance(child, dict | list):
                walk(child, f"{pointer}/{key}")

    walk(spec, "#")
    return ", ".join(found)


_MISSING = object()


def external_refs(node: Any, limit: int = 3) -> list[str]:
    """The first `$ref`s of a document that point outside it (`common.yaml#/X`, a URL)."""
    found: list[str] = []
    stack = [node]
    while stack and len(found) < limit:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                found.append(ref)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _short(text: str, limit: int = 240) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def validate_openapi(provider: Provider, warnings: list[str] | None = None) -> dict[str, Any]:
    """Load and validate one spec with openapi-spec-validator and our extension lint.

    Returns the loaded spec; raises `SpecError` listing every problem found (one line
    each). OpenAPI 3.1, or 3.0 for a published spec; our lint's warnings are appended to
    `warnings` when it is given.
    """
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from referencing.exceptions import Unresolvable

    label = provider.rel(provider.spec_path)
    spec = load_spec(provider)
    version = str(spec.get("openapi", spec.get("swagger", "")))
    if house_style(spec) and not version.startswith("3.1"):
        raise SpecError(f"{label}: expected `openapi: 3.1.x`, found {spec.get('openapi')!r}")
    if "swagger" in spec and "openapi" not in spec:
        raise SpecError(
            f"{label}: Swagger {version} is not supported: convert it to OpenAPI 3 first "
            "(e.g. `npx swagger2openapi`)"
        )
    if not version.startswith(("3.0.", "3.1.")):
        raise SpecError(f"{label}: expected `openapi: 3.0.x` or `3.1.x`, found {version!r}")
    outside = external_refs(spec)
    if outside:
        raise SpecError(
            f"{label}: $ref {outside[0]!r} points outside the file: bundle the spec into one "
            "document first (e.g. `npx @redocly/cli bundle`)"
        )
    validator = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    problems = []
    try:
        for error in validator(spec).iter_errors():
            location = _locate(spec, list(error.absolute_path), error.instance) or "(document)"
            problems.append(_short(f"{location}: {error.message}"))
            if len(problems) > 20:
                break
    except Unresolvable as exc:  # a $ref to nowhere stops the validator itself
        problems.append(_short(f"unresolvable $ref {exc.ref!r}: {exc}"))
    except RecursionError:
        problems.append("the document nests too deeply to validate")
    if problems and not house_style(spec) and not _unreadable(problems):
        # A published spec as its provider publishes it: openapi-python-client reads many
        # that the validator refuses (upstream's own golden-record specs among them), so
        # what the validator says is a warning and the generator decides; ours stay strict.
        if warnings is not None:
            warnings.extend(f"not valid OpenAPI (generated anyway): {p}"
                            for p in problems[:20])  # fmt: skip
        problems = []
    if not problems:
        found = lint(spec, label)
        problems = found.errors
        if warnings is not None:
            warnings.extend(found.warnings)
    if problems:
        more = [f"... and {len(problems) - 20} more"] if len(problems) > 20 else []
        raise SpecError(f"{label}: invalid OpenAPI document", [*problems[:20], *more])
    return spec


def _unreadable(problems: Sequence[str]) -> bool:
    """Problems no generator gets past: a `$ref` to nowhere, a document too deep to walk."""
    return any(p.startswith(("unresolvable $ref", "the document nests")) for p in problems)


def spectral_binary() -> Path:
    return REPO / "node_modules" / ".bin" / "spectral"


def start_spectral(paths: Sequence[Path], *, root: Path = REPO) -> subprocess.Popen[str]:
    """Start linting specs with Spectral (ruleset `.spectral.yaml`: spectral:oas) in the
    background; `spectral_findings` collects the result. Spectral is a Node program that
    takes seconds to start, so the generator runs while it lints."""
    binary = spectral_binary()
    if not binary.exists() or shutil.which("node") is None:
        raise SpecError(f"Spectral is not installed ({binary}); run `make install`")
    command = [
        str(binary), "lint", "--quiet", "--format", "json",
        "--ruleset", str(REPO / ".spectral.yaml"), "--fail-severity", "error",
        *[str(p) for p in paths],
    ]  # fmt: skip
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=root
    )


def spectral_findings(process: subprocess.Popen[str]) -> list[dict[str, Any]]:
    """Wait for a `start_spectral` run; return its findings.

    Each finding has `source`, `severity` (0 error, 1 warning, 2 info, 3 hint), `code`,
    `message` and `range`. Raises `SpecError` if Spectral itself could not run.
    """
    stdout, stderr = process.communicate()
    start = stdout.find("[")
    try:
        findings: list[dict[str, Any]] = json.loads(stdout[start:]) if start >= 0 else []
    except json.JSONDecodeError as exc:
        raise SpecError(f"Spectral output is not JSON:\n{stdout}{stderr}") from exc
    if process.returncode not in (0, 1) or (process.returncode == 1 and not findings):
        raise SpecError(f"Spectral failed (exit {process.returncode}):\n{stderr}")
    return findings


def run_spectral(paths: Sequence[Path], *, root: Path = REPO) -> list[dict[str, Any]]:
    """Lint specs with Spectral and wait for its findings (see `spectral_findings`)."""
    return spectral_findings(start_spectral(paths, root=root))


def format_finding(finding: dict[str, Any], root: Path = REPO) -> str:
    source = Path(finding.get("source", "?"))
    with contextlib.suppress(ValueError):
        source = source.relative_to(root)
    line = finding.get("range", {}).get("start", {}).get("line", -1) + 1
    level = {0: "error", 1: "warning", 2: "info", 3: "hint"}.get(finding.get("severity", 0))
    return f"{source}:{line}: {level} {finding.get('code')}: {finding.get('message')}"
