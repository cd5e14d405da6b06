"""The extension lint (`make generate`) checks that every field an `x-fake` declaration
names is in its schema: a rename that leaves `x-fake` behind fails the lint with one line
naming the file, the operation and the field, instead of failing the fake's first request."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.build.speclib import REPO, SpecError, providers, validate_openapi

CASES = [
    # (spec, what to replace, with what, the operation and the field the line must name)
    pytest.param(
        "push_express",
        [("required: [id, app_ids, archived]", "required: [id, app_ids, is_archived]"),
         ("        archived:\n          description: True if", "        is_archived:\n"
          "          description: True if")],
        ["create_app_group", "defaults field 'archived'", "AppGroup"],
        id="schema-property-renamed",
    ),
    pytest.param(
        "push_express",
        [("set: {archived: true}", "set: {archivd: true}")],
        ["archive_app_group", "set field 'archivd'"],
        id="set",
    ),
    pytest.param(
        "push_express",
        [("filters: {archived: archived}", "filters: {archived: is_archived}")],
        ["list_app_groups", "field 'is_archived'"],
        id="filters-field",
    ),
    pytest.param(
        "push_express",
        [("filters: {archived: archived}", "filters: {archivd: archived}")],
        ["list_app_groups", "'archivd' is not a query parameter"],
        id="filters-parameter",
    ),
    pytest.param(
        "appaloosa",
        [("fields: [email, first_name, last_name]", "fields: [email, firstname, last_name]")],
        ["search_users", "search field 'firstname'"],
        id="search-field",
    ),
    pytest.param(
        "appaloosa",
        [("field: group_ids, resource: groups", "field: group_idz, resource: groups")],
        ["list_group_users", "parent field 'group_idz'"],
        id="parent-field",
    ),
    pytest.param(
        "appaloosa",
        [("action: create, request: /user, response: /user",
          "action: create, request: /usr, response: /user")],
        ["create_user", "request '/usr'", "'usr'"],
        id="request-pointer",
    ),
    pytest.param(
        "app47",
        [("response: /results/list", "response: /results/items")],
        ["list_apps", "response '/results/items'", "'items'"],
        id="response-pointer",
    ),
    pytest.param(
        "appaloosa",
        [("defaults: {is_stock: false}", "defaults: {stock: false}")],
        ["create_category", "defaults field 'stock'", "Category"],
        id="defaults",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "edits", "named"), CASES)
def test_a_field_x_fake_names_that_the_schema_lacks_fails_the_lint(
    tmp_path: Path, name: str, edits: list[tuple[str, str]], named: list[str]
) -> None:
    text = (REPO / "specs" / f"{name}.yaml").read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / f"{name}.yaml").write_text(text, encoding="utf-8")
    (provider,) = providers(tmp_path)
    with pytest.raises(SpecError) as caught:
        validate_openapi(provider)
    lines = [line.strip() for line in str(caught.value).splitlines()]
    found = [line for line in lines if all(part in line for part in named)]
    assert found, str(caught.value)
    assert found[0].startswith(f"specs/{name}.yaml: "), found[0]


def test_hidden_fields_may_be_named_and_no_other_unknown_field() -> None:
    """A comment's update id is no property of Comment: `hidden_fields` says the fake keeps
    it; the committed specs pass as they are."""
    for provider in providers():
        validate_openapi(provider)
