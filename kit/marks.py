"""The spec's marks, read once for all of the kit's Python: what an operation does (its class,
its role on a kind of object, the tokens it issues, needs or revokes, how many messages a send
carries) and what each request field of an operation that texts someone holds. The spec says it
next to what it describes (`x-ippanel-*`, openapi/openapi.yaml's "Side effects"); the QA tool's
policy, gateway, resources and round trips ask here, never keep a list of names. mock/marks.js is
the mock's reader of the same marks.

A request field of an operation that sends SMS is one of FIELD_KINDS, by its own
`x-ippanel-field` or the schema it refers to. A marked field's value is that kind whole (a target
is judged whole); a field without a mark is an object or list of objects whose fields are marked,
walked into. Anything else, a field the spec does not declare or one it does not mark, is
`UNMARKED`: the guard refuses it (`unmarked(spec)` is the spec's own check that none is left)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kit.operations import SpecOperation, operations
from kit.spec import bundle

# What a request field of an operation that texts someone holds.
FIELD_KINDS = (
    "recipients",  # numbers that receive the message: each must be allowed
    "sender",  # the sending number: only the allowed sender
    "target",  # the people of an area or job category: only a target that takes nobody
    "phonebook",  # a phonebook whose members receive it: only the allowed phonebook
    "recipient-file",  # an uploaded file listing recipients: each number in it allowed
    "credential",  # a user name, password or token: the run's own, never shown
    "message",  # the text sent
    "template",  # a pattern's code: the text comes from the pattern
    "content",  # anything else that reaches nobody (times, types, placeholders' values)
)
ROLES = ("create", "list", "read", "update", "delete")
TARGET_HOWS = ("ranges", "operators")  # how a target picks operators
UNMARKED = "unmarked"
CLASS_MARKS = {
    "sends_sms": "x-ippanel-sends-sms",
    "changes_data": "x-ippanel-changes-data",
    "irreversible": "x-ippanel-irreversible",
    "reseller_only": "x-ippanel-reseller-only",
}


@dataclass(frozen=True)
class Target:
    resource: str
    location: str  # path, body or query
    name: str  # the parameter or field; `list[].x`: that field of every item of `list`


@dataclass(frozen=True)
class Operation:
    """An operation as its marks describe it."""

    operation_id: str
    method: str  # lower case
    path: str
    sends_sms: bool
    changes_data: bool
    irreversible: bool
    reseller_only: bool
    resource: str | None  # the kind of object it is about
    role: str | None  # what it does to that kind: one of ROLES
    creates: Target | None  # what it makes, and where the request names it (name "" if not)
    targets: tuple[Target, ...]
    tokens: Mapping[str, Any]  # x-ippanel-tokens: what it issues, uses, revokes
    spec: SpecOperation = field(repr=False, compare=False, hash=False)

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


def _targets(mark: Any) -> tuple[Target, ...]:
    found = [mark] if isinstance(mark, dict) else mark if isinstance(mark, list) else []
    return tuple(
        Target(str(t["resource"]), str(t.get("in", "body")), str(t["name"]))
        for t in found
        if isinstance(t, dict) and "resource" in t and "name" in t
    )


def _creates(mark: Any) -> Target | None:
    if isinstance(mark, str):
        return Target(mark, "", "")
    if isinstance(mark, dict) and isinstance(mark.get("resource"), str):
        return Target(mark["resource"], str(mark.get("in", "body")), str(mark.get("name", "")))
    return None


def read_operations(spec: Mapping[str, Any]) -> dict[str, Operation]:
    """Every operation of `spec` as its marks say, by operationId."""
    found = {}
    for op in operations(spec):
        node = op.operation
        found[op.operation_id] = Operation(
            operation_id=op.operation_id,
            method=op.method,
            path=op.path,
            **{name: node.get(mark) is True for name, mark in CLASS_MARKS.items()},
            resource=node.get("x-ippanel-resource"),
            role=node.get("x-ippanel-role"),
            creates=_creates(node.get("x-ippanel-creates")),
            targets=_targets(node.get("x-ippanel-targets")),
            tokens=node.get("x-ippanel-tokens") or {},
            spec=op,
        )
    return found


@cache
def spec_operations() -> dict[str, Operation]:
    """The committed bundle's operations (shared: never changed)."""
    return read_operations(bundle())


# --- request fields --------------------------------------------------------------------------


class Schemas:
    """A spec's schemas, followed through `$ref`s, with the marks met on the way."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec

    def resolve(self, node: Any) -> tuple[Any, dict[str, Any]]:
        """The node behind `node`'s `$ref`s, and the first of each mark met on the way (the
        referring node's own first: a property's mark overrides its schema's)."""
        marks: dict[str, Any] = {}
        while isinstance(node, Mapping):
            for key, value in node.items():
                if key.startswith("x-ippanel-"):
                    marks.setdefault(key, value)
            ref = node.get("$ref")
            if not isinstance(ref, str) or not ref.startswith("#/"):
                break
            target: Any = self.spec
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node, marks

    def properties(self, node: Any) -> dict[str, list[Any]]:
        """Each property a schema declares, with every declaration of it (its `allOf` parts may
        each say something of one field: a mark in one, a limit in another)."""
        schema, _ = self.resolve(node)
        if not isinstance(schema, Mapping):
            return {}
        found: dict[str, list[Any]] = {}
        for part in schema.get("allOf", []):
            for name, declared in self.properties(part).items():
                found.setdefault(name, []).extend(declared)
        for name, prop in (schema.get("properties") or {}).items():
            found.setdefault(name, []).append(prop)
        return found

    def variants(self, node: Any) -> list[Any]:
        """The alternatives of a `oneOf` or `anyOf` (through `allOf` parts), or [node]."""
        schema, _ = self.resolve(node)
        if not isinstance(schema, Mapping):
            return [node]
        for keyword in ("oneOf", "anyOf"):
            if schema.get(keyword):
                return [v for alt in schema[keyword] for v in self.variants(alt)]
        for part in schema.get("allOf", []):
            inner = self.variants(part)
            if len(inner) > 1:
                return inner
        return [node]

    def consts(self, node: Any) -> dict[str, Any]:
        """The fields a variant fixes with `const` (a sending type, a phonebook target's type)."""
        return {
            name: prop["const"]
            for name, declared in self.properties(node).items()
            for p in declared
            if isinstance(prop := self.resolve(p)[0], Mapping) and "const" in prop
        }

    def is_object(self, node: Any) -> bool:
        return bool(self.properties(node)) or len(self.variants(node)) > 1

    def items(self, node: Any) -> Any | None:
        schema, _ = self.resolve(node)
        if isinstance(schema, Mapping) and schema.get("type") == "array":
            return schema.get("items")
        return None


@dataclass(frozen=True)
class Found:
    """One field of a request, as the spec marks it."""

    path: tuple[str | int, ...]  # where in the request (a list item by its index)
    kind: str  # one of FIELD_KINDS, or UNMARKED
    value: Any
    how: str | None = None  # a target's: ranges or operators
    why: str = ""  # for UNMARKED: what the spec lacks


Mark = tuple[str | None, str | None]  # (a FIELD_KINDS kind, a target's how), or (None, None)
CONFLICT: Mark = ("conflict", None)


def _mark_of(schemas: Schemas, node: Any) -> Mark:
    _, marks = schemas.resolve(node)
    kind = marks.get("x-ippanel-field")
    return (kind if kind in FIELD_KINDS else None), marks.get("x-ippanel-target")


def _field(schemas: Schemas, declared: list[Any]) -> tuple[Any, Mark]:
    """A field declared in one place or several as one: the declaration to walk into, and the
    mark its declarations give it (CONFLICT when they give it two)."""
    marks = {_mark_of(schemas, d) for d in declared} - {(None, None)}
    if len(marks) > 1:
        return declared[0], CONFLICT
    walkable = next((d for d in declared if schemas.is_object(d) or schemas.items(d)), declared[0])
    return walkable, next(iter(marks), (None, None))


def walk(
    schemas: Schemas,
    node: Any,
    value: Any,
    path: tuple[str | int, ...] = (),
    mark: Mark | None = None,
) -> Iterator[Found]:
    """Each field of `value` (a request body, its form fields, its query) against the schema
    `node`, marked or UNMARKED: what the guard judges, field by field. `mark`: the field's, as
    its declarations give it."""
    kind, how = mark if mark is not None else _mark_of(schemas, node)
    if kind is not None:
        yield Found(path, kind, value, how)
        return
    if isinstance(value, list):
        items = schemas.items(node)
        if items is None:
            yield Found(path, UNMARKED, value, why="a list where the spec has none, or no mark")
            return
        for i, item in enumerate(value):
            yield from walk(schemas, items, item, (*path, i))
        return
    if not isinstance(value, Mapping) or not schemas.is_object(node):
        yield Found(path, UNMARKED, value, why="no x-ippanel-field mark in the spec")
        return
    candidates = _chosen(schemas, node, value)
    for key, item in value.items():
        declared = [d for v in candidates for d in schemas.properties(v).get(key, [])]
        if not declared:
            yield Found((*path, key), UNMARKED, item, why="a field the spec does not declare")
            continue
        walkable, field_mark = _field(schemas, declared)
        if field_mark == CONFLICT:
            yield Found((*path, key), UNMARKED, item, why="marked differently where declared")
            continue
        yield from walk(schemas, walkable, item, (*path, key), field_mark)


def _chosen(schemas: Schemas, node: Any, value: Mapping[str, Any]) -> list[Any]:
    """The variants `value` is one of, told apart by their `const` fields (a form field comes as
    a one-item list); every variant when none or several fit."""
    variants = schemas.variants(node)
    given = {k: v[0] if isinstance(v, list) and len(v) == 1 else v for k, v in value.items()}

    def fits(variant: Any) -> bool:
        fixed = schemas.consts(variant)
        return bool(fixed) and all(given.get(k) == c for k, c in fixed.items())

    fitting = [v for v in variants if fits(v)]
    return fitting if len(fitting) == 1 else variants


def request_schema(spec: Mapping[str, Any], op: Operation, media_type: str) -> Any | None:
    """The schema of the operation's request body in that media type (None: it takes none)."""
    body, _ = Schemas(spec).resolve(op.spec.operation.get("requestBody"))
    if not isinstance(body, Mapping):
        return None
    content = (body.get("content") or {}).get(media_type)
    return None if content is None else content.get("schema")


def query_schema(spec: Mapping[str, Any], op: Operation) -> dict[str, Any]:
    """The operation's query as one object schema: each parameter a property, with its marks;
    the query parameters its security schemes name are credentials."""
    schemas = Schemas(spec)
    properties: dict[str, Any] = {}
    for param in op.spec.parameters:
        node, marks = schemas.resolve(param)
        if isinstance(node, Mapping) and node.get("in") == "query":
            properties[str(node["name"])] = {**marks, **(node.get("schema") or {})}
    security = op.spec.operation.get("security", spec.get("security", []))
    schemes = spec.get("components", {}).get("securitySchemes", {})
    for requirement in security:
        for name in requirement:
            scheme = schemes.get(name, {})
            if scheme.get("in") == "query":
                properties[str(scheme["name"])] = {"x-ippanel-field": "credential"}
    return {"type": "object", "properties": properties}


# --- the spec's own check ----------------------------------------------------------------------


def unmarked(spec: Mapping[str, Any]) -> list[str]:
    """What the spec leaves unsaid that the kit acts on: an operation about a kind of object
    without its role, an unknown role, field kind or target, and each request field of an
    operation that sends SMS without its mark. Empty: the spec says it all."""
    problems: list[str] = []
    schemas = Schemas(spec)
    for op in read_operations(spec).values():
        if op.resource and op.role not in ROLES:
            problems.append(f"{op.operation_id}: x-ippanel-role must be one of {', '.join(ROLES)}")
        if not op.sends_sms:
            continue
        body, _ = schemas.resolve(op.spec.operation.get("requestBody"))
        content = body.get("content", {}) if isinstance(body, Mapping) else {}
        for media, c in content.items():
            for where in _unmarked_leaves(schemas, c.get("schema"), ()):
                problems.append(f"{op.operation_id}: {media} {where}")
        for name, prop in query_schema(spec, op)["properties"].items():
            if prop.get("x-ippanel-field") not in FIELD_KINDS:
                problems.append(f"{op.operation_id}: query {name}: no x-ippanel-field mark")
    return list(dict.fromkeys(problems))


def _unmarked_leaves(
    schemas: Schemas, node: Any, path: tuple[str, ...], mark: Mark | None = None
) -> Iterator[str]:
    where = ".".join(path) or "body"
    kind, how = mark if mark is not None else _mark_of(schemas, node)
    _, marks = schemas.resolve(node)
    if kind is None and "x-ippanel-field" in marks:
        yield f"{where}: x-ippanel-field {marks['x-ippanel-field']!r} is not one of FIELD_KINDS"
        return
    if kind is not None:
        if kind == "target" and how not in TARGET_HOWS:
            yield f"{where}: a target needs x-ippanel-target: {' or '.join(TARGET_HOWS)}"
        return
    items = schemas.items(node)
    if items is not None and schemas.is_object(items):
        yield from _unmarked_leaves(schemas, items, (*path, "[]"))
        return
    if not schemas.is_object(node):
        yield f"{where}: no x-ippanel-field mark"
        return
    for variant in schemas.variants(node):
        for name, declared in schemas.properties(variant).items():
            walkable, field_mark = _field(schemas, declared)
            if field_mark == CONFLICT:
                yield f"{where}.{name}: marked differently where declared"
                continue
            yield from _unmarked_leaves(schemas, walkable, (*path, name), field_mark)
