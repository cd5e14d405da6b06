from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppUpdate")


@_attrs_define
class AppUpdate:
    """The fields to change. Every input field of every app type is listed; the server
    accepts those of the app's type. `type` cannot be changed.

        Attributes:
            name (str | Unset): The name of the application.
            all_users (bool | Unset): Whether the app is available to all users of the account.
            display_order (int | Unset): Manual display order in the app store; lower numbers first, then by name.
            featured (bool | Unset): Whether the app is listed in the featured section of the app store.
            group_ids (list[str] | Unset): The groups the app is associated with.
            tag_ids (list[str] | Unset): The categories (tags) of the app.
            test_user_ids (list[str] | Unset): The test users who have access to test builds of the app (only required for
                Android and Windows builds).
            user_ids (list[str] | Unset): The users with direct access (not via a group) to the app.
            description (str | Unset): The description of the app as it appears in the app store (all but public apps).
            vendor (str | Unset): The name of the vendor of the app (all but public apps).
            app_screenshots_upload_ids (list[str] | Unset): Uploaded File Ids of the app's screenshots (all but public apps;
                input only).
            featured_image_upload_file_id (str | Unset): Uploaded File Id of the app's featured image (all but public apps;
                input only).
            image_upload_file_id (str | Unset): Uploaded File Id of the app's icon (all but public apps; input only).
            notify_users_on_build_activation (bool | Unset): Whether users are notified when a build is activated (private
                apps).
            short_description (str | Unset): Short description shown on the app details page (private apps).
            uri (str | Unset): The URI (URL) of the HTML5 application (web apps).
            version (str | Unset): The current version of the web app, shown in the app store (web apps).
            apple_external_id (str | Unset): The iTunes (App Store) id of a public app.
            google_external_id (str | Unset): The Google Play id of a public app (from its AndroidManifest.xml), e.g.
                com.evernote.
            windows_external_url (str | Unset): The URL of a public app in the Windows store.
    """

    name: str | Unset = UNSET
    all_users: bool | Unset = UNSET
    display_order: int | Unset = UNSET
    featured: bool | Unset = UNSET
    group_ids: list[str] | Unset = UNSET
    tag_ids: list[str] | Unset = UNSET
    test_user_ids: list[str] | Unset = UNSET
    user_ids: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    vendor: str | Unset = UNSET
    app_screenshots_upload_ids: list[str] | Unset = UNSET
    featured_image_upload_file_id: str | Unset = UNSET
    image_upload_file_id: str | Unset = UNSET
    notify_users_on_build_activation: bool | Unset = UNSET
    short_description: str | Unset = UNSET
    uri: str | Unset = UNSET
    version: str | Unset = UNSET
    apple_external_id: str | Unset = UNSET
    google_external_id: str | Unset = UNSET
    windows_external_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        description = self.description

        vendor = self.vendor

        app_screenshots_upload_ids: list[str] | Unset = UNSET
        if not isinstance(self.app_screenshots_upload_ids, Unset):
            app_screenshots_upload_ids = self.app_screenshots_upload_ids

        featured_image_upload_file_id = self.featured_image_upload_file_id

        image_upload_file_id = self.image_upload_file_id

        notify_users_on_build_activation = self.notify_users_on_build_activation

        short_description = self.short_description

        uri = self.uri

        version = self.version

        apple_external_id = self.apple_external_id

        google_external_id = self.google_external_id

        windows_external_url = self.windows_external_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if description is not UNSET:
            field_dict["description"] = description
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if app_screenshots_upload_ids is not UNSET:
            field_dict["app_screenshots_upload_ids"] = app_screenshots_upload_ids
        if featured_image_upload_file_id is not UNSET:
            field_dict["featured_image_upload_file_id"] = featured_image_upload_file_id
        if image_upload_file_id is not UNSET:
            field_dict["image_upload_file_id"] = image_upload_file_id
        if notify_users_on_build_activation is not UNSET:
            field_dict["notify_users_on_build_activation"] = (
                notify_users_on_build_activation
            )
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if uri is not UNSET:
            field_dict["uri"] = uri
        if version is not UNSET:
            field_dict["version"] = version
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
        self.description = d.pop("description", UNSET)
        self.vendor = d.pop("vendor", UNSET)
        app_screenshots_upload_ids: list[str] | Unset = d.pop(
            "app_screenshots_upload_ids", UNSET
        )

        self.app_screenshots_upload_ids = app_screenshots_upload_ids
        self.featured_image_upload_file_id = d.pop(
            "featured_image_upload_file_id", UNSET
        )
        self.image_upload_file_id = d.pop("image_upload_file_id", UNSET)
        self.notify_users_on_build_activation = d.pop(
            "notify_users_on_build_activation", UNSET
        )
        self.short_description = d.pop("short_description", UNSET)
        self.uri = d.pop("uri", UNSET)
        self.version = d.pop("version", UNSET)
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
