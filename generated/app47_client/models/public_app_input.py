from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicAppInput")


@_attrs_define
class PublicAppInput:
    """A new public app: a link to a public store listing. At least one of
    `apple_external_id`, `google_external_id` and `windows_external_url` is required.

        Attributes:
            type_ (Literal['public']):  Default: 'public'.
            name (str | Unset): The name of the application.
            all_users (bool | Unset): Whether the app is available to all users of the account.
            display_order (int | Unset): Manual display order in the app store; lower numbers first, then by name.
            featured (bool | Unset): Whether the app is listed in the featured section of the app store.
            group_ids (list[str] | Unset): The groups the app is associated with.
            tag_ids (list[str] | Unset): The categories (tags) of the app.
            test_user_ids (list[str] | Unset): The test users who have access to test builds of the app (only required for
                Android and Windows builds).
            user_ids (list[str] | Unset): The users with direct access (not via a group) to the app.
            apple_external_id (str | Unset): The iTunes (App Store) id of a public app.
            google_external_id (str | Unset): The Google Play id of a public app (from its AndroidManifest.xml), e.g.
                com.evernote.
            windows_external_url (str | Unset): The URL of a public app in the Windows store.
    """

    type_: Literal["public"] = "public"
    name: str | Unset = UNSET
    all_users: bool | Unset = UNSET
    display_order: int | Unset = UNSET
    featured: bool | Unset = UNSET
    group_ids: list[str] | Unset = UNSET
    tag_ids: list[str] | Unset = UNSET
    test_user_ids: list[str] | Unset = UNSET
    user_ids: list[str] | Unset = UNSET
    apple_external_id: str | Unset = UNSET
    google_external_id: str | Unset = UNSET
    windows_external_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        all_users = self.all_users

        display_order = self.display_order

        featured = self.featured

        group_ids: list[str] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        tag_ids: list[str] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        test_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.test_user_ids, Unset):
            test_user_ids = self.test_user_ids

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        apple_external_id = self.apple_external_id

        google_external_id = self.google_external_id

        windows_external_url = self.windows_external_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if all_users is not UNSET:
            field_dict["all_users"] = all_users
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if featured is not UNSET:
            field_dict["featured"] = featured
        if group_ids is not UNSET:
            field_dict["group_ids"] = group_ids
        if tag_ids is not UNSET:
            field_dict["tag_ids"] = tag_ids
        if test_user_ids is not UNSET:
            field_dict["test_user_ids"] = test_user_ids
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if apple_external_id is not UNSET:
            field_dict["apple_external_id"] = apple_external_id
        if google_external_id is not UNSET:
            field_dict["google_external_id"] = google_external_id
        if windows_external_url is not UNSET:
            field_dict["windows_external_url"] = windows_external_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        type_ = cast(Literal["public"], d.pop("type"))
        if type_ != "public":
            raise ValueError(f"type must match const 'public', got '{type_}'")
        self.type_ = type_
        self.name = d.pop("name", UNSET)
        self.all_users = d.pop("all_users", UNSET)
        self.display_order = d.pop("display_order", UNSET)
        self.featured = d.pop("featured", UNSET)
        group_ids: list[str] | Unset = d.pop("group_ids", UNSET)

        self.group_ids = group_ids
        tag_ids: list[str] | Unset = d.pop("tag_ids", UNSET)

        self.tag_ids = tag_ids
        test_user_ids: list[str] | Unset = d.pop("test_user_ids", UNSET)

        self.test_user_ids = test_user_ids
        user_ids: list[str] | Unset = d.pop("user_ids", UNSET)

        self.user_ids = user_ids
        self.apple_external_id = d.pop("apple_external_id", UNSET)
        self.google_external_id = d.pop("google_external_id", UNSET)
        self.windows_external_url = d.pop("windows_external_url", UNSET)
        self.additional_properties = d
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
