"""What drift findings propose for a spec, and the edit itself (`make drift PROPOSE=1`).

The edit only adds what was seen: an optional field with the type its values suggest, an
enum value, a documented header, a documented status. It never removes or tightens
anything: a required field missing or a type that changed is reported with the edit to
consider, and left to a person. The spec is edited with ruamel.yaml, which keeps its
comments, quotes, flow mappings and key order: the diff shows only what was added.
"""

from __future__ import annotations

import copy
import difflib
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from overlays.drift import Finding

DESCRIPTION = "Not in the provider's documentation; seen in its answers (make drift)."
APPLIED_KINDS = ("undeclared-field", "enum-value", "undocumented-header", "undocumented-status")


def _tokens(pointer: str) -> list[str]:
    text = pointer.removeprefix("#")
    return [t.replace("~1", "/").replace("~0", "~") for t in text.split("/")[1:]] if text else []


def _pointer(tokens: Sequence[str]) -> str:
    return "#" + "".join("/" + t.replace("~", "~0").replace("/", "~1") for t in tokens)


def _node(document: Any, tokens: Sequence[str]) -> tuple[Any, list[str]]:
    """The node at `tokens`, following every local `$ref` met on the way, and the tokens of
    where it really is. `KeyError` when the path does not exist."""
    node: Any = document
    where: list[str] = []
    for token in tokens:
        node, where = _follow(document, node, where)
        if isinstance(node, dict) and token in node:
            node, where = node[token], [*where, token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node, where = node[int(token)], [*where, token]
        else:
            raise KeyError(_pointer([*where, token]))
    return node, where


def _follow(document: Any, node: Any, where: list[str]) -> tuple[Any, list[str]]:
    for _ in range(32):
        reference = node.get("$ref") if isinstance(node, dict) else None
        if not (isinstance(reference, str) and reference.startswith("#/")):
            break
        where = _tokens(reference)
        node = document
        for token in where:
            node = node[token]
    return node, where


def canonical(document: Any, pointer: str) -> str:
    """`pointer` with the `$ref`s on its way followed: where the spec really says it (the
    last one or two tokens may name what does not exist yet: a new field, header, status)."""
    tokens = _tokens(pointer)
    for keep in (len(tokens), len(tokens) - 1, len(tokens) - 2):
        if keep < 0:
            break
        try:
            node, where = _node(document, tokens[:keep])
        except (KeyError, TypeError):
            continue
        if keep < len(tokens):  # what is added goes where the reference points
            node, where = _follow(document, node, where)
        return _pointer([*where, *tokens[keep:]])
    return pointer


@dataclass
class Edit:
    """One change to the spec, for the findings that ask for it (same place, same subject)."""

    action: str
    """`add-field`, `add-enum-value`, `add-header`, `add-status`, or `consider` (not applied)."""
    pointer: str
    """Canonical: where the spec says (or will say) it."""
    summary: str
    findings: list[Finding] = field(default_factory=list)
    applied: bool = False
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "pointer": self.pointer,
            "summary": self.summary,
            "applied": self.applied,
            "note": self.note,
            "findings": [f"{f.operation}:{f.kind}:{f.subject}" for f in self.findings],
        }


def _merged_inferred(findings: Iterable[Finding]) -> dict[str, Any] | None:
    from overlays._drift_schema import merge

    inferred: dict[str, Any] | None = None
    for finding in findings:
        if finding.inferred is not None:
            inferred = merge(inferred, finding.inferred)
    return inferred


def _value(finding: Finding) -> Any:
    try:
        return json.loads(finding.example)
    except ValueError:
        return finding.subject


def plan_edits(document: Any, findings: Iterable[Finding]) -> list[Edit]:
    """The edits the findings propose, one per place and subject, in the findings' order."""
    edits: dict[tuple[str, str, str], Edit] = {}
    for finding in findings:
        pointer = canonical(document, finding.spec_pointer)
        action, summary = _describe(finding, pointer)
        key = (action, pointer, finding.subject if action != "add-status" else "")
        if key not in edits:
            edits[key] = Edit(action, pointer, summary)
        edits[key].findings.append(finding)
    return list(edits.values())


def _describe(finding: Finding, pointer: str) -> tuple[str, str]:
    kind, subject = finding.kind, finding.subject
    if kind == "undeclared-field":
        inferred = finding.inferred or {}
        return "add-field", f"add the optional field {subject!r} ({_type_text(inferred)})"
    if kind == "enum-value":
        return "add-enum-value", f"add {finding.example} to the enum"
    if kind == "undocumented-header":
        return "add-header", f"document the header {subject}"
    if kind == "undocumented-status":
        like = f", like {finding.same_as}" if finding.same_as else ""
        return "add-status", f"document the status {subject}{like}"
    if kind == "required-missing":
        if "/headers/" in pointer:
            return "consider", f"make the header {subject} optional (`required: false`)"
        return "consider", f"remove {subject!r} from `required` (it may be absent)"
    if kind == "type-changed":
        expected = finding.expected if isinstance(finding.expected, list) else [finding.expected]
        widened = ", ".join(json.dumps(t) for t in [*expected, subject])
        return "consider", f"widen the type to [{widened}] (or find out why it changed)"
    return "consider", f"check the rule {subject}"


def _type_text(schema: dict[str, Any]) -> str:
    kind = schema.get("type", "any")
    text = kind if isinstance(kind, str) else " or ".join(kind)
    return f"{text}, {schema['format']}" if "format" in schema else text


# -- the YAML edit ----------------------------------------------------------------------------


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a long line of the spec
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _to_yaml(schema: Any) -> Any:
    """An inferred JSON Schema as ruamel nodes: block mappings, flow lists of types."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    if isinstance(schema, dict):
        out = CommentedMap()
        for key, value in schema.items():
            out[key] = _to_yaml(value)
        return out
    if schema == "null":  # the string, quoted as the specs quote it (not YAML's null)
        return DoubleQuotedScalarString(schema)
    if isinstance(schema, list):
        seq = CommentedSeq(_to_yaml(item) for item in schema)
        seq.fa.set_flow_style()
        return seq
    return schema


def _field_schema(inferred: dict[str, Any] | None) -> Any:
    from ruamel.yaml.comments import CommentedMap

    schema = CommentedMap()
    schema["description"] = DESCRIPTION
    inferred = dict(inferred or {})
    if inferred.get("type") == "null":
        inferred.pop("type")  # only null seen: nothing says what it holds otherwise
        schema["description"] = DESCRIPTION.replace("(make drift)", "(make drift), only as null")
    for key, value in _to_yaml(inferred).items():
        schema[key] = value
    return schema


def _trailing_comment(mapping: Any) -> Any:
    """Take the comment lines that follow the last entry of a block mapping (ruamel keeps a
    comment written before the next key with the value before it), so that an entry added
    at the end goes before them, not after."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    node = mapping
    while True:
        if isinstance(node, CommentedMap) and node:
            last = list(node)[-1]
            value = node[last]
            if (
                isinstance(value, CommentedMap | CommentedSeq)
                and value
                and not value.fa.flow_style()
            ):
                node = value
                continue
            entry = node.ca.items.get(last)
            if entry and len(entry) > 2 and entry[2] is not None:
                token = entry[2]
                text = token.value
                eol, newline, rest = text.partition("\n")
                if rest.strip():
                    token.value = eol + newline
                    return rest
            return None
        if isinstance(node, CommentedSeq) and node:
            entry = node.ca.items.get(len(node) - 1)
            if entry and entry[0] is not None:
                token = entry[0]
                eol, newline, rest = token.value.partition("\n")
                if rest.strip():
                    token.value = eol + newline
                    return rest
            return None
        return None


def _append(mapping: Any, key: Any, value: Any, position: int | None = None) -> None:
    """Add `key: value` to a ruamel mapping (at `position`, or at the end keeping the
    comment lines that followed the last entry after the new one)."""
    if position is not None and position < len(mapping):
        mapping.insert(position, key, value)
        return
    moved = _trailing_comment(mapping)
    mapping[key] = value
    if moved:
        last_holder = mapping
        last_key = key
        from ruamel.yaml.comments import CommentedMap

        while isinstance(last_holder[last_key], CommentedMap) and last_holder[last_key]:
            last_holder = last_holder[last_key]
            last_key = list(last_holder)[-1]
        from ruamel.yaml.error import CommentMark
        from ruamel.yaml.tokens import CommentToken

        token = CommentToken("\n" + moved, CommentMark(0), None)
        last_holder.ca.items[last_key] = [None, None, token, None]


def _status_position(responses: Any, status: int) -> int | None:
    keys = list(responses)
    for index, key in enumerate(keys):
        text = str(key)
        if text.isdigit() and int(text) > status:
            return index
        if not text.isdigit() and text != "default" and int(text[0]) > status // 100:
            return index  # a range (4XX) after the new status's class
        if text == "default":
            return index
    return None


def _response_like(document: Any, responses: Any, like: str | None, inferred: Any) -> Any:
    from ruamel.yaml.comments import CommentedMap

    if like is not None and like in responses:
        model = responses[like]
        if isinstance(model, dict) and "$ref" in model:
            return CommentedMap([("$ref", model["$ref"])])
        out = CommentedMap()
        out["description"] = DESCRIPTION
        content = model.get("content") if isinstance(model, dict) else None
        if content:
            copied = CommentedMap()
            for media, entry in content.items():
                kept = CommentedMap()
                if "schema" in entry:
                    kept["schema"] = copy.deepcopy(entry["schema"])
                copied[media] = kept
            out["content"] = copied
        return out
    out = CommentedMap()
    out["description"] = DESCRIPTION
    if inferred is not None:
        out["content"] = CommentedMap(
            [("application/json", CommentedMap([("schema", _to_yaml(inferred))]))]
        )
    return out


def _apply(document: Any, edit: Edit) -> str:
    """Apply one edit to the loaded spec; "" when done, else why it was not."""
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    tokens = _tokens(edit.pointer)
    finding = edit.findings[0]
    if edit.action == "add-field":
        owner, _ = _follow(document, *_node(document, tokens[:-2]))
        properties = owner.get("properties")
        if properties is None:
            properties = CommentedMap()
            _append(owner, "properties", properties)
        if tokens[-1] in properties:
            return "already in the spec"
        _append(properties, tokens[-1], _field_schema(_merged_inferred(edit.findings)))
        return ""
    if edit.action == "add-enum-value":
        owner, _ = _follow(document, *_node(document, tokens[:-1]))
        values = owner.get("enum")
        value = _value(finding)
        if not isinstance(values, list):
            return "no enum there any more"
        if value in values:
            return "already in the spec"
        values.append(value)
        return ""
    if edit.action == "add-header":
        response, _ = _follow(document, *_node(document, tokens[:-2]))
        headers = response.get("headers")
        if headers is None:
            headers = CommentedMap()
            _append(response, "headers", headers, position=1 if "description" in response else 0)
        if any(str(name).lower() == tokens[-1].lower() for name in headers):
            return "already in the spec"
        header = CommentedMap()
        header["description"] = DESCRIPTION
        header["schema"] = _to_yaml(_merged_inferred(edit.findings) or {"type": "string"})
        _append(headers, tokens[-1], header)
        return ""
    if edit.action == "add-status":
        responses, _ = _node(document, tokens[:-1])
        status = tokens[-1]
        if status in responses or int(status) in responses:
            return "already in the spec"
        like = next((f.same_as for f in edit.findings if f.same_as), None)
        node = _response_like(document, responses, like, _merged_inferred(edit.findings))
        _append(
            responses,
            DoubleQuotedScalarString(status),
            node,
            _status_position(responses, int(status)),
        )
        return ""
    return "not applied: a person decides"


def _notes(edit: Edit) -> str:
    if edit.action == "add-status" and edit.pointer.split("/")[-1].startswith("2"):
        return (
            "a new success status: `make api-diff` reports it as breaking "
            "(success-status-added: sync() may return another type)"
        )
    if edit.action == "add-enum-value":
        return (
            "`make api-diff` reports a response enum value added as breaking (a client "
            "generated before raises on it); if the schema is used in requests too, callers "
            "may now send it"
        )
    if edit.action in ("add-header", "add-status") and "/components/responses/" in edit.pointer:
        return "a shared response (components/responses): every operation using it changes"
    return ""


def propose(spec_path: Path, edits: Sequence[Edit]) -> str:
    """Apply the edits that add (not the ones to consider) to the spec file in place;
    returns the unified diff of the file (empty when nothing changed)."""
    yaml = _yaml()
    before = spec_path.read_text(encoding="utf-8")
    document = yaml.load(before)
    for edit in edits:
        edit.note = _notes(edit)
        if edit.action == "consider":
            continue
        try:
            why = _apply(document, edit)
        except (KeyError, TypeError, ValueError) as exc:
            why = f"could not be applied: {exc}"
        edit.applied = not why
        if why:
            edit.note = "; ".join(filter(None, (why, edit.note)))
    out = io.StringIO()
    yaml.dump(document, out)
    after = out.getvalue()
    if after != before:
        spec_path.write_text(after, encoding="utf-8")
    label = spec_path.name
    return "".join(
        difflib.unified_diff(
            before.splitlines(True), after.splitlines(True), f"a/specs/{label}", f"b/specs/{label}"
        )
    )


def load_document(spec_path: Path) -> Any:
    return _yaml().load(spec_path.read_text(encoding="utf-8"))
