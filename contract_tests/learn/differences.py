"""What recorded answers show that the spec does not say, per operation, counted over every
exchange: an undocumented status or content type, a body that breaks its schema (type, required
property, enum, format and the rest), fields no schema declares. A 5xx is reported, never
learned."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from contract_tests.learn.har import Exchange
from contract_tests.learn.places import Documents, Operation, Place, Router
from kit.spec import registry, validator

# The kinds of difference, in the order a report lists them.
KINDS = (
    "undeclared field",
    "type",
    "required",
    "enum",
    "status",
    "content type",
    "other",
    "server error",
)


@dataclass
class Difference:
    operation: Operation
    kind: str
    detail: str  # the field, keyword, status or media type it is about
    where: str  # where in the answer: "200 data.user_id"
    place: Place | None  # the node a proposal edits (None: nothing to learn)
    values: list[Any] = field(default_factory=list)  # every value seen there
    bodies: list[Any] = field(default_factory=list)  # the answers it was seen in (raw)
    count: int = 0

    @property
    def key(self) -> tuple[str, str, str, tuple[str, ...]]:
        return (
            self.operation.label,
            self.kind,
            self.detail,
            self.place.bundle if self.place else (),
        )


@dataclass
class Findings:
    differences: dict[tuple[str, str, str, tuple[str, ...]], Difference] = field(
        default_factory=dict
    )
    unmatched: dict[str, int] = field(default_factory=dict)  # "GET /x" -> times
    exchanges: int = 0
    operations: set[str] = field(default_factory=set)  # the labels of those matched

    def add(self, found: Difference, value: Any, body: Any) -> None:
        known = self.differences.setdefault(found.key, found)
        known.count += 1
        known.values.append(value)
        if len(known.bodies) < 3:
            known.bodies.append(body)


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def dotted(status: int, path: Any) -> str:
    parts = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
    return f"{status} {parts or 'body'}"


def find(docs: Documents, exchanges: list[Exchange]) -> Findings:
    router = Router(docs.bundle)
    schemas = registry(docs.bundle)
    found = Findings(exchanges=len(exchanges))
    for exchange in exchanges:
        op = router.find(exchange.method, exchange.path)
        if op is None:
            where = f"{exchange.method} {exchange.path}"
            found.unmatched[where] = found.unmatched.get(where, 0) + 1
            continue
        found.operations.add(op.label)
        _exchange(docs, schemas, op, exchange, found)
    return found


def _exchange(docs: Documents, schemas: Any, op: Operation, ex: Exchange, found: Findings) -> None:
    operation = docs.operation(op.path, op.method.lower())
    is_json, body = ex.json()
    shown = body if is_json else ex.body
    status = str(ex.status)
    if ex.status >= 500:
        found.add(Difference(op, "server error", status, f"{status}", None), ex.status, shown)
        return
    responses = operation.to("responses")
    if status not in responses.node and "default" not in responses.node:
        found.add(Difference(op, "status", status, status, responses), shown, shown)
        return
    response = responses.to(status if status in responses.node else "default")
    content = response.node.get("content") or {}
    if not ex.media_type:
        return
    if ex.media_type not in content:
        if not content:
            place = response
        else:
            place = response.to("content")
        found.add(
            Difference(op, "content type", ex.media_type, f"{status} {ex.media_type}", place),
            shown,
            shown,
        )
        return
    if not is_json or "schema" not in content[ex.media_type]:
        return
    schema = response.to("content", ex.media_type, "schema")
    check = validator({"$ref": schema.pointer()}, schemas)
    check = Draft202012Validator(
        check.schema, registry=schemas, format_checker=FormatChecker()
    )  # formats too: a live server may break them as it may a type
    for error in check.iter_errors(body):
        keyword = str(error.validator)
        holder = schema.to(*list(error.relative_schema_path)[:-1])
        kind = keyword if keyword in ("type", "required", "enum") else "other"
        if kind == "required":
            missing = [r for r in error.validator_value if r not in error.instance]
            for name in missing:
                where = dotted(ex.status, [*error.absolute_path, name])
                found.add(Difference(op, kind, name, where, holder), None, body)
            continue
        # Every item of a list is one place of the schema: one difference, counted per item.
        named = [p for p in error.absolute_path if not isinstance(p, int)]
        detail = keyword if kind == "other" else ".".join(map(str, named))
        where = dotted(ex.status, named)
        difference = Difference(
            op, kind, detail, where + ("" if kind != "other" else f": {error.message}"), holder
        )
        if kind == "other":
            difference.place = None  # reported for a person: no rule learns a pattern or format
        found.add(difference, error.instance, body)
    for holder, ipath, name, value in undeclared(schema, body, [], schemas):
        where = dotted(ex.status, [*ipath, name])
        found.add(Difference(op, "undeclared field", name, where, holder), value, body)


def undeclared(
    schema: Place, instance: Any, ipath: list[Any], schemas: Any
) -> Iterator[tuple[Place, list[Any], str, Any]]:
    """(the schema to declare it in, where, name, value) of each field of `instance` that no schema
    applying to it declares; in lists, of every item."""
    applying: dict[str, list[Place]] = {}
    _applying(schema, instance, ipath, schemas, applying)
    yield from _undeclared_at(instance, ipath, applying)


def _key(ipath: list[Any]) -> str:
    return json.dumps(ipath)


def _applying(
    place: Place, instance: Any, ipath: list[Any], schemas: Any, out: dict[str, list[Place]]
) -> None:
    node = place.node
    if not isinstance(node, dict):
        return
    out.setdefault(_key(ipath), []).append(place)
    for i, _ in enumerate(node.get("allOf", [])):
        _applying(place.to("allOf", i), instance, ipath, schemas, out)
    for keyword in ("anyOf", "oneOf"):
        for i, _ in enumerate(node.get(keyword, [])):
            branch = place.to(keyword, i)
            if validator({"$ref": branch.pointer()}, schemas).is_valid(instance):
                _applying(branch, instance, ipath, schemas, out)
    if isinstance(instance, dict):
        declared = node.get("properties") or {}
        for name, value in instance.items():
            if name in declared:
                _applying(place.to("properties", name), value, [*ipath, name], schemas, out)
            elif isinstance(node.get("additionalProperties"), dict):
                sub = place.to("additionalProperties")
                _applying(sub, value, [*ipath, name], schemas, out)
    if isinstance(instance, list) and isinstance(node.get("items"), dict):
        for i, item in enumerate(instance):
            _applying(place.to("items"), item, [*ipath, i], schemas, out)


def _undeclared_at(
    instance: Any, ipath: list[Any], applying: dict[str, list[Place]]
) -> Iterator[tuple[Place, list[Any], str, Any]]:
    if isinstance(instance, list):
        for i, item in enumerate(instance):
            yield from _undeclared_at(item, [*ipath, i], applying)
        return
    if not isinstance(instance, dict):
        return
    places = applying.get(_key(ipath), [])
    nodes = [p.node for p in places]
    # A map (additionalProperties with a schema: field errors by name) declares every key.
    if not places or any(isinstance(n.get("additionalProperties"), dict) for n in nodes):
        return
    declared = {name for n in nodes for name in (n.get("properties") or {})}
    hosts = [p for p in places if "properties" in p.node] or [
        p for p in places if p.node.get("type") == "object"
    ]
    for name, value in instance.items():
        if name in declared:
            yield from _undeclared_at(value, [*ipath, name], applying)
        elif hosts:
            # Declared in the schema that declares most of its siblings.
            host = max(hosts, key=lambda p: len(p.node.get("properties") or {}))
            yield host, [p for p in ipath if not isinstance(p, int)], name, value
