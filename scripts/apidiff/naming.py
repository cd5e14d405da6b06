"""Python names the generator gives to spec things, computed the way openapi-python-client does.

Component schemas, properties, parameters, operations and enum members use the
generator's own string helpers and the provider's `class_overrides`, so they are exact;
inline schemas follow its naming rules (parent name + property name) on a best-effort basis.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier, pascal_case, snake_case

from scripts.build.naming import python_name


@dataclass(frozen=True)
class Naming:
    """Names inside one generated package (`package`), given its generator config."""

    package: str
    field_prefix: str = "field_"
    class_overrides: dict[str, str] = field(default_factory=dict)
    literal_enums: bool = False

    @classmethod
    def from_config(cls, package: str, config: dict[str, Any] | None) -> Naming:
        config = config or {}
        overrides = {
            str(key): str(value["class_name"])
            for key, value in (config.get("class_overrides") or {}).items()
            if isinstance(value, dict) and value.get("class_name")
        }
        return cls(
            package,
            str(config.get("field_prefix", "field_")),
            overrides,
            bool(config.get("literal_enums", False)),
        )

    def class_name(self, raw: str) -> str:
        """The class generated for a schema whose (component or composed) name is `raw`."""
        name = str(ClassName(raw, self.field_prefix))
        override = self.class_overrides.get(name)
        return str(ClassName(override, self.field_prefix)) if override else name

    def inline_class(self, parent: str, name: str) -> str:
        """An inline model or enum: the generator prefixes the property name with its parent."""
        if not parent:
            return self.class_name(name)
        return self.class_name(f"{pascal_case(parent)}{pascal_case(name)}")

    def model(self, class_name: str) -> str:
        return f"{self.package}.models.{class_name}"

    def attr(self, prop: str) -> str:
        """A property's or a parameter's attribute, with the build's rule for brackets."""
        return python_name(prop, prefix=self.field_prefix)

    def operation(self, tag: str, operation_id: str) -> str:
        """The module of an operation: `<package>.api.<tag>.<operationId>`."""
        module = PythonIdentifier(operation_id, prefix=self.field_prefix)
        return f"{self.package}.api.{PythonIdentifier(tag, prefix='tag')}.{module}"

    def enum_member(self, value: Any, index: int) -> str:
        """The member name of an enum value (mirrors `EnumProperty.values_from_list`)."""
        if isinstance(value, bool) or value is None:
            return repr(value)
        if isinstance(value, int):
            return f"VALUE_NEGATIVE_{-value}" if value < 0 else f"VALUE_{value}"
        text = str(value)
        key = text.upper() if text and text[0].isalpha() else f"VALUE_{index}"
        return snake_case(key).upper()
