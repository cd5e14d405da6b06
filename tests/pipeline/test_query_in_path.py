"""Published path keys that carry a query (`/players/csv_export?app_id={app_id}`, as
OneSignal's spec has them): `make new-provider` moves the query into query parameters, so the
spec validates and the client sends what the provider documents."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from openapi_spec_validator import validate

from scripts.new_provider.query_in_path import QueryInPathError, split_queries

OK = {"200": {"description": "ok"}}


def _spec(paths: dict[str, Any], **components: Any) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths,
            "components": components}  # fmt: skip


def _param(name: str, where: str) -> dict[str, Any]:
    return {"name": name, "in": where, "required": True, "schema": {"type": "string"}}


def test_a_templated_query_becomes_a_required_query_parameter() -> None:
    # OneSignal 1.2.2: the key templates app_id, the operation declares it `in: query`.
    spec = _spec({
        "/notifications/{id}/export_events?app_id={app_id}": {"post": {
            "operationId": "export_events",
            "parameters": [_param("id", "path"), _param("app_id", "query")],
            "responses": OK}},
        "/players/csv_export?app_id={app_id}": {"post": {
            "operationId": "export_players", "parameters": [_param("app_id", "path")],
            "responses": OK}},
    })  # fmt: skip
    with pytest.raises(Exception, match="app_id"):
        validate(copy.deepcopy(spec))  # refused as published
    lines = split_queries(spec)
    validate(spec)
    assert list(spec["paths"]) == ["/notifications/{id}/export_events", "/players/csv_export"]
    players = spec["paths"]["/players/csv_export"]["post"]["parameters"]
    assert players == [{**_param("app_id", "path"), "in": "query"}]
    events = spec["paths"]["/notifications/{id}/export_events"]["post"]["parameters"]
    assert [(p["name"], p["in"]) for p in events] == [("id", "path"), ("app_id", "query")]
    assert lines == [
        "path '/notifications/{id}/export_events?app_id={app_id}' carries a query: now "
        "'/notifications/{id}/export_events' with query parameters app_id",
        "path '/players/csv_export?app_id={app_id}' carries a query: now '/players/csv_export' "
        "with query parameters app_id",
    ]


def test_an_undeclared_or_referenced_parameter_is_written_out() -> None:
    spec = _spec(
        {"/export?app_id={app_id}&kind={kind}": {
            "parameters": [{"$ref": "#/components/parameters/App"}],
            "get": {"operationId": "export", "responses": OK}}},
        parameters={"App": _param("app_id", "path")},
    )  # fmt: skip
    split_queries(spec)
    validate(spec)
    item = spec["paths"]["/export"]
    assert "parameters" not in item  # moved into the operation
    assert [(p["name"], p["in"], p["required"]) for p in item["get"]["parameters"]] == [
        ("app_id", "query", True), ("kind", "query", True)]  # fmt: skip
    assert spec["components"]["parameters"]["App"]["in"] == "path"  # the component untouched


def test_it_joins_a_path_that_exists_without_the_query() -> None:
    spec = _spec({
        "/things": {"parameters": [_param("tenant", "header")],
                    "get": {"operationId": "list_things", "responses": OK}},
        "/things?app_id={app_id}": {"post": {"operationId": "make_thing", "responses": OK}},
    })  # fmt: skip
    split_queries(spec)
    validate(spec)
    item = spec["paths"]["/things"]
    assert [p["name"] for p in item["get"]["parameters"]] == ["tenant"]
    assert [p["name"] for p in item["post"]["parameters"]] == ["app_id"]  # not the header


@pytest.mark.parametrize(
    ("paths", "says"),
    [
        ({"/export?format=csv": {"get": {"responses": OK}}},
         "the query part 'format=csv' is not `name={name}`"),
        ({"/a": {"get": {"responses": OK}}, "/a?b={b}": {"get": {"responses": OK}}},
         "without its query it is '/a', which already has GET"),
    ],
)  # fmt: skip
def test_what_no_parameter_can_say_is_a_one_line_error(paths: dict[str, Any], says: str) -> None:
    with pytest.raises(QueryInPathError, match="edit the spec") as raised:
        split_queries(_spec(paths))
    assert says in str(raised.value)
    assert "\n" not in str(raised.value)


def test_a_spec_without_such_keys_is_left_alone() -> None:
    spec = _spec({"/a/{b}": {"get": {"parameters": [_param("b", "path")], "responses": OK}}})
    before = copy.deepcopy(spec)
    assert split_queries(spec) == []
    assert spec == before
