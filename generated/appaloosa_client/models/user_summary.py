from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSummary")


@_attrs_define
class UserSummary:
    """A user as listed or found by a search, with the number of their groups.

    Attributes:
        id (int):
        first_name (str):
        last_name (str):
        email (str):
        unique_identifier (None | str | Unset):
        is_admin (bool | Unset):
        group_count (int | Unset): The number of groups the user belongs to.
    """

    id: int
    first_name: str
    last_name: str
    email: str
    unique_identifier: None | str | Unset = UNSET
    is_admin: bool | Unset = UNSET
    group_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        unique_identifier: None | str | Unset
        if isinstance(self.unique_identifier, Unset):
            unique_identifier = UNSET
        else:
            unique_identifier = self.unique_identifier

        is_admin = self.is_admin

        group_count = self.group_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
            }
        )
        if unique_identifier is not UNSET:
            field_dict["unique_identifier"] = unique_identifier
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if group_count is not UNSET:
            field_dict["group_count"] = group_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")
        self.first_name = d.pop("first_name")
        self.last_name = d.pop("last_name")
        self.email = d.pop("email")
        unique_identifier: None | str | Unset = d.pop("unique_identifier", UNSET)

        self.unique_identifier = unique_identifier
        self.is_admin = d.pop("is_admin", UNSET)
        self.group_count = d.pop("group_count", UNSET)
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
