from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupDetails")


@_attrs_define
class GroupDetails:
    """A group as shown by `get_group`, with its numbers of users and admins.

    Attributes:
        id (int):
        name (str):
        is_system (bool | Unset): Whether the group is a built-in group of the store.
        number_of_users (int | Unset):
        number_of_admins (int | Unset):
    """

    id: int
    name: str
    is_system: bool | Unset = UNSET
    number_of_users: int | Unset = UNSET
    number_of_admins: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        is_system = self.is_system

        number_of_users = self.number_of_users

        number_of_admins = self.number_of_admins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if is_system is not UNSET:
            field_dict["is_system"] = is_system
        if number_of_users is not UNSET:
            field_dict["number_of_users"] = number_of_users
        if number_of_admins is not UNSET:
            field_dict["number_of_admins"] = number_of_admins

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")
        self.name = d.pop("name")
        self.is_system = d.pop("is_system", UNSET)
        self.number_of_users = d.pop("number_of_users", UNSET)
        self.number_of_admins = d.pop("number_of_admins", UNSET)
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
