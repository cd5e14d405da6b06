"""`python -m scripts.apidiff` (`make api-diff`): every kind of spec change is found and classified
for a client, named by the Python symbol it affects; griffe's findings are tied to the spec
change behind them; accepted breaking changes come from CHANGELOG.md; exit status 0/1."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.apidiff import cli, pydiff
from scripts.apidiff.model import Finding
from scripts.apidiff.naming import Naming
from scripts.apidiff.specdiff import SpecDiff
from scripts.build.speclib import REPO, load_spec, providers

Spec = dict[str, Any]
PKG = "shop_client"
API_KEY = {"type": "apiKey", "in": "query", "name": "api_key"}


def base_spec() -> Spec:
    """A small API with the shapes the generator handles: components, inline schemas,
    an inline enum parameter, arrays, nullable and required fields, security."""
    error = {"$ref": "#/components/responses/Error"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Shop", "version": "1"},
        "security": [{"bearer": []}],
        "paths": {
            "/users": {
                "get": {
                    "tags": ["users"],
                    "operationId": "list_users",
                    "parameters": [
                        {"name": "per", "in": "query", "schema": {"type": "integer"}},
                        {
                            "name": "sort",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["name", "created"]},
                        },
                    ],
                    "responses": {
                        "200": _json({"$ref": "#/components/schemas/UserList"}),
                        "401": error,
                    },
                },
                "post": {
                    "tags": ["users"],
                    "operationId": "create_user",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/UserCreate"}
                            }
                        },
                    },
                    "responses": {"201": _json({"$ref": "#/components/schemas/User"})},
                },
            },
            "/users/{userId}": {
                "parameters": [
                    {
                        "name": "userId",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer"},
                    }
                ],
                "get": {
                    "tags": ["users"],
                    "operationId": "get_user",
                    "responses": {
                        "200": _json({"$ref": "#/components/schemas/User"}),
                        "404": error,
                    },
                },
            },
            "/stats": {
                "get": {
                    "tags": ["stats"],
                    "operationId": "get_stats",
                    "responses": {
                        "200": _json(
                            {
                                "type": "object",
                                "properties": {
                                    "counts": {
                                        "type": "object",
                                        "properties": {"users": {"type": "integer"}},
                                    }
                                },
                            }
                        )
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "responses": {"Error": _json({"$ref": "#/components/schemas/Error"})},
            "schemas": {
                "User": {
                    "type": "object",
                    "required": ["id", "status", "emailAddress"],
                    "properties": {
                        "id": {"type": "integer"},
                        "emailAddress": {"type": "string"},
                        "nickname": {"type": "string"},
                        "status": {"type": "string", "enum": ["active", "blocked"]},
                        "manager": {"$ref": "#/components/schemas/User"},
                    },
                },
                "UserList": {
                    "type": "object",
                    "required": ["users"],
                    "properties": {
                        "users": {"type": "array", "items": {"$ref": "#/components/schemas/User"}}
                    },
                },
                "UserCreate": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "email": {"type": "string"},
                        "contact": {
                            "oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/Phone"}]
                        },
                    },
                },
                "Phone": {"type": "object", "properties": {"number": {"type": "string"}}},
                "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
            },
        },
    }


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "ok", "content": {"application/json": {"schema": schema}}}


def diff(change: Callable[[Spec], object]) -> list[Finding]:
    old = base_spec()
    new = copy.deepcopy(old)
    change(new)
    return SpecDiff("shop", old, new, Naming(PKG)).run()


def only(findings: list[Finding], kind: str) -> Finding:
    matching = [f for f in findings if f.kind == kind]
    kinds = [f.kind for f in findings]
    assert len(matching) == 1, f"expected one {kind}, got {kinds}"
    return matching[0]


def schemas(spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def list_users(spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"]["/users"]["get"]
    return result


# -- operations and parameters ---------------------------------------------------------


def test_identical_specs_have_no_findings() -> None:
    assert diff(lambda spec: None) == []


def test_operation_removed_is_breaking() -> None:
    found = diff(lambda spec: spec["paths"]["/users/{userId}"].pop("get"))
    removed = only(found, "operation-removed")
    assert removed.breaking
    assert removed.location == "GET /users/{userId}"
    assert removed.symbol == f"{PKG}.api.users.get_user"


def test_new_operation_is_not_breaking() -> None:
    def add(spec: Spec) -> None:
        spec["paths"]["/users/{userId}"]["delete"] = {
            "tags": ["users"],
            "operationId": "delete_user",
            "responses": {"204": {"description": "gone"}},
        }

    added = only(diff(add), "operation-added")
    assert not added.breaking
    assert added.symbol == f"{PKG}.api.users.delete_user"


def test_operation_renamed_breaks_the_import_but_a_moved_route_does_not() -> None:
    renamed = diff(lambda spec: list_users(spec).update(operationId="get_users"))
    finding = only(renamed, "operation-renamed")
    assert finding.breaking
    assert finding.symbol == f"{PKG}.api.users.list_users"

    moved = diff(lambda spec: spec["paths"].update({"/people": spec["paths"].pop("/users")}))
    assert [(f.kind, f.breaking) for f in moved] == [
        ("operation-moved", False),
        ("operation-moved", False),
    ]


def test_required_request_parameter_added_is_breaking() -> None:
    def add(spec: Spec) -> None:
        list_users(spec)["parameters"].append(
            {"name": "pageSize", "in": "query", "required": True, "schema": {"type": "integer"}}
        )

    added = only(diff(add), "parameter-added-required")
    assert added.breaking
    assert added.location == "GET /users query pageSize"
    assert added.symbol == f"{PKG}.api.users.list_users(page_size=...)"


def test_optional_parameter_added_is_not_breaking_and_removed_is() -> None:
    def add(spec: Spec) -> None:
        list_users(spec)["parameters"].append(
            {"name": "q", "in": "query", "schema": {"type": "string"}}
        )

    assert not only(diff(add), "parameter-added").breaking
    removed = only(diff(lambda spec: list_users(spec)["parameters"].pop(0)), "parameter-removed")
    assert removed.breaking
    assert removed.symbol == f"{PKG}.api.users.list_users(per=...)"


def test_parameter_becoming_required_is_breaking() -> None:
    found = diff(lambda spec: list_users(spec)["parameters"][0].update(required=True))
    assert only(found, "parameter-now-required").breaking


def test_parameter_type_change_and_widening() -> None:
    changed = diff(lambda spec: list_users(spec)["parameters"][0]["schema"].update(type="string"))
    finding = only(changed, "parameter-type-changed")
    assert finding.breaking
    assert finding.message == "type integer -> string"
    widened = diff(lambda spec: list_users(spec)["parameters"][0]["schema"].update(type="number"))
    assert not only(widened, "parameter-type-widened").breaking


def test_enum_value_removed_from_a_request_parameter_is_breaking_and_added_is_not() -> None:
    def sort(spec: Spec) -> dict[str, Any]:
        result: dict[str, Any] = list_users(spec)["parameters"][1]["schema"]
        return result

    removed = only(
        diff(lambda spec: sort(spec)["enum"].remove("created")), "parameter-enum-value-removed"
    )
    assert removed.breaking
    assert removed.location == "GET /users query sort = 'created'"
    # The generator names an inline parameter enum after the operation and the parameter.
    assert removed.symbol == f"{PKG}.models.ListUsersSort.CREATED"
    added = only(
        diff(lambda spec: sort(spec)["enum"].append("email")), "parameter-enum-value-added"
    )
    assert not added.breaking


def test_security_change_is_breaking_and_an_extra_alternative_is_not() -> None:
    def api_key(spec: Spec) -> None:
        spec["components"]["securitySchemes"]["key"] = API_KEY
        spec["paths"]["/users/{userId}"]["get"]["security"] = [{"key": []}]

    changed = only(diff(api_key), "security-changed")
    assert changed.breaking
    assert changed.location == "GET /users/{userId} security"
    assert changed.message == "security bearer -> key"

    def alternative(spec: Spec) -> None:
        spec["components"]["securitySchemes"]["key"] = API_KEY
        spec["security"] = [{"bearer": []}, {"key": []}]

    found = diff(alternative)
    assert {f.kind for f in found} == {"security-alternative-added", "security-scheme-added"}
    assert not any(f.breaking for f in found)

    scheme = diff(
        lambda spec: spec["components"]["securitySchemes"]["bearer"].update(scheme="basic")
    )
    assert only(scheme, "security-scheme-changed").symbol == f"{PKG}.AuthenticatedClient"


# -- responses -------------------------------------------------------------------------


def test_response_field_removed_is_breaking_and_names_the_model_attribute() -> None:
    found = diff(lambda spec: schemas(spec)["User"]["properties"].pop("nickname"))
    removed = only(found, "response-field-removed")
    assert removed.breaking
    assert removed.location == "#/components/schemas/User: nickname"
    assert removed.symbol == f"{PKG}.models.User.nickname"
    # Reported once for the component, with every operation that returns it.
    assert removed.used_by == [
        "GET /users 200 body",
        "POST /users 201 body",
        "GET /users/{userId} 200 body",
    ]


def test_property_names_become_snake_case_attributes() -> None:
    found = diff(lambda spec: schemas(spec)["User"]["properties"].pop("emailAddress"))
    assert only(found, "response-field-removed").symbol == f"{PKG}.models.User.email_address"


def test_response_field_added_is_not_breaking() -> None:
    found = diff(lambda spec: schemas(spec)["User"]["properties"].update(age={"type": "integer"}))
    added = only(found, "response-field-added")
    assert not added.breaking
    assert added.symbol == f"{PKG}.models.User.age"


def test_response_field_type_changed_is_breaking() -> None:
    found = diff(lambda spec: schemas(spec)["User"]["properties"]["id"].update(type="string"))
    changed = only(found, "response-type-changed")
    assert changed.breaking
    assert changed.location == "#/components/schemas/User: id"
    assert changed.symbol == f"{PKG}.models.User.id"


def test_string_format_that_changes_the_python_type_is_a_type_change() -> None:
    found = diff(
        lambda spec: schemas(spec)["User"]["properties"]["nickname"].update(format="date-time")
    )
    assert only(found, "response-type-changed").message == "type string -> string(date-time)"


def test_response_field_becoming_nullable_is_breaking_and_in_a_request_it_is_not() -> None:
    found = diff(
        lambda spec: schemas(spec)["User"]["properties"]["nickname"].update(type=["string", "null"])
    )
    nullable = only(found, "response-now-nullable")
    assert nullable.breaking
    assert nullable.symbol == f"{PKG}.models.User.nickname"
    request = diff(
        lambda spec: schemas(spec)["UserCreate"]["properties"]["email"].update(
            type=["string", "null"]
        )
    )
    assert not only(request, "request-now-nullable").breaking


def test_response_field_no_longer_required_is_breaking() -> None:
    found = diff(lambda spec: schemas(spec)["User"]["required"].remove("status"))
    assert only(found, "response-field-now-optional").breaking


def test_enum_value_added_to_a_response_is_breaking_and_says_why() -> None:
    found = diff(lambda spec: schemas(spec)["User"]["properties"]["status"]["enum"].append("gone"))
    added = only(found, "response-enum-value-added")
    assert added.breaking
    assert added.symbol == f"{PKG}.models.UserStatus.GONE"
    assert "ValueError" in added.reason


def test_enum_value_removed_from_a_response_is_breaking() -> None:
    found = diff(
        lambda spec: schemas(spec)["User"]["properties"]["status"]["enum"].remove("blocked")
    )
    removed = only(found, "response-enum-value-removed")
    assert removed.breaking
    assert removed.symbol == f"{PKG}.models.UserStatus.BLOCKED"


def test_inline_response_object_fields_are_found_and_named_like_the_generator() -> None:
    def drop(spec: Spec) -> None:
        body = spec["paths"]["/stats"]["get"]["responses"]["200"]["content"]["application/json"]
        body["schema"]["properties"]["counts"]["properties"].pop("users")

    removed = only(diff(drop), "response-field-removed")
    assert removed.location == "GET /stats 200 body: counts.users"
    assert removed.symbol == f"{PKG}.models.GetStatsResponse200Counts.users"


def test_array_items_are_compared() -> None:
    def items(spec: Spec) -> None:
        schemas(spec)["UserList"]["properties"]["users"]["items"] = {
            "$ref": "#/components/schemas/Error"
        }

    replaced = only(diff(items), "response-model-replaced")
    assert replaced.breaking
    assert replaced.location == "#/components/schemas/UserList: users[]"
    assert replaced.message == "model User replaced by Error"


def test_recursive_schema_is_compared_once() -> None:
    # User.manager is a User: the walk must end, and report the change once.
    found = diff(lambda spec: schemas(spec)["User"]["properties"].pop("id"))
    assert [(f.kind, f.location) for f in found] == [
        ("response-field-removed", "#/components/schemas/User: id")
    ]


def test_success_status_removed_is_breaking_and_error_status_removed_is_not() -> None:
    found = diff(lambda spec: spec["paths"]["/users/{userId}"]["get"]["responses"].pop("200"))
    status = only(found, "success-status-removed")
    assert status.breaking
    assert status.location == "GET /users/{userId} 200"
    errors = diff(lambda spec: spec["paths"]["/users/{userId}"]["get"]["responses"].pop("404"))
    assert not only(errors, "error-status-removed").breaking


def test_union_variant_added_breaks_a_response_but_not_a_request() -> None:
    def contact(spec: Spec) -> list[Any]:
        result: list[Any] = schemas(spec)["UserCreate"]["properties"]["contact"]["oneOf"]
        return result

    request = diff(lambda spec: contact(spec).append({"type": "integer"}))
    assert not only(request, "request-type-widened").breaking
    narrowed = diff(lambda spec: contact(spec).pop(0))
    assert only(narrowed, "request-type-narrowed").breaking

    def nickname(spec: Spec) -> None:
        union = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
        schemas(spec)["User"]["properties"]["nickname"] = union

    response = only(diff(nickname), "response-type-widened")
    assert response.breaking
    assert response.message == "type string -> integer | string"


# -- request bodies --------------------------------------------------------------------


def test_new_optional_request_field_is_not_breaking() -> None:
    found = diff(
        lambda spec: schemas(spec)["UserCreate"]["properties"].update(phone={"type": "string"})
    )
    added = only(found, "request-field-added")
    assert not added.breaking
    assert added.location == "#/components/schemas/UserCreate: phone"
    assert added.symbol == f"{PKG}.models.UserCreate.phone"


def test_new_required_request_field_is_breaking() -> None:
    def add(spec: Spec) -> None:
        schemas(spec)["UserCreate"]["properties"]["phone"] = {"type": "string"}
        schemas(spec)["UserCreate"]["required"].append("phone")

    assert only(diff(add), "request-field-added-required").breaking


def test_request_field_removed_is_breaking() -> None:
    found = diff(lambda spec: schemas(spec)["UserCreate"]["properties"].pop("email"))
    assert only(found, "request-field-removed").breaking


def test_nested_request_model_in_a_union_is_compared() -> None:
    found = diff(lambda spec: schemas(spec)["Phone"]["properties"].pop("number"))
    removed = only(found, "request-field-removed")
    assert removed.location == "#/components/schemas/Phone: number"
    assert removed.symbol == f"{PKG}.models.Phone.number"


def test_request_media_type_change_is_breaking() -> None:
    def multipart(spec: Spec) -> None:
        content = spec["paths"]["/users"]["post"]["requestBody"]["content"]
        content["multipart/form-data"] = content.pop("application/json")

    found = diff(multipart)
    assert only(found, "request-media-type-removed").breaking
    assert not only(found, "request-media-type-added").breaking


def test_additional_properties_no_longer_allowed_is_breaking() -> None:
    found = diff(lambda spec: schemas(spec)["UserCreate"].update(additionalProperties=False))
    removed = only(found, "request-additional-properties-removed")
    assert removed.breaking
    assert removed.location == "#/components/schemas/UserCreate: *"
    assert removed.symbol == f"{PKG}.models.UserCreate.additional_properties"


def test_constraint_change_is_reported_but_not_breaking() -> None:
    found = diff(lambda spec: list_users(spec)["parameters"][0]["schema"].update(minimum=1))
    changed = only(found, "parameter-constraint-changed")
    assert not changed.breaking
    assert changed.message == "minimum unset -> 1"


def test_all_of_parts_are_merged_into_one_model() -> None:
    def split(spec: Spec) -> None:
        user = schemas(spec)["User"]
        schemas(spec)["User"] = {"allOf": [user, {"type": "object", "properties": {"x": {}}}]}

    found = diff(split)
    assert [(f.kind, f.symbol) for f in found] == [("response-field-added", f"{PKG}.models.User.x")]


def test_model_schema_removed_is_breaking_and_added_is_not() -> None:
    with_orphan = base_spec()
    schemas(with_orphan)["Orphan"] = {"type": "object"}
    removed = only(SpecDiff("shop", with_orphan, base_spec(), Naming(PKG)).run(), "model-removed")
    assert removed.breaking
    assert removed.symbol == f"{PKG}.models.Orphan"
    added = only(SpecDiff("shop", base_spec(), with_orphan, Naming(PKG)).run(), "model-added")
    assert not added.breaking


# -- the command line, JSON and CHANGELOG acceptance -----------------------------------


def _spec_files(tmp_path: Path, change: Callable[[Spec], object]) -> tuple[Path, Path]:
    old, new = tmp_path / "old.yaml", tmp_path / "shop.yaml"
    spec = base_spec()
    old.write_text(yaml.safe_dump(spec))
    change(spec)
    new.write_text(yaml.safe_dump(spec))
    return old, new


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(args)
    return code, capsys.readouterr().out


def test_exit_status_is_0_without_breaking_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = _spec_files(
        tmp_path, lambda spec: schemas(spec)["User"]["properties"].update(age={})
    )
    code, out = run(
        ["--old-spec", str(old), "--new-spec", str(new), "--root", str(tmp_path)], capsys
    )
    assert code == 0
    assert "[response-field-added] #/components/schemas/User: age" in out
    assert "0 breaking" in out


def test_exit_status_is_1_and_report_says_what_to_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = _spec_files(
        tmp_path, lambda spec: schemas(spec)["User"]["properties"].pop("nickname")
    )
    code, out = run(
        ["--old-spec", str(old), "--new-spec", str(new), "--root", str(tmp_path)], capsys
    )
    assert code == 1
    assert "field removed -> shop_client.models.User.nickname" in out
    assert "- BREAKING: shop:response-field-removed:#/components/schemas/User: nickname" in out
    assert out.index("BREAKING (") < out.index("== shop") + 200


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def change(spec: Spec) -> None:
        schemas(spec)["User"]["properties"].pop("nickname")
        schemas(spec)["User"]["properties"]["age"] = {"type": "integer"}

    old, new = _spec_files(tmp_path, change)
    args = ["--old-spec", str(old), "--new-spec", str(new), "--root", str(tmp_path), "--json"]
    code, out = run(args, capsys)
    document = json.loads(out)
    assert code == 1
    assert document["summary"] == {
        "providers": 1,
        "breaking": 1,
        "accepted": 0,
        "non_breaking": 1,
        "exit_status": 1,
    }
    (provider,) = document["providers"]
    assert provider["name"] == "shop"
    (breaking,) = provider["breaking"]
    assert breaking["id"] == "shop:response-field-removed:#/components/schemas/User: nickname"
    assert breaking["symbol"] == "shop_client.models.User.nickname"
    assert breaking["accepted"] is False
    assert breaking["changelog_line"] == f"- BREAKING: {breaking['id']}"
    assert provider["non_breaking"][0]["kind"] == "response-field-added"


def test_a_changelog_line_accepts_a_breaking_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = _spec_files(
        tmp_path, lambda spec: schemas(spec)["User"]["properties"].pop("nickname")
    )
    changelog = tmp_path / "CHANGELOG.md"
    finding_id = "shop:response-field-removed:#/components/schemas/User: nickname"
    args = ["--old-spec", str(old), "--new-spec", str(new), "--accept-file", str(changelog)]
    # In a code block or under another provider, the line accepts nothing.
    changelog.write_text(
        f"## shop\n\n```\n- BREAKING: {finding_id}\n```\n\n## other\n\n- BREAKING: {finding_id}\n"
    )
    assert run(args, capsys)[0] == 1
    accepted = f"- BREAKING: {finding_id} — the provider dropped nicknames"
    changelog.write_text(f"# Changelog\n\n## shop\n\n### Unreleased\n\n{accepted}\n\n## other\n")
    code, out = run(args, capsys)
    assert code == 0
    assert "[response-field-removed] (accepted)" in out
    assert "1 breaking (1 accepted)" in out


def test_the_entry_point_runs_with_python_m(tmp_path: Path) -> None:
    old, new = _spec_files(tmp_path, lambda spec: spec["paths"].pop("/stats"))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scripts.apidiff",
            "--old-spec",
            str(old),
            "--new-spec",
            str(new),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
    )
    assert result.returncode == 1, result.stderr
    assert "[operation-removed] GET /stats" in result.stdout


# -- end to end: a git repository with a spec and its generated package ----------------

USER_MODULE = """
from attrs import define


@define
class User:
    id: int
    nickname: str
"""
LIST_USERS = """
def sync(*, client: object, per: int | None = None) -> list[object]:
    return []


def asyncio(*, client: object, per: int | None = None) -> list[object]:
    return []
"""


def _write_package(root: Path, *, nickname: bool = True) -> None:
    """A hand-made stand-in for generated/shop_client, enough for griffe."""
    package = root / "generated" / PKG
    files = {
        "__init__.py": "",
        "models/__init__.py": "from .user import User\n\n__all__ = ('User',)\n",
        "models/user.py": USER_MODULE
        if nickname
        else USER_MODULE.replace("    nickname: str\n", ""),
        "api/__init__.py": "",
        "api/users/__init__.py": "",
        "api/users/list_users.py": LIST_USERS,
    }
    for name, text in files.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text)


def _git(root: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository with one committed provider: spec and generated package."""
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "shop.yaml").write_text(yaml.safe_dump(base_spec()))
    _write_package(tmp_path)
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-q", "-m", "base")
    return tmp_path


def test_git_repository_end_to_end(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(["--root", str(repo)], capsys)
    assert code == 0
    assert "no provider's spec or generated package changed" in out

    spec = base_spec()
    schemas(spec)["User"]["properties"].pop("nickname")
    (repo / "specs" / "shop.yaml").write_text(yaml.safe_dump(spec))
    _write_package(repo, nickname=False)
    code, out = run(["--root", str(repo)], capsys)
    assert code == 1
    assert "== shop (changed) ==" in out
    assert "[response-field-removed] #/components/schemas/User: nickname" in out
    # griffe's finding is shown under the spec change that explains it, not on its own.
    assert "griffe: shop_client.models.User.nickname: Public object was removed" in out
    assert "1 breaking" in out

    head = _git(repo, "rev-parse", "HEAD")
    (repo / "CHANGELOG.md").write_text(
        "## shop\n\n- BREAKING: shop:response-field-removed:#/components/schemas/User: nickname\n"
    )
    assert run(["--root", str(repo)], capsys)[0] == 0
    # The report reads the base with git archive: HEAD and the index are left alone.
    assert _git(repo, "rev-parse", "HEAD") == head
    assert _git(repo, "diff", "--cached", "--name-only") == ""

    _git(repo, "checkout", "-q", "--", ".")
    assert run(["--root", str(repo), "--base", "HEAD"], capsys)[0] == 0


def test_untracked_new_provider_is_reported_as_added(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "specs" / "extra.yaml").write_text(yaml.safe_dump(base_spec()))
    code, out = run(["--root", str(repo)], capsys)
    assert code == 0
    assert "== extra (added) ==" in out
    assert "new provider, 4 operations" in out


def test_removed_provider_is_breaking(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "specs" / "shop.yaml").unlink()
    code, out = run(["--root", str(repo)], capsys)
    assert code == 1
    assert "[provider-removed]" in out


def test_unknown_base_is_an_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--root", str(repo), "--base", "no-such-ref"]) == 2


def test_python_breakage_without_a_spec_change_stands_on_its_own(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = repo / "generated" / PKG / "api" / "users" / "list_users.py"
    module.write_text(LIST_USERS.replace("per: int | None = None", "per: int"))
    code, out = run(["--root", str(repo)], capsys)
    assert code == 1
    assert "[python-parameter-changed-required] shop_client.api.users.list_users(per)" in out
    assert "shop_client.api.users.list_users.sync/asyncio(per=...)" in out
    assert (
        "- BREAKING: shop:python-parameter-changed-required:shop_client.api.users.list_users(per)"
        in out
    )


def test_a_spec_change_without_regeneration_is_pointed_out(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = base_spec()
    schemas(spec)["User"]["properties"].pop("nickname")
    (repo / "specs" / "shop.yaml").write_text(yaml.safe_dump(spec))
    code, out = run(["--root", str(repo)], capsys)
    assert code == 1
    assert "note: the spec changed but generated/shop_client did not: run `make generate`" in out
    assert "griffe:" not in out


# -- the real specs: the Python names computed are the generated ones -----------------


def _object_paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = []
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict) and node["properties"]:
            found.append(path)
        for key, value in node.items():
            found += _object_paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _object_paths(value, (*path, index))
    return found


def _public_paths(package: Any) -> set[str]:
    paths = set()
    for member in package.members.values():
        if not member.is_alias:
            paths.add(pydiff.normalise(member)[0])
            if member.is_module or member.is_class:
                paths |= _public_paths(member)
    return paths


@pytest.mark.parametrize(
    "provider", [p for p in providers() if p.package_dir.is_dir()], ids=lambda p: p.name
)
def test_symbols_named_for_real_specs_exist_in_the_generated_package(provider: Any) -> None:
    """Remove each property of each object schema in turn: the attribute the report names
    must be one the generated package has (component and inline models alike)."""
    spec = load_spec(provider)
    naming = cli.naming_for(provider.name, REPO)
    package = pydiff.load_package(provider.package_dir)
    assert package is not None
    existing = _public_paths(package)
    missing = []
    for path in _object_paths(spec):
        new = copy.deepcopy(spec)
        node = new
        for part in path:
            node = node[part]
        node["properties"].pop(next(iter(node["properties"])))
        for finding in SpecDiff(provider.name, spec, new, naming).run():
            if finding.kind.endswith("field-removed") and finding.symbol not in existing:
                missing.append(f"{'/'.join(map(str, path))}: {finding.symbol}")
    assert missing == []


def test_a_removed_or_renamed_resource_method_is_breaking(tmp_path: Path) -> None:
    from scripts.apidiff.pydiff import compare_packages

    resource = (
        "class Users:\n"
        "    def {name}(self, user_id: int) -> object:\n"
        "        return None\n\n"
        "    def list(self) -> list[object]:\n"
        "        return []\n"
    )
    for side, name in (("old", "get"), ("new", "fetch")):
        package = tmp_path / side / PKG
        (package / "resources").mkdir(parents=True)
        (package / "__init__.py").write_text("")
        (package / "resources" / "__init__.py").write_text("")
        (package / "resources" / "users.py").write_text(resource.format(name=name))
    findings = compare_packages("shop", PKG, tmp_path / "old" / PKG, tmp_path / "new" / PKG)
    breaking = [f for f in findings if f.breaking]
    assert [f.symbol for f in breaking] == [f"{PKG}.resources.users.Users.get"]
    assert [f.symbol for f in findings if not f.breaking] == [f"{PKG}.resources.users.Users.fetch"]
