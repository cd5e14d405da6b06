"""Drift observed in use (`overlays.drift`): each kind of finding against a fake playing a
changed provider (`fake.change_provider`), reported once per process on the
`overlays.drift` logger with its pointers and a masked example, kept on the client; and no
finding at all where the answers are what the spec says."""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from app47_client.api.apps import get_app
from appaloosa_client.api.users import get_user, list_users
from appush_client.api.applications import get_application
from push_express_client.api.app_groups import get_app_group, list_app_groups

from overlays import drift, errors, push_express
from overlays.drift import DriftLog, Finding, log_of, merge_findings, read_findings
from overlays.fakes import Fake
from tests.helpers.fake_calls import check, fresh
from tests.helpers.spec_calls import all_operations, example_call

APPALOOSA_KEY = "appaloosa-key-0123456789"


@pytest.fixture(autouse=True)
def fresh_process_memory() -> Iterator[None]:
    """Each test sees findings as a new process would (they are reported once per process)."""
    drift._reported.clear()
    yield
    drift._reported.clear()


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "overlays.drift"]


def _fake(provider: str, **credentials: Any) -> Fake:
    fake: Fake = importlib.import_module(f"overlays.{provider}").fake(seed=3, **credentials)
    return fake


@dataclass(frozen=True)
class Case:
    provider: str
    changes: dict[str, Any]
    kind: str
    subject: str
    pointer: str
    spec_pointer: str
    call: Callable[[Any, Any], Any]
    """(client, id of the stored resource) -> the call that meets the change."""
    example: str | None = None
    credentials: dict[str, Any] | None = None


def _seed(fake: Fake) -> Any:
    """One resource in the fake, by provider; returns its id."""
    kind, resource = {
        "push_express": ("app_groups", {"name": "Android", "all_apps": False, "app_ids": [1]}),
        "appaloosa": ("users", {"email": "o@d.com", "first_name": "O", "last_name": "D"}),
        "app47": ("apps", {"name": "App", "type": "Private"}),
        "appush": ("applications", {"name": "Pushy", "status": "dev"}),
    }[fake.provider]
    return fake.insert(kind, resource)["id"]


CASES = {
    "undeclared-field": Case(
        "appaloosa",
        {"add_fields": {"users": {"webhook_secret": "whsec-0123456789abcdef"}}},
        "undeclared-field",
        "webhook_secret",
        "/user/webhook_secret",
        "#/components/schemas/User/properties/webhook_secret",
        lambda client, ident: get_user.sync(ident, client=client),
        example='"***"',  # named like a credential: masked whole
        credentials={"api_key": APPALOOSA_KEY},
    ),
    "enum-value": Case(
        "appush",
        {"set_fields": {"applications": {"status": "staging"}}},
        "enum-value",
        "staging",
        "/status",
        "#/components/schemas/Environment/enum",
        lambda client, ident: get_application.sync(ident, client=client),
        example='"staging"',
    ),
    "type-changed": Case(
        "push_express",
        {"set_fields": {"app_groups": {"archived": "no"}}},
        "type-changed",
        "string",
        "/archived",
        "#/components/schemas/AppGroup/properties/archived",
        lambda client, ident: get_app_group.sync(ident, client=client),
        example='"no"',
    ),
    "required-missing": Case(
        "push_express",
        {"drop_fields": {"app_groups": ["app_ids"]}},
        "required-missing",
        "app_ids",
        "/0/app_ids",
        "#/components/schemas/AppGroup/required",
        lambda client, ident: list_app_groups.sync(client=client),
        example="",
    ),
    "undocumented-header": Case(
        "appaloosa",
        {
            "headers": {
                "list_users": {"X-Debug-Url": f"https://x.test/users?api_key={APPALOOSA_KEY}"}
            }
        },
        "undocumented-header",
        "X-Debug-Url",
        "/headers/X-Debug-Url",
        "#/paths/~1users/get/responses/200/headers/X-Debug-Url",
        lambda client, ident: list_users.sync(client=client),
        example='"https://x.test/users?api_key=***"',  # the client's own key, masked
        credentials={"api_key": APPALOOSA_KEY},
    ),
    "undocumented-status": Case(
        "app47",
        {"statuses": {"get_app": 203}},
        "undocumented-status",
        "203",
        "",
        "#/paths/~1apps~1{app_id}/get/responses/203",
        lambda client, ident: get_app.sync(ident, client=client),
    ),
    "schema-rule": Case(
        "push_express",
        {"set_fields": {"app_groups": {"name": "tab\there"}}},
        "schema-rule",
        "pattern",
        "/name",
        "#/components/schemas/GroupName/pattern",
        lambda client, ident: get_app_group.sync(ident, client=client),
        example='"tab\\there"',
    ),
}


def _call(case: Case, client: Any, ident: Any) -> None:
    # What the spec forbids still fails the call (observed first).
    with contextlib.suppress(errors.APIResponseValidationError):
        case.call(client, ident)


@pytest.mark.parametrize("kind", sorted(CASES))
def test_each_kind_of_drift_is_reported_once_masked_with_its_pointers(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    case = CASES[kind]
    fake = _fake(case.provider, **(case.credentials or {}))
    ident = _seed(fake)
    fake.change_provider(**case.changes)
    first, second = fake.client(max_retries=0), fake.client(max_retries=0)
    seen: list[Finding] = []
    callback = fake.client(max_retries=0, on_drift=seen.append)
    with caplog.at_level(logging.WARNING, logger="overlays.drift"):
        for client in (first, first, second, callback, callback):
            _call(case, client, ident)
    findings = [f for f in log_of(first).findings() if f.kind == case.kind]  # type: ignore[union-attr]
    assert len(findings) == 1, findings
    finding = findings[0]
    assert (finding.subject, finding.pointer, finding.spec_pointer) == (
        case.subject,
        case.pointer,
        case.spec_pointer,
    )
    assert finding.provider == case.provider
    assert finding.count == 2  # two answers on this client
    if case.example is not None:
        assert finding.example == case.example
    # Once per process, whatever the number of clients and answers.
    reported = [m for m in _warnings(caplog) if f": {case.kind}: " in m]
    assert len(reported) == 1, reported
    assert case.spec_pointer in reported[0]
    assert [f.kind for f in seen].count(case.kind) == 1  # the callback, once per new finding
    for secret in fake.credentials.values():
        if isinstance(secret, str) and len(secret) >= 8:
            assert secret not in caplog.text
            assert secret not in json.dumps(finding.to_json())


def test_an_undocumented_status_says_which_documented_one_it_looks_like() -> None:
    fake = _fake("app47")
    ident = _seed(fake)
    fake.change_provider(statuses={"get_app": 203})
    client = fake.client()
    with pytest.raises(errors.APIResponseValidationError):  # the generated code's verdict
        get_app.sync(ident, client=client)
    (finding,) = log_of(client).findings()  # type: ignore[union-attr]
    assert finding.same_as == "200"
    assert finding.inferred is not None
    assert finding.inferred["type"] == "object"


def test_a_new_field_is_typed_from_every_value_seen() -> None:
    fake = _fake("push_express")
    for name in ("A", "B", "C"):
        fake.insert("app_groups", {"name": name, "all_apps": True, "app_ids": []})
    fake.change_provider(add_fields={"app_groups": {"created_at": "2026-05-01T09:30:00Z"}})
    client = fake.client()
    assert len(list_app_groups.sync(client=client) or []) == 3
    fake.change_provider(add_fields={"app_groups": {"created_at": None}})
    list_app_groups.sync(client=client)
    (finding,) = log_of(client).findings()  # type: ignore[union-attr]
    assert finding.count == 2
    assert finding.inferred == {"type": ["string", "null"], "format": "date-time"}


def test_answers_the_spec_describes_show_no_drift_and_cost_one_check(
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake = _fake("push_express")
    ident = _seed(fake)
    client = fake.client()
    with caplog.at_level(logging.WARNING, logger="overlays.drift"):
        list_app_groups.sync(client=client)
        get_app_group.sync(ident, client=client)
    assert log_of(client).findings() == []  # type: ignore[union-attr]
    assert _warnings(caplog) == []


OPERATIONS = all_operations()


@pytest.mark.parametrize(
    ("provider", "operation_id"), OPERATIONS, ids=[f"{p}.{o}" for p, o in OPERATIONS]
)
def test_no_operation_of_an_unchanged_fake_shows_drift(provider: str, operation_id: str) -> None:
    """The fakes answer what the specs say: observing all 51 operations finds nothing (no
    generic header taken for a new one, no declared field for an undeclared one)."""
    fake = fresh(provider, operation_id)
    log = DriftLog()
    client = fake.client(drift=log)
    check(fake, provider, operation_id, example_call(provider, operation_id).sync(client))
    assert log.findings() == []


def test_drift_false_turns_observation_off(caplog: pytest.LogCaptureFixture) -> None:
    fake = _fake("push_express")
    ident = _seed(fake)
    fake.change_provider(add_fields={"app_groups": {"owner": "x"}})
    client = fake.client(drift=False)
    with caplog.at_level(logging.WARNING, logger="overlays.drift"):
        assert get_app_group.sync(ident, client=client) is not None
    assert log_of(client) is None
    assert _warnings(caplog) == []


def test_one_log_shared_by_clients_exports_json_lines_that_merge(tmp_path: Path) -> None:
    fake = _fake("push_express")
    ident = _seed(fake)
    fake.change_provider(add_fields={"app_groups": {"owner": "x"}})
    shared = DriftLog()
    for _ in range(2):
        get_app_group.sync(ident, client=fake.client(drift=shared))
    with push_express.PushExpress(**fake.credentials, transport=fake.transport) as api:
        api.app_groups.get(ident)
        own = log_of(api)
    assert own is not None
    assert [f.count for f in own.findings()] == [1]
    (finding,) = shared.findings()
    assert finding.count == 2
    path = tmp_path / "findings.jsonl"
    assert shared.export(path) == 1
    assert own.export(path) == 1
    (merged,) = merge_findings(read_findings(path))
    assert merged.count == 3
    assert merged.key == finding.key


def test_a_changed_provider_keeps_the_state_and_checks_the_rest() -> None:
    """The changes are applied after the answer is checked (the fake's own answer must still
    be within the spec); the stored resource is what was stored; an optional field dropped
    is within the spec, so no drift."""
    from push_express_client.types import UNSET

    fake = _fake("push_express")
    ident = _seed(fake)
    fake.change_provider(drop_fields={"app_groups": ["name"]})
    assert fake.items("app_groups")[0]["name"] == "Android"
    with fake.serve() as base_url:
        client = push_express.client(**fake.credentials, base_url=base_url)
        group = get_app_group.sync(ident, client=client)
        assert group is not None
        assert group.name is UNSET
    assert log_of(client).findings() == []  # type: ignore[union-attr]
    fake.reset()  # back to the documented provider, and empty
    assert fake.items("app_groups") == []
    with pytest.raises(ValueError, match="unknown resource kind"):
        fake.change_provider(add_fields={"nope": {"x": 1}})
    with pytest.raises(ValueError, match="2xx"):
        fake.change_provider(statuses={"get_app_group": 500})


def test_the_drift_page_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import re

    page = Path(__file__).resolve().parents[2] / "docs" / "clients" / "drift.md"
    (block,) = re.findall(r"^```python\n(.*?)^```", page.read_text(encoding="utf-8"), re.S | re.M)
    monkeypatch.chdir(tmp_path)
    with caplog.at_level(logging.WARNING, logger="overlays.drift"):
        exec(compile(block, "docs/clients/drift.md", "exec"), {})
    assert len(_warnings(caplog)) == 2
    exported = read_findings(tmp_path / "drift-findings.jsonl")
    assert [(f.operation, f.subject) for f in exported] == [
        ("list_app_groups", "created_at"),
        ("get_app_group", "created_at"),
    ]


def test_a_new_value_on_every_answer_fills_neither_memory_nor_the_log(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(drift, "MAX_FINDINGS", 3)
    fake = _fake("appush")
    ident = _seed(fake)
    client = fake.client()
    with caplog.at_level(logging.WARNING, logger="overlays.drift"):
        for number in range(6):
            fake.change_provider(set_fields={"applications": {"status": f"env-{number}"}})
            with contextlib.suppress(errors.APIResponseValidationError):
                get_application.sync(ident, client=client)
    log = log_of(client)
    assert log is not None
    assert len(log.findings()) == 3
    assert log.dropped == 3
    assert len(_warnings(caplog)) == 5  # 4 findings (the 4th says it is the last), then quiet
