"""Every operation against its fake: its preconditions prepared, its answer checked."""

from __future__ import annotations

import importlib
from typing import Any

from overlays.fakes import Fake
from tests.helpers.spec_calls import (
    all_operations,
    example_call,
    first_example,
    operation,
    resolve,
    returns_body,
    spec,
    success_body,
)

OPERATIONS = all_operations()


def _examples(provider: str, operation_id: str) -> list[Any]:
    """The 2xx body examples of an operation."""
    found = []
    for status, response in operation(provider, operation_id).spec["responses"].items():
        if str(status).startswith("2"):
            for media in (resolve(spec(provider), response).get("content") or {}).values():
                for example in (media.get("examples") or {}).values():
                    found.append(resolve(spec(provider), example)["value"])
    return found


def _at(document: Any, pointer: str) -> Any:
    for part in [p for p in pointer.split("/") if p]:
        document = document[part]
    return document


def sample(provider: str, kind: str) -> dict[str, Any]:
    """A resource of `kind` as the spec's examples show it (from a get, else a listing)."""
    candidates = []
    for op in (operation(provider, o) for p, o in OPERATIONS if p == provider):
        fake = op.spec.get("x-fake") or {}
        if fake.get("resource") != kind or fake["action"] not in ("get", "list"):
            continue
        for example in _examples(provider, op.operation_id):
            value = _at(example, fake.get("response", ""))
            if isinstance(value, list) and value and isinstance(value[0], dict):
                candidates.append(dict(value[0]))
            elif isinstance(value, dict):
                candidates.append(dict(value))
    if not candidates:
        raise LookupError(f"{provider}: no example of a {kind}")
    return candidates[0]


def _id(fake: Fake, provider: str, kind: str, value: Any) -> Any:
    schema = spec(provider)["x-fake-resources"][kind]
    return int(value) if schema["ids"] == "integer" else str(value)


def prepare(fake: Fake, provider: str, operation_id: str) -> None:
    """Put in what the example call's path names (nothing for an operation with no x-fake:
    its fake answers it statelessly)."""
    op = operation(provider, operation_id)
    declared = op.spec.get("x-fake")
    if not declared:
        return
    params = {p["name"]: p for p in (resolve(spec(provider), x) for x in [
        *spec(provider)["paths"][op.path].get("parameters", []), *op.spec.get("parameters", [])
    ])}  # fmt: skip
    kind = declared["resource"]
    if "id_param" in declared:
        value = first_example(params[declared["id_param"]], spec(provider))
        fake.insert(kind, {**sample(provider, kind), "id": _id(fake, provider, kind, value)})
    parent = declared.get("parent")
    if parent is not None:
        value = first_example(params[parent["param"]], spec(provider))
        if "resource" in parent:
            owner = parent["resource"]
            fake.insert(owner, {**sample(provider, owner), "id": _id(fake, provider, owner, value)})
        item = sample(provider, kind)
        item.pop("id", None)
        link = [value] if isinstance(item.get(parent["field"]), list) else value
        if parent["field"] == "group_ids":
            link = [int(value)]
        fake.insert(kind, {**item, parent["field"]: link})
    if operation_id in ("get_icon", "delete_icon"):
        put = example_call(provider, "put_icon")
        put.sync(fake.client())  # an icon to get or delete


def fresh(provider: str, operation_id: str) -> Fake:
    fake: Fake = importlib.import_module(f"overlays.{provider}").fake(seed=5)
    prepare(fake, provider, operation_id)
    return fake


def check(fake: Fake, provider: str, operation_id: str, response: Any) -> None:
    call = example_call(provider, operation_id)
    assert response.status_code == call.expected_status, response.content[:300]
    op = operation(provider, operation_id)
    if success_body(provider, op) and returns_body(provider, op):
        assert response.parsed is not None
    assert fake.log[-1].operation == operation_id
