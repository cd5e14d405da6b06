from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """The fields to change; "you must fill at least one field".

    Attributes:
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        group_ids (list[int] | Unset):
        is_admin (bool | Unset):
        admin_for_group_ids (list[int] | Unset):
    """

    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    group_ids: list[int] | Unset = UNSET
    is_admin: bool | Unset = UNSET
    admin_for_group_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        group_ids: list[int] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        is_admin = self.is_admin

        admin_for_group_ids: list[int] | Unset = UNSET
        if not isinstance(self.admin_for_group_ids, Unset):
            admin_for_group_ids = self.admin_for_group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if group_ids is not UNSET:
            field_dict["group_ids"] = group_ids
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if admin_for_group_ids is not UNSET:
            field_dict["admin_for_group_ids"] = admin_for_group_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.email = d.pop("email", UNSET)
        self.first_name = d.pop("first_name", UNSET)
        self.last_name = d.pop("last_name", UNSET)
        group_ids: list[int] | Unset = d.pop("group_ids", UNSET)

        self.group_ids = group_ids
        self.is_admin = d.pop("is_admin", UNSET)
        admin_for_group_ids: list[int] | Unset = d.pop("admin_for_group_ids", UNSET)

        self.admin_for_group_ids = admin_for_group_ids
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
