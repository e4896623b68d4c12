"""The rule that a live run changes only what it created cannot be forgotten: every operation of
the spec that changes data and takes the id or name of an existing object, in its path, query or
body, either says where with `x-ippanel-targets` (the gateway then lets it name only objects the
run created) or is `x-ippanel-irreversible` (it runs only when QA names it). Judged from the spec
alone: its parameters and its request schemas, not the guard's reading of them."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from kit.operations import SpecOperation, by_operation_id, operations
from kit.spec import bundle, deref

# What names an existing object: an id, an id list, a code, another user (`target_user`), or the
# phonebook section's id lists (`listPhonebooks`, `listNumbers`, `listOptions`).
NAMES_AN_OBJECT = re.compile(r"id|\w+_ids?|\w+_code|target_\w+|list[A-Z]\w*")


def schema_fields(
    spec: dict[str, Any], schema: Any, seen: frozenset[int] = frozenset()
) -> set[str]:
    """Every property name of `schema`, at any depth, through allOf/oneOf/anyOf and items."""
    schema = deref(schema, spec)
    if not isinstance(schema, dict) or id(schema) in seen:
        return set()
    seen |= {id(schema)}
    found = set(schema.get("properties", {}))
    parts = [*schema.get("properties", {}).values(), schema.get("items")]
    parts += [s for key in ("allOf", "oneOf", "anyOf") for s in schema.get(key, [])]
    for part in parts:
        if part is not None:
            found |= schema_fields(spec, part, seen)
    return found


def object_inputs(spec: dict[str, Any], spec_op: SpecOperation) -> set[tuple[str, str]]:
    """(where, name) of each input of the operation that names an existing object: every path
    parameter, and the query parameters and body fields whose names say so."""
    found = set()
    op = spec_op.operation
    for parameter in (deref(p, spec) for p in spec_op.parameters):
        if parameter["in"] == "path" or (
            parameter["in"] == "query" and NAMES_AN_OBJECT.fullmatch(parameter["name"])
        ):
            found.add((parameter["in"], parameter["name"]))
    body = deref(op.get("requestBody", {}), spec)
    for media in body.get("content", {}).values():
        for name in schema_fields(spec, media.get("schema")):
            if NAMES_AN_OBJECT.fullmatch(name):
                found.add(("body", name))
    return found


def unconfined(spec: dict[str, Any]) -> list[str]:
    """`operationId: where name` for each such input no mark confines."""
    problems = []
    for spec_op in operations(spec):
        op = spec_op.operation
        if op.get("x-ippanel-changes-data") is not True:
            continue
        if op.get("x-ippanel-irreversible") is True:
            continue
        marks = op.get("x-ippanel-targets", [])
        marks = [marks] if isinstance(marks, dict) else marks
        confined = {(m["in"], m["name"].rsplit("[].", 1)[-1]) for m in marks}
        for where, name in sorted(object_inputs(spec, spec_op) - confined):
            problems.append(f"{op['operationId']}: {where} {name}")
    return problems


def test_every_change_of_an_existing_object_is_confined_or_must_be_named() -> None:
    assert unconfined(bundle()) == []


def operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    found = by_operation_id(spec)[operation_id].operation
    assert isinstance(found, dict)  # the spec's own, to break a copy of it in place
    return found


@pytest.mark.parametrize(
    ("operation_id", "mark", "problem"),
    [
        ("removeUserDocument", "x-ippanel-targets", "removeUserDocument: body document_id"),
        ("uploadUserDocument", "x-ippanel-irreversible", "uploadUserDocument: body document_id"),
        ("deletePattern", "x-ippanel-targets", "deletePattern: path pattern_code"),
        ("cancelScheduledSms", "x-ippanel-targets", "cancelScheduledSms: body message_outbox_id"),
        ("deletePhonebooks", "x-ippanel-targets", "deletePhonebooks: body listPhonebooks"),
    ],
)
def test_a_spec_without_the_mark_fails(operation_id: str, mark: str, problem: str) -> None:
    broken = copy.deepcopy(bundle())
    del operation(broken, operation_id)[mark]
    assert problem in unconfined(broken)


def test_a_new_operation_that_deletes_by_id_fails_until_it_is_marked() -> None:
    """What the rule is for: an operation added later, unmarked."""
    broken = copy.deepcopy(bundle())
    broken["paths"]["/api/fixture/things/{thing_id}"] = {
        "delete": {
            "operationId": "deleteThing",
            "x-ippanel-changes-data": True,
            "parameters": [{"name": "thing_id", "in": "path", "required": True}],
        }
    }
    assert unconfined(broken) == ["deleteThing: path thing_id"]
