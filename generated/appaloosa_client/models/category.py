from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Category")


@_attrs_define
class Category:
    """A category; `is_stock` marks the generic categories every store has.

    Attributes:
        id (int):
        label (str):
        is_stock (bool | Unset):
        created_at (datetime.datetime | Unset): A date and time with its offset (RFC 3339).
        updated_at (datetime.datetime | Unset): A date and time with its offset (RFC 3339).
    """

    id: int
    label: str
    is_stock: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        is_stock = self.is_stock

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
                "label": label,
            }
        )
        if is_stock is not UNSET:
            field_dict["is_stock"] = is_stock
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
        self.label = d.pop("label")
        self.is_stock = d.pop("is_stock", UNSET)
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
