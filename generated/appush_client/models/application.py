from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment import Environment
from ..types import UNSET, Unset

T = TypeVar("T", bound="Application")


@_attrs_define
class Application:
    """An application. The documentation's result parameters list `env`, while its
    example answers `status`: both are read. `application_token` and
    `application_secret` are the application's own credentials.

        Attributes:
            name (str): A string to identify the application.
            application_token (str | Unset): The application's token.
            application_secret (str | Unset): The application's secret.
            env (Environment | Unset): The APNs environment the application pushes to.
            status (Environment | Unset): The APNs environment the application pushes to.
            dev_pem (str | Unset): The development PEM string.
            prod_pem (str | Unset): The production PEM string.
            active_devices (int | Unset): Count of active devices for this application.
    """

    name: str
    application_token: str | Unset = UNSET
    application_secret: str | Unset = UNSET
    env: Environment | Unset = UNSET
    status: Environment | Unset = UNSET
    dev_pem: str | Unset = UNSET
    prod_pem: str | Unset = UNSET
    active_devices: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        application_token = self.application_token

        application_secret = self.application_secret

        env: str | Unset = UNSET
        if not isinstance(self.env, Unset):
            if not isinstance(self.env, Environment):
                raise TypeError(
                    f"env must be Environment (such as Environment.DEV), not {type(self.env).__name__} {self.env!r}"
                )

            env = self.env.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            if not isinstance(self.status, Environment):
                raise TypeError(
                    f"status must be Environment (such as Environment.DEV), not {type(self.status).__name__} {self.status!r}"
                )

            status = self.status.value

        dev_pem = self.dev_pem

        prod_pem = self.prod_pem

        active_devices = self.active_devices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if application_token is not UNSET:
            field_dict["application_token"] = application_token
        if application_secret is not UNSET:
            field_dict["application_secret"] = application_secret
        if env is not UNSET:
            field_dict["env"] = env
        if status is not UNSET:
            field_dict["status"] = status
        if dev_pem is not UNSET:
            field_dict["dev_pem"] = dev_pem
        if prod_pem is not UNSET:
            field_dict["prod_pem"] = prod_pem
        if active_devices is not UNSET:
            field_dict["active_devices"] = active_devices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        self.name = d.pop("name")
        self.application_token = d.pop("application_token", UNSET)
        self.application_secret = d.pop("application_secret", UNSET)
        _env = d.pop("env", UNSET)
        env: Environment | Unset = UNSET if _env is UNSET else Environment(_env)

        self.env = env
        _status = d.pop("status", UNSET)
        status: Environment | Unset = (
            UNSET if _status is UNSET else Environment(_status)
        )

        self.status = status
        self.dev_pem = d.pop("dev_pem", UNSET)
        self.prod_pem = d.pop("prod_pem", UNSET)
        self.active_devices = d.pop("active_devices", UNSET)
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
