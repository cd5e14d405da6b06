from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupFromGroups")


@_attrs_define
class GroupFromGroups:
    """A new group made of the users of `group_ids_to_add`, minus those of
    `group_ids_to_remove`. Both are comma-separated group ids in one string ("10,12";
    the documentation's example puts a space after the comma).

        Attributes:
            name (str):
            group_ids_to_add (str): Comma-separated group ids ("10,12").
            group_ids_to_remove (str | Unset): Comma-separated group ids ("10,12").
    """

    name: str
    group_ids_to_add: str
    group_ids_to_remove: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        group_ids_to_add = self.group_ids_to_add

        group_ids_to_remove = self.group_ids_to_remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "group_ids_to_add": group_ids_to_add,
            }
        )
        if group_ids_to_remove is not UNSET:
            field_dict["group_ids_to_remove"] = group_ids_to_remove

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.name = d.pop("name")
        self.group_ids_to_add = d.pop("group_ids_to_add")
        self.group_ids_to_remove = d.pop("group_ids_to_remove", UNSET)
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
