"""The one naming rule the build adds to openapi-python-client's: brackets separate words.

Rails-style form field names (`mobile_application_update[name]`) would otherwise lose their
brackets and run together (`mobile_application_updatename`); with brackets read as word
separators, like the `.`, ` `, `_` and `-` the generator already splits on, the attribute is
`mobile_application_update_name`. Names without brackets are unaffected.

The generator has no setting or spec extension for a property's Python name, so the rule is
applied after parsing, through the parsed properties' public `set_python_name` (the method
the generator itself uses to rename conflicting properties), to every bracketed property
of every model and every bracketed parameter of every operation (`name_bracketed_fields`).
`python_name` is the same rule for the code that predicts generated names (the extension
table, `scripts.apidiff`, the tests).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

_BRACKETS = str.maketrans("[]", "  ")


def bracket_words(name: str) -> str:
    """`name` with its brackets as spaces, a separator the generator already splits words on
    (not `_`, which would make a name starting with a bracket look private)."""
    return name.translate(_BRACKETS)


def python_name(name: str, prefix: str = "field_") -> str:
    """The Python identifier the build gives the spec name `name`."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(bracket_words(name), prefix=prefix))


def _with_inner(props: Iterable[Any]) -> Iterator[Any]:
    """The properties and those inside them that are named after them (a list's items, a
    union's members); a nested model is a model of its own."""
    for prop in props:
        yield prop
        inner = [
            getattr(prop, "inner_property", None),
            *(getattr(prop, "inner_properties", None) or ()),
        ]
        yield from _with_inner(p for p in inner if p is not None)


def _rename(props: list[Any], config: Any, where: str) -> list[str]:
    """Apply the rule to `props` (the attributes of one model, or the parameters of one
    operation); return the clashes it would make, as messages."""
    from openapi_python_client.schema.untrusted_string import UntrustedString
    from openapi_python_client.strings import PythonIdentifier

    for prop in _with_inner(props):
        raw = prop.name.get_untrusted_value()
        # Only names the generator left as it makes them: it renames clashing ones itself.
        untouched = prop.python_name == PythonIdentifier(raw, prefix=config.field_prefix)
        if ("[" in raw or "]" in raw) and untouched:
            prop.set_python_name(UntrustedString(bracket_words(raw)), config=config)
    seen: dict[str, str] = {}
    problems = []
    for prop in props:
        raw = prop.name.get_untrusted_value()
        other = seen.setdefault(str(prop.python_name), raw)
        if other != raw:
            problems.append(f"{where}: {other!r} and {raw!r} both become {prop.python_name!r}")
    return problems


def name_bracketed_fields(openapi: Any, config: Any) -> list[str]:
    """Give every bracketed model property and operation parameter of the parsed document
    (`openapi_python_client.parser.GeneratorData`) its name under the rule above; return
    the names that would then clash (nothing is generated if there is one)."""
    problems = []
    for model in openapi.models:
        props = [*(model.required_properties or ()), *(model.optional_properties or ())]
        problems += _rename(props, config, f"schema {model.class_info.name}")
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            params = [
                *endpoint.path_parameters,
                *endpoint.query_parameters,
                *endpoint.header_parameters,
                *endpoint.cookie_parameters,
            ]
            problems += _rename(params, config, f"operation {endpoint.name}")
    return problems
