from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AppListResults")


@_attrs_define
class AppListResults:
    """
    Attributes:
        skip (int): The number of records skipped.
        total (int): The total number of records (documented as "in your account").
        count (int): The number of records in this response.
        list_ (list[App]): The apps the member has access to that match the parameters.
        success (bool):
    """

    skip: int
    total: int
    count: int
    list_: list[App]
    success: bool = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skip = self.skip

        total = self.total

        count = self.count

        list_ = []
        for list_item_data in self.list_:
            list_item = list_item_data.to_dict()
            list_.append(list_item)

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skip": skip,
                "total": total,
                "count": count,
                "list": list_,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.skip = d.pop("skip")
        self.total = d.pop("total")
        self.count = d.pop("count")
        list_ = []
        for list_item_data in d.pop("list"):
            list_item = App.from_dict(list_item_data)

            list_.append(list_item)

        self.list_ = list_
        success = d.pop("success")
        if success is not True:
            raise ValueError(f"success must match const True, got {success!r}")
        self.success = success
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
from ..models.app import App
