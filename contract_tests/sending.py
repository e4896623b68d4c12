"""The operations that reach people, and how a send is taken back, read from the spec's marks
(kit/marks.py), so that one added to the spec is guarded as it lands:

- a send: an operation marked `x-ippanel-sends-sms: true`, or one whose request marks a field of
  a kind that reaches people (policy.REACHING), whatever else it marks: the gateway judges every
  field of it by the policy's table;
- a cancel: an operation that a send's answer links to and that changes data. It takes a
  scheduled message away (the kind it targets), and may name only one this run scheduled: a send
  with a field marked `x-ippanel-send-time`, whose answer lists the ids where the link reads
  them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from contract_tests.policy import REACHING
from contract_tests.request import Request
from kit.marks import (
    ABSENT,
    SCHEDULES,
    Operation,
    field_kinds,
    links,
    read_operations,
    request_fields,
    schemas_of,
)
from kit.spec import bundle


def sending_operations(spec: Mapping[str, Any] | None = None) -> dict[str, Operation]:
    """Every operation that texts someone, by operationId."""
    document = bundle() if spec is None else spec
    return {
        op.operation_id: op
        for op in read_operations(document).values()
        if op.sends_sms or field_kinds(document, op) & REACHING
    }


@dataclass(frozen=True)
class Cancel:
    operation: Operation
    kind: str  # what it takes away, as it targets it
    ids_at: tuple[str, ...]  # where a send's answer lists the ids it may name (keys, then a list)


def cancels(spec: Mapping[str, Any] | None = None) -> list[Cancel]:
    """The operations that take back what a send scheduled."""
    document = bundle() if spec is None else spec
    sends = sending_operations(document)
    ops = read_operations(document)
    found: dict[str, Cancel] = {}
    for link in links(document):
        target = ops.get(link.target)
        if link.source.operation_id not in sends or target is None or not target.changes_data:
            continue
        expressions = [*_values(link.parameters), *_values(link.request_body)]
        pointers = [e.split("#", 1)[1] for e in expressions if e.startswith("$response.body#/")]
        for pointer in pointers:
            steps = [s.replace("~1", "/").replace("~0", "~") for s in pointer[1:].split("/")]
            ids_at = tuple(steps[:-1] if steps[-1].isdigit() else steps)
            for t in target.targets:
                found.setdefault(target.operation_id, Cancel(target, t.resource, ids_at))
    return list(found.values())


def _values(node: Any) -> list[str]:
    if isinstance(node, Mapping):
        return [v for item in node.values() for v in _values(item)]
    return [node] if isinstance(node, str) else []


def scheduled(spec: Mapping[str, Any], op: Operation, request: Request) -> bool:
    """Whether a request to a send keeps its message for later: it gives a field marked so."""
    if request.problem is not None:
        return False
    schemas = schemas_of(spec)
    body = request.body if request.media is not None else None
    for found in request_fields(spec, op, request.media, body, request.query):
        if schemas.resolve(found.schema)[1].get(SCHEDULES) is True:
            if found.value not in ("", None, [], ABSENT):
                return True
    return False


@dataclass(frozen=True)
class Example:
    """A documented request of a send whose message a cancel can take back."""

    operation: Operation
    media_type: str
    body: Any
    schedule: tuple[str | int, ...]  # where in it the field that schedules it is


def cancellable_example(spec: Mapping[str, Any], cancel: Cancel) -> Example | None:
    """The first documented request of a send the cancel's link follows, that gives the field
    marked `x-ippanel-send-time`."""
    schemas = schemas_of(spec)
    ops = read_operations(spec)
    sources = [link.source for link in links(spec) if ops.get(link.target) == cancel.operation]
    for op in sources:
        body, _ = schemas.resolve(op.spec.operation.get("requestBody"))
        for media, content in (
            (body.get("content") or {}).items() if isinstance(body, Mapping) else ()
        ):
            for example in (content.get("examples") or {}).values():
                value = schemas.resolve(example)[0].get("value")
                for found in request_fields(spec, op, media, value, {}):
                    if schemas.resolve(found.schema)[1].get(SCHEDULES) is True:
                        return Example(op, media, value, found.path)
    return None


@cache
def _bundle_sends() -> tuple[dict[str, Operation], list[Cancel]]:
    return sending_operations(), cancels()


def sms_operations() -> dict[str, str]:
    """operationId -> path of every operation of the bundle that texts someone."""
    return {i: op.path for i, op in _bundle_sends()[0].items()}


# Every path whose requests are judged for whom they text, and the path of cancel (one of it, or
# the spec changed): for the tests, which send to them by hand.
SMS_PATHS = frozenset(sms_operations().values())
(CANCEL_PATH,) = {c.operation.path for c in _bundle_sends()[1]}
