from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_group_entry_type import AppGroupEntryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppGroupEntry")


@_attrs_define
class AppGroupEntry:
    """An app or a group contained by an App Group. A group has neither `published` nor
    `persistentId`; an app has `published` only when it is published.

        Attributes:
            id (str): A Tulip id.
            name (str): The name of the app or group.
            type_ (AppGroupEntryType): Whether the entry is an app or a (nested) group.
            persistent_id (str | Unset): The persistent id of an app (apps only).
            published (bool | Unset): Present (true) on an app only when it is published; never on a group.
    """

    id: str
    name: str
    type_: AppGroupEntryType
    persistent_id: str | Unset = UNSET
    published: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        if not isinstance(self.type_, AppGroupEntryType):
            raise TypeError(
                f"type_ must be AppGroupEntryType (such as AppGroupEntryType.APP), not {type(self.type_).__name__} {self.type_!r}"
            )

        type_ = self.type_.value

        persistent_id = self.persistent_id

        published = self.published

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )
        if persistent_id is not UNSET:
            field_dict["persistentId"] = persistent_id
        if published is not UNSET:
            field_dict["published"] = published

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")
        self.name = d.pop("name")
        type_ = AppGroupEntryType(d.pop("type"))

        self.type_ = type_
        self.persistent_id = d.pop("persistentId", UNSET)
        self.published = d.pop("published", UNSET)
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
