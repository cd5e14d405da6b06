"""The generation step that writes the resource objects (`api.users.get(1)`) of a package.

openapi-python-client writes one module per operation; its maintainers decline an object
style (PR #690). This step adds it from the same parsed spec, so the methods have exactly
the generated functions' parameters and types: `<package>/resources/__init__.py` holds
the root classes (`Resources`, `AsyncResources`, one attribute per tag, each loaded on
first use) and `<package>/resources/<tag>.py` one class per tag, sync and async, each with
a `with_raw_response` twin. It also gives each paginated endpoint module the signature of
its `paginate` call (`paginated`, for type checkers), from which the overlays' typed
`paginate` takes the item type.

It uses only the generator's public surface: `prepare` runs before `Project.build()` and
puts `paging` (read by endpoint_module.py.jinja) and the `builtin_list` filter in the
project's Jinja environment (`Project.env`); `write` runs after it and renders the project
templates `resources_init.py.jinja` and `resources_tag.py.jinja` with that environment,
from the parsed document (`Project.openapi`). The config's post-hooks (ruff) run after
`write` (`scripts.build.generate`), so the resource modules are formatted like the rest.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.build.naming import FIELD_PREFIX, RESERVED, identifier
from scripts.build.naming import class_name as tag_class_name
from scripts.build.speclib import Operation, operations

_BUILTIN_LIST = re.compile(r"(?<![\w.])list\[")


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") else noun


def resource_method_name(op: Operation) -> str:
    """The operation's method on the resource object of its tag (`api.users.get`).

    `x-method-name` when the spec sets one; else the operationId without the first mention
    of the tag's noun after the verb, plural or singular (`list_users` -> `list`,
    `list_user_devices` -> `list_devices`, `add_group_users` -> `add_users`), as Stainless
    and Fern name methods.
    """
    explicit = op.spec.get("x-method-name")
    if isinstance(explicit, str):
        return explicit
    words = op.operation_id.split("_")
    nouns = (op.tag.split("_"), _singular(op.tag).split("_"))
    for start in range(1, len(words)):  # the first word is the verb
        for noun in nouns:
            if words[start : start + len(noun)] == noun:
                return "_".join(words[:start] + words[start + len(noun) :])
    return op.operation_id


def usable_method_name(name: str) -> bool:
    """A name a resource class can have as a method: an identifier, no keyword, no builtin
    its annotations might need (`list` aside: they say `builtins.list`), not
    `with_raw_response`'s family."""
    return (
        name.isidentifier()
        and not keyword.iskeyword(name)
        and not name.startswith(("with_", "_"))
        and (name == "list" or name not in RESERVED)
    )


def method_names(ops: Iterable[Operation]) -> dict[str, str]:
    """Each operation's method on its resource object, by operation name: its
    `resource_method_name`, unless that is unusable or two operations of a tag would share
    it; then the operation's full Python name (unique in the spec). A house-style spec
    never gets here with either (the lint refuses them); a published one may."""
    ops = list(ops)
    full: set[str] = {
        op.operation_id for op in ops if not usable_method_name(resource_method_name(op))
    }
    while True:
        chosen = {
            op.operation_id: (
                op.operation_id if op.operation_id in full else resource_method_name(op)
            )
            for op in ops
        }
        by_method: dict[tuple[str, str], list[str]] = {}
        for op in ops:
            by_method.setdefault((op.tag, chosen[op.operation_id]), []).append(op.operation_id)
        clashing = {name for names in by_method.values() if len(names) > 1 for name in names} - full
        if not clashing:
            return chosen
        full |= clashing


@dataclass(frozen=True)
class Paging:
    """What the typed layer needs about a paginated operation: its item type."""

    item: str
    imports: tuple[str, ...]


@dataclass
class Method:
    name: str
    endpoint: Any  # openapi_python_client.parser.openapi.Endpoint
    returns: str
    raw_returns: str
    paging: Paging | None
    module: str = ""
    """The name of the operation's module in the resource module: its own, or an alias where
    a method's parameter has that name (upstream's golden record: `mixed_case(mixed_case=)`)
    and would hide the module inside the method."""


@dataclass
class Resource:
    tag: str
    class_name: str
    methods: list[Method] = field(default_factory=list)
    imports: set[str] = field(default_factory=set)


def class_name(tag: str) -> str:
    """The resource class of a tag (`app_groups` -> `AppGroups`; see `naming.class_name`)."""
    return tag_class_name(tag)


_IMPORTED = re.compile(r"\bimport\s+(.+)$")
_TEMPLATE_NAMES = frozenset(
    {"AsyncIterator", "Iterator", "cached_property", "Any", "apaginate", "paginate",
     "AuthenticatedClient", "Client", "UNSET", "File", "Response", "Unset", "builtins"}
)  # fmt: skip
"""What resources_tag.py.jinja imports into each tag's module: no class may take a name."""


def _imported_names(lines: Iterable[str]) -> set[str]:
    names = set()
    for line in lines:
        match = _IMPORTED.search(line)
        if match:
            for part in match.group(1).split(","):
                names.add(part.split(" as ")[-1].strip(" ()"))
    return names


def _unique_class_names(resources: list[Resource]) -> None:
    """A tag whose class would take the name of something its module imports (tag `pet`,
    model `Pet`), or of another tag's class, gets `Resource` after it, then a number."""
    taken: set[str] = set()
    for resource in resources:
        imported = _imported_names(resource.imports) | _TEMPLATE_NAMES
        imported |= {str(method.endpoint.name) for method in resource.methods}
        base = resource.class_name
        candidates = [base, f"{base}Resource"]
        candidates += [f"{base}Resource{n}" for n in range(2, 100)]
        for candidate in candidates:
            variants = {candidate, f"Async{candidate}", f"{candidate}WithRawResponse",
                        f"Async{candidate}WithRawResponse"}  # fmt: skip
            if not variants & (imported | taken):
                resource.class_name = candidate
                taken |= variants
                break


def success_responses(endpoint: Any) -> list[Any]:
    """The responses a 2xx answer is read by: the 2xx ones, or, when the operation
    documents none, its `default` (which upstream applies to every status no other
    response names; the error statuses raise here, so it matters for a 2xx only)."""
    found = [
        response
        for response in endpoint.responses.patterns
        if response.status_code.range[0] >= 200 and response.status_code.range[1] <= 299
    ]
    if not found and endpoint.responses.default is not None:
        found = [endpoint.responses.default]
    return found


def success_type(endpoint: Any) -> str:
    """The union of the endpoint's success types (`None` for a body-less one), as the
    endpoint template computes it for `sync`'s return annotation."""
    found = set()
    for response in success_responses(endpoint):
        if response.source["attribute"] == "None":
            found.add("None")
        else:
            found.add(response.prop.get_type_string().as_unembedded_code())
    return " | ".join(sorted(found)) or "None"


def _model(models: Mapping[str, Any], prop: Any) -> Any:
    return models[prop.class_info.name]


def paging_of(endpoint: Any, pagination: Mapping[str, Any], models: Mapping[str, Any]) -> Paging:
    """The item type at the `x-pagination` `items` pointer of the endpoint's 200 body."""
    (response,) = [r for r in endpoint.responses.patterns if r.status_code.range == (200, 200)]
    prop = response.prop
    for part in pagination["items"].split("/")[1:]:
        model = _model(models, prop)
        props = model.required_properties + model.optional_properties
        prop = next(p for p in props if p.name == part)
    inner = prop.inner_property
    return Paging(
        item=inner.get_type_string().as_unembedded_code(),
        imports=tuple(sorted(inner.get_lazy_imports(prefix="...") or ())),
    )


def plan(openapi: Any, spec: dict[str, Any]) -> tuple[list[Resource], dict[str, Paging]]:
    """The resources of a package, tag by tag, and the paging of each paginated operation."""
    by_id = {op.operation_id: op for op in operations(spec)}
    names = method_names(by_id.values())
    models = {model.class_info.name: model for model in openapi.models}
    resources = []
    paging: dict[str, Paging] = {}
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        if not collection.endpoints:  # every operation of the tag left out (it warned)
            continue
        resource = Resource(tag=str(tag), class_name=class_name(str(tag)))
        for endpoint in collection.endpoints:
            op = by_id[str(endpoint.name)]
            page = None
            if "x-pagination" in op.spec:
                page = paging[endpoint.name] = paging_of(endpoint, op.spec["x-pagination"], models)
            for line in (*endpoint.relative_imports, *(page.imports if page else ())):
                # Relative to api/<tag>/<operation>.py there; to resources/<tag>.py here.
                resource.imports.add(line.replace("from ...", "from .."))
            returns = success_type(endpoint)
            resource.methods.append(
                Method(
                    name=names[op.operation_id],
                    endpoint=endpoint,
                    returns=page.item if page else returns,
                    raw_returns=f"Response[{returns}]",
                    paging=page,
                )
            )
        # `list` last: a method named `list` hides the builtin in the class body below it
        # (the annotations say `builtins.list` anyway, see `builtin_list`).
        resource.methods.sort(key=lambda method: method.name == "list")
        _name_modules(resource)
        resources.append(resource)
    _unique_class_names(resources)
    return resources, paging


def _name_modules(resource: Resource) -> None:
    parameters = {
        str(prop.python_name)
        for method in resource.methods
        for prop in method.endpoint.list_all_parameters()
    } | {"body", "client"}
    for method in resource.methods:
        module = identifier(str(method.endpoint.name), FIELD_PREFIX)  # the template's name
        method.module = f"{module}_operation" if module in parameters else module


def builtin_list(code: str) -> str:
    """`list[...]` as `builtins.list[...]`: inside a resource class, `list` is a method."""
    return _BUILTIN_LIST.sub("builtins.list[", str(code))


_MODEL_IMPORT = re.compile(r"^from \.\.models\.(\w+) import (\w+)")


def dropped_models(openapi: Any) -> dict[str, list[str]]:
    """The imports of models the generator left out (it warned: a schema it could not read)
    that other models still make (a union member, say), each with the models making it."""
    generated = {str(item.class_info.module_name) for item in [*openapi.models, *openapi.enums]}
    found: dict[str, list[str]] = {}
    for model in openapi.models:
        lines = set(model.lazy_imports or ())
        extra = model.additional_properties
        lines |= set(getattr(extra, "lazy_imports", None) or ())
        for line in sorted(lines):
            match = _MODEL_IMPORT.match(line)
            if match and match.group(1) not in generated:
                found.setdefault(line, []).append(str(model.class_info.name))
    return found


def dropped_model_problems(openapi: Any) -> list[str]:
    """One warning per model left out that another still refers to."""
    problems = []
    for line, users in sorted(dropped_models(openapi).items()):
        name = line.rsplit(" ", 1)[-1]
        problems.append(
            f"[warning] model {name} was left out (see above) but {', '.join(users)} "
            f"refer{'s' if len(users) == 1 else ''} to it: parsing "
            f"{'it' if len(users) == 1 else 'them'} raises ImportError, the rest of the "
            "package works"
        )
    return problems


def negotiated(spec: dict[str, Any]) -> dict[str, str]:
    """The operations whose success answer comes in JSON or another media type (a published
    spec's XML), by name, with the JSON one: their calls say `Accept` it, since the
    generated code reads JSON only (a server answers the first it documents otherwise)."""
    from scripts.build.speclib import resolve

    found = {}
    for op in operations(spec):
        for status, response in (op.spec.get("responses") or {}).items():
            if not (str(status).startswith("2") or status == "default"):
                continue
            content = resolve(spec, response).get("content") or {}
            json_media = [m for m in content if "json" in m]
            if json_media and len(content) > len(json_media):
                found[op.operation_id] = json_media[0]
    return found


def prepare(env: Any, openapi: Any, spec: dict[str, Any]) -> list[Resource]:
    """Before `Project.build()`: the package's resources, and in the Jinja environment `env`
    what the endpoint template needs (`paging`: undefined, so skipped, under the plain CLI)
    and what the model template needs (`dropped_model_imports`: see `dropped_models`)."""
    resources, paging = plan(openapi, spec)
    env.globals["paging"] = paging
    env.globals["dropped_model_imports"] = sorted(dropped_models(openapi))
    env.globals["accept_json"] = negotiated(spec)
    env.filters["builtin_list"] = builtin_list
    return resources


def write(env: Any, resources: list[Resource], package_dir: Path, package: str) -> None:
    """After `Project.build()`: `<package_dir>/resources/__init__.py` and a module per tag,
    and the provider's typed entry points (`facade.py`)."""
    directory = package_dir / "resources"
    directory.mkdir()
    secured = any(m.endpoint.requires_security for r in resources for m in r.methods)
    context = {
        "resources": resources,
        "client_type": "AuthenticatedClient" if secured else "AuthenticatedClient | Client",
        "package": package,
    }
    init = env.get_template("resources_init.py.jinja")
    (directory / "__init__.py").write_text(init.render(**context), encoding="utf-8")
    module = env.get_template("resources_tag.py.jinja")
    for resource in resources:
        (directory / f"{resource.tag}.py").write_text(
            module.render(resource=resource, **context), encoding="utf-8"
        )
    paginated = any(method.paging for resource in resources for method in resource.methods)
    write_facade(env, package_dir, package, paginated, context)


def write_facade(
    env: Any, package_dir: Path, package: str, paginated: bool, context: dict[str, Any]
) -> None:
    """`<package>/facade.py`: the typed entry points of `overlays.<name>`, from the
    provider's descriptor in the registry (a package with none gets no facade)."""
    from overlays._registry import PROVIDERS

    provider = PROVIDERS.get(package.removesuffix("_client"))
    if provider is None:
        return
    env.filters["python_repr"] = repr
    facade = env.get_template("facade.py.jinja")
    text = facade.render(provider=provider, paginated=paginated, **context)
    (package_dir / "facade.py").write_text(text, encoding="utf-8")
