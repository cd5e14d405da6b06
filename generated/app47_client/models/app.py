from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="App")


@_attrs_define
class App:
    """An app as the API returns it. Which fields are present depends on the app's type
    (the "Type(s)" column of the documentation's parameter table): `description`,
    `vendor` for all but public apps; `short_description` and
    `notify_users_on_build_activation` for private apps; `uri`, `version` for web apps;
    the store links for public apps.

        Attributes:
            id (str): An App47 id (24 hexadecimal digits), as a string.
            name (str): The name of the application.
            type_ (str): The type of the app, capitalised by the API ("Private", "Public", "Web", "B2b"
                or "B2B"); compare with `AppType` case-insensitively.
            created (datetime.datetime | Unset): When the app was created.
            modified (datetime.datetime | Unset): When the app was last updated.
            icon_url (str | Unset): The URL of the app's icon in the app store.
            description (str | Unset): The description of the app as it appears in the app store (all but public apps).
            vendor (str | Unset): The name of the vendor of the app (all but public apps).
            all_users (bool | Unset): Whether the app is available to all users of the account.
            featured (bool | Unset): Whether the app is listed in the featured section of the app store.
            display_order (int | Unset): Manual display order in the app store; lower numbers first, then by name.
            rating (float | Unset): The current rating of the app in the app store.
            group_ids (list[str] | Unset): The groups the app is associated with.
            user_ids (list[str] | Unset): The users with direct access (not via a group) to the app.
            test_user_ids (list[str] | Unset): The test users who have access to test builds of the app (only required for
                Android and Windows builds).
            tag_ids (list[str] | Unset): The categories (tags) of the app.
            notify_users_on_build_activation (bool | Unset): Whether users are notified when a build is activated (private
                apps).
            short_description (str | Unset): Short description shown on the app details page (private apps).
            apple_external_id (str | Unset): The iTunes (App Store) id of a public app.
            google_external_id (str | Unset): The Google Play id of a public app (from its AndroidManifest.xml), e.g.
                com.evernote.
            windows_external_url (str | Unset): The URL of a public app in the Windows store.
            uri (str | Unset): The URI (URL) of the HTML5 application (web apps).
            version (str | Unset): The current version of the web app, shown in the app store (web apps).
    """

    id: str
    name: str
    type_: str
    created: datetime.datetime | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    icon_url: str | Unset = UNSET
    description: str | Unset = UNSET
    vendor: str | Unset = UNSET
    all_users: bool | Unset = UNSET
    featured: bool | Unset = UNSET
    display_order: int | Unset = UNSET
    rating: float | Unset = UNSET
    group_ids: list[str] | Unset = UNSET
    user_ids: list[str] | Unset = UNSET
    test_user_ids: list[str] | Unset = UNSET
    tag_ids: list[str] | Unset = UNSET
    notify_users_on_build_activation: bool | Unset = UNSET
    short_description: str | Unset = UNSET
    apple_external_id: str | Unset = UNSET
    google_external_id: str | Unset = UNSET
    windows_external_url: str | Unset = UNSET
    uri: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        icon_url = self.icon_url

        description = self.description

        vendor = self.vendor

        all_users = self.all_users

        featured = self.featured

        display_order = self.display_order

        rating = self.rating

        group_ids: list[str] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        test_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.test_user_ids, Unset):
            test_user_ids = self.test_user_ids

        tag_ids: list[str] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        notify_users_on_build_activation = self.notify_users_on_build_activation

        short_description = self.short_description

        apple_external_id = self.apple_external_id

        google_external_id = self.google_external_id

        windows_external_url = self.windows_external_url

        uri = self.uri

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if description is not UNSET:
            field_dict["description"] = description
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if all_users is not UNSET:
            field_dict["all_users"] = all_users
        if featured is not UNSET:
            field_dict["featured"] = featured
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if rating is not UNSET:
            field_dict["rating"] = rating
        if group_ids is not UNSET:
            field_dict["group_ids"] = group_ids
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if test_user_ids is not UNSET:
            field_dict["test_user_ids"] = test_user_ids
        if tag_ids is not UNSET:
            field_dict["tag_ids"] = tag_ids
        if notify_users_on_build_activation is not UNSET:
            field_dict["notify_users_on_build_activation"] = (
                notify_users_on_build_activation
            )
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if apple_external_id is not UNSET:
            field_dict["apple_external_id"] = apple_external_id
        if google_external_id is not UNSET:
            field_dict["google_external_id"] = google_external_id
        if windows_external_url is not UNSET:
            field_dict["windows_external_url"] = windows_external_url
        if uri is not UNSET:
            field_dict["uri"] = uri
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")
        self.name = d.pop("name")
        self.type_ = d.pop("type")
        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset = (
            UNSET if _created is UNSET else datetime.datetime.fromisoformat(_created)
        )

        self.created = created
        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset = (
            UNSET if _modified is UNSET else datetime.datetime.fromisoformat(_modified)
        )

        self.modified = modified
        self.icon_url = d.pop("icon_url", UNSET)
        self.description = d.pop("description", UNSET)
        self.vendor = d.pop("vendor", UNSET)
        self.all_users = d.pop("all_users", UNSET)
        self.featured = d.pop("featured", UNSET)
        self.display_order = d.pop("display_order", UNSET)
        self.rating = d.pop("rating", UNSET)
        group_ids: list[str] | Unset = d.pop("group_ids", UNSET)

        self.group_ids = group_ids
        user_ids: list[str] | Unset = d.pop("user_ids", UNSET)

        self.user_ids = user_ids
        test_user_ids: list[str] | Unset = d.pop("test_user_ids", UNSET)

        self.test_user_ids = test_user_ids
        tag_ids: list[str] | Unset = d.pop("tag_ids", UNSET)

        self.tag_ids = tag_ids
        self.notify_users_on_build_activation = d.pop(
            "notify_users_on_build_activation", UNSET
        )
        self.short_description = d.pop("short_description", UNSET)
        self.apple_external_id = d.pop("apple_external_id", UNSET)
        self.google_external_id = d.pop("google_external_id", UNSET)
        self.windows_external_url = d.pop("windows_external_url", UNSET)
        self.uri = d.pop("uri", UNSET)
        self.version = d.pop("version", UNSET)
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
