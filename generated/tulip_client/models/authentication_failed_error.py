from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authentication_failed_code import AuthenticationFailedCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthenticationFailedError")


@_attrs_define
class AuthenticationFailedError:
    """The 403 error body; errorCode is AuthenticationFailed.

    Attributes:
        error_code (AuthenticationFailedCode): What kind of error this is, e.g. AuthenticationRequired.
        error_unique_id (str | Unset): Unique id of this occurrence of the error (give it to Tulip support).
        details (str | Unset): What went wrong, in words.
    """

    error_code: AuthenticationFailedCode
    error_unique_id: str | Unset = UNSET
    details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not isinstance(self.error_code, AuthenticationFailedCode):
            raise TypeError(
                f"error_code must be AuthenticationFailedCode (such as AuthenticationFailedCode.AUTHENTICATIONFAILED), not {type(self.error_code).__name__} {self.error_code!r}"
            )

        error_code = self.error_code.value

        error_unique_id = self.error_unique_id

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorCode": error_code,
            }
        )
        if error_unique_id is not UNSET:
            field_dict["errorUniqueID"] = error_unique_id
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        error_code = AuthenticationFailedCode(d.pop("errorCode"))

        self.error_code = error_code
        self.error_unique_id = d.pop("errorUniqueID", UNSET)
        self.details = d.pop("details", UNSET)
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
