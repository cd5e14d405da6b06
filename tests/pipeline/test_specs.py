"""The specs themselves: valid, lint-clean, examples that match their schemas, the operation
table of docs/pipeline/operations.md in sync.

Our own specs (`x-house-style: true`) are held to all of it. A published spec added by `make
new-provider` is held to what generating and serving it needs (valid OpenAPI, our lint's
errors); its Spectral findings, its examples and its absence from the operation table are its
authors' and its adder's business: warnings, not failures."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from overlays._registry import names
from scripts.build.speclib import (
    REPO,
    SpecError,
    format_finding,
    house_style,
    load_spec,
    operations,
    providers,
    resolve,
    run_spectral,
    validate_openapi,
)

PROVIDERS = {p.name: p for p in providers()}
OURS = {name: p for name, p in PROVIDERS.items() if house_style(load_spec(p))}
"""The specs written here; the others were published by their providers."""
# The design's five (fixed: acceptance tests import them); the registry must list them all.
EXPECTED_PROVIDERS = {"push_express", "appaloosa", "app47", "appush", "tulip"}
# The number of operations each provider's documentation describes (51 in all).
EXPECTED_OPERATION_COUNTS = {
    "push_express": 7,
    "appaloosa": 30,
    "app47": 5,
    "appush": 8,
    "tulip": 1,
}


def test_every_provider_has_a_spec() -> None:
    assert set(OURS) >= EXPECTED_PROVIDERS
    assert set(PROVIDERS) == set(names()), "a spec without a descriptor, or the reverse"


@pytest.mark.parametrize("name", sorted(EXPECTED_OPERATION_COUNTS))
def test_every_documented_operation_is_described(name: str) -> None:
    spec = load_spec(PROVIDERS[name])
    ops = list(operations(spec))
    assert len(ops) == EXPECTED_OPERATION_COUNTS[name]
    ids = [op.operation_id for op in ops]
    assert len(set(ids)) == len(ids), "operationIds must be unique"


@pytest.mark.parametrize("name", sorted(PROVIDERS))
def test_spec_passes_openapi_spec_validator_and_extension_lint(name: str) -> None:
    spec = validate_openapi(PROVIDERS[name])
    assert spec["openapi"] == "3.1.0" or name not in OURS


def test_specs_pass_spectral_with_zero_errors() -> None:
    findings = run_spectral([p.spec_path for p in OURS.values()])
    errors = [format_finding(f) for f in findings if f.get("severity") == 0]
    assert errors == []


def test_validator_rejects_a_broken_spec(tmp_path: Path) -> None:
    """The validation test above can fail: a spec with a dangling $ref is reported."""
    (tmp_path / "specs").mkdir()
    text = PROVIDERS["tulip"].spec_path.read_text(encoding="utf-8")
    broken = text.replace("#/components/schemas/Error", "#/components/schemas/Nope", 1)
    assert broken != text
    (tmp_path / "specs" / "tulip.yaml").write_text(broken, encoding="utf-8")
    (provider,) = providers(tmp_path)
    with pytest.raises(SpecError, match=r"specs/tulip\.yaml"):
        validate_openapi(provider)


def _examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example value) for every example of every media type, parameter, header."""

    def from_holder(where: str, holder: dict[str, Any]) -> Iterator[tuple[str, Any]]:
        if "example" in holder:
            yield where, holder["example"]
        for key, example in (holder.get("examples") or {}).items():
            example = resolve(spec, example)
            if "value" in example:
                yield f"{where} examples.{key}", example["value"]

    for op in operations(spec):
        where = f"{op.method} {op.path}"
        path_params = spec["paths"][op.path].get("parameters", [])
        for param in [*path_params, *op.spec.get("parameters", [])]:
            param = resolve(spec, param)
            for at, value in from_holder(f"{where} param {param['name']}", param):
                yield at, param["schema"], value
        body = resolve(spec, op.spec.get("requestBody", {}))
        for media, content in body.get("content", {}).items():
            for at, value in from_holder(f"{where} request {media}", content):
                yield at, content["schema"], value
        for status, response in op.spec.get("responses", {}).items():
            response = resolve(spec, response)
            for media, content in (response.get("content") or {}).items():
                for at, value in from_holder(f"{where} {status} {media}", content):
                    yield at, content["schema"], value
            for name, header in (response.get("headers") or {}).items():
                header = resolve(spec, header)
                for at, value in from_holder(f"{where} {status} header {name}", header):
                    yield at, header["schema"], value


def _example_cases() -> list[Any]:
    cases = []
    for name in sorted(OURS):  # a published spec's examples are its authors' to fix
        spec = load_spec(PROVIDERS[name])
        for where, schema, value in _examples(spec):
            cases.append(pytest.param(spec, schema, value, id=f"{name}: {where}"))
    return cases


@pytest.mark.parametrize(("spec", "schema", "value"), _example_cases())
def test_example_validates_against_its_schema(
    spec: dict[str, Any], schema: dict[str, Any], value: Any
) -> None:
    # Refs in the specs all point into #/components, so validating against a document
    # that carries the spec's components resolves them.
    document = {"allOf": [schema], "components": spec.get("components", {})}
    validator = Draft202012Validator(document, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(value)
    ]
    assert errors == []


def test_every_spec_has_examples() -> None:
    for name in sorted(OURS):
        assert any(True for _ in _examples(load_spec(PROVIDERS[name]))), name


def test_example_check_catches_a_wrong_example() -> None:
    """The example test can fail: a value of the wrong type is reported."""
    spec = load_spec(PROVIDERS["push_express"])
    schema = {"$ref": "#/components/schemas/AppGroup"}
    document = {"allOf": [schema], "components": spec["components"]}
    validator = Draft202012Validator(document)
    assert list(validator.iter_errors({"id": "seventeen", "app_ids": [], "archived": False}))


TABLE_ROW = re.compile(
    r"^\|\s*(\w+)\s*\|\s*(GET|PUT|POST|PATCH|DELETE)\s*\|\s*`([^`]+)`\s*\|\s*`(\w+)`\s*\|"
)


def test_the_operation_table_matches_the_specs() -> None:
    table = (REPO / "docs" / "pipeline" / "operations.md").read_text(encoding="utf-8")
    in_table = {m.groups() for line in table.splitlines() if (m := TABLE_ROW.match(line))}
    in_specs = {
        (name, op.method, op.path, op.operation_id)
        for name in OURS  # the table documents ours; a provider added later, its adder
        for op in operations(load_spec(PROVIDERS[name]))
    }
    expected_rows = "\n".join(
        f"| {n} | {m} | `{p}` | `{o}` |" for n, m, p, o in sorted(in_specs, key=_row_order)
    )
    assert in_table == in_specs, f"docs/pipeline/operations.md table should be:\n{expected_rows}"


def _row_order(row: tuple[str, str, str, str]) -> tuple[int, str, str]:
    order = list(names())  # the registry's order is the docs' order
    return order.index(row[0]), row[2], row[1]
