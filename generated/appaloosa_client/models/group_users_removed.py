from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupUsersRemoved")


@_attrs_define
class GroupUsersRemoved:
    """
    Attributes:
        group (Group): A group as created, updated or listed. `users_can_install_previous_versions` is
            null on some answers and absent from others.
        number_of_users_removed (int):
    """

    group: Group
    number_of_users_removed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group.to_dict()

        number_of_users_removed = self.number_of_users_removed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
                "number_of_users_removed": number_of_users_removed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        group = Group.from_dict(d.pop("group"))

        self.group = group
        self.number_of_users_removed = d.pop("number_of_users_removed")
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


# Imported after the class, once, not in every call: see the template's header.
from ..models.group import Group
