from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppGroup")


@_attrs_define
class AppGroup:
    """A Tulip App Group and what it contains. The documentation's schema calls the list
    of contained apps and groups `contents`; its example calls it `apps`. Read
    whichever is set.

        Attributes:
            id (str): A Tulip id.
            name (str): The name of the App Group.
            parent (None | str | Unset): The id of the App Group this one is in (absent or null at the top level).
            contents (list[AppGroupEntry] | Unset): The apps and groups this App Group contains (the documented schema's
                name).
            apps (list[AppGroupEntry] | Unset): The apps and groups this App Group contains (the documented example's name).
    """

    id: str
    name: str
    parent: None | str | Unset = UNSET
    contents: list[AppGroupEntry] | Unset = UNSET
    apps: list[AppGroupEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        parent: None | str | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        contents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contents, Unset):
            contents = []
            for contents_item_data in self.contents:
                contents_item = contents_item_data.to_dict()
                contents.append(contents_item)

        apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apps, Unset):
            apps = []
            for apps_item_data in self.apps:
                apps_item = apps_item_data.to_dict()
                apps.append(apps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if parent is not UNSET:
            field_dict["parent"] = parent
        if contents is not UNSET:
            field_dict["contents"] = contents
        if apps is not UNSET:
            field_dict["apps"] = apps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")
        self.name = d.pop("name")
        parent: None | str | Unset = d.pop("parent", UNSET)

        self.parent = parent
        _contents = d.pop("contents", UNSET)
        contents: list[AppGroupEntry] | Unset = UNSET
        if _contents is not UNSET:
            contents = []
            for contents_item_data in _contents:
                contents_item = AppGroupEntry.from_dict(contents_item_data)

                contents.append(contents_item)

        self.contents = contents
        _apps = d.pop("apps", UNSET)
        apps: list[AppGroupEntry] | Unset = UNSET
        if _apps is not UNSET:
            apps = []
            for apps_item_data in _apps:
                apps_item = AppGroupEntry.from_dict(apps_item_data)

                apps.append(apps_item)

        self.apps = apps
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
from ..models.app_group_entry import AppGroupEntry
