from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """A group as created, updated or listed. `users_can_install_previous_versions` is
    null on some answers and absent from others.

        Attributes:
            id (int):
            name (str):
            color (str | Unset): The group's colour, as hex RGB without "#".
            store_id (int | Unset):
            created_at (datetime.datetime | Unset): A date and time with its offset (RFC 3339).
            updated_at (datetime.datetime | Unset): A date and time with its offset (RFC 3339).
            users_can_install_previous_versions (bool | None | Unset): Whether the group's users may download previous
                versions of apps.
    """

    id: int
    name: str
    color: str | Unset = UNSET
    store_id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    users_can_install_previous_versions: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        color = self.color

        store_id = self.store_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        users_can_install_previous_versions: bool | None | Unset
        if isinstance(self.users_can_install_previous_versions, Unset):
            users_can_install_previous_versions = UNSET
        else:
            users_can_install_previous_versions = (
                self.users_can_install_previous_versions
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if users_can_install_previous_versions is not UNSET:
            field_dict["users_can_install_previous_versions"] = (
                users_can_install_previous_versions
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")
        self.name = d.pop("name")
        self.color = d.pop("color", UNSET)
        self.store_id = d.pop("store_id", UNSET)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            UNSET
            if _created_at is UNSET
            else datetime.datetime.fromisoformat(_created_at)
        )

        self.created_at = created_at
        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = (
            UNSET
            if _updated_at is UNSET
            else datetime.datetime.fromisoformat(_updated_at)
        )

        self.updated_at = updated_at
        users_can_install_previous_versions: bool | None | Unset = d.pop(
            "users_can_install_previous_versions", UNSET
        )

        self.users_can_install_previous_versions = users_can_install_previous_versions
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
