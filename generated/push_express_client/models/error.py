from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Body of every API error (content type application/json). Non-API errors from
    proxies (502, 504...) may have no body or a non-JSON one.

        Attributes:
            error (ErrorDetails | str): What went wrong (a message, or an object describing the errors).
            req_id (str | Unset): Request ID; give it to support when reporting a problem.
    """

    error: ErrorDetails | str
    req_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | str
        if isinstance(self.error, ErrorDetails):
            error = self.error.to_dict()
        else:
            error = self.error

        req_id = self.req_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if req_id is not UNSET:
            field_dict["req_id"] = req_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        _error = d.pop("error")
        error: ErrorDetails | str
        try:
            if not isinstance(_error, dict):
                raise TypeError()
            error_type_1 = ErrorDetails.from_dict(_error)

            error = error_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            error = _error

        self.error = error
        self.req_id = d.pop("req_id", UNSET)
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
from ..models.error_details import ErrorDetails
