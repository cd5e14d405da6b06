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

The names of operations and tags come from any spec, in any style (`getThing`, `json-like`,
none at all, a tag `true` or `class`): `operation_name` and `tag_name` give each a valid,
stable Python name, by the generator's own rules (`identifier` is openapi-python-client's
`PythonIdentifier`, written out here so that the tools need not import the generator;
tests/pipeline/test_naming.py holds the two equal), and the build hands the generator a
spec whose operationIds and tags already are those names (`scripts.build.speclib`), so the
generated modules, the resource objects, the fakes and the runtime all say the same.
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Iterable, Iterator
from typing import Any

_BRACKETS = str.maketrans("[]", "  ")

# --- the generator's identifier rule (openapi_python_client.strings, 0.29.1) ---------------

_DELIMITERS = ". _-"
_WORDS = re.compile(rf"[^{re.escape(_DELIMITERS)}]+")
_CAMEL = re.compile("([A-Z]?[a-z]+)")
RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}
"""Names the generator suffixes with `_` (builtins and a few more), keywords aside."""
FIELD_PREFIX = "field_"
"""The generator's default `field_prefix`: before a name that cannot start an identifier."""
TAG_PREFIX = "tag"
"""The prefix the generator puts before a tag that cannot start an identifier."""


def _sanitize(value: str) -> str:
    return "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)


def snake_case(value: str) -> str:
    """`getThing`, `get-thing`, `Get Thing` -> `get_thing` (the generator's `snake_case`)."""
    value = _sanitize(value)
    if any(c.isupper() for c in value):
        value = " ".join(_CAMEL.split(value))
    return "_".join(_WORDS.findall(value)).lower()


def identifier(value: str, prefix: str) -> str:
    """The generator's `PythonIdentifier(value, prefix)`: snake_case, a reserved word
    suffixed with `_`, `prefix` before what still is no identifier or started with `_`."""
    safe = _sanitize(value)
    leading_underscore = safe.startswith("_")
    safe = snake_case(safe)
    if safe in RESERVED or keyword.iskeyword(safe):
        safe = f"{safe}_"
    if not safe.isidentifier() or leading_underscore:
        safe = f"{prefix}{safe}"
    return safe


def stable_identifier(value: str, prefix: str) -> str:
    """`identifier` applied until it changes nothing (`!!!` -> `field_` -> `field`): a name
    the generator, given it, keeps as it is."""
    name = identifier(value, prefix)
    while (again := identifier(name, prefix)) != name:
        name = again
    return name


def generated_operation_id(method: str, path: str) -> str:
    """The generator's name for an operation without an operationId (`generate_operation_id`):
    the method and the path's segments, `GET /pets/{petId}` -> `get_pets_pet_id`."""
    unsafe = path.replace("{", "").replace("}", "").replace("/", "_")
    unsafe = unsafe.removeprefix("_")
    unsafe = unsafe.removesuffix("_")
    return identifier(f"{method.lower()}_{unsafe}", FIELD_PREFIX)


def operation_name(method: str, path: str, operation_id: Any) -> str:
    """The Python name of an operation (its module, its key in the fakes and the runtime):
    its operationId in snake_case, or, without one, the name the generator derives from the
    method and the path."""
    if not isinstance(operation_id, str) or not operation_id.strip():
        return stable_identifier(generated_operation_id(method, path), FIELD_PREFIX)
    return stable_identifier(operation_id, FIELD_PREFIX)


RESOURCE_ATTRIBUTES = frozenset({"client", "with_options", "close", "aclose"})
"""Attributes of every resource object (`overlays._facade`, `Resources`): a tag of one of
these names would hide it, so it becomes `<name>_api`."""


def tag_name(tag: Any) -> str:
    """The Python name of a tag (its `api/<tag>/` package and resource attribute)."""
    name = stable_identifier(str(tag), TAG_PREFIX) if tag is not None else "default"
    return f"{name}_api" if name in RESOURCE_ATTRIBUTES else name


def class_name(tag: str) -> str:
    """The resource class of a tag's Python name: its words capitalised (`app_groups` ->
    `AppGroups`), an underscore kept before a word that starts with a digit and at the end
    (`true_` -> `True_`), so that two tags never give one class."""
    words = [word for word in tag.split("_") if word]
    name = "".join(
        f"_{word}" if word[0].isdigit() and index else word.capitalize()
        for index, word in enumerate(words)
    )
    return f"{name}_" if tag.endswith("_") else name


def bracket_words(name: str) -> str:
    """`name` with its brackets as spaces, a separator the generator already splits words on
    (not `_`, which would make a name starting with a bracket look private)."""
    return name.translate(_BRACKETS)


def python_name(name: str, prefix: str = "field_") -> str:
    """The Python identifier the build gives the spec name `name`."""
    return identifier(bracket_words(name), prefix)


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
