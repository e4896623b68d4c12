"""The spec's rules: two OpenAPI 3.1 documents compared operation by operation, each change
named after oasdiff's check id and level (its docs/BREAKING-CHANGES and checker/rules.go:
ERR is BREAKING, WARN is WARNING, INFO is info). oasdiff itself is a Go program that cannot be
installed here.

What a typed client feels decides the rules' reach: a response field made optional or nullable
(`string` becomes `string | undefined`, `str` becomes `Unset | str`), a new value in a response
enum (an exhaustive switch no longer compiles), a parameter or request field its caller must
now send, a value it may no longer send. `$ref`s are followed, `allOf` merged, `oneOf`/`anyOf`
alternatives matched by title; each change remembers the component schema it is in, which is
what the clients name (see `follows` in report.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kit.operations import operations as spec_operations

from .report import BREAKING, INFO, WARNING, Change, Level

Spec = dict[str, Any]
SCHEMA_REF = "#/components/schemas/"


def follow(node: Any, spec: Spec) -> tuple[Any, str | None]:
    """`node` with its local `$ref`s followed, and the last component schema named on the way."""
    component = None
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref.startswith(SCHEMA_REF):
            component = ref.removeprefix(SCHEMA_REF)
        target: Any = spec
        for part in ref.removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node, component


@dataclass(frozen=True)
class Flat:
    """A schema with its `allOf` merged: its keywords, and for each property the component
    schema it was declared in."""

    schema: dict[str, Any]
    owners: dict[str, str | None]


def flatten(node: Any, spec: Spec, owner: str | None) -> Flat:
    schema, component = follow(node, spec)
    schema = dict(schema or {})
    owner = component or owner
    owners = {name: owner for name in schema.get("properties", {})}
    for part in schema.pop("allOf", []):
        flat = flatten(part, spec, owner)
        # A later part's field wins: an envelope's `data` is typed by the part after it.
        schema["properties"] = {**schema.get("properties", {}), **flat.schema.get("properties", {})}
        schema["required"] = sorted({*schema.get("required", []), *flat.schema.get("required", [])})
        owners.update(flat.owners)
        for key, value in flat.schema.items():
            schema.setdefault(key, value)
    return Flat(schema, owners)


def is_null(node: Any, spec: Spec) -> bool:
    schema = follow(node, spec)[0] or {}
    return bool(schema.get("type") == "null")


def types_of(schema: dict[str, Any]) -> set[str]:
    """The JSON types a schema allows, `null` aside (nullability is a rule of its own)."""
    found = schema.get("type")
    types = set(found) if isinstance(found, list) else {found} if found else set()
    if not types and "properties" in schema:
        types = {"object"}
    return types - {"null"}


def nullable(schema: dict[str, Any], spec: Spec) -> bool:
    found = schema.get("type")
    alternatives = schema.get("oneOf", []) + schema.get("anyOf", [])
    return (
        found == "null"
        or (isinstance(found, list) and "null" in found)
        or schema.get("nullable") is True
        or any(is_null(part, spec) for part in alternatives)
    )


def enum_of(schema: dict[str, Any]) -> list[Any] | None:
    if "enum" in schema:
        return [v for v in schema["enum"] if v is not None]
    return [schema["const"]] if "const" in schema else None


def alternatives(schema: dict[str, Any], keyword: str, spec: Spec) -> dict[str, Any]:
    """A oneOf's or anyOf's alternatives (not the null one) by title, else component name,
    else position."""
    found = {}
    for i, part in enumerate(schema.get(keyword, [])):
        if is_null(part, spec):
            continue
        resolved, component = follow(part, spec)
        found[str((resolved or {}).get("title") or component or i)] = part
    return found


def widened(old: set[str], new: set[str]) -> bool:
    return old <= new or (old == {"integer"} and "number" in new)


@dataclass(frozen=True)
class Where:
    """Where a schema comparison is: the operation, the location in it ("request body
    application/json"), whether callers send (request) or read it, and what oasdiff calls the
    top of it ("parameter" or "body")."""

    specs: tuple[Spec, Spec]
    operation: str
    operation_id: str | None
    location: str
    request: bool
    subject: str

    def change(
        self,
        level: Level,
        rule: str,
        json_path: str,
        before: Any,
        after: Any,
        message: str,
        schema: str | None,
        field: str | None,
    ) -> Change:
        return Change(
            level,
            rule,
            self.operation,
            f"{self.location} {json_path}",
            str(before),
            str(after),
            message,
            self.operation_id,
            schema,
            field,
        )


def show(values: list[Any] | set[str]) -> str:
    return ", ".join(repr(v) if not isinstance(v, str) else v for v in values) or "none"


def compare(
    old: Any,
    new: Any,
    at: Where,
    json_path: str = "$",
    owner: str | None = None,
    field: str | None = None,
    seen: frozenset[tuple[str, str]] = frozenset(),
) -> Iterator[Change]:
    """Every change from schema `old` to schema `new` at `json_path`; `owner` is the component
    schema the value is declared in and `field` its property name there."""
    old_spec, new_spec = at.specs
    refs = ((old or {}).get("$ref", ""), (new or {}).get("$ref", ""))
    if all(refs) and refs in seen:
        return  # a recursive schema, already being compared further up
    seen |= {refs}
    a, b = flatten(old, old_spec, owner), flatten(new, new_spec, owner)
    component = follow(new, new_spec)[1] or follow(old, old_spec)[1]
    if component:
        owner, field = component, None
    direction = "request" if at.request else "response"
    subject = at.subject if json_path == "$" or at.subject == "parameter" else "property"
    rule = f"{direction}-{subject}"

    def change(level: Level, name: str, before: Any, after: Any, message: str) -> Change:
        return at.change(level, name, json_path, before, after, message, owner, field)

    old_types, new_types = types_of(a.schema), types_of(b.schema)
    if old_types and new_types and old_types != new_types:
        if at.request and widened(old_types, new_types):
            yield change(
                INFO, f"{rule}-type-generalized", show(old_types), show(new_types), "type widened"
            )
        else:
            yield change(
                BREAKING, f"{rule}-type-changed", show(old_types), show(new_types), "type changed"
            )

    was_null, is_null_now = nullable(a.schema, old_spec), nullable(b.schema, new_spec)
    if was_null != is_null_now:
        became = "nullable" if is_null_now else "not-nullable"
        # Readers break on a new null; senders on a null they may no longer send.
        breaks = is_null_now != at.request
        yield change(
            BREAKING if breaks else INFO,
            f"{rule}-became-{became}",
            "nullable" if was_null else "not nullable",
            "nullable" if is_null_now else "not nullable",
            f"became {became.replace('-', ' ')}",
        )

    old_enum, new_enum = enum_of(a.schema), enum_of(b.schema)
    if at.request and old_enum is None and new_enum is not None:
        yield change(BREAKING, f"{rule}-became-enum", "any value", show(new_enum), "became an enum")
    elif old_enum is not None and new_enum is not None:
        removed = [v for v in old_enum if v not in new_enum]
        added = [v for v in new_enum if v not in old_enum]
        for value in removed:
            yield change(
                BREAKING if at.request else INFO,
                f"{rule}-enum-value-removed",
                show(old_enum),
                show(new_enum),
                f"enum value {value!r} removed",
            )
        for value in added:
            # A reader's exhaustive switch over the values no longer covers them all.
            yield change(
                INFO if at.request else WARNING,
                f"{rule}-enum-value-added",
                show(old_enum),
                show(new_enum),
                f"enum value {value!r} added",
            )

    for keyword, name in (("oneOf", "one-of"), ("anyOf", "any-of")):
        old_alts = alternatives(a.schema, keyword, old_spec)
        new_alts = alternatives(b.schema, keyword, new_spec)
        for title in old_alts.keys() - new_alts.keys():
            yield change(
                BREAKING if at.request else INFO,
                f"{rule}-{name}-removed",
                title,
                "absent",
                f"{keyword} alternative {title} removed",
            )
        for title in new_alts.keys() - old_alts.keys():
            yield change(
                INFO,
                f"{rule}-{name}-added",
                "absent",
                title,
                f"{keyword} alternative {title} added",
            )
        for title in sorted(old_alts.keys() & new_alts.keys()):
            yield from compare(
                old_alts[title], new_alts[title], at, f"{json_path}({title})", owner, field, seen
            )

    yield from properties(a, b, at, json_path, seen)
    if "items" in a.schema and "items" in b.schema:
        yield from compare(
            a.schema["items"], b.schema["items"], at, f"{json_path}[]", owner, field, seen
        )


def properties(
    a: Flat, b: Flat, at: Where, json_path: str, seen: frozenset[tuple[str, str]]
) -> Iterator[Change]:
    old_props, new_props = a.schema.get("properties", {}), b.schema.get("properties", {})
    old_required, new_required = (
        set(a.schema.get("required", [])),
        set(b.schema.get("required", [])),
    )

    def change(level: Level, rule: str, name: str, before: str, after: str, message: str) -> Change:
        owner = b.owners.get(name) or a.owners.get(name)
        return at.change(level, rule, f"{json_path}.{name}", before, after, message, owner, name)

    def state(name: str, required: set[str]) -> str:
        return "required" if name in required else "optional"

    for name in sorted(old_props.keys() - new_props.keys()):
        was = state(name, old_required)
        if at.request:
            yield change(WARNING, "request-property-removed", name, was, "absent", "field removed")
        else:
            yield change(
                BREAKING if was == "required" else WARNING,
                f"response-{was}-property-removed",
                name,
                was,
                "absent",
                "field removed",
            )
    for name in sorted(new_props.keys() - old_props.keys()):
        now = state(name, new_required)
        if at.request:
            yield change(
                BREAKING if now == "required" else INFO,
                f"new-{now}-request-property",
                name,
                "absent",
                now,
                f"{now} field added",
            )
        else:
            yield change(
                INFO, f"response-{now}-property-added", name, "absent", now, f"{now} field added"
            )
    for name in sorted(old_props.keys() & new_props.keys()):
        was, now = state(name, old_required), state(name, new_required)
        if was != now:
            # Senders break on a field they must now send; readers on one that may be missing.
            breaks = (now == "required") == at.request
            yield change(
                BREAKING if breaks else INFO,
                f"{'request' if at.request else 'response'}-property-became-{now}",
                name,
                was,
                now,
                f"became {now}",
            )
        owner = b.owners.get(name) or a.owners.get(name)
        yield from compare(
            old_props[name], new_props[name], at, f"{json_path}.{name}", owner, name, seen
        )


@dataclass(frozen=True)
class Operation:
    key: str  # "POST /api/send"
    path: str
    node: dict[str, Any]
    parameters: dict[tuple[str, str], dict[str, Any]]  # (in, name) -> parameter
    security: list[dict[str, list[str]]]  # effective: the operation's, else the document's


def operations(spec: Spec) -> dict[str, Operation]:
    # A path item may be a `$ref` (to components/pathItems): followed before the walk.
    paths = {path: follow(item, spec)[0] for path, item in (spec.get("paths") or {}).items()}
    found = {}
    for op in spec_operations({"paths": paths}):
        node: Any = op.operation  # a dict: the spec is parsed JSON or YAML
        params = [follow(p, spec)[0] for p in op.parameters]
        key = f"{op.method.upper()} {op.path}"
        found[key] = Operation(
            key,
            op.path,
            node,
            {(p["in"], p["name"]): p for p in params},
            node.get("security", spec.get("security", [])),
        )
    return found


def anonymous(security: list[dict[str, list[str]]]) -> bool:
    """Whether a request without credentials is accepted: no requirement, or an empty one."""
    return not security or any(not requirement for requirement in security)


def spec_changes(old: Spec, new: Spec) -> list[Change]:
    """Every change from spec `old` to spec `new`, in the order of the report."""
    found: list[Change] = []
    old_ops, new_ops = operations(old), operations(new)
    new_paths = {op.path for op in new_ops.values()}
    for key in sorted(old_ops.keys() - new_ops.keys()):
        op = old_ops[key]
        rule = "api-removed-without-deprecation"
        if op.path not in new_paths:
            rule = "api-path-removed-without-deprecation"
        found.append(
            Change(
                BREAKING,
                rule,
                key,
                "",
                "present",
                "absent",
                "operation removed",
                op.node.get("operationId"),
            )
        )
    for key in sorted(new_ops.keys() - old_ops.keys()):
        found.append(
            Change(
                INFO,
                "endpoint-added",
                key,
                "",
                "absent",
                "present",
                "operation added",
                new_ops[key].node.get("operationId"),
            )
        )
    for key in sorted(old_ops.keys() & new_ops.keys()):
        found.extend(operation_changes(old_ops[key], new_ops[key], (old, new)))
    return found


def operation_changes(a: Operation, b: Operation, specs: tuple[Spec, Spec]) -> Iterator[Change]:
    op_id = b.node.get("operationId") or a.node.get("operationId")

    def change(
        level: Level, rule: str, where: str, before: Any, after: Any, message: str
    ) -> Change:
        return Change(level, rule, a.key, where, str(before), str(after), message, op_id)

    def where(location: str, request: bool, subject: str) -> Where:
        return Where(specs, a.key, op_id, location, request, subject)

    if a.node.get("operationId") != b.node.get("operationId"):
        # The clients name their functions and types after it.
        yield change(
            BREAKING,
            "api-operation-id-removed",
            "operationId",
            a.node.get("operationId"),
            b.node.get("operationId"),
            "operationId changed",
        )
    yield from security_changes(a, b, change)

    for place, name in sorted(a.parameters.keys() - b.parameters.keys()):
        yield change(
            WARNING,
            "request-parameter-removed",
            f"{place} parameter {name}",
            "present",
            "absent",
            "parameter removed",
        )
    for place, name in sorted(b.parameters.keys() - a.parameters.keys()):
        required = bool(b.parameters[(place, name)].get("required"))
        rule = (
            "new-request-path-parameter"
            if place == "path"
            else (f"new-{'required' if required else 'optional'}-request-parameter")
        )
        yield change(
            BREAKING if required else INFO,
            rule,
            f"{place} parameter {name}",
            "absent",
            "required" if required else "optional",
            "parameter added",
        )
    for place, name in sorted(a.parameters.keys() & b.parameters.keys()):
        old_param, new_param = a.parameters[(place, name)], b.parameters[(place, name)]
        was, now = bool(old_param.get("required")), bool(new_param.get("required"))
        if was != now:
            yield change(
                BREAKING if now else INFO,
                f"request-parameter-became-{'required' if now else 'optional'}",
                f"{place} parameter {name}",
                "required" if was else "optional",
                "required" if now else "optional",
                f"became {'required' if now else 'optional'}",
            )
        yield from compare(
            old_param.get("schema"),
            new_param.get("schema"),
            where(f"{place} parameter {name}", True, "parameter"),
        )

    old_body = follow(a.node.get("requestBody"), specs[0])[0]
    new_body = follow(b.node.get("requestBody"), specs[1])[0]
    if new_body and not old_body:
        required = bool(new_body.get("required"))
        yield change(
            BREAKING if required else INFO,
            f"added-{'required' if required else 'optional'}-request-body",
            "request body",
            "absent",
            "present",
            "request body added",
        )
    if old_body and new_body:
        was, now = bool(old_body.get("required")), bool(new_body.get("required"))
        if was != now:
            yield change(
                BREAKING if now else INFO,
                f"request-body-became-{'required' if now else 'optional'}",
                "request body",
                "required" if was else "optional",
                "required" if now else "optional",
                "request body became " + ("required" if now else "optional"),
            )
        old_media, new_media = old_body.get("content", {}), new_body.get("content", {})
        for media in sorted(old_media.keys() - new_media.keys()):
            yield change(
                BREAKING,
                "request-body-media-type-removed",
                f"request body {media}",
                "present",
                "absent",
                "media type removed",
            )
        for media in sorted(new_media.keys() - old_media.keys()):
            yield change(
                INFO,
                "request-body-media-type-added",
                f"request body {media}",
                "absent",
                "present",
                "media type added",
            )
        for media in sorted(old_media.keys() & new_media.keys()):
            yield from compare(
                old_media[media].get("schema"),
                new_media[media].get("schema"),
                where(f"request body {media}", True, "body"),
            )

    old_responses, new_responses = a.node.get("responses", {}), b.node.get("responses", {})
    for status in sorted(old_responses.keys() - new_responses.keys()):
        if str(status).startswith("2"):
            yield change(
                BREAKING,
                "response-success-status-removed",
                f"response {status}",
                "present",
                "absent",
                "success status removed",
            )
    for status in sorted(new_responses.keys() - old_responses.keys()):
        if str(status).startswith("2"):
            yield change(
                INFO,
                "response-success-status-added",
                f"response {status}",
                "absent",
                "present",
                "success status added",
            )
    for status in sorted(old_responses.keys() & new_responses.keys()):
        old_content = follow(old_responses[status], specs[0])[0].get("content") or {}
        new_content = follow(new_responses[status], specs[1])[0].get("content") or {}
        for media in sorted(old_content.keys() - new_content.keys()):
            yield change(
                BREAKING,
                "response-media-type-removed",
                f"response {status} {media}",
                "present",
                "absent",
                "media type removed",
            )
        for media in sorted(new_content.keys() - old_content.keys()):
            yield change(
                INFO,
                "response-media-type-added",
                f"response {status} {media}",
                "absent",
                "present",
                "media type added",
            )
        for media in sorted(old_content.keys() & new_content.keys()):
            yield from compare(
                old_content[media].get("schema"),
                new_content[media].get("schema"),
                where(f"response {status} {media}", False, "body"),
            )


def security_changes(a: Operation, b: Operation, change: Any) -> Iterator[Change]:
    """oasdiff's: a lost way to authenticate breaks its users, unless anything goes now."""
    old_anon, new_anon = anonymous(a.security), anonymous(b.security)
    if old_anon != new_anon:
        yield change(
            INFO if new_anon else BREAKING,
            f"api-security-anonymous-access-{'added' if new_anon else 'removed'}",
            "security",
            "anonymous allowed" if old_anon else "credentials required",
            "anonymous allowed" if new_anon else "credentials required",
            "anonymous access " + ("added" if new_anon else "removed"),
        )
    old_reqs = {frozenset(r): r for r in a.security if r}
    new_reqs = {frozenset(r): r for r in b.security if r}
    for schemes in sorted(old_reqs.keys() - new_reqs.keys(), key=sorted):
        if not new_anon:
            yield change(
                BREAKING,
                "api-security-removed",
                "security",
                show(sorted(schemes)),
                "absent",
                "security requirement removed",
            )
    for schemes in sorted(new_reqs.keys() - old_reqs.keys(), key=sorted):
        yield change(
            INFO,
            "api-security-added",
            "security",
            "absent",
            show(sorted(schemes)),
            "security requirement added",
        )
    for schemes in sorted(old_reqs.keys() & new_reqs.keys(), key=sorted):
        for scheme in sorted(schemes):
            old_scopes, new_scopes = set(old_reqs[schemes][scheme]), set(new_reqs[schemes][scheme])
            for scope in sorted(new_scopes - old_scopes):
                if not new_anon:
                    yield change(
                        BREAKING,
                        "api-security-scope-added",
                        f"security {scheme}",
                        show(sorted(old_scopes)),
                        show(sorted(new_scopes)),
                        f"scope {scope} added",
                    )
            for scope in sorted(old_scopes - new_scopes):
                yield change(
                    INFO,
                    "api-security-scope-removed",
                    f"security {scheme}",
                    show(sorted(old_scopes)),
                    show(sorted(new_scopes)),
                    f"scope {scope} removed",
                )
