from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Comment")


@_attrs_define
class Comment:
    """A user's comment on a mobile application update. Unlike every other id of this API,
    the comment's `id` and `user_id` are strings of digits.

        Attributes:
            id (str): The comment's id (a string of digits).
            comment (str): The comment's text.
            rating (float): The rating given with it (e.g. 4.0).
            user_id (str): The author's user id (a string of digits).
            created_at (datetime.datetime): A date and time with its offset (RFC 3339).
            updated_at (datetime.datetime): A date and time with its offset (RFC 3339).
            user_name (str | Unset): The author's name as shown ("A. PPALOOSA").
    """

    id: str
    comment: str
    rating: float
    user_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        comment = self.comment

        rating = self.rating

        user_id = self.user_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "comment": comment,
                "rating": rating,
                "user_id": user_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.id = d.pop("id")
        self.comment = d.pop("comment")
        self.rating = d.pop("rating")
        self.user_id = d.pop("user_id")
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        self.created_at = created_at
        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        self.updated_at = updated_at
        self.user_name = d.pop("user_name", UNSET)
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
