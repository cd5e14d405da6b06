"""Names from any spec (issue 20): operationIds in any style, hyphenated or missing, tags
that are keywords or no identifiers, all become valid, stable Python names, by the
generator's own rules; a clash is one line naming both operations. And the lint tells our
specs (`x-house-style`) from a published one: errors for ours, warnings for the other."""

from __future__ import annotations

import keyword
from typing import Any

import pytest
from openapi_python_client.parser.openapi import generate_operation_id
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier

from scripts.build.naming import (
    class_name,
    generated_operation_id,
    identifier,
    operation_name,
    stable_identifier,
    tag_name,
)
from scripts.build.resources import method_names
from scripts.build.speclib import for_generator, lint, name_clashes, operations

NAMES = ["getThing", "json-like", "true", "class", "2fa", "_private", "HTTPServer", "list", "id",
         "getHTTPResponseCode", "", "Ünïcode", "a.b c", "x__y", "None", "self", "!!!", "client",
         "get_user-by ID", "import", "datetime"]  # fmt: skip


@pytest.mark.parametrize("prefix", ["field_", "tag"])
@pytest.mark.parametrize("name", NAMES)
def test_the_identifier_rule_is_the_generators(name: str, prefix: str) -> None:
    assert identifier(name, prefix) == PythonIdentifier(name, prefix=prefix)
    stable = stable_identifier(name, prefix)
    assert PythonIdentifier(stable, prefix=prefix) == stable  # the generator keeps it
    assert stable.isidentifier()
    assert not keyword.iskeyword(stable)


@pytest.mark.parametrize(
    ("method", "path"), [("get", "/pets/{petId}"), ("post", "/"), ("delete", "/a/{b}/c/")]
)
def test_a_missing_operation_id_is_derived_as_the_generator_derives_it(
    method: str, path: str
) -> None:
    expected = generate_operation_id(path=UntrustedString(path), method=method, prefix="field_")
    assert generated_operation_id(method, path) == expected
    assert operation_name(method.upper(), path, None) == expected


def test_operation_and_tag_names() -> None:
    assert operation_name("GET", "/x", "getThing") == "get_thing"
    assert operation_name("GET", "/x", "json-like") == "json_like"
    assert operation_name("GET", "/pets/{petId}", None) == "get_pets_pet_id"
    assert operation_name("GET", "/pets/{petId}", "  ") == "get_pets_pet_id"
    assert [tag_name(t) for t in ["true", "class", "2fa", "client", "app_groups"]] == [
        "true_", "class_", "tag2fa", "client_api", "app_groups",
    ]  # fmt: skip
    classes = [class_name(tag_name(t)) for t in ["true", "class", "x_2", "x2", "app_groups"]]
    assert classes == ["True_", "Class_", "X_2", "X2", "AppGroups"]
    assert all(c.isidentifier() for c in classes)
    assert not any(keyword.iskeyword(c) for c in classes)


def _spec(*ops: tuple[str, str, dict[str, Any]], **root: Any) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for method, path, op in ops:
        paths.setdefault(path, {})[method] = {"responses": {"200": {"description": "ok"}}, **op}
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths, **root}


def test_a_clash_is_one_line_naming_both_operations() -> None:
    spec = _spec(
        ("get", "/a", {"operationId": "getThing"}), ("get", "/b", {"operationId": "get_thing"})
    )
    (problem,) = name_clashes(spec)
    assert "GET /a (getThing) and GET /b (get_thing) both become the Python name" in problem
    assert "\n" not in problem


def test_the_generator_is_given_the_python_names() -> None:
    spec = _spec(("get", "/a", {"operationId": "getThing", "tags": ["true", "other"]}),
                 ("post", "/a", {}))  # fmt: skip
    given = for_generator(spec)
    assert given["paths"]["/a"]["get"]["operationId"] == "get_thing"
    assert given["paths"]["/a"]["get"]["tags"] == ["true_"]
    post = given["paths"]["/a"]["post"]
    assert (post["operationId"], post["tags"]) == ("post_a", ["default"])
    assert "operationId" not in spec["paths"]["/a"]["post"]  # the spec itself is untouched


def test_method_names_fall_back_to_the_full_name_where_the_short_one_will_not_do() -> None:
    spec = _spec(
        ("get", "/pets", {"operationId": "listPets", "tags": ["pets"]}),
        ("get", "/pets/{id}", {"operationId": "getPet", "tags": ["pets"]}),
        ("get", "/pets/any", {"operationId": "get", "tags": ["pets"]}),
        ("post", "/pets/import", {"operationId": "importPets", "tags": ["pets"]}),
        ("get", "/pets/{id}/owner", {"operationId": "showPetOwner", "tags": ["pets"]}),
    )
    assert method_names(operations(spec)) == {
        "list_pets": "list",
        "get_pet": "get_pet",  # `get` is also another operation's: both keep their names
        "get": "get",
        "import_pets": "import_pets",  # `import` is a keyword
        "show_pet_owner": "show_owner",
    }


def test_our_specs_keep_every_rule_and_a_published_one_gets_warnings() -> None:
    published = _spec(
        ("get", "/pets", {"parameters": [{"name": "limit", "in": "query", "schema": {}}]}),
        ("get", "/pets/{id}", {"operationId": "getPet", "tags": ["pets", "animals"]}),
    )
    found = lint(published)
    assert found.errors == []
    assert any("no operationId" in w and "get_pets" in w for w in found.warnings)
    assert any("several tags" in w for w in found.warnings)
    assert any("have no x-fake" in w for w in found.warnings)
    assert any("GET /pets: looks like a paged listing (query 'limit')" in w for w in found.warnings)
    ours = lint({**published, "x-house-style": True})
    assert any("operationId is missing" in e for e in ours.errors)
    assert any("x-fake is missing" in e for e in ours.errors)
    assert any("x-fake-resources is missing" in e for e in ours.errors)
    assert ours.warnings == []


def test_a_declared_extension_is_checked_in_a_published_spec_too() -> None:
    spec = _spec(("get", "/pets", {"operationId": "listPets", "x-fake": {"action": "list"}}))
    assert any("x-fake" in error for error in lint(spec).errors)
