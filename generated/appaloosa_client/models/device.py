from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Device")


@_attrs_define
class Device:
    """A device of a user.

    Attributes:
        id (int):
        user_id (int): The id of the device's user.
        model (None | str | Unset): The device model ("GT-I9195").
        udid (None | str | Unset):
        adid (None | str | Unset): The advertising id (null in every example).
        imei (None | str | Unset):
        created_at (datetime.datetime | Unset): A date and time with its offset (RFC 3339).
        updated_at (datetime.datetime | Unset): A date and time with its offset (RFC 3339).
    """

    id: int
    user_id: int
    model: None | str | Unset = UNSET
    udid: None | str | Unset = UNSET
    adid: None | str | Unset = UNSET
    imei: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        udid: None | str | Unset
        if isinstance(self.udid, Unset):
            udid = UNSET
        else:
            udid = self.udid

        adid: None | str | Unset
        if isinstance(self.adid, Unset):
            adid = UNSET
        else:
            adid = self.adid

        imei: None | str | Unset
        if isinstance(self.imei, Unset):
            imei = UNSET
        else:
            imei = self.imei

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if udid is not UNSET:
            field_dict["udid"] = udid
        if adid is not UNSET:
            field_dict["adid"] = adid
        if imei is not UNSET:
            field_dict["imei"] = imei
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")
        self.user_id = d.pop("user_id")
        model: None | str | Unset = d.pop("model", UNSET)

        self.model = model
        udid: None | str | Unset = d.pop("udid", UNSET)

        self.udid = udid
        adid: None | str | Unset = d.pop("adid", UNSET)

        self.adid = adid
        imei: None | str | Unset = d.pop("imei", UNSET)

        self.imei = imei
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
