"""A provider as one descriptor: what no spec says about it.

A `Provider` gives the default base URL (and a path prefix built from the credentials), the
credentials the factory takes and how they are sent, and where the provider's error bodies
keep their message. The registry (`_registry.py`) holds one per provider; everything else is
derived (see there). This module is light on purpose: the pytest plugin reads the registry
at start-up, before any HTTP library is imported.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

if TYPE_CHECKING:
    from ._auth import Credentials


@dataclass(frozen=True)
class ErrorFormat:
    """Where a provider's JSON error body keeps its parts, as JSON Pointers.

    `message` lists pointers tried in order; the first that exists wins. `failure_flag`
    points at a boolean that, when false, makes even a 2xx answer an error (App47's
    `results.success`).
    """

    message: tuple[str, ...] = ()
    code: str | None = None
    request_id: str | None = None
    failure_flag: str | None = None

    def failed(self, body: Any) -> bool:
        """True when a decoded 2xx body carries the failure flag set to false."""
        return self.failure_flag is not None and pointer(body, self.failure_flag) is False


def pointer(document: Any, path: str) -> Any:
    """The value at a JSON Pointer, or None when any step is missing."""
    for part in path.split("/")[1:]:
        if isinstance(document, dict):
            document = document.get(part)
        elif isinstance(document, list) and part.isdigit() and int(part) < len(document):
            document = document[int(part)]
        else:
            return None
    return document


# --- how credentials are sent -----------------------------------------------------------------


class Auth:
    """How a provider sends its credentials; `render` builds them from the factory's."""

    def render(self, values: Mapping[str, str]) -> Credentials:
        raise NotImplementedError

    def scheme(self, values: Mapping[str, str]) -> str | tuple[str, str]:
        """What the fake expects for the spec's security scheme: a value, or a basic pair."""
        raise NotImplementedError

    def meets(self, scheme: Mapping[str, Any]) -> bool:
        """Whether what this sends satisfies a security scheme object of the spec."""
        return False

    def can_call(
        self, requirements: list[dict[str, Any]], schemes: Mapping[str, Mapping[str, Any]]
    ) -> bool:
        """Whether an operation with these security requirements accepts what this sends
        (a published spec may want another scheme for some operations)."""
        if not requirements or any(not r for r in requirements):
            return True
        return any(all(self.meets(schemes.get(n, {})) for n in r) for r in requirements)


def _http(scheme: Mapping[str, Any], kind: str) -> bool:
    return scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == kind


def _api_key(scheme: Mapping[str, Any], where: str, name: str) -> bool:
    named = str(scheme.get("name", "")).lower() == name.lower()
    return scheme.get("type") == "apiKey" and scheme.get("in") == where and named


@dataclass(frozen=True)
class Bearer(Auth):
    """`Authorization: Bearer <token>`."""

    token: str

    def render(self, values: Mapping[str, str]) -> Credentials:
        from . import _auth

        return _auth.bearer(values[self.token])

    def scheme(self, values: Mapping[str, str]) -> str:
        return values[self.token]

    def meets(self, scheme: Mapping[str, Any]) -> bool:
        return _http(scheme, "bearer") or scheme.get("type") in ("oauth2", "openIdConnect")


@dataclass(frozen=True)
class Basic(Auth):
    """HTTP basic; `username` and `password` are templates over the credentials' names
    (`"{key_type}_{key_id}"`), or plain names."""

    username: str
    password: str

    def _pair(self, values: Mapping[str, str]) -> tuple[str, str]:
        return _fill(self.username, values), _fill(self.password, values)

    def render(self, values: Mapping[str, str]) -> Credentials:
        from . import _auth

        return _auth.basic(*self._pair(values))

    def scheme(self, values: Mapping[str, str]) -> tuple[str, str]:
        return self._pair(values)

    def meets(self, scheme: Mapping[str, Any]) -> bool:
        return _http(scheme, "basic")


@dataclass(frozen=True)
class HeaderKey(Auth):
    """A key in a header of its own (`Access-Token: <token>`)."""

    header: str
    value: str

    def render(self, values: Mapping[str, str]) -> Credentials:
        from . import _auth

        return _auth.header_key(self.header, values[self.value])

    def scheme(self, values: Mapping[str, str]) -> str:
        return values[self.value]

    def meets(self, scheme: Mapping[str, Any]) -> bool:
        return _api_key(scheme, "header", self.header)


@dataclass(frozen=True)
class QueryKey(Auth):
    """A key as a query parameter (`?api_key=<key>`)."""

    param: str
    value: str = ""

    def render(self, values: Mapping[str, str]) -> Credentials:
        from . import _auth

        return _auth.query_key(self.param, values[self.value or self.param])

    def scheme(self, values: Mapping[str, str]) -> str:
        return values[self.value or self.param]

    def meets(self, scheme: Mapping[str, Any]) -> bool:
        return _api_key(scheme, "query", self.param)


@dataclass(frozen=True)
class NoAuth(Auth):
    """No credentials: an open API, or one whose security no descriptor can send (mutual
    TLS...); its fake checks none either."""

    def render(self, values: Mapping[str, str]) -> Credentials:
        from . import _auth

        return _auth.Credentials()

    def scheme(self, values: Mapping[str, str]) -> str:
        return ""

    def meets(self, scheme: Mapping[str, Any]) -> bool:
        return True  # nothing sent, nothing checked (see above)


def _fill(template: str, values: Mapping[str, str]) -> str:
    return template.format(**values) if "{" in template else values[template]


# --- the descriptor ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Credential:
    """One credential argument of the factory, in its signature's order."""

    name: str
    annotation: str = "str"
    """Its type, as the factory's signature writes it."""
    fake: Any = None
    """The value `fake()` accepts by default."""
    default: str | None = None
    """A default in the factory's signature (then it comes after `base_url`)."""
    pattern: str | None = None
    """A regular expression the value must match, with `example`s for the error message."""
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Provider:
    """Everything about one provider that its spec does not say (see the module docstring)."""

    name: str
    """The module and spec name: `overlays.<name>`, `specs/<name>.yaml`, `<name>_client`."""
    title: str
    base_url: str | None
    """The API root by default; None: each customer has their own (the factory requires it)."""
    credentials: tuple[Credential, ...]
    auth: Auth
    errors: ErrorFormat
    path: str = ""
    """Appended to `base_url`, with credentials in braces (`/{store_id}`): a credential in
    every path that no call then takes."""
    fake_base_url: str | None = None
    """The base URL the fake's clients use when `base_url` is None."""
    class_name: str = ""
    """The resource object's class (`Appaloosa`); by default the name in CamelCase."""

    def __post_init__(self) -> None:
        if not self.class_name:
            camel = "".join(part.capitalize() for part in self.name.split("_"))
            object.__setattr__(self, "class_name", camel)

    @property
    def package(self) -> str:
        return f"{self.name}_client"

    # -- the factory's arguments -----------------------------------------------------------

    def checked(self, values: Mapping[str, Any]) -> dict[str, str]:
        """The credentials as text, each refused (naming it, never its value) when unusable."""
        checked = {}
        for spec in self.credentials:
            value = str(values[spec.name])
            if not value.strip():
                raise ValueError(f"{spec.name} must be a non-empty string")
            if spec.pattern and not re.match(spec.pattern, value):
                looks = " or ".join(repr(example) for example in spec.examples)
                raise ValueError(f"{spec.name} must look like {looks}, not {value!r}")
            checked[spec.name] = value
        return checked

    def root(self, base_url: str, values: Mapping[str, str]) -> str:
        """`base_url` with the path prefix, each credential in it kept to its segment."""
        url = urlsplit(base_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise ValueError(f"base_url must be an absolute http(s) URL, not {base_url!r}")
        prefix = self.path
        for name, value in values.items():
            if f"{{{name}}}" in prefix:
                if value in (".", ".."):  # a dot segment: every call would leave the prefix
                    raise ValueError(
                        f"{name} cannot be {value!r}: the requests would go to another path"
                    )
                prefix = prefix.replace(f"{{{name}}}", quote(value, safe=""))
        return base_url.rstrip("/") + prefix

    def fake_secrets(self, credentials: Mapping[str, Any]) -> str | tuple[str, str]:
        """What the fake checks requests against, for the spec's security scheme."""
        return self.auth.scheme({k: str(v) for k, v in credentials.items()})

    # -- the public module --------------------------------------------------------------------

    def exports(
        self, namespace: dict[str, Any]
    ) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
        """`__getattr__` and `__dir__` for `overlays.<name>`: its names come from the
        generated `<package>.facade` the first time one is asked for (importing the
        provider module costs nothing until then)."""
        module = namespace["__name__"]

        def facade() -> Any:
            return importlib.import_module(f"{self.package}.facade")

        def __getattr__(name: str) -> object:
            if name == "__all__":  # `from overlays.<name> import *`
                return list(facade().__all__)
            if name.startswith("__"):
                raise AttributeError(f"module {module!r} has no attribute {name!r}")
            try:
                value = getattr(facade(), name)
            except AttributeError:
                raise AttributeError(f"module {module!r} has no attribute {name!r}") from None
            namespace[name] = value
            return value

        def __dir__() -> list[str]:
            return sorted({*namespace, *facade().__all__})

        return __getattr__, __dir__
