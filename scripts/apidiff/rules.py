"""How each operation-level change is classified for a client, and why.

Schema-level changes (fields, types, enums, nullability) depend on whether the client
sends or receives the value; `schemadiff` classifies those. Everything else is here, one
line each, so that the classification can be read (and argued with) in one place.
"""

from __future__ import annotations

RULES: dict[str, tuple[bool, str]] = {
    "operation-removed": (True, "the generated module disappears: imports of it fail"),
    "operation-added": (False, "a new module; existing code is unaffected"),
    "operation-renamed": (True, "the module is named after the operationId: imports fail"),
    "operation-moved": (False, "same Python function; the generated code calls the new route"),
    "parameter-removed": (True, "the keyword argument disappears: passing it raises TypeError"),
    "parameter-added-required": (True, "a new required keyword argument: calls raise TypeError"),
    "parameter-added": (False, "a new optional keyword argument"),
    "parameter-now-required": (True, "calls that left it out must now pass it"),
    "parameter-now-optional": (False, "calls may leave it out; existing ones still work"),
    "request-body-removed": (True, "the body argument disappears: passing it raises TypeError"),
    "request-body-added-required": (True, "a new required body argument"),
    "request-body-added": (False, "a new optional body argument"),
    "request-body-now-required": (True, "calls must now pass a body"),
    "request-body-now-optional": (False, "the body may be left out"),
    "request-media-type-removed": (True, "the generated code no longer sends this content type"),
    "request-media-type-added": (False, "a new alternative content type"),
    "request-schema-removed": (True, "the body is no longer a model"),
    "response-media-type-removed": (True, "the generated code no longer parses this body"),
    "response-media-type-added": (False, "a new alternative content type"),
    "response-schema-removed": (True, "the body is no longer parsed into a model"),
    # Error bodies are not what callers consume: losing one is not breaking.
    "error-media-type-removed": (False, "an error body callers do not consume"),
    "error-media-type-added": (False, "a new alternative content type"),
    "error-schema-removed": (False, "an error body callers do not consume"),
    "success-status-removed": (True, "sync() no longer returns a parsed body for it"),
    "success-status-added": (True, "sync() may now return another type: callers using it break"),
    "success-status-added-without-body": (False, "no new return type; existing code works"),
    "error-status-removed": (False, "an error the server no longer documents"),
    "error-status-added": (False, "a newly documented error; existing code is unaffected"),
    "security-changed": (True, "calls made with the old credentials are rejected"),
    "security-alternative-added": (False, "the old credentials are still accepted"),
    "security-removed": (False, "anonymous calls are now allowed; authenticated ones still work"),
    "security-scheme-removed": (True, "credentials of this kind are no longer accepted"),
    "security-scheme-added": (False, "a new way to authenticate"),
    "security-scheme-changed": (True, "credentials sent the old way are rejected"),
    "model-removed": (True, "the model class disappears: imports of it fail"),
    "model-added": (False, "a new model class"),
    "provider-removed": (True, "the package disappears: every import of it fails"),
    "provider-added": (False, "a new package; nothing existed to break"),
}
