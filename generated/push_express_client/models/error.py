from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_details import ErrorDetails


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
        from ..models.error_details import ErrorDetails

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
        from ..models.error_details import ErrorDetails

        d = dict(src_dict)

        def _parse_error(data: object) -> ErrorDetails | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = ErrorDetails.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorDetails | str, data)

        error = _parse_error(d.pop("error"))

        req_id = d.pop("req_id", UNSET)

        error = cls(
            error=error,
            req_id=req_id,
        )

        error.additional_properties = d
        return error

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
