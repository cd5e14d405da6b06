from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    """
    Attributes:
        email (str): The user's email; it must be valid to receive the welcome email.
        first_name (str):
        last_name (str):
        notify (bool | Unset): Send a welcome email to the user. Default: False.
        group_ids (list[int] | Unset): The ids of the user's groups.
        is_admin (bool | Unset): Whether the user is a store admin. Default: False.
        admin_for_group_ids (list[int] | Unset): The ids of the groups the user administers.
    """

    email: str
    first_name: str
    last_name: str
    notify: bool | Unset = False
    group_ids: list[int] | Unset = UNSET
    is_admin: bool | Unset = False
    admin_for_group_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        notify = self.notify

        group_ids: list[int] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        is_admin = self.is_admin

        admin_for_group_ids: list[int] | Unset = UNSET
        if not isinstance(self.admin_for_group_ids, Unset):
            admin_for_group_ids = self.admin_for_group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if notify is not UNSET:
            field_dict["notify"] = notify
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
        self.email = d.pop("email")
        self.first_name = d.pop("first_name")
        self.last_name = d.pop("last_name")
        self.notify = d.pop("notify", UNSET)
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
