"""What the project's model and property templates (config/templates) change in the
generated packages: from_dict's straight-line parsing gives the same models as the
constructor, a boolean `const` needs no argument, and a plain string where an enum is
expected raises a TypeError naming the enum, in to_dict and in query parameters alike."""

from __future__ import annotations

import builtins
import datetime
from typing import Any

import httpx2
import pytest
from app47_client.models.app import App
from appaloosa_client.api.mobile_application_updates import list_comments
from appaloosa_client.models.error import Error as AppaloosaError
from appaloosa_client.models.list_comments_sort_by import ListCommentsSortBy
from appaloosa_client.models.user import User
from appaloosa_client.models.user_search_result import UserSearchResult
from appaloosa_client.models.user_summary import UserSummary
from appush_client.models.application_input import ApplicationInput
from appush_client.models.environment import Environment
from push_express_client.models.all_apps_group_input import AllAppsGroupInput
from push_express_client.models.error import Error as PushExpressError
from push_express_client.models.selected_apps_group_input import SelectedAppsGroupInput

from overlays import appaloosa

USER = {"id": 7, "first_name": "Ada", "last_name": "L", "email": "a@x.io", "group_count": 2}


def test_from_dict_builds_the_same_model_as_the_constructor_and_keeps_extra_keys() -> None:
    parsed = UserSummary.from_dict({**USER, "unique_identifier": None, "nickname": "al"})

    expected = UserSummary(7, "Ada", "L", "a@x.io", unique_identifier=None, group_count=2)
    expected.additional_properties = {"nickname": "al"}
    assert parsed == expected
    assert parsed.additional_properties == {"nickname": "al"}
    assert parsed.to_dict() == {**USER, "unique_identifier": None, "nickname": "al"}


def test_from_dict_copies_its_input_and_leaves_it_unchanged() -> None:
    source = {**USER, "extra": 1}
    parsed = UserSummary.from_dict(source)
    parsed["more"] = 2
    assert source == {**USER, "extra": 1}


def test_from_dict_raises_on_a_missing_required_field() -> None:
    with pytest.raises(KeyError):
        UserSummary.from_dict({"id": 1})


def test_nested_models_parse_without_an_import_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    imports: list[str] = []
    real_import = builtins.__import__

    def counting(name: str, *args: Any, **kwargs: Any) -> Any:
        imports.append(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", counting)
    result = UserSearchResult.from_dict({"users": [USER, USER]})
    monkeypatch.undo()
    assert [user.first_name for user in result.users] == ["Ada", "Ada"]
    assert isinstance(result.users[0], UserSummary)
    assert imports == []


def test_a_field_named_like_its_model_parses() -> None:
    # The instance used to share its local name with the `error` field in from_dict.
    error = AppaloosaError.from_dict({"error": {"message": "refused"}})
    assert error.error.message == "refused"  # type: ignore[union-attr]
    assert isinstance(error, AppaloosaError)
    detailed = PushExpressError.from_dict({"error": {"code": 5}})
    assert isinstance(detailed, PushExpressError)


def test_unions_parse_in_order_and_fall_back_to_the_raw_value() -> None:
    stamp = "2024-05-01T10:00:00+00:00"
    user = User.from_dict({**USER, "current_sign_in_at": stamp, "currrent_sign_in_at": "soon"})
    assert user.current_sign_in_at == datetime.datetime.fromisoformat(stamp)
    assert user.currrent_sign_in_at == "soon"  # not a date: kept as given, as upstream does
    assert User.from_dict({**USER, "current_sign_in_at": None}).current_sign_in_at is None


def test_dates_round_trip() -> None:
    app = App.from_dict(
        {"id": "a" * 24, "name": "n", "type": "Web", "created": "2020-01-02T03:04:05+00:00"}
    )
    assert app.created == datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert app.to_dict()["created"] == "2020-01-02T03:04:05+00:00"


def test_a_boolean_const_field_needs_no_argument_and_is_checked_when_parsed() -> None:
    assert AllAppsGroupInput(name="all").to_dict() == {"name": "all", "all_apps": True}
    assert SelectedAppsGroupInput(name="some", app_ids=[1]).all_apps is False
    with pytest.raises(ValueError, match="all_apps must match const True"):
        AllAppsGroupInput.from_dict({"name": "x", "all_apps": False})


def test_a_string_where_an_enum_is_expected_raises_type_error_naming_the_enum() -> None:
    body = ApplicationInput(name="n", env="dev")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"env must be Environment \(such as Environment\.DEV\)"):
        body.to_dict()
    body.env = Environment.DEV
    assert body.to_dict() == {"name": "n", "env": "dev"}


def test_a_string_where_an_enum_query_parameter_is_expected_raises_type_error() -> None:
    client = appaloosa.client(
        52, "key", transport=httpx2.MockTransport(lambda r: httpx2.Response(200))
    )
    with pytest.raises(TypeError, match="sort_by must be ListCommentsSortBy"):
        list_comments.sync_detailed(1, client=client, sort_by="created_at")  # type: ignore[arg-type]
    assert isinstance(ListCommentsSortBy.CREATED_AT, ListCommentsSortBy)
