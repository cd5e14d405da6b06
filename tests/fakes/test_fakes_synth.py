"""Values the stateless fakes make from a published spec's schemas (`overlays/fakes/_synth.py`)
when it gives no example: valid where a value can be, even where the schema's branches
disagree, as published specs' do."""

from __future__ import annotations

from typing import Any

import pytest

from overlays.fakes._spec import FakeSpec
from overlays.fakes._synth import mended, value_for


@pytest.fixture(scope="module")
def spec() -> FakeSpec:
    return FakeSpec("tulip_client")  # any package: the schemas below carry no reference


def _typed(kind: str, *, nullable: bool) -> dict[str, Any]:
    return {"type": [kind, "null"] if nullable else kind}


def _both(first: dict[str, Any], second: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """OneSignal's `NotificationWithMeta`: allOf two objects typing one property two ways."""
    return {"allOf": [{"type": "object", "properties": {"rate": first, "name": {"type": "string"}}},
                      {"type": "object", "properties": {"rate": second}, **extra}]}  # fmt: skip


def test_branches_that_disagree_on_a_nullable_property_get_null(spec: FakeSpec) -> None:
    schema = _both(_typed("string", nullable=True), _typed("integer", nullable=True))
    made = value_for(spec, schema)
    assert spec.errors(schema, made)  # one branch at a time cannot see it
    fixed = mended(spec, schema, made)
    assert fixed == {"rate": None, "name": "string"}
    assert spec.errors(schema, fixed) == []


def test_an_optional_property_no_value_meets_is_left_out(spec: FakeSpec) -> None:
    schema = _both(_typed("string", nullable=False), _typed("integer", nullable=False))
    fixed = mended(spec, schema, value_for(spec, schema))
    assert fixed == {"name": "string"}
    assert spec.errors(schema, fixed) == []


def test_a_required_property_no_value_meets_is_returned_for_the_check_to_name(
    spec: FakeSpec,
) -> None:
    schema = _both(_typed("string", nullable=False), _typed("integer", nullable=False),
                   required=["rate"])  # fmt: skip
    fixed = mended(spec, schema, value_for(spec, schema))
    assert spec.errors(schema, fixed)  # the engine's check turns this into FakeSpecViolation


def test_a_valid_value_is_left_as_it_is(spec: FakeSpec) -> None:
    schema = {"type": "object", "properties": {"n": {"type": "integer", "minimum": 3}}}
    made = value_for(spec, schema)
    assert made == {"n": 3}
    assert mended(spec, schema, made) is made


def test_items_of_a_list_are_mended_in_place(spec: FakeSpec) -> None:
    item = _both(_typed("string", nullable=True), _typed("integer", nullable=True))
    schema = {"type": "object", "properties": {"items": {"type": "array", "items": item}}}
    fixed = mended(spec, schema, value_for(spec, schema))
    assert fixed == {"items": [{"rate": None, "name": "string"}]}


def test_an_answer_leaves_out_optional_write_only_properties_a_request_read_only_ones(
    spec: FakeSpec,
) -> None:
    schema = {"type": "object", "required": ["key"], "properties": {
        "id": {"type": "string", "readOnly": True},
        "secret": {"type": "string", "writeOnly": True},
        "key": {"type": "string", "writeOnly": True},  # required: validators hold it both ways
    }}  # fmt: skip
    assert value_for(spec, schema) == {"id": "string", "key": "string"}
    assert value_for(spec, schema, request=True) == {"secret": "string", "key": "string"}


def test_a_property_required_but_never_declared_gets_a_value(spec: FakeSpec) -> None:
    """OneSignal's `get_notification_request_body` requires `id` and declares no `id`; its
    `BasicNotification` requires `app_id` in an allOf branch of its own."""
    schema = {"type": "object", "required": ["id"], "properties": {"email": {"type": "string"}}}
    assert value_for(spec, schema) == {"email": "string", "id": "string"}
    split = {"allOf": [{"type": "object", "properties": {"n": {"type": "integer"}}},
                       {"required": ["app_id"]}]}  # fmt: skip
    made = value_for(spec, split)
    assert made == {"n": 1, "app_id": "string"}
    assert spec.errors(split, made) == []
