from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user's details. The API sends the last sign-in time as `currrent_sign_in_at`
    (three r's); the correctly spelled name is accepted too, should the API fix it.

        Attributes:
            id (int): The user's id.
            first_name (str):
            last_name (str):
            email (str):
            unique_identifier (None | str | Unset): An identifier of the user in another system (null when unset).
            currrent_sign_in_at (datetime.datetime | None | Unset): When the user last signed in (the API's own spelling;
                null if never).
            current_sign_in_at (datetime.datetime | None | Unset): When the user last signed in, under its correct spelling
                (not sent today).
            is_admin (bool | Unset): Whether the user is a store admin.
            group_ids (list[int] | Unset): The ids of the user's groups.
            authentication_methods (list[Any] | Unset): The user's authentication methods (empty in every example; their
                form is not documented).
    """

    id: int
    first_name: str
    last_name: str
    email: str
    unique_identifier: None | str | Unset = UNSET
    currrent_sign_in_at: datetime.datetime | None | Unset = UNSET
    current_sign_in_at: datetime.datetime | None | Unset = UNSET
    is_admin: bool | Unset = UNSET
    group_ids: list[int] | Unset = UNSET
    authentication_methods: list[Any] | Unset = UNSET
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

        currrent_sign_in_at: None | str | Unset
        if isinstance(self.currrent_sign_in_at, Unset):
            currrent_sign_in_at = UNSET
        elif isinstance(self.currrent_sign_in_at, datetime.datetime):
            currrent_sign_in_at = self.currrent_sign_in_at.isoformat()
        else:
            currrent_sign_in_at = self.currrent_sign_in_at

        current_sign_in_at: None | str | Unset
        if isinstance(self.current_sign_in_at, Unset):
            current_sign_in_at = UNSET
        elif isinstance(self.current_sign_in_at, datetime.datetime):
            current_sign_in_at = self.current_sign_in_at.isoformat()
        else:
            current_sign_in_at = self.current_sign_in_at

        is_admin = self.is_admin

        group_ids: list[int] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        authentication_methods: list[Any] | Unset = UNSET
        if not isinstance(self.authentication_methods, Unset):
            authentication_methods = self.authentication_methods

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
        if currrent_sign_in_at is not UNSET:
            field_dict["currrent_sign_in_at"] = currrent_sign_in_at
        if current_sign_in_at is not UNSET:
            field_dict["current_sign_in_at"] = current_sign_in_at
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if group_ids is not UNSET:
            field_dict["group_ids"] = group_ids
        if authentication_methods is not UNSET:
            field_dict["authentication_methods"] = authentication_methods

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
        _currrent_sign_in_at = d.pop("currrent_sign_in_at", UNSET)
        currrent_sign_in_at: datetime.datetime | None | Unset
        if _currrent_sign_in_at is None or _currrent_sign_in_at is UNSET:
            currrent_sign_in_at = _currrent_sign_in_at
        else:
            try:
                if not isinstance(_currrent_sign_in_at, str):
                    raise TypeError()
                currrent_sign_in_at_type_0 = datetime.datetime.fromisoformat(
                    _currrent_sign_in_at
                )

                currrent_sign_in_at = currrent_sign_in_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                currrent_sign_in_at = _currrent_sign_in_at

        self.currrent_sign_in_at = currrent_sign_in_at
        _current_sign_in_at = d.pop("current_sign_in_at", UNSET)
        current_sign_in_at: datetime.datetime | None | Unset
        if _current_sign_in_at is None or _current_sign_in_at is UNSET:
            current_sign_in_at = _current_sign_in_at
        else:
            try:
                if not isinstance(_current_sign_in_at, str):
                    raise TypeError()
                current_sign_in_at_type_0 = datetime.datetime.fromisoformat(
                    _current_sign_in_at
                )

                current_sign_in_at = current_sign_in_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                current_sign_in_at = _current_sign_in_at

        self.current_sign_in_at = current_sign_in_at
        self.is_admin = d.pop("is_admin", UNSET)
        group_ids: list[int] | Unset = d.pop("group_ids", UNSET)

        self.group_ids = group_ids
        authentication_methods: list[Any] | Unset = d.pop(
            "authentication_methods", UNSET
        )

        self.authentication_methods = authentication_methods
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
