"""The spec as the fakes read it: `_fake_spec.json`, shipped in each generated package.

Routes, parameters, bodies and documented responses per operation, with their JSON Schemas
compiled by jsonschema-rs on first use (validators are cached per schema node).

A spec of ours (`house`) documents every status its fake answers; a published spec often
documents only its successes (or a `default`), so its fake may refuse a request with a
status the spec does not name (400, 404, 401), as the real API would.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .._spec import package_data

_VARIABLE = re.compile(r"\{([^}/]+)\}")


def _template_regex(template: str) -> re.Pattern[str]:
    """`/users/{user_id}` -> a regex with one group per variable, for a whole path. Groups
    are numbered (`variables` names them): a published spec's variable need not be a
    Python identifier (`{hyphen-in-path}`, upstream's golden record)."""
    pattern, last = "", 0
    for match in _VARIABLE.finditer(template):
        pattern += re.escape(template[last : match.start()]) + "([^/]+)"
        last = match.end()
    return re.compile(pattern + re.escape(template[last:]))


def _variables(template: str) -> tuple[str, ...]:
    return tuple(match.group(1) for match in _VARIABLE.finditer(template))


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]


@dataclass
class Operation:
    """One documented operation: what the judge, the engine and the answer check need."""

    operation_id: str
    method: str
    path: str
    security: list[dict[str, list[str]]]
    fake: dict[str, Any]
    pagination: dict[str, Any] | None
    parameters: list[Parameter]
    body: dict[str, Any] | None
    responses: dict[str, dict[str, Any]]
    house: bool = True
    """One of our own specs: every status answered must be documented."""
    regex: re.Pattern[str] = field(init=False)
    variables: tuple[str, ...] = field(init=False)
    """The path's variables, in the order of `regex`'s groups."""

    def __post_init__(self) -> None:
        self.regex = _template_regex(self.path)
        self.variables = _variables(self.path)

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)

    def response(self, status: int) -> dict[str, Any] | None:
        """The documented response for `status` (exact, then `4XX`-style, then default)."""
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in self.responses:
                return self.responses[key]
        return None

    @property
    def success_status(self) -> int:
        """The lowest documented 2xx; 200 when the spec documents none (a `default` answer,
        or, in a published spec, nothing at all)."""
        codes = [int(code) for code in self.responses if code.isdigit() and code[0] == "2"]
        if codes:
            return min(codes)
        if self.documents_success or not self.house:
            return 200 if self.documents_success else 204
        raise LookupError(f"{self.operation_id}: no documented success")

    def documents(self, status: int) -> bool:
        return str(status) in self.responses

    @property
    def documents_success(self) -> bool:
        """A 2xx (or a `default`, which answers them) is documented."""
        return any(code[0] == "2" or code == "default" for code in self.responses)

    @property
    def refusal_status(self) -> int:
        """The documented status of a request the spec does not allow (400 for a published
        spec that documents none: its `default`, or an error it leaves unsaid)."""
        for status in (400, 422, 404):
            if self.documents(status):
                return status
        if not self.house:
            return 400
        raise LookupError(f"{self.operation_id}: no documented status for a refused request")


class FakeSpec:
    """The operations of one generated package's spec, with routing and schema validation."""

    def __init__(self, package: str) -> None:
        text = package_data(package, "_fake_spec.json")
        self.document: dict[str, Any] = json.loads(text)
        self.package = package
        self.defs: dict[str, Any] = self.document["$defs"]
        self.resources: dict[str, dict[str, Any]] = self.document["resources"]
        self.security_schemes: dict[str, dict[str, Any]] = self.document["security_schemes"]
        self.server_path: str = (self.document["servers"] or [""])[0].rstrip("/")
        self.house: bool = bool(self.document.get("house", True))
        self.operations = {
            name: Operation(
                operation_id=name,
                method=entry["method"],
                path=entry["path"],
                security=entry["security"],
                fake=entry["fake"],
                pagination=entry["pagination"],
                parameters=[
                    Parameter(p["name"], p["in"], p["required"], p["schema"])
                    for p in entry["parameters"]
                ],
                body=entry["body"],
                responses=entry["responses"],
                house=self.house,
            )
            for name, entry in self.document["operations"].items()
        }
        self._validators: dict[str, Any] = {}

    @cached_property
    def _routes(self) -> list[Operation]:
        # Literal segments before variables: /users/search is not /users/{user_id}.
        return sorted(self.operations.values(), key=lambda op: op.path.count("{"))

    @cached_property
    def server_regex(self) -> re.Pattern[str]:
        return _template_regex(self.server_path)

    def server_values(self, match: re.Match[str]) -> dict[str, str]:
        """The server URL's variables in a `server_regex` match, by name."""
        return dict(zip(_variables(self.server_path), match.groups(), strict=True))

    def route(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """(operation, path variables, methods of the path): what `method path` calls."""
        allowed: list[str] = []
        matched: str | None = None
        for op in self._routes:
            match = op.regex.fullmatch(path)
            if match is None or matched not in (None, op.path):
                continue  # the first path that matches is the one (literal before template)
            matched = op.path
            if op.method == method:
                return op, dict(zip(op.variables, match.groups(), strict=True)), [op.method]
            allowed.append(op.method)
        return None, {}, allowed

    def resolve(self, schema: Any) -> Any:
        """`schema` with a `#/$defs/...` reference followed (one level per call, looped)."""
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self.defs[schema["$ref"].removeprefix("#/$defs/")]
        return schema

    def resource_schema(self, kind: str) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{self.resources[kind]['schema']}"}

    def validator(self, schema: dict[str, Any]) -> Any:
        key = json.dumps(schema, sort_keys=True)
        if key not in self._validators:
            import jsonschema_rs

            self._validators[key] = jsonschema_rs.validator_for(
                {**schema, "$defs": self.defs}, validate_formats=True
            )
        return self._validators[key]

    def errors(self, schema: dict[str, Any], value: Any, *, quote: bool = False) -> list[str]:
        """What is wrong with `value` (where, and the rule), or [] when it matches `schema`.

        Messages name the place and the rule, not the value (bodies can hold secrets);
        `quote=True` adds the validator's own message, for values the caller gave us."""
        validator = self.validator(schema)
        if validator.is_valid(value):
            return []
        found = []
        for error in validator.iter_errors(value):
            where = "/" + "/".join(str(part) for part in error.instance_path)
            rule = "/".join(str(part) for part in error.schema_path)
            detail = f" ({error.message})" if quote else ""
            found.append(f"at {where}: breaks the schema rule {rule}{detail}")
        return found

    def schema_at(self, schema: Any, pointer: str) -> dict[str, Any]:
        """The schema of the value at JSON Pointer `pointer` inside a value of `schema`."""
        for part in [p for p in pointer.split("/") if p]:
            schema = self.resolve(schema)
            properties = schema.get("properties", {})
            if part in properties:
                schema = properties[part]
                continue
            for branch in schema.get("allOf", []):
                branch = self.resolve(branch)
                if part in branch.get("properties", {}):
                    schema = branch["properties"][part]
                    break
            else:
                return {}
        resolved: dict[str, Any] = self.resolve(schema)
        return resolved

    def property_names(self, schema: Any) -> set[str] | None:
        """The properties an object schema declares, or None when it declares none."""
        schema = self.resolve(schema)
        names = set(schema.get("properties", {}))
        for key in ("allOf", "oneOf", "anyOf"):
            for branch in schema.get(key, []):
                names |= self.property_names(branch) or set()
        return names or None
