"""The providers: one descriptor each (`_descriptor.Provider`), in the order the docs list them.

Everything else about a provider is derived from its entry here and its spec: the typed
entry points the build writes into its generated package (`<package>/facade.py`), its fake
(`overlays.fakes`, with provider hooks in `overlays/fakes/_<name>.py` where it has quirks no
declaration can say), its pytest fixture, and every provider list of the demo, the soak,
the benchmarks and the tests. `make new-provider` adds an entry.
"""

from __future__ import annotations

from ._descriptor import (
    Basic,
    Bearer,
    Credential,
    ErrorFormat,
    HeaderKey,
    NoAuth,
    Provider,
    QueryKey,
)

__all__ = [  # the kinds an entry may use (`make new-provider` writes any of them)
    "PROVIDERS",
    "Basic",
    "Bearer",
    "Credential",
    "ErrorFormat",
    "HeaderKey",
    "NoAuth",
    "Provider",
    "QueryKey",
    "names",
    "provider",
]

_DESCRIPTORS = (
    Provider(
        "push_express",
        "Push.Express application groups",
        base_url="https://core.push.express/api/b/v2",
        credentials=(Credential("token", fake="fake-push-express-token"),),
        auth=Bearer("token"),
        # {"error": "..." or {"message": "..."}, "req_id": "..."}
        errors=ErrorFormat(message=("/error/message", "/error"), request_id="/req_id"),
    ),
    Provider(
        "appaloosa",
        "Appaloosa store API v2",
        base_url="https://www.appaloosa-store.com/api/v2",
        path="/{store_id}",
        credentials=(
            Credential("store_id", "int | str", fake=52),
            Credential("api_key", fake="fake-appaloosa-key"),
        ),
        auth=QueryKey("api_key"),
        # {"errors": "..."} (422) or {"error": {"message": "..."}} (400 from Google Play)
        errors=ErrorFormat(message=("/errors", "/error/message", "/error")),
    ),
    Provider(
        "app47",
        "App47 APIv2 apps",
        base_url="https://cirrus.app47.com/api/v2",
        credentials=(Credential("token", fake="fake-app47-token"),),
        auth=HeaderKey("Access-Token", "token"),
        # {"results": {"message": "...", "success": false}}, on a 2xx too
        errors=ErrorFormat(message=("/results/message",), failure_flag="/results/success"),
    ),
    Provider(
        "appush",
        "APPush application resource",
        class_name="APPush",
        base_url="https://appush.com/api",
        credentials=(
            Credential("root_token", fake="fake-root-token"),
            Credential("root_secret", fake="fake-root-secret"),
        ),
        auth=Basic("root_token", "root_secret"),
        # HTML pages from the web server (mochiweb); a JSON body, should one come, is read for
        # a "message" or an "error"
        errors=ErrorFormat(message=("/message", "/error")),
    ),
    Provider(
        "tulip",
        "Tulip app groups",
        base_url=None,  # one host per customer instance
        fake_base_url="https://fake.tulip.co/api/v3",
        credentials=(
            Credential("key_id", fake="fake_key"),
            Credential("secret", fake="fake-secret"),
            Credential(
                "key_type",
                default="apikey.2",
                fake="apikey.2",
                pattern=r"^[a-z]+\.[0-9]+$",
                examples=("apikey.2", "onetime.1"),
            ),
        ),
        auth=Basic("{key_type}_{key_id}", "secret"),
        # {"errorCode": "...", "errorUniqueID": "...", "details": "..."}
        errors=ErrorFormat(
            message=("/details", "/errorCode"), code="/errorCode", request_id="/errorUniqueID"
        ),
    ),
)

PROVIDERS: dict[str, Provider] = {provider.name: provider for provider in _DESCRIPTORS}
"""Every provider, by name, in the docs' order."""


def names() -> tuple[str, ...]:
    return tuple(PROVIDERS)


def provider(name: str) -> Provider:
    try:
        return PROVIDERS[name]
    except KeyError:
        raise ValueError(f"unknown provider {name!r}; known: {', '.join(PROVIDERS)}") from None
