from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupInput")


@_attrs_define
class GroupInput:
    """
    Attributes:
        name (str): The group's name.
        users_can_install_previous_versions (bool | BooleanString | Unset): Whether the group's users may download
            previous versions of apps.
    """

    name: str
    users_can_install_previous_versions: bool | BooleanString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        users_can_install_previous_versions: bool | str | Unset
        if isinstance(self.users_can_install_previous_versions, Unset):
            users_can_install_previous_versions = UNSET
        elif isinstance(self.users_can_install_previous_versions, BooleanString):
            if not isinstance(self.users_can_install_previous_versions, BooleanString):
                raise TypeError(
                    f"users_can_install_previous_versions must be BooleanString (such as BooleanString.FALSE), not {type(self.users_can_install_previous_versions).__name__} {self.users_can_install_previous_versions!r}"
                )

            users_can_install_previous_versions = (
                self.users_can_install_previous_versions.value
            )
        else:
            users_can_install_previous_versions = (
                self.users_can_install_previous_versions
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if users_can_install_previous_versions is not UNSET:
            field_dict["users_can_install_previous_versions"] = (
                users_can_install_previous_versions
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.name = d.pop("name")
        _users_can_install_previous_versions = d.pop(
            "users_can_install_previous_versions", UNSET
        )
        users_can_install_previous_versions: bool | BooleanString | Unset
        if _users_can_install_previous_versions is UNSET:
            users_can_install_previous_versions = _users_can_install_previous_versions
        else:
            try:
                if not isinstance(_users_can_install_previous_versions, str):
                    raise TypeError()
                users_can_install_previous_versions_type_1 = BooleanString(
                    _users_can_install_previous_versions
                )

                users_can_install_previous_versions = (
                    users_can_install_previous_versions_type_1
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                users_can_install_previous_versions = (
                    _users_can_install_previous_versions
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
