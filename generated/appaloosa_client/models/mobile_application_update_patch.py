from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="MobileApplicationUpdatePatch")


@_attrs_define
class MobileApplicationUpdatePatch:
    """The multipart form of an update's changes. Field names are Rails' nested names:
    `mobile_application_update[<field>]`, and `mobile_application_update[group_ids][]`
    repeated once per group id. Files are sent as file parts.

        Attributes:
            mobile_application_update_name (str | Unset): The name of the app.
            mobile_application_update_group_ids (list[int] | Unset): The ids of the groups that see the update (one form
                field per id).
            mobile_application_update_catchphrase (str | Unset): The catch phrase.
            mobile_application_update_description (str | Unset): The description.
            mobile_application_update_icon (File | Unset): The icon (an image file).
            mobile_application_update_banner (File | Unset): The banner (an image file).
            mobile_application_update_screenshot1 (File | Unset): Screenshot 1 (an image file).
            mobile_application_update_screenshot2 (File | Unset): Screenshot 2 (an image file).
            mobile_application_update_screenshot3 (File | Unset): Screenshot 3 (an image file).
            mobile_application_update_screenshot4 (File | Unset): Screenshot 4 (an image file).
            mobile_application_update_screenshot5 (File | Unset): Screenshot 5 (an image file).
            mobile_application_update_push_force_install (bool | Unset): Force the install on the users' devices.
            mobile_application_update_changelog (str | Unset): The changelog of this version.
    """

    mobile_application_update_name: str | Unset = UNSET
    mobile_application_update_group_ids: list[int] | Unset = UNSET
    mobile_application_update_catchphrase: str | Unset = UNSET
    mobile_application_update_description: str | Unset = UNSET
    mobile_application_update_icon: File | Unset = UNSET
    mobile_application_update_banner: File | Unset = UNSET
    mobile_application_update_screenshot1: File | Unset = UNSET
    mobile_application_update_screenshot2: File | Unset = UNSET
    mobile_application_update_screenshot3: File | Unset = UNSET
    mobile_application_update_screenshot4: File | Unset = UNSET
    mobile_application_update_screenshot5: File | Unset = UNSET
    mobile_application_update_push_force_install: bool | Unset = UNSET
    mobile_application_update_changelog: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mobile_application_update_name = self.mobile_application_update_name

        mobile_application_update_group_ids: list[int] | Unset = UNSET
        if not isinstance(self.mobile_application_update_group_ids, Unset):
            mobile_application_update_group_ids = (
                self.mobile_application_update_group_ids
            )

        mobile_application_update_catchphrase = (
            self.mobile_application_update_catchphrase
        )

        mobile_application_update_description = (
            self.mobile_application_update_description
        )

        mobile_application_update_icon: FileTypes | Unset = UNSET
        if not isinstance(self.mobile_application_update_icon, Unset):
            mobile_application_update_icon = (
                self.mobile_application_update_icon.to_tuple()
            )

        mobile_application_update_banner: FileTypes | Unset = UNSET
        if not isinstance(self.mobile_application_update_banner, Unset):
            mobile_application_update_banner = (
                self.mobile_application_update_banner.to_tuple()
            )

        mobile_application_update_screenshot1: FileTypes | Unset = UNSET
        if not isinstance(self.mobile_application_update_screenshot1, Unset):
            mobile_application_update_screenshot1 = (
                self.mobile_application_update_screenshot1.to_tuple()
            )

        mobile_application_update_screenshot2: FileTypes | Unset = UNSET
        if not isinstance(self.mobile_application_update_screenshot2, Unset):
            mobile_application_update_screenshot2 = (
                self.mobile_application_update_screenshot2.to_tuple()
            )

        mobile_application_update_screenshot3: FileTypes | Unset = UNSET
        if not isinstance(self.mobile_application_update_screenshot3, Unset):
            mobile_application_update_screenshot3 = (
                self.mobile_application_update_screenshot3.to_tuple()
            )

        mobile_application_update_screenshot4: FileTypes | Unset = UNSET
        if not isinstance(self.mobile_application_update_screenshot4, Unset):
            mobile_application_update_screenshot4 = (
                self.mobile_application_update_screenshot4.to_tuple()
            )

        mobile_application_update_screenshot5: FileTypes | Unset = UNSET
        if not isinstance(self.mobile_application_update_screenshot5, Unset):
            mobile_application_update_screenshot5 = (
                self.mobile_application_update_screenshot5.to_tuple()
            )

        mobile_application_update_push_force_install = (
            self.mobile_application_update_push_force_install
        )

        mobile_application_update_changelog = self.mobile_application_update_changelog

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if mobile_application_update_name is not UNSET:
            field_dict["mobile_application_update[name]"] = (
                mobile_application_update_name
            )
        if mobile_application_update_group_ids is not UNSET:
            field_dict["mobile_application_update[group_ids][]"] = (
                mobile_application_update_group_ids
            )
        if mobile_application_update_catchphrase is not UNSET:
            field_dict["mobile_application_update[catchphrase]"] = (
                mobile_application_update_catchphrase
            )
        if mobile_application_update_description is not UNSET:
            field_dict["mobile_application_update[description]"] = (
                mobile_application_update_description
            )
        if mobile_application_update_icon is not UNSET:
            field_dict["mobile_application_update[icon]"] = (
                mobile_application_update_icon
            )
        if mobile_application_update_banner is not UNSET:
            field_dict["mobile_application_update[banner]"] = (
                mobile_application_update_banner
            )
        if mobile_application_update_screenshot1 is not UNSET:
            field_dict["mobile_application_update[screenshot1]"] = (
                mobile_application_update_screenshot1
            )
        if mobile_application_update_screenshot2 is not UNSET:
            field_dict["mobile_application_update[screenshot2]"] = (
                mobile_application_update_screenshot2
            )
        if mobile_application_update_screenshot3 is not UNSET:
            field_dict["mobile_application_update[screenshot3]"] = (
                mobile_application_update_screenshot3
            )
        if mobile_application_update_screenshot4 is not UNSET:
            field_dict["mobile_application_update[screenshot4]"] = (
                mobile_application_update_screenshot4
            )
        if mobile_application_update_screenshot5 is not UNSET:
            field_dict["mobile_application_update[screenshot5]"] = (
                mobile_application_update_screenshot5
            )
        if mobile_application_update_push_force_install is not UNSET:
            field_dict["mobile_application_update[push_force_install]"] = (
                mobile_application_update_push_force_install
            )
        if mobile_application_update_changelog is not UNSET:
            field_dict["mobile_application_update[changelog]"] = (
                mobile_application_update_changelog
            )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.mobile_application_update_name, Unset):
            files.append(
                (
                    "mobile_application_update[name]",
                    (
                        None,
                        str(self.mobile_application_update_name).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.mobile_application_update_group_ids, Unset):
            for (
                mobile_application_update_group_ids_item_element
            ) in self.mobile_application_update_group_ids:
                files.append(
                    (
                        "mobile_application_update[group_ids][]",
                        (
                            None,
                            str(
                                mobile_application_update_group_ids_item_element
                            ).encode(),
                            "text/plain",
                        ),
                    )
                )

        if not isinstance(self.mobile_application_update_catchphrase, Unset):
            files.append(
                (
                    "mobile_application_update[catchphrase]",
                    (
                        None,
                        str(self.mobile_application_update_catchphrase).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.mobile_application_update_description, Unset):
            files.append(
                (
                    "mobile_application_update[description]",
                    (
                        None,
                        str(self.mobile_application_update_description).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.mobile_application_update_icon, Unset):
            files.append(
                (
                    "mobile_application_update[icon]",
                    self.mobile_application_update_icon.to_tuple(),
                )
            )

        if not isinstance(self.mobile_application_update_banner, Unset):
            files.append(
                (
                    "mobile_application_update[banner]",
                    self.mobile_application_update_banner.to_tuple(),
                )
            )

        if not isinstance(self.mobile_application_update_screenshot1, Unset):
            files.append(
                (
                    "mobile_application_update[screenshot1]",
                    self.mobile_application_update_screenshot1.to_tuple(),
                )
            )

        if not isinstance(self.mobile_application_update_screenshot2, Unset):
            files.append(
                (
                    "mobile_application_update[screenshot2]",
                    self.mobile_application_update_screenshot2.to_tuple(),
                )
            )

        if not isinstance(self.mobile_application_update_screenshot3, Unset):
            files.append(
                (
                    "mobile_application_update[screenshot3]",
                    self.mobile_application_update_screenshot3.to_tuple(),
                )
            )

        if not isinstance(self.mobile_application_update_screenshot4, Unset):
            files.append(
                (
                    "mobile_application_update[screenshot4]",
                    self.mobile_application_update_screenshot4.to_tuple(),
                )
            )

        if not isinstance(self.mobile_application_update_screenshot5, Unset):
            files.append(
                (
                    "mobile_application_update[screenshot5]",
                    self.mobile_application_update_screenshot5.to_tuple(),
                )
            )

        if not isinstance(self.mobile_application_update_push_force_install, Unset):
            files.append(
                (
                    "mobile_application_update[push_force_install]",
                    (
                        None,
                        b"true"
                        if self.mobile_application_update_push_force_install
                        else b"false",
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.mobile_application_update_changelog, Unset):
            files.append(
                (
                    "mobile_application_update[changelog]",
                    (
                        None,
                        str(self.mobile_application_update_changelog).encode(),
                        "text/plain",
                    ),
                )
            )

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.mobile_application_update_name = d.pop(
            "mobile_application_update[name]", UNSET
        )
        mobile_application_update_group_ids: list[int] | Unset = d.pop(
            "mobile_application_update[group_ids][]", UNSET
        )

        self.mobile_application_update_group_ids = mobile_application_update_group_ids
        self.mobile_application_update_catchphrase = d.pop(
            "mobile_application_update[catchphrase]", UNSET
        )
        self.mobile_application_update_description = d.pop(
            "mobile_application_update[description]", UNSET
        )
        _mobile_application_update_icon = d.pop(
            "mobile_application_update[icon]", UNSET
        )
        mobile_application_update_icon: File | Unset = (
            UNSET
            if _mobile_application_update_icon is UNSET
            else File(payload=BytesIO(_mobile_application_update_icon))
        )

        self.mobile_application_update_icon = mobile_application_update_icon
        _mobile_application_update_banner = d.pop(
            "mobile_application_update[banner]", UNSET
        )
        mobile_application_update_banner: File | Unset = (
            UNSET
            if _mobile_application_update_banner is UNSET
            else File(payload=BytesIO(_mobile_application_update_banner))
        )

        self.mobile_application_update_banner = mobile_application_update_banner
        _mobile_application_update_screenshot1 = d.pop(
            "mobile_application_update[screenshot1]", UNSET
        )
        mobile_application_update_screenshot1: File | Unset = (
            UNSET
            if _mobile_application_update_screenshot1 is UNSET
            else File(payload=BytesIO(_mobile_application_update_screenshot1))
        )

        self.mobile_application_update_screenshot1 = (
            mobile_application_update_screenshot1
        )
        _mobile_application_update_screenshot2 = d.pop(
            "mobile_application_update[screenshot2]", UNSET
        )
        mobile_application_update_screenshot2: File | Unset = (
            UNSET
            if _mobile_application_update_screenshot2 is UNSET
            else File(payload=BytesIO(_mobile_application_update_screenshot2))
        )

        self.mobile_application_update_screenshot2 = (
            mobile_application_update_screenshot2
        )
        _mobile_application_update_screenshot3 = d.pop(
            "mobile_application_update[screenshot3]", UNSET
        )
        mobile_application_update_screenshot3: File | Unset = (
            UNSET
            if _mobile_application_update_screenshot3 is UNSET
            else File(payload=BytesIO(_mobile_application_update_screenshot3))
        )

        self.mobile_application_update_screenshot3 = (
            mobile_application_update_screenshot3
        )
        _mobile_application_update_screenshot4 = d.pop(
            "mobile_application_update[screenshot4]", UNSET
        )
        mobile_application_update_screenshot4: File | Unset = (
            UNSET
            if _mobile_application_update_screenshot4 is UNSET
            else File(payload=BytesIO(_mobile_application_update_screenshot4))
        )

        self.mobile_application_update_screenshot4 = (
            mobile_application_update_screenshot4
        )
        _mobile_application_update_screenshot5 = d.pop(
            "mobile_application_update[screenshot5]", UNSET
        )
        mobile_application_update_screenshot5: File | Unset = (
            UNSET
            if _mobile_application_update_screenshot5 is UNSET
            else File(payload=BytesIO(_mobile_application_update_screenshot5))
        )

        self.mobile_application_update_screenshot5 = (
            mobile_application_update_screenshot5
        )
        self.mobile_application_update_push_force_install = d.pop(
            "mobile_application_update[push_force_install]", UNSET
        )
        self.mobile_application_update_changelog = d.pop(
            "mobile_application_update[changelog]", UNSET
        )
        return self
