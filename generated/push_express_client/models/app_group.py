from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppGroup")


@_attrs_define
class AppGroup:
    """An application group as the API returns it.

    Attributes:
        id (int): ID of the application group.
        app_ids (list[int] | str): IDs of the applications in the group (a list, or a string as documented).
        archived (bool): True if the application group is archived.
        name (str | Unset): Application group name, any printable characters.
        all_apps (bool | Unset):
    """

    id: int
    app_ids: list[int] | str
    archived: bool
    name: str | Unset = UNSET
    all_apps: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        app_ids: list[int] | str
        if isinstance(self.app_ids, list):
            app_ids = self.app_ids

        else:
            app_ids = self.app_ids

        archived = self.archived

        name = self.name

        all_apps = self.all_apps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "app_ids": app_ids,
                "archived": archived,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if all_apps is not UNSET:
            field_dict["all_apps"] = all_apps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")
        _app_ids = d.pop("app_ids")
        app_ids: list[int] | str
        try:
            if not isinstance(_app_ids, list):
                raise TypeError()
            app_ids_type_0: list[int] = _app_ids

            app_ids = app_ids_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            app_ids = _app_ids

        self.app_ids = app_ids
        self.archived = d.pop("archived")
        self.name = d.pop("name", UNSET)
        self.all_apps = d.pop("all_apps", UNSET)
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
