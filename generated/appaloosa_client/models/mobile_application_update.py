from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MobileApplicationUpdate")


@_attrs_define
class MobileApplicationUpdate:
    """A version of a mobile application. The documentation's examples always carry every
    field; only the ones no client can do without are required, and the texts and URLs
    a version may lack accept null.

        Attributes:
            id (int): The mobile application update's id.
            mobile_application_id (int): The id of the mobile application this update is a version of.
            name (str): The application's name.
            version (str): The version (build) number, as text ("60").
            status (int): The update's status code (1 in every example; the codes are not documented).
            created_at (datetime.datetime): A date and time with its offset (RFC 3339).
            updated_at (datetime.datetime): A date and time with its offset (RFC 3339).
            icon_url (None | str | Unset): URL of the icon.
            description (None | str | Unset): The application's description.
            version_release (None | str | Unset): The version name shown to users ("V5.60").
            min_os_version (None | str | Unset): The minimum OS version.
            binary_file_size (int | None | Unset): Size of the binary in bytes.
            application_id (None | str | Unset): The bundle id or package name ("com.appaloosa.app").
            download_url (None | str | Unset): URL of the binary.
            url (None | str | Unset): The application's store page.
            application_type (None | str | Unset): The kind of application ("native" in every example).
            unique_downloads (int | Unset): Unique downloads, updated every 20 minutes.
            notification_type (str | Unset): How users are notified of the update ("classic"); absent from some answers.
            screenshots_urls (list[str] | Unset): URLs of the screenshots.
            groups (list[str] | Unset): Names of the groups that see this update.
            groups_ids (list[int] | Unset): Ids of the groups that see this update.
            categories (list[str] | Unset): Labels of the update's categories.
            platforms (list[str] | Unset): Platforms the update runs on, as the API writes them (Android, iPhone, iPad,
                WindowsPhone).
            banner_url (None | str | Unset): URL of the banner.
            catchphrase (None | str | Unset): The catch phrase.
            changelog (None | str | Unset): The changelog of this version.
            aab_url (None | str | Unset): URL of the Android App Bundle, when there is one.
    """

    id: int
    mobile_application_id: int
    name: str
    version: str
    status: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    icon_url: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    version_release: None | str | Unset = UNSET
    min_os_version: None | str | Unset = UNSET
    binary_file_size: int | None | Unset = UNSET
    application_id: None | str | Unset = UNSET
    download_url: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    application_type: None | str | Unset = UNSET
    unique_downloads: int | Unset = UNSET
    notification_type: str | Unset = UNSET
    screenshots_urls: list[str] | Unset = UNSET
    groups: list[str] | Unset = UNSET
    groups_ids: list[int] | Unset = UNSET
    categories: list[str] | Unset = UNSET
    platforms: list[str] | Unset = UNSET
    banner_url: None | str | Unset = UNSET
    catchphrase: None | str | Unset = UNSET
    changelog: None | str | Unset = UNSET
    aab_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mobile_application_id = self.mobile_application_id

        name = self.name

        version = self.version

        status = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        icon_url: None | str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        version_release: None | str | Unset
        if isinstance(self.version_release, Unset):
            version_release = UNSET
        else:
            version_release = self.version_release

        min_os_version: None | str | Unset
        if isinstance(self.min_os_version, Unset):
            min_os_version = UNSET
        else:
            min_os_version = self.min_os_version

        binary_file_size: int | None | Unset
        if isinstance(self.binary_file_size, Unset):
            binary_file_size = UNSET
        else:
            binary_file_size = self.binary_file_size

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        application_type: None | str | Unset
        if isinstance(self.application_type, Unset):
            application_type = UNSET
        else:
            application_type = self.application_type

        unique_downloads = self.unique_downloads

        notification_type = self.notification_type

        screenshots_urls: list[str] | Unset = UNSET
        if not isinstance(self.screenshots_urls, Unset):
            screenshots_urls = self.screenshots_urls

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        groups_ids: list[int] | Unset = UNSET
        if not isinstance(self.groups_ids, Unset):
            groups_ids = self.groups_ids

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        platforms: list[str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = self.platforms

        banner_url: None | str | Unset
        if isinstance(self.banner_url, Unset):
            banner_url = UNSET
        else:
            banner_url = self.banner_url

        catchphrase: None | str | Unset
        if isinstance(self.catchphrase, Unset):
            catchphrase = UNSET
        else:
            catchphrase = self.catchphrase

        changelog: None | str | Unset
        if isinstance(self.changelog, Unset):
            changelog = UNSET
        else:
            changelog = self.changelog

        aab_url: None | str | Unset
        if isinstance(self.aab_url, Unset):
            aab_url = UNSET
        else:
            aab_url = self.aab_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mobile_application_id": mobile_application_id,
                "name": name,
                "version": version,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if description is not UNSET:
            field_dict["description"] = description
        if version_release is not UNSET:
            field_dict["version_release"] = version_release
        if min_os_version is not UNSET:
            field_dict["min_os_version"] = min_os_version
        if binary_file_size is not UNSET:
            field_dict["binary_file_size"] = binary_file_size
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if url is not UNSET:
            field_dict["url"] = url
        if application_type is not UNSET:
            field_dict["application_type"] = application_type
        if unique_downloads is not UNSET:
            field_dict["unique_downloads"] = unique_downloads
        if notification_type is not UNSET:
            field_dict["notification_type"] = notification_type
        if screenshots_urls is not UNSET:
            field_dict["screenshots_urls"] = screenshots_urls
        if groups is not UNSET:
            field_dict["groups"] = groups
        if groups_ids is not UNSET:
            field_dict["groups_ids"] = groups_ids
        if categories is not UNSET:
            field_dict["categories"] = categories
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if banner_url is not UNSET:
            field_dict["banner_url"] = banner_url
        if catchphrase is not UNSET:
            field_dict["catchphrase"] = catchphrase
        if changelog is not UNSET:
            field_dict["changelog"] = changelog
        if aab_url is not UNSET:
            field_dict["aab_url"] = aab_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")
        self.mobile_application_id = d.pop("mobile_application_id")
        self.name = d.pop("name")
        self.version = d.pop("version")
        self.status = d.pop("status")
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        self.created_at = created_at
        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        self.updated_at = updated_at
        icon_url: None | str | Unset = d.pop("icon_url", UNSET)

        self.icon_url = icon_url
        description: None | str | Unset = d.pop("description", UNSET)

        self.description = description
        version_release: None | str | Unset = d.pop("version_release", UNSET)

        self.version_release = version_release
        min_os_version: None | str | Unset = d.pop("min_os_version", UNSET)

        self.min_os_version = min_os_version
        binary_file_size: int | None | Unset = d.pop("binary_file_size", UNSET)

        self.binary_file_size = binary_file_size
        application_id: None | str | Unset = d.pop("application_id", UNSET)

        self.application_id = application_id
        download_url: None | str | Unset = d.pop("download_url", UNSET)

        self.download_url = download_url
        url: None | str | Unset = d.pop("url", UNSET)

        self.url = url
        application_type: None | str | Unset = d.pop("application_type", UNSET)

        self.application_type = application_type
        self.unique_downloads = d.pop("unique_downloads", UNSET)
        self.notification_type = d.pop("notification_type", UNSET)
        screenshots_urls: list[str] | Unset = d.pop("screenshots_urls", UNSET)

        self.screenshots_urls = screenshots_urls
        groups: list[str] | Unset = d.pop("groups", UNSET)

        self.groups = groups
        groups_ids: list[int] | Unset = d.pop("groups_ids", UNSET)

        self.groups_ids = groups_ids
        categories: list[str] | Unset = d.pop("categories", UNSET)

        self.categories = categories
        platforms: list[str] | Unset = d.pop("platforms", UNSET)

        self.platforms = platforms
        banner_url: None | str | Unset = d.pop("banner_url", UNSET)

        self.banner_url = banner_url
        catchphrase: None | str | Unset = d.pop("catchphrase", UNSET)

        self.catchphrase = catchphrase
        changelog: None | str | Unset = d.pop("changelog", UNSET)

        self.changelog = changelog
        aab_url: None | str | Unset = d.pop("aab_url", UNSET)

        self.aab_url = aab_url
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
