from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadMobileApplicationUpdate")


@_attrs_define
class UploadMobileApplicationUpdate:
    """A new mobile application update from public URLs (every URL must be publicly
    reachable by Appaloosa).

        Attributes:
            binary_path (str): The public URL of the binary (.ipa, .apk).
            group_ids (list[int] | Unset): The ids of the groups that see the update.
            catchphrase (str | Unset): The catch phrase.
            description (str | Unset): The description.
            banner (str | Unset): Public URL of the banner.
            screenshot1 (str | Unset): Public URL of screenshot 1.
            screenshot2 (str | Unset): Public URL of screenshot 2.
            screenshot3 (str | Unset): Public URL of screenshot 3.
            screenshot4 (str | Unset): Public URL of screenshot 4.
            screenshot5 (str | Unset): Public URL of screenshot 5.
            changelog (str | Unset): The changelog of this version.
            aab_url (str | Unset): Public URL of an Android App Bundle (sent by the documentation's example only).
    """

    binary_path: str
    group_ids: list[int] | Unset = UNSET
    catchphrase: str | Unset = UNSET
    description: str | Unset = UNSET
    banner: str | Unset = UNSET
    screenshot1: str | Unset = UNSET
    screenshot2: str | Unset = UNSET
    screenshot3: str | Unset = UNSET
    screenshot4: str | Unset = UNSET
    screenshot5: str | Unset = UNSET
    changelog: str | Unset = UNSET
    aab_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        binary_path = self.binary_path

        group_ids: list[int] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        catchphrase = self.catchphrase

        description = self.description

        banner = self.banner

        screenshot1 = self.screenshot1

        screenshot2 = self.screenshot2

        screenshot3 = self.screenshot3

        screenshot4 = self.screenshot4

        screenshot5 = self.screenshot5

        changelog = self.changelog

        aab_url = self.aab_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "binary_path": binary_path,
            }
        )
        if group_ids is not UNSET:
            field_dict["group_ids"] = group_ids
        if catchphrase is not UNSET:
            field_dict["catchphrase"] = catchphrase
        if description is not UNSET:
            field_dict["description"] = description
        if banner is not UNSET:
            field_dict["banner"] = banner
        if screenshot1 is not UNSET:
            field_dict["screenshot1"] = screenshot1
        if screenshot2 is not UNSET:
            field_dict["screenshot2"] = screenshot2
        if screenshot3 is not UNSET:
            field_dict["screenshot3"] = screenshot3
        if screenshot4 is not UNSET:
            field_dict["screenshot4"] = screenshot4
        if screenshot5 is not UNSET:
            field_dict["screenshot5"] = screenshot5
        if changelog is not UNSET:
            field_dict["changelog"] = changelog
        if aab_url is not UNSET:
            field_dict["aab_url"] = aab_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.binary_path = d.pop("binary_path")
        group_ids: list[int] | Unset = d.pop("group_ids", UNSET)

        self.group_ids = group_ids
        self.catchphrase = d.pop("catchphrase", UNSET)
        self.description = d.pop("description", UNSET)
        self.banner = d.pop("banner", UNSET)
        self.screenshot1 = d.pop("screenshot1", UNSET)
        self.screenshot2 = d.pop("screenshot2", UNSET)
        self.screenshot3 = d.pop("screenshot3", UNSET)
        self.screenshot4 = d.pop("screenshot4", UNSET)
        self.screenshot5 = d.pop("screenshot5", UNSET)
        self.changelog = d.pop("changelog", UNSET)
        self.aab_url = d.pop("aab_url", UNSET)
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
