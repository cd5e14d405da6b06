from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MobileApplicationUpdateList")


@_attrs_define
class MobileApplicationUpdateList:
    """
    Attributes:
        mobile_application_updates (list[MobileApplicationUpdate]):
    """

    mobile_application_updates: list[MobileApplicationUpdate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mobile_application_updates = []
        for mobile_application_updates_item_data in self.mobile_application_updates:
            mobile_application_updates_item = (
                mobile_application_updates_item_data.to_dict()
            )
            mobile_application_updates.append(mobile_application_updates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mobile_application_updates": mobile_application_updates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        mobile_application_updates = []
        for mobile_application_updates_item_data in d.pop("mobile_application_updates"):
            mobile_application_updates_item = MobileApplicationUpdate.from_dict(
                mobile_application_updates_item_data
            )

            mobile_application_updates.append(mobile_application_updates_item)

        self.mobile_application_updates = mobile_application_updates
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
from ..models.mobile_application_update import MobileApplicationUpdate
