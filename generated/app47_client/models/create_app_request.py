from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateAppRequest")


@_attrs_define
class CreateAppRequest:
    """Body of the create call; the app is wrapped in `app`.

    Attributes:
        app (B2BAppInput | PrivateAppInput | PublicAppInput | WebAppInput): A new app; `type` decides which fields are
            accepted, and a public app needs at
            least one store link.
    """

    app: B2BAppInput | PrivateAppInput | PublicAppInput | WebAppInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app: dict[str, Any]
        if (
            isinstance(self.app, PrivateAppInput)
            or isinstance(self.app, PublicAppInput)
            or isinstance(self.app, WebAppInput)
        ):
            app = self.app.to_dict()
        else:
            app = self.app.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app": app,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self = cls.__new__(cls)
        _app = d.pop("app")
        app: B2BAppInput | PrivateAppInput | PublicAppInput | WebAppInput
        try:
            if not isinstance(_app, dict):
                raise TypeError()
            componentsschemas_app_input_type_0 = PrivateAppInput.from_dict(_app)

            app = componentsschemas_app_input_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            try:
                if not isinstance(_app, dict):
                    raise TypeError()
                componentsschemas_app_input_type_1 = PublicAppInput.from_dict(_app)

                app = componentsschemas_app_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                try:
                    if not isinstance(_app, dict):
                        raise TypeError()
                    componentsschemas_app_input_type_2 = WebAppInput.from_dict(_app)

                    app = componentsschemas_app_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    if not isinstance(_app, dict):
                        raise TypeError()
                    componentsschemas_app_input_type_3 = B2BAppInput.from_dict(_app)

                    app = componentsschemas_app_input_type_3

        self.app = app
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
from ..models.b2b_app_input import B2BAppInput
from ..models.private_app_input import PrivateAppInput
from ..models.public_app_input import PublicAppInput
from ..models.web_app_input import WebAppInput
