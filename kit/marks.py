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

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any

from kit.operations import SpecOperation, TemplateMatcher, operations
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
SCHEDULES = "x-ippanel-send-time"  # beside a field's kind: given, it keeps the message for later
UNMARKED = "unmarked"
QUERY = "?query"  # the first step of a query parameter's path: `(QUERY, "to")`
CREDENTIAL = MappingProxyType({"x-ippanel-field": "credential"})  # a query credential's schema
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

    @property
    def field(self) -> str:
        """The field a body or query target names (`list[].x` is `x`, in every item of `list`)."""
        return self.name.rsplit("[].", 1)[-1]


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


# x-ippanel-creates: what the answer names the new object by, besides the fields operations
# that target its kind name it by (a pattern's `pattern_code`): the `id` of `data`, of each item
# of a `data` list, or a bare `data` id. Ids deeper in `data` (a phonebook's options) are not it.
CREATED_ID = "id"


def names_by_kind(ops: Iterable[Operation]) -> dict[str, set[str]]:
    """Each kind's names: the fields that operations targeting it name it by, and CREATED_ID."""
    found: dict[str, set[str]] = {}
    for op in ops:
        for target in [*op.targets, *([op.creates] if op.creates else [])]:
            found.setdefault(target.resource, {CREATED_ID}).add(target.field or CREATED_ID)
    return found


def created_in(answer: Any, names: Collection[str]) -> list[dict[str, str]]:
    """What a create's answer names, each new object by those of `names` it gives (ids as text;
    a bool or an object names nothing)."""
    data = answer.get("data") if isinstance(answer, Mapping) else None
    found = []
    for item in data if isinstance(data, list) else [data]:
        given = (
            {k: item[k] for k in names if k in item}
            if isinstance(item, Mapping)
            else {CREATED_ID: item}
        )
        usable = {
            k: str(v)
            for k, v in given.items()
            if isinstance(v, (int, str)) and not isinstance(v, bool)
        }
        if usable:
            found.append(usable)
    return found


# --- request fields --------------------------------------------------------------------------


class Schemas:
    """A spec's schemas, followed through `$ref`s, with the marks met on the way."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        # Each `$ref` followed once, each schema's properties and variants read once: the guard
        # walks every request through the same few. By the node's id, the node kept with it so
        # that the id stays its own (the nodes are the spec's, and query_schema's, kept too).
        self._refs: dict[str, tuple[Any, dict[str, Any]]] = {}
        self._read: dict[tuple[str, int], tuple[Any, Any]] = {}
        self._queries: dict[str, dict[str, Any]] = {}

    def _once(self, what: str, node: Any, read: Callable[[Any], Any]) -> Any:
        key = (what, id(node))
        if key not in self._read:
            self._read[key] = (node, read(node))
        return self._read[key][1]

    def resolve(self, node: Any) -> tuple[Any, dict[str, Any]]:
        """The node behind `node`'s `$ref`s, and the first of each mark met on the way (the
        referring node's own first: a property's mark overrides its schema's)."""
        if not isinstance(node, Mapping):
            return node, {}
        marks = {k: v for k, v in node.items() if k.startswith("x-ippanel-")}
        ref = node.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return node, marks
        if ref not in self._refs:
            target: Any = self.spec
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            self._refs[ref] = self.resolve(target)
        found, further = self._refs[ref]
        return found, {**further, **marks}

    def properties(self, node: Any) -> dict[str, list[Any]]:
        """Each property a schema declares, with every declaration of it (its `allOf` parts may
        each say something of one field: a mark in one, a limit in another). Read only."""
        found: dict[str, list[Any]] = self._once("properties", node, self._properties)
        return found

    def _properties(self, node: Any) -> dict[str, list[Any]]:
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
        found: list[Any] = self._once("variants", node, self._variants)
        return found

    def _variants(self, node: Any) -> list[Any]:
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
        found: dict[str, Any] = self._once("consts", node, self._consts)
        return found

    def _consts(self, node: Any) -> dict[str, Any]:
        return {
            name: prop["const"]
            for name, declared in self.properties(node).items()
            for p in declared
            if isinstance(prop := self.resolve(p)[0], Mapping) and "const" in prop
        }

    def required(self, node: Any) -> list[str]:
        """The properties a schema requires (its `allOf` parts' too)."""
        schema, _ = self.resolve(node)
        if not isinstance(schema, Mapping):
            return []
        found = [name for part in schema.get("allOf", []) for name in self.required(part)]
        return list(dict.fromkeys([*found, *schema.get("required", [])]))

    def additional(self, node: Any) -> Any | None:
        """What a schema (or one of its `allOf` parts) says of properties it does not name:
        a schema, `True`, or None when it says nothing (a name it does not declare)."""
        schema, _ = self.resolve(node)
        if not isinstance(schema, Mapping):
            return None
        given = schema.get("additionalProperties")
        if given is True or isinstance(given, Mapping):
            return given
        return next((a for p in schema.get("allOf", []) if (a := self.additional(p))), None)

    def is_object(self, node: Any) -> bool:
        return bool(self.properties(node)) or len(self.variants(node)) > 1

    def items(self, node: Any) -> Any | None:
        schema, _ = self.resolve(node)
        if isinstance(schema, Mapping) and schema.get("type") == "array":
            return schema.get("items")
        return None


_READ: dict[int, Schemas] = {}  # by the spec's id (each holds its spec: the id stays its own)


def schemas_of(spec: Mapping[str, Any]) -> Schemas:
    """The spec's Schemas, made once for a few specs at a time (a spec is read as it is when
    first read: change a copy before reading it)."""
    found = _READ.get(id(spec))
    if found is None or found.spec is not spec:
        if len(_READ) >= 8:
            _READ.pop(next(iter(_READ)))
        found = _READ[id(spec)] = Schemas(spec)
    return found


@dataclass(frozen=True)
class Found:
    """One field of a request, as the spec marks it."""

    path: tuple[str | int, ...]  # where in the request (a list item by its index)
    kind: str  # one of FIELD_KINDS, or UNMARKED
    value: Any
    how: str | None = None  # a target's: ranges or operators
    why: str = ""  # for UNMARKED: what the spec lacks
    schema: Any = field(default=None, compare=False, repr=False)  # the field's declaration

    @property
    def where(self) -> str:
        """The field's place, as a one-line reason names it: `params.0.recipients`, `query to`."""
        if self.path[:1] == (QUERY,):
            return "query " + ".".join(map(str, self.path[1:]))
        return ".".join(map(str, self.path)) or "the body"


class _Absent:
    def __repr__(self) -> str:
        return "ABSENT"


# The value of a Found for a required field the request leaves out (`walk(..., absent=...)`).
ABSENT: Any = _Absent()


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
    *,
    absent: Collection[str] = (),
) -> Iterator[Found]:
    """Each field of `value` (a request body, its form fields, its query) against the schema
    `node`, marked or UNMARKED: what the guard judges, field by field. `mark`: the field's, as
    its declarations give it. A marked field is yielded whole, then anything inside it the spec
    does not declare, UNMARKED. A field whose declarations, in the variants the value may be,
    disagree on its mark is UNMARKED. With `absent`, each field of one of those kinds that an
    object requires and leaves out is yielded too, its value ABSENT."""
    kind, how = mark if mark is not None else _mark_of(schemas, node)
    if kind is not None:
        yield Found(path, kind, value, how, schema=node)
        yield from _undeclared(schemas, [node], value, path)
        return
    if isinstance(value, list):
        items = schemas.items(node)
        if items is None:
            yield Found(path, UNMARKED, value, why="a list where the spec has none, or no mark")
            return
        for i, item in enumerate(value):
            yield from walk(schemas, items, item, (*path, i), absent=absent)
        return
    if not isinstance(value, Mapping) or not schemas.is_object(node):
        yield Found(path, UNMARKED, value, why="no x-ippanel-field mark in the spec")
        return
    candidates = _chosen(schemas, node, value)
    given: set[str | None] = set()
    for key, item in value.items():
        per_variant = [schemas.properties(v).get(key, []) for v in candidates]
        fields = [_field(schemas, declared) for declared in per_variant if declared]
        if not fields:
            yield Found((*path, key), UNMARKED, item, why="a field the spec does not declare")
            continue
        if len({m for _, m in fields}) > 1 or fields[0][1] == CONFLICT:
            yield Found((*path, key), UNMARKED, item, why="marked differently where declared")
            continue
        walkable, field_mark = fields[0]
        given.add(field_mark[0])
        yield from walk(schemas, walkable, item, (*path, key), field_mark, absent=absent)
    yield from _left_out(schemas, candidates, given, path, absent)


def _left_out(
    schemas: Schemas,
    candidates: list[Any],
    given: set[str | None],
    path: tuple[str | int, ...],
    kinds: Collection[str],
) -> Iterator[Found]:
    """A field of one of `kinds` that a variant requires, when the value gives none of that kind
    (a phonebook part naming no phonebook): the first such, with its declaration."""
    for kind in kinds:
        if kind in given:
            continue
        for variant in candidates:
            declared = schemas.properties(variant)
            names = [n for n in schemas.required(variant) if n in declared]
            need = [n for n in names if _field(schemas, declared[n])[1][0] == kind]
            if need:
                walkable, (_, how) = _field(schemas, declared[need[0]])
                yield Found((*path, need[0]), kind, ABSENT, how, schema=walkable)
                break


def _undeclared(
    schemas: Schemas, nodes: list[Any], value: Any, path: tuple[str | int, ...]
) -> Iterator[Found]:
    """Each field inside a marked value that none of its declarations `nodes` declares, at any
    depth: a name they do not list (and no `additionalProperties` allows), or an object where
    they have none. A target or a content field holds what the spec says, and nothing else."""
    variants = [v for n in nodes for v in schemas.variants(n)]
    if isinstance(value, list):
        items = [i for v in variants if (i := schemas.items(v)) is not None]
        for index, item in enumerate(value):
            yield from _undeclared(schemas, items, item, (*path, index))
    elif isinstance(value, Mapping):
        for key, item in value.items():
            inner = [d for v in variants for d in schemas.properties(v).get(str(key), [])]
            extra = [a for v in variants if (a := schemas.additional(v)) is not None]
            if True in extra:
                continue  # anything goes there
            if not inner and not extra:
                yield Found((*path, key), UNMARKED, item, why="a field the spec does not declare")
                continue
            yield from _undeclared(schemas, inner + extra, item, (*path, key))


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
    body, _ = schemas_of(spec).resolve(op.spec.operation.get("requestBody"))
    if not isinstance(body, Mapping):
        return None
    content = (body.get("content") or {}).get(media_type)
    return None if content is None else content.get("schema")


def query_schema(spec: Mapping[str, Any], op: Operation) -> dict[str, Any]:
    """The operation's query as one object schema: each parameter a property, with its marks;
    the query parameters its security schemes name are credentials. Made once per operation."""
    schemas = schemas_of(spec)
    if op.operation_id not in schemas._queries:
        schemas._queries[op.operation_id] = _query_schema(spec, op)
    return schemas._queries[op.operation_id]


def _query_schema(spec: Mapping[str, Any], op: Operation) -> dict[str, Any]:
    schemas = schemas_of(spec)
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
                properties[str(scheme["name"])] = CREDENTIAL
    return {"type": "object", "properties": properties}


def request_fields(
    spec: Mapping[str, Any],
    op: Operation | None,
    media: str | None,
    body: Any,
    query: Mapping[str, Any],
    absent: Collection[str] = (),
) -> Iterator[Found]:
    """Each field of a request to `op`, as the spec marks it: its body (`media`'s: JSON's value,
    or a form's fields and files as one mapping; None: no body) and its query parameters (under
    QUERY). What the spec does not say is UNMARKED: a body `op` does not take in that media type
    (or any body, on no operation), and a query parameter it does not declare."""
    schemas = schemas_of(spec)
    if media is not None and body is not None:  # JSON's null names nobody
        schema = request_schema(spec, op, media) if op is not None else None
        if schema is None and body not in (None, {}, [], "", b""):
            why = f"a {media or 'untyped'} body, which the spec does not declare here"
            yield Found((), UNMARKED, body, why=why)
        elif schema is not None:
            yield from walk(schemas, schema, body, absent=absent)
    declared = query_schema(spec, op)["properties"] if op is not None else {}
    # A security scheme's query parameter is a credential wherever a client puts it (a run's
    # auth may add the API key to any request): the spec says so by declaring the scheme.
    schemes = spec.get("components", {}).get("securitySchemes", {}).values()
    declared = {
        **{str(s["name"]): CREDENTIAL for s in schemes if s.get("in") == "query"},
        **declared,
    }
    for name, value in query.items():
        if name in declared:
            yield from walk(schemas, declared[name], value, (QUERY, name), absent=absent)
        else:
            why = "a query parameter the spec does not declare"
            yield Found((QUERY, name), UNMARKED, value, why=why)


# --- what a target takes ------------------------------------------------------------------------

TAKES = "x-ippanel-takes"  # on the field of an operator's range or entry that says how many


@dataclass(frozen=True)
class Share:
    """Where a target says how many of an operator's subscribers it takes (`x-ippanel-takes`
    on that count): one range per operator in a field of its own (x-ippanel-target: ranges), or
    a list of operator entries (operators). A count of 0 takes nobody."""

    field: str  # the target's field: a range, or the list of entries
    many: bool  # a list of entries
    count: str  # the range's or entry's field that says how many
    silent: tuple[dict[str, Any], ...]  # what takes nobody: the range, or an entry per operator


def shares(spec: Mapping[str, Any], target: Any, how: str | None) -> list[Share]:
    """The shares of the target schema `target` of that kind (`how`); none: it does not say."""
    schemas = schemas_of(spec)
    found = []
    for name, declared in schemas.properties(target).items():
        for node in declared:
            items = schemas.items(node)
            entry = items if items is not None else node
            counts = [n for n, d in schemas.properties(entry).items() if _takes(schemas, d)]
            if counts and (items is not None) == (how == "operators"):
                silent = _silent(schemas, entry, counts[0], many=items is not None)
                found.append(Share(name, items is not None, counts[0], silent))
                break
    return found


def _takes(schemas: Schemas, declared: list[Any]) -> bool:
    return any(schemas.resolve(d)[1].get(TAKES) is True for d in declared)


def _silent(schemas: Schemas, entry: Any, count: str, many: bool) -> tuple[dict[str, Any], ...]:
    """A range or entries that take nobody: every whole-number field 0; an entry per value of a
    field with an enum (an operator's id), where a list may name each operator."""
    zero: dict[str, Any] = {}
    choices: list[tuple[str, list[Any]]] = []
    for name, declared in schemas.properties(entry).items():
        schema = schemas.resolve(declared[0])[0]
        if not isinstance(schema, Mapping):
            continue
        if schema.get("enum"):
            choices.append((name, list(schema["enum"])))
        elif schema.get("type") == "integer":
            zero[name] = 0
    zero[count] = 0
    if not choices:
        return (zero,)
    name, values = choices[0]
    return tuple({name: v, **zero} for v in (values if many else values[:1]))


# --- links and where the spec finds operations ---------------------------------------------------


@dataclass(frozen=True)
class Link:
    """A link of an operation's answer to another operation: what the spec says may follow."""

    source: Operation
    status: str
    target: str  # the operationId it leads to
    parameters: Mapping[str, Any]
    request_body: Any


def links(spec: Mapping[str, Any]) -> list[Link]:
    schemas = schemas_of(spec)
    found = []
    for op in read_operations(spec).values():
        for status, response in op.spec.operation.get("responses", {}).items():
            answer, _ = schemas.resolve(response)
            for link in (answer.get("links") or {}).values() if isinstance(answer, Mapping) else ():
                node, _ = schemas.resolve(link)
                found.append(
                    Link(
                        op,
                        str(status),
                        str(node.get("operationId", "")),
                        node.get("parameters") or {},
                        node.get("requestBody"),
                    )
                )
    return found


class Paths:
    """Operations found by a request's path and method (case-blind: the gateway reads paths
    lower-cased)."""

    def __init__(self, ops: Iterable[Operation]) -> None:
        by_path: dict[str, dict[str, Operation]] = {}
        for op in ops:
            by_path.setdefault(op.path, {})[op.method.upper()] = op
        self._paths = TemplateMatcher(by_path.items(), ignore_case=True)

    def at(self, path: str) -> tuple[dict[str, Operation], dict[str, str]] | None:
        """The operations on the path `path` matches, by method, and its path parameters."""
        return self._paths.match(path)

    def find(self, method: str, path: str) -> Operation | None:
        found = self._paths.match(path)
        return found[0].get(method.upper()) if found is not None else None


# --- the spec's own check ----------------------------------------------------------------------


def unmarked(spec: Mapping[str, Any]) -> list[str]:
    """What the spec leaves unsaid that the kit acts on: an operation about a kind of object
    without its role, an unknown role, field kind or target, and each request field of an
    operation that sends SMS without its mark. Empty: the spec says it all."""
    problems: list[str] = []
    schemas = schemas_of(spec)
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


def field_kinds(spec: Mapping[str, Any], op: Operation) -> set[str]:
    """Every kind the operation's request marks a field with, in any media type or the query."""
    schemas = schemas_of(spec)
    found: set[str] = set()
    body, _ = schemas.resolve(op.spec.operation.get("requestBody"))
    content = body.get("content", {}) if isinstance(body, Mapping) else {}
    nodes = [c.get("schema") for c in content.values()]
    nodes += list(query_schema(spec, op)["properties"].values())
    while nodes:
        node = nodes.pop()
        kind, _ = _mark_of(schemas, node)
        if kind is not None:
            found.add(kind)
            continue
        nodes += [i for i in [schemas.items(node)] if i is not None]
        for variant in schemas.variants(node):
            nodes += [d for declared in schemas.properties(variant).values() for d in declared]
    return found


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
        elif kind == "target" and not shares(schemas.spec, node, how):
            yield f"{where}: a target needs its operators' counts marked {TAKES} ({how})"
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
