"""`make drift`, the whole loop, without the network: a served fake plays a provider that
added a field; the drift run finds it, proposes the spec change in a copy of the repository
(never in specs/), the copy is regenerated, `api-diff` calls the change non-breaking and the
new field is read through the regenerated client. Plus the command's exits and its edits.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from overlays import drift, push_express
from overlays.drift import Finding
from scripts.apidiff import report as api_report
from scripts.apidiff.cli import compare_provider
from scripts.build import generate
from scripts.build.speclib import REPO
from scripts.drift import cli
from scripts.drift.live import ACCESS
from scripts.drift.spec_edit import canonical, load_document, plan_edits, propose

PROVIDER = "push_express"
CREATED_AT = "2026-05-01T09:30:00Z"


@pytest.fixture(autouse=True)
def fresh_process_memory() -> None:
    drift._reported.clear()


def _copy(root: Path, provider: str) -> Path:
    """One provider's spec, config and committed package, as `make generate` needs them."""
    for part in (f"specs/{provider}.yaml", f"config/{provider}.yaml"):
        (root / part).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / part, root / part)
    package = f"generated/{provider}_client"
    shutil.copytree(REPO / package, root / package, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_drift_found_proposed_regenerated_non_breaking_and_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(tmp_path / "repo", PROVIDER)
    spec_before = (REPO / "specs" / f"{PROVIDER}.yaml").read_bytes()
    fake = push_express.fake(seed=11)
    ids = [
        fake.insert("app_groups", {"name": name, "all_apps": False, "app_ids": [101]})["id"]
        for name in ("Android", "iOS")
    ]
    fake.change_provider(add_fields={"app_groups": {"created_at": CREATED_AT}})
    with fake.serve() as base_url:
        environ = {
            "PUSH_EXPRESS_TOKEN": fake.credentials["token"],
            "PUSH_EXPRESS_BASE_URL": base_url,
        }
        # 1. drift found against the served fake, the spec edited in the copy
        assert cli.main([PROVIDER, "--root", str(root), "--propose"], environ) == 1
        out = capsys.readouterr().out
        assert "undeclared-field" in out
        assert "+        created_at:" in out
        written = json.loads((root / "drift" / f"{PROVIDER}.json").read_text())
        kinds = {(f["operation"], f["kind"], f["subject"]) for f in written["findings"]}
        assert kinds == {
            ("list_app_groups", "undeclared-field", "created_at"),
            ("get_app_group", "undeclared-field", "created_at"),
        }
        assert {c["operation"] for c in written["calls"]} == {"list_app_groups", "get_app_group"}
        assert [e["applied"] for e in written["edits"]] == [True]
        assert {entry.method for entry in fake.log} == {"GET"}  # never a write
        report_md = (root / "drift" / f"{PROVIDER}.md").read_text()
        assert "#/components/schemas/AppGroup/properties/created_at" in report_md
        # 2. regenerated (this provider only), and the change is not breaking for callers
        assert generate.main(["--root", str(root), PROVIDER]) == 0, capsys.readouterr().err
        result = compare_provider(PROVIDER, "changed", REPO, root)
        assert not result.errors
        assert api_report.exit_status([result]) == 0
        added = [f for f in result.findings if f.kind == "response-field-added"]
        assert [f.symbol for f in added] == ["push_express_client.models.AppGroup.created_at"]
        assert not [f for f in result.findings if f.breaking]
        # 3. the new field read through the regenerated client, and no drift left
        script = (
            "import sys\n"
            "from overlays import drift, push_express\n"
            "from push_express_client.api.app_groups import get_app_group\n"
            "client = push_express.client(sys.argv[1], base_url=sys.argv[2])\n"
            "group = get_app_group.sync(int(sys.argv[3]), client=client)\n"
            "print(group.created_at.isoformat(), len(drift.log_of(client).findings()))\n"
        )
        child = subprocess.run(
            [sys.executable, "-c", script, fake.credentials["token"], base_url, str(ids[0])],
            env={**os.environ, "PYTHONPATH": str(root / "generated")},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert child.returncode == 0, child.stderr
    assert child.stdout.split() == ["2026-05-01T09:30:00+00:00", "0"]
    assert (REPO / "specs" / f"{PROVIDER}.yaml").read_bytes() == spec_before


def test_without_credentials_it_cannot_run_and_names_the_variables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(tmp_path, "appaloosa")
    assert cli.main(["appaloosa", "--root", str(root)], {"APPALOOSA_API_KEY": "x"}) == 2
    err = capsys.readouterr().err
    assert "APPALOOSA_STORE_ID" in err
    assert "APPALOOSA_BASE_URL" in err
    assert "APPALOOSA_API_KEY" not in err.split("set ")[1].split("(")[0]
    assert cli.main(["nope", "--root", str(root)], {}) == 2
    assert not (root / "drift").exists()


def test_every_provider_has_the_live_tests_variables() -> None:
    from tests.helpers.live import LIVE

    assert {name: access.required for name, access in ACCESS.items()} == {
        "push_express": LIVE[0].required,
        "appaloosa": LIVE[1].required,
        "app47": LIVE[2].required,
        "appush": LIVE[3].required,
        "tulip": LIVE[4].required,
    }


def test_a_run_that_meets_only_refusals_cannot_run(capsys: pytest.CaptureFixture[str]) -> None:
    fake = push_express.fake()
    with fake.serve() as base_url:
        environ = {"PUSH_EXPRESS_TOKEN": "wrong-token-123", "PUSH_EXPRESS_BASE_URL": base_url}
        assert cli.main([PROVIDER, "--out", "/nonexistent/never"], environ) == 2
    assert "credentials were refused" in capsys.readouterr().err


def _finding(**changes: object) -> Finding:
    base = {
        "provider": "appush",
        "operation": "get_application",
        "status": 200,
        "kind": "enum-value",
        "subject": "staging",
        "pointer": "/status",
        "spec_pointer": "#/components/schemas/Environment/enum",
        "expected": ["dev", "prod"],
        "example": '"staging"',
        "count": 4,
        "first_seen": "2026-05-01T00:00:00Z",
        "last_seen": "2026-05-02T00:00:00Z",
    }
    return Finding(**{**base, **changes})  # type: ignore[arg-type]


def test_findings_exported_from_production_are_read_and_proposed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(tmp_path, "appush")
    exported = tmp_path / "prod.jsonl"
    findings = [
        _finding(),
        _finding(count=3),  # the same, from another process: merged
        _finding(
            kind="undocumented-header",
            subject="X-Ratelimit-Remaining",
            pointer="/headers/X-Ratelimit-Remaining",
            example='"99"',
            spec_pointer="#/paths/~1application~1{application_id}/get/responses/200/headers/X-Ratelimit-Remaining",
            inferred={"type": "integer"},
        ),
        _finding(
            kind="required-missing",
            subject="name",
            pointer="/name",
            example="",
            spec_pointer="#/components/schemas/Application/required",
        ),
        _finding(provider="tulip"),  # another provider's: ignored
    ]
    exported.write_text("".join(json.dumps(f.to_json()) + "\n" for f in findings))
    argv = ["appush", "--root", str(root), "--findings", str(exported), "--propose"]
    assert cli.main(argv, {}) == 1  # no credentials needed
    captured = capsys.readouterr()
    assert "ignoring findings of tulip" in captured.err
    spec = (root / "specs" / "appush.yaml").read_text()
    assert "enum: [dev, prod, staging]" in spec
    assert "X-Ratelimit-Remaining:" in spec
    written = json.loads((root / "drift" / "appush.json").read_text())
    counts = {f["kind"]: f["count"] for f in written["findings"]}
    assert counts["enum-value"] == 7
    consider = [e for e in written["edits"] if e["action"] == "consider"]
    assert [e["summary"] for e in consider] == ["remove 'name' from `required` (it may be absent)"]
    assert not consider[0]["applied"]
    assert "required: [name]" in spec  # never tightened or loosened by itself
    md = (root / "drift" / "appush.md").read_text()
    assert "## To consider" in md
    assert "```diff" in md
    assert cli.main(["appush", "--root", str(root), "--findings", str(tmp_path / "no")], {}) == 2


def test_edits_keep_comments_and_layout(tmp_path: Path) -> None:
    spec = tmp_path / "specs" / "x.yaml"
    spec.parent.mkdir()
    spec.write_text(
        "openapi: 3.1.0\n"
        "paths:\n"
        "  /things/{id}:\n"
        "    get:\n"
        "      operationId: get_thing\n"
        "      responses:\n"
        '        "200": {$ref: "#/components/responses/Thing"}\n'
        '        "404": {description: Not found.}\n'
        "components:\n"
        "  responses:\n"
        "    Thing:\n"
        "      description: A thing.  # kept\n"
        "      content:\n"
        "        application/json:\n"
        "          schema:\n"
        '            $ref: "#/components/schemas/Thing"\n'
        "  schemas:\n"
        "    Thing:\n"
        "      type: object\n"
        "      properties:\n"
        "        kind: {type: string, enum: [a, b]}  # the kinds\n"
        "        size:\n"
        "          type: integer\n"
        "    # Other is the next schema; this comment stays above it.\n"
        "    Other:\n"
        "      type: string\n"
    )
    document = load_document(spec)
    pointer = "#/paths/~1things~1{id}/get/responses/200/content/application~1json/schema"
    assert canonical(document, pointer) == (
        "#/components/responses/Thing/content/application~1json/schema"
    )
    assert canonical(document, f"{pointer}/properties/color") == (
        "#/components/schemas/Thing/properties/color"
    )
    findings = [
        _finding(
            provider="x", kind="undeclared-field", subject="color",
            spec_pointer="#/components/schemas/Thing/properties/color",
            inferred={"type": ["string", "null"]},
        ),
        _finding(
            provider="x", subject="c", example='"c"',
            spec_pointer="#/components/schemas/Thing/properties/kind/enum",
        ),
        _finding(
            provider="x", kind="undocumented-header", subject="ETag-Like",
            spec_pointer="#/paths/~1things~1{id}/get/responses/200/headers/ETag-Like",
        ),
        _finding(
            provider="x", kind="undocumented-status", subject="203", same_as="200",
            spec_pointer="#/paths/~1things~1{id}/get/responses/203",
        ),
    ]  # fmt: skip
    edits = plan_edits(document, findings)
    diff = propose(spec, edits)
    assert all(edit.applied for edit in edits), [edit.note for edit in edits]
    text = spec.read_text()
    assert "kind: {type: string, enum: [a, b, c]} # the kinds" in text  # ruamel: one space
    assert "      description: A thing.  # kept\n      headers:\n        ETag-Like:\n" in text
    assert '        "203": {$ref: "#/components/responses/Thing"}\n' in text or (
        '        "203":\n          $ref: "#/components/responses/Thing"\n' in text
    )
    assert text.index('"200"') < text.index('"203"') < text.index('"404"')
    color = text.index("        color:\n")
    comment = text.index("    # Other is the next schema")
    assert text.index("          type: integer\n") < color < comment < text.index("    Other:")
    assert 'type: [string, "null"]' in text
    assert diff.count("\n-") == 1
    assert "--- a/specs/x.yaml" in diff
    assert propose(spec, plan_edits(load_document(spec), findings[:1])) == ""  # already there
