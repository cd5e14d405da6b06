from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SelectedAppsGroupInput")


@_attrs_define
class SelectedAppsGroupInput:
    """A group of the applications listed in `app_ids`.

    Attributes:
        name (str): Application group name, any printable characters.
        all_apps (bool):
        app_ids (list[int]): IDs of the applications in a group.
    """

    name: str
    app_ids: list[int]
    all_apps: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        all_apps = self.all_apps

        app_ids = self.app_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "all_apps": all_apps,
                "app_ids": app_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.name = d.pop("name")
        all_apps = d.pop("all_apps")
        if all_apps is not False:
            raise ValueError(f"all_apps must match const False, got {all_apps!r}")
        self.all_apps = all_apps
        app_ids: list[int] = d.pop("app_ids")

        self.app_ids = app_ids
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
