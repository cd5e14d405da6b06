"""What schemathesis runs against each fake, and the checks excluded for one operation each.

Every exclusion is for one operation of one provider, with the reason (also in
docs/testing/schemathesis.md). Nothing else is excluded.
"""

from __future__ import annotations

import os
from typing import Any

EXAMPLES = int(os.environ.get("FAKES_EXAMPLES", "5"))
"""Examples per operation and phase; for a deeper run:
`FAKES_EXAMPLES=100 pytest tests/fakes/test_fakes_schemathesis.py`."""

_DOCUMENTED_REFUSAL = (
    "a documented refusal of a request its schema allows (a business rule no JSON Schema "
    "can state); positive_data_acceptance expects 2xx for any schema-valid request "
    "(schemathesis/schemathesis#3516)"
)

_NO_ICON_YET = (
    "schemathesis infers a link from create_application to the icon (same path parameter), "
    "but a new application has no icon until put_icon: the documented 404 is right; the "
    "spec links put_icon, not create_application, to get_icon and delete_icon"
)

EXCLUDED: dict[tuple[str, str], dict[str, str]] = {
    ("appaloosa", "create_user"): {
        "positive_data_acceptance": _DOCUMENTED_REFUSAL + ": an email already taken answers 422"
    },
    ("appaloosa", "update_user"): {
        "positive_data_acceptance": _DOCUMENTED_REFUSAL + ": an email already taken answers 422"
    },
    ("appaloosa", "publish_to_google_play"): {
        "positive_data_acceptance": _DOCUMENTED_REFUSAL
        + ": Google Play refuses an update that is not Android's (400)"
    },
    ("appush", "put_icon"): {
        "positive_data_acceptance": _DOCUMENTED_REFUSAL
        + ": an image that is not a 57x57 PNG answers 415"
    },
    ("appush", "get_icon"): {"ensure_resource_availability": _NO_ICON_YET},
    ("appush", "delete_icon"): {"ensure_resource_availability": _NO_ICON_YET},
    ("appaloosa", "update_mobile_application_update"): {
        "negative_data_rejection": (
            "an empty array (breaking minItems: 1) has no multipart/form-data encoding: the "
            "field is simply absent, which the schema allows; schemathesis still counts it "
            "as negative data (the family of schemathesis/schemathesis#3801, #3792)"
        )
    },
}


STATELESS = {
    "use_after_free": (
        "an operation with no x-fake is answered statelessly (Prism-style): what was deleted "
        "is still answered from the spec's examples"
    ),
    "ensure_resource_availability": "as use_after_free: nothing a create makes is kept",
    "status_code_conformance": (
        "a published spec need not document the errors its API answers (many document only "
        "their successes, or a default); its fake refuses a bad request as the API does, "
        "with a status the spec may leave unsaid"
    ),
}
"""Checks that cannot hold for a published spec served statelessly, and why; a provider
added by `make new-provider` runs every other check."""


def _generic_auth_section(provider: str, credentials: dict[str, Any]) -> str:
    """`[auth.openapi.<scheme>]` for a provider with no section written here: every scheme
    of its spec, with what its descriptor sends."""
    from overlays._registry import PROVIDERS
    from scripts.build.speclib import load_spec, providers

    descriptor = PROVIDERS[provider]
    secret = descriptor.fake_secrets(credentials)
    spec = load_spec(next(p for p in providers() if p.name == provider))
    text = ""
    for name, scheme in ((spec.get("components") or {}).get("securitySchemes") or {}).items():
        kind = scheme.get("type")
        if isinstance(secret, tuple) and kind == "http":
            text += f'[auth.openapi.{name}]\nusername = "{secret[0]}"\npassword = "{secret[1]}"\n'
        elif isinstance(secret, str) and secret and kind == "http":
            text += f'[auth.openapi.{name}]\nbearer = "{secret}"\n'
        elif isinstance(secret, str) and secret and kind == "apiKey":
            text += f'[auth.openapi.{name}]\napi_key = "{secret}"\n'
    return text


def auth_section(provider: str, credentials: dict[str, Any]) -> str:
    """The `[auth.openapi.<scheme>]` section of schemathesis.toml for a fake's credentials
    (set once for the run, so that schemathesis's own negative auth cases still apply)."""
    if provider not in ("push_express", "appaloosa", "app47", "appush", "tulip"):
        return _generic_auth_section(provider, credentials)
    if provider == "push_express":
        return f'[auth.openapi.bearerAuth]\nbearer = "{credentials["token"]}"\n'
    if provider == "appaloosa":
        return f'[auth.openapi.apiKey]\napi_key = "{credentials["api_key"]}"\n'
    if provider == "app47":
        return f'[auth.openapi.accessToken]\napi_key = "{credentials["token"]}"\n'
    if provider == "appush":
        user, password = credentials["root_token"], credentials["root_secret"]
        return f'[auth.openapi.rootCredentials]\nusername = "{user}"\npassword = "{password}"\n'
    user = f"{credentials['key_type']}_{credentials['key_id']}"
    return f'[auth.openapi.basicAuth]\nusername = "{user}"\npassword = "{credentials["secret"]}"\n'


JUDGED = ("json", "multipart/form-data", "application/x-www-form-urlencoded")
"""Request media types the fakes judge; another (a published spec's XML) is taken as sent."""


def _unjudged_bodies(provider: str) -> str:
    """`[[operations]]` without negative_data_rejection for the operations whose request
    body may come in a media type the fakes cannot judge (XML): such a body is accepted as
    the real API would accept it, whatever schemathesis broke in it."""
    from scripts.build.speclib import load_spec, operations, providers, resolve

    spec = load_spec(next(p for p in providers() if p.name == provider))
    text = ""
    for op in operations(spec):
        content = resolve(spec, op.spec.get("requestBody", {})).get("content") or {}
        binary = all(m.startswith(("image/", "application/octet-stream")) for m in content)
        if binary or all(any(j in m for j in JUDGED) for m in content):
            continue
        text += f'\n[[operations]]\ninclude-path = "{op.path}"\n'
        text += f'include-method = "{op.method}"\nchecks.negative_data_rejection.enabled = false\n'
    return text


def config_text(provider: str, credentials: dict[str, Any], *, house: bool = True) -> str:
    """schemathesis.toml for one provider's run (a published spec's: without `STATELESS`,
    nor negative data for bodies the fakes cannot judge)."""
    text = "".join(f"[checks.{check}]\nenabled = false\n" for check in STATELESS if not house)
    text += auth_section(provider, credentials)
    if not house:
        text += _unjudged_bodies(provider)
    for (name, operation), checks in sorted(EXCLUDED.items()):
        if name != provider:
            continue
        text += f'\n[[operations]]\ninclude-operation-id = "{operation}"\n'
        text += "".join(f"checks.{check}.enabled = false\n" for check in checks)
    return text
