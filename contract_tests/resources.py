"""What a live run may update or delete: only what it created itself, and the one record of what
that is (`Ownership`). The spec marks the operations (kit/marks.py reads them):
`x-ippanel-creates: <resource>` on one that creates an object (its answer names it, see
`kit.marks.created_in`; written `{resource, in, name}`, the request's own field names it, as an
upload names the document it fills), `x-ippanel-targets: [{resource, in: path|body|query, name}]`
on one that reads, updates or deletes existing objects by id or name, and `x-ippanel-role` on what
it does to them. A send that schedules its message (sending.py) creates what a cancel takes back.

The gateway and the hooks note every answer (`Ownership.note`; round trips that find what they
made by listing it, `Ownership.remember`), and the gateway stops a request to a targeting
operation that changes data unless, for each kind it targets, it names at least one object and
only objects the run created (`Ownership.refusal`). schemathesis does not fuzz those operations:
its generated ids would all be stopped; it reaches them in its stateful phase only, through the
spec's links from a create (runner.py, hooks.py). A 2xx answer to a targeting operation whose
role is `delete` removes what it names; what the run created and did not delete is
`Ownership.leftovers()`, which the run deletes at its end (cleanup.py)."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from contract_tests.policy import scalars, walk_items
from contract_tests.request import Request
from contract_tests.sending import cancels, scheduled, sending_operations
from kit.marks import (
    CREATED_ID,
    Operation,
    Paths,
    Target,
    created_in,
    names_by_kind,
    read_operations,
    request_schema,
    schemas_of,
)
from kit.operations import TemplateMatcher
from kit.spec import bundle


@dataclass(frozen=True)
class Targeting:
    """Where an operation names an existing object of a kind it targets."""

    operation: Operation
    target: Target

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id

    @property
    def resource(self) -> str:
        return self.target.resource

    @property
    def location(self) -> str:
        return self.target.location

    @property
    def changes_data(self) -> bool:
        return self.operation.changes_data

    @property
    def deletes(self) -> bool:
        """Whether it removes what it names (its role is `delete`)."""
        return self.changes_data and self.operation.role == "delete"

    def case(self, identifier: str) -> dict[str, Any]:
        """The case (path parameters, or a body of the operation's first media type) that names
        one object: its field holds a list of ids (listPhonebooks) or one (draft_group_id), as
        the request's schema says."""
        if self.location == "path":
            return {"path_parameters": {self.target.name: identifier}}
        spec = bundle()
        schemas = schemas_of(spec)
        body, _ = schemas.resolve(self.operation.spec.operation["requestBody"])
        media_type = next(iter(body["content"]))
        schema = request_schema(spec, self.operation, media_type)
        (declared, *_) = schemas.properties(schema)[self.target.field]
        listed = schemas.items(declared) is not None
        value: Any = int(identifier) if identifier.isdigit() else identifier
        return {"body": {self.target.field: [value] if listed else value}, "media_type": media_type}


def _named(where: Targeting, request: Request, path: Mapping[str, str]) -> list[str]:
    """The values the request gives the target's parameter or field (ValueError: unreadable)."""
    target = where.target
    if target.location == "path":
        return [path[target.name]] if target.name in path else []
    # Ids are in fields, never in an uploaded file: its bytes need not be readable.
    if request.unreadable is not None:
        raise ValueError(request.unreadable)
    found: Any = (
        dict(request.query) if target.location == "query" else request.payload(False, False)
    )
    # Looked for at any depth, which only ever names more ids, never fewer.
    return [str(i) for k, v in walk_items(found) if k == target.field for i in scalars(v)]


class Ownership:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        ops = read_operations(spec)
        creates_by_path: dict[str, dict[str, Operation]] = {}
        targets_by_path: dict[str, dict[str, list[Targeting]]] = {}
        for op in ops.values():
            if op.creates is not None:
                creates_by_path.setdefault(op.path, {})[op.method.upper()] = op
            if op.targets:
                found = [Targeting(op, t) for t in op.targets]
                targets_by_path.setdefault(op.path, {})[op.method.upper()] = found
        # resource -> the fields that name one (`pattern_code` beside `id`): a create's answer
        # may name what it made by either.
        self._names = names_by_kind(ops.values())
        # Case-blind: the gateway matches canonical (lower-cased) paths.
        self._creates = TemplateMatcher(creates_by_path.items(), ignore_case=True)
        self._targets = TemplateMatcher(targets_by_path.items(), ignore_case=True)
        self._sends = Paths(sending_operations(spec).values())
        self._spec = spec
        self._cancels = cancels(spec)
        self.created: dict[str, set[str]] = {}
        # Every object made, by the fields that name it, and the names a delete was answered 2xx
        # for (lower case, as `refusal` compares them).
        self.objects: dict[str, list[dict[str, str]]] = {}
        self.deleted: dict[str, set[str]] = {}
        self._lock = threading.Lock()

    def targeting_operations(self) -> set[str]:
        """The operationIds schemathesis must not fuzz: those that change what they target."""
        return {
            t.operation_id
            for by_method in self._targets.values()
            for found in by_method.values()
            for t in found
            if t.changes_data
        }

    def targets(self, request: Request) -> list[Targeting]:
        """The marks of the targeting operation `request` is to, if it is to one."""
        matched = self._targets.match(request.path)
        return (matched[0].get(request.method) or []) if matched is not None else []

    def note(self, request: Request, status: int, answer: Any) -> None:
        """Remember what a successful create made: what its answer names (`created_in`), or,
        where the mark says the request names it, the request's field; what a send that
        scheduled its message made (the ids its answer lists where a cancel's link reads them);
        and what a successful delete of the run's own objects removed."""
        if not 200 <= status < 300:
            return
        self._note_deleted(request)
        self._note_scheduled(request, answer)
        matched = self._creates.match(request.path)
        op = matched[0].get(request.method) if matched is not None else None
        if matched is None or op is None or op.creates is None:
            return
        made = op.creates
        found: list[dict[str, str]] = []
        if made.name:
            try:
                named = _named(Targeting(op, made), request, matched[1])
            except ValueError:
                named = []
            found = [{made.field: i} for i in named]
        else:
            found = created_in(answer, self._names.get(made.resource, {CREATED_ID}))
        for names in found:
            self._remember(made.resource, names)

    def _note_scheduled(self, request: Request, answer: Any) -> None:
        send = self._sends.find(request.method, request.path)
        if send is None:
            return
        if not scheduled(self._spec, send, request):
            return
        for cancel in self._cancels:
            ids: Any = answer
            for step in cancel.ids_at:
                ids = ids.get(step) if isinstance(ids, Mapping) else None
            for i in ids if isinstance(ids, list) else []:
                if type(i) is int:
                    self.remember(cancel.kind, i)

    def _note_deleted(self, request: Request) -> None:
        matched = self._targets.match(request.path)
        for target in self.targets(request):
            if not target.deletes or matched is None:
                continue
            try:
                values = _named(target, request, matched[1])
            except ValueError:
                continue
            with self._lock:
                self.deleted.setdefault(target.resource, set()).update(v.lower() for v in values)

    def leftovers(self) -> dict[str, list[dict[str, str]]]:
        """What the run created and has not deleted (by any of its names), by kind, each object
        by the fields that name it; in the order they were made."""
        with self._lock:
            left = {
                kind: [
                    names
                    for i, names in enumerate(made)
                    if not {v.lower() for v in names.values()} & self.deleted.get(kind, set())
                    and names not in made[:i]  # made twice (an upload to one document): once
                ]
                for kind, made in self.objects.items()
            }
        return {kind: objects for kind, objects in left.items() if objects}

    def deleters(self) -> dict[str, Targeting]:
        """The delete operation of each kind that has one, and where it names what it deletes."""
        found: dict[str, Targeting] = {}
        for by_method in self._targets.values():
            for marks in by_method.values():
                for t in marks:
                    if t.deletes:
                        found.setdefault(t.resource, t)
        return found

    def remember(self, resource: str, identifier: object) -> None:
        """Record an id the run found for what it created (a create that answers `data: null`:
        the run lists the kind, by a title it chose, to find the new one)."""
        self._remember(resource, {CREATED_ID: str(identifier)})

    def _remember(self, resource: str, names: dict[str, str]) -> None:
        with self._lock:
            self.created.setdefault(resource, set()).update(names.values())
            self.objects.setdefault(resource, []).append(names)

    def refusal(self, request: Request) -> str | None:
        """Why a request to a targeting operation that changes data may not go, or None. Each
        kind it targets (by any of its names: a user by id or by username) must be named, and
        only by what this run created."""
        matched = self._targets.match(request.path)
        found = self.targets(request)
        if matched is None or not found:
            return None
        named: dict[str, list[str]] = {}
        for target in (t for t in found if t.changes_data):
            try:
                values = _named(target, request, matched[1])
            except ValueError:
                return f"{target.operation_id}: a body that cannot be read"
            named.setdefault(target.resource, []).extend(values)
        for resource, values in named.items():
            with self._lock:
                # Lower case: the gateway matches canonical (lower-cased) paths.
                mine = {i.lower() for i in self.created.get(resource, set())}
            operation_id = found[0].operation_id
            if not values:
                return f"{operation_id} names no {resource} this run created"
            others = [v for v in values if v.lower() not in mine]
            if others:
                return (
                    f"{operation_id} of {resource} {others[0][:24]!r}, which this run did "
                    "not create"
                )
        return None
