"""`python -m scripts.build` (`make generate`): validation errors name the spec, failures
leave generated/ alone, output is deterministic and regeneration is incremental; the
scripts run with `python -m`, with no `sys.path` edits."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.build import generate
from scripts.build.speclib import REPO

PROVIDER = "push_express"
SPEC = f"specs/{PROVIDER}.yaml"
PACKAGE = f"generated/{PROVIDER}_client"


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A copy of one provider's spec, config and committed package."""
    for part in (SPEC, f"config/{PROVIDER}.yaml"):
        (tmp_path / part).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / part, tmp_path / part)
    shutil.copytree(
        REPO / PACKAGE, tmp_path / PACKAGE, ignore=shutil.ignore_patterns("__pycache__")
    )
    return tmp_path


def run(root: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = generate.main(["--root", str(root), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_unchanged_spec_is_not_regenerated(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(workspace, capsys=capsys)
    assert code == 0
    assert f"{PROVIDER}" in out
    assert "unchanged" in out


def test_generation_is_deterministic_and_matches_the_committed_package(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.rmtree(workspace / PACKAGE)
    code, out, err = run(workspace, capsys=capsys)
    assert code == 0, err
    assert "generated 7 operations" in out
    assert _tree(workspace / PACKAGE) == _tree(REPO / PACKAGE)
    # A second, forced run writes byte-identical files.
    first = _tree(workspace / PACKAGE)
    code, out, err = run(workspace, "--force", capsys=capsys)
    assert code == 0, err
    assert _tree(workspace / PACKAGE) == first
    assert not list((workspace / "generated").glob(".tmp-*")), "staging directory left behind"


def test_changed_spec_is_regenerated(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = workspace / SPEC
    spec.write_text(
        spec.read_text().replace(
            "summary: Archive an application group", "summary: Archive a group"
        ),
    )
    code, out, err = run(workspace, capsys=capsys)
    assert code == 0, err
    assert "generated" in out
    module = workspace / PACKAGE / "api" / "app_groups" / "archive_app_group.py"
    assert "Archive a group" in module.read_text()


_BODY = (
    "          {media}:\n"
    "            schema:\n"
    '              $ref: "#/components/schemas/AppGroupInput"'
)
BREAKAGES = {
    "invalid YAML": ("paths:\n", "paths:\n  - [unclosed\n"),
    "schema error": ("minimum: 1\n      example: 17", "minimum: one\n      example: 17"),
    "missing response description": (
        '"204": {description: No content. The group is archived.}',
        '"204": {}',
    ),
    "unsupported content type": (
        _BODY.format(media="application/json"),
        _BODY.format(media="application/x-weird"),
    ),
    "bad x-idempotent": ("x-idempotent: true", "x-idempotent: yes-please"),
}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_broken_spec_fails_naming_the_spec_and_leaves_generated_alone(
    breakage: str, workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _tree(workspace / "generated")
    spec = workspace / SPEC
    old, new = BREAKAGES[breakage]
    text = spec.read_text()
    assert old in text
    spec.write_text(text.replace(old, new, 1))
    code, _, err = run(workspace, capsys=capsys)
    assert code == 1
    assert SPEC in err
    assert _tree(workspace / "generated") == before


def test_check_mode_reports_a_hand_edit_as_a_diff(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(workspace, "--check", capsys=capsys)
    assert code == 0, out + err
    module = workspace / PACKAGE / "api" / "app_groups" / "get_app_group.py"
    module.write_text(module.read_text() + "# hand edit\n")
    code, out, err = run(workspace, "--check", capsys=capsys)
    assert code == 1
    assert "+# hand edit" not in out
    assert "-# hand edit" in out
    assert "make generate" in err


def test_command_line_entry_point_reports_unchanged() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scripts.build", PROVIDER],
        capture_output=True, text=True, check=False, cwd=REPO,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "unchanged" in result.stdout


def test_project_templates_keep_the_token_out_of_repr() -> None:
    from push_express_client import AuthenticatedClient

    client = AuthenticatedClient(
        base_url="https://core.push.express/api/b/v2", token="s3cr3t-token"
    )
    assert "s3cr3t-token" not in repr(client)


def test_project_templates_turn_an_unparsable_2xx_into_response_validation_error() -> None:
    import httpx2
    from push_express_client import Client
    from push_express_client.api.app_groups import get_app_group
    from push_express_client.errors import ResponseValidationError

    seen: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(200, content=b'{"id": 1')  # truncated JSON

    client = Client(
        base_url="https://api.test", httpx_args={"transport": httpx2.MockTransport(answer)}
    )
    with pytest.raises(ResponseValidationError, match="get_app_group: the 200 response") as caught:
        get_app_group.sync(1, client=client)
    assert caught.value.response.content == b'{"id": 1'
    assert seen[0].extensions["openapi_operation"] == "get_app_group"


def test_no_script_edits_sys_path() -> None:
    """`scripts` is a package run with `python -m` from the repository root: nothing in it
    needs to put a directory on `sys.path`."""
    pattern = re.compile(r"sys\.path\s*(\.(insert|append|extend)\(|\[|\+=|=)")
    offenders = [
        f"{path.relative_to(REPO)}:{number}"
        for path in sorted((REPO / "scripts").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []


@pytest.mark.parametrize("tool", ["build", "apidiff", "bench", "soak"])
def test_each_tool_runs_with_python_m(tool: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", f"scripts.{tool}", "--help"],
        capture_output=True, text=True, check=False, cwd=REPO,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: python -m scripts.{tool}")


# --- specs nobody here wrote (issue 20) -------------------------------------------------------

ODD_SPEC = """\
openapi: 3.0.3
info: {title: Odd, version: "1"}
servers: [{url: "https://odd.example.com"}]
paths:
  /things:
    get:
      operationId: getThings
      tags: ["true"]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Thing"}}
  /things/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    delete:
      operationId: json-like
      tags: ["true"]
      responses: {"204": {description: gone}}
    post:
      tags: [class]
      responses:
        default:
          description: the answer
          content:
            application/json:
              schema: {type: object, properties: {ok: {type: boolean}}}
  /upload:
    put:
      operationId: putUpload
      requestBody:
        content: {application/x-weird: {schema: {type: string}}}
      responses: {"204": {description: stored}}
components:
  schemas:
    Thing: {type: object, properties: {id: {type: string}}}
"""


def _odd(tmp_path: Path, text: str) -> Path:
    (tmp_path / "specs").mkdir()
    (tmp_path / "config").mkdir()
    (tmp_path / "specs" / "odd.yaml").write_text(text, encoding="utf-8")
    config = (REPO / "config" / "tulip.yaml").read_text(encoding="utf-8")
    (tmp_path / "config" / "odd.yaml").write_text(config.replace("tulip", "odd"), encoding="utf-8")
    return tmp_path


def _python_in(root: Path, script: str) -> subprocess.CompletedProcess[str]:
    """`script` in a fresh interpreter that imports the packages generated under `root`
    (and this repository's `overlays`)."""
    env = {**os.environ, "PYTHONPATH": f"{root / 'generated'}{os.pathsep}{REPO}"}
    return subprocess.run(
        [sys.executable, "-c", script], cwd=root / "generated", env=env, capture_output=True,
        text=True, check=False, timeout=60,
    )  # fmt: skip


def test_a_published_spec_in_any_style_generates_with_warnings_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _odd(tmp_path, ODD_SPEC)
    code, out, err = run(root, capsys=capsys)
    assert code == 0, err
    assert "odd           generated 4 operations" in out
    api = root / "generated" / "odd_client" / "api"
    assert sorted(p.name for p in (api / "true_").glob("*.py")) == [
        "__init__.py", "get_things.py", "json_like.py"
    ]  # fmt: skip
    ping = (api / "class_" / "post_things_id.py").read_text(encoding="utf-8")
    assert "-> PostThingsIdResponseDefault:" in ping  # a `default`-only operation's body
    assert "if 200 <= response.status_code <= 299:" in ping
    assert (
        "class True_:" in (root / "generated" / "odd_client" / "resources" / "true_.py").read_text()
    )
    # The generator leaves out what it cannot do: a warning each, not a refusal.
    assert "left out of the client: PUT /upload (putUpload)" in err
    assert "Unsupported content type application/x-weird" in err
    assert all(line.startswith("generate: warning: ") for line in err.splitlines())


def test_a_spec_with_no_operations_generates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _odd(tmp_path, 'openapi: 3.1.0\ninfo: {title: Empty, version: "1"}\npaths: {}\n')
    code, out, err = run(root, capsys=capsys)
    assert code == 0, err
    assert "odd           generated 0 operations" in out


def test_every_error_is_one_line_and_no_traceback_reaches_the_caller(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    clash = ODD_SPEC.replace("operationId: putUpload", "operationId: get-things")
    root = _odd(tmp_path, clash)
    code, _, err = run(root, capsys=capsys)
    assert code == 1
    assert err.splitlines() == [
        "generate: error: specs/odd.yaml: invalid OpenAPI document: GET /things (getThings) "
        "and PUT /upload (get-things) both become the Python name 'get_things' (give one of "
        "them another operationId)"
    ]
    (root / "specs" / "odd.yaml").write_text(ODD_SPEC, encoding="utf-8")

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("a bug of ours")

    monkeypatch.setattr(generate, "build_package", broken)
    monkeypatch.setattr(generate, "_build_many", lambda stale, specs, dest: {
        p: broken() for p in stale
    })  # fmt: skip
    code, _, err = run(root, capsys=capsys)
    assert code == 1
    assert len(err.splitlines()) == 1, err
    assert err.startswith("generate: error: internal error: KeyError: 'a bug of ours'")
    assert "Traceback" not in err


DROPPED_SPEC = """\
openapi: 3.0.3
info: {title: Dropped, version: "1"}
servers: [{url: "https://odd.example.com"}]
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/A"}}}
  /c:
    get:
      operationId: getC
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/C"}}}
components:
  schemas:
    A:
      type: object
      properties:
        b: {anyOf: [{$ref: "#/components/schemas/B"}, {type: string}]}
    B:
      allOf:
        - {type: object, properties: {x: {type: string}}}
        - {type: object, properties: {x: {type: integer}}}
    C: {type: object, properties: {x: {type: string}}}
"""


def test_a_model_the_generator_leaves_out_breaks_only_what_uses_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _odd(tmp_path, DROPPED_SPEC)
    code, _, err = run(root, capsys=capsys)
    assert code == 0, err
    assert "Unable to process schema /components/schemas/B" in err
    assert "model B was left out (see above) but A refers to it" in err
    script = (
        "import odd_client.models as m\n"
        "assert m.C.from_dict({'x': 'y'}).x == 'y'\n"
        "try:\n"
        "    m.A.from_dict({'b': 'text'})\n"
        "except ImportError as exc:\n"
        "    print('only A:', exc.name)\n"
    )
    done = _python_in(root, script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "only A: odd_client.models.b"


REFUSED_BY_THE_VALIDATOR = """\
openapi: 3.0.3
info: {title: Loose, version: "1"}
paths:
  /things/{hyphen-in-path}:
    get:
      operationId: mixedCase
      title: not a field of an operation
      parameters:
        - {name: hyphen-in-path, in: path, required: true, schema: {type: string}}
        - {name: mixed_case, in: query, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}
"""


def test_a_published_spec_the_validator_refuses_still_generates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As openapi-python-client reads it (its own golden-record specs break the validator's
    rules): the validator's findings are warnings; what the generator cannot read still
    fails. The names it holds (`{hyphen-in-path}`, a parameter named like its operation)
    work through the resource object and the fake, and pass `mypy --strict`."""
    root = _odd(tmp_path, REFUSED_BY_THE_VALIDATOR)
    code, _, err = run(root, capsys=capsys)
    assert code == 0, err
    assert "specs/odd.yaml: not valid OpenAPI (generated anyway): " in err
    assert "'title' was unexpected" in err
    resource = (root / "generated" / "odd_client" / "resources" / "default.py").read_text()
    assert "import mixed_case as mixed_case_operation" in resource
    script = (
        "from overlays.fakes._spec import FakeSpec\n"
        "op, values, _ = FakeSpec('odd_client').route('GET', '/things/a-b')\n"
        "assert op is not None and values == {'hyphen-in-path': 'a-b'}, values\n"
    )
    done = _python_in(root, script)
    assert done.returncode == 0, done.stderr
    env = {**os.environ, "PYTHONPATH": f"{root / 'generated'}{os.pathsep}{REPO}"}
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy"),
         "-p", "odd_client"],
        cwd=root / "generated", env=env, capture_output=True, text=True, check=False,
        timeout=240,
    )  # fmt: skip
    assert typed.returncode == 0, typed.stdout

    broken = REFUSED_BY_THE_VALIDATOR.replace("type: object, properties", "$ref: '#/x/y', p")
    (root / "specs" / "odd.yaml").write_text(broken, encoding="utf-8")
    code, _, err = run(root, capsys=capsys)
    assert code == 1
    assert "unresolvable $ref '/x/y'" in err


NULLABLE_ENUM = """\
openapi: 3.0.3
info: {title: Enum, version: "1"}
paths:
  /app:
    get:
      operationId: getApp
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  env: {type: string, enum: [sandbox, production], nullable: true}
"""


def test_a_nullable_enum_of_openapi_30_reads_null(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """OneSignal's `apns_env`: upstream ignores `nullable` on an enum, so a null answer failed
    to parse (`None is not a valid AppApnsEnv`); the generator now sees null among the values."""
    root = _odd(tmp_path, NULLABLE_ENUM)
    code, _, err = run(root, capsys=capsys)
    assert code == 0, err
    script = (
        "from odd_client.models import GetAppResponse200\n"
        "assert GetAppResponse200.from_dict({'env': None}).env is None\n"
        "assert GetAppResponse200.from_dict({'env': 'sandbox'}).env.value == 'sandbox'\n"
        "assert GetAppResponse200.from_dict({'env': None}).to_dict() == {'env': None}\n"
    )
    done = _python_in(root, script)
    assert done.returncode == 0, done.stderr
