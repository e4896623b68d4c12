"""What a live run may update or delete: only what it created itself. The spec marks the
operations: `x-ippanel-creates: <resource>` on one that creates an object (its answer's `data.id`,
or the ids in `data`, name it; written `{resource, in, name}`, the request's own field names it,
as an upload names the document it fills), and `x-ippanel-targets: [{resource, in: path|body|
query, name}]` on one that reads, updates or deletes existing objects by id or name. The gateway
remembers what the run created (`Ownership.note`, `Ownership.remember`) and stops a request to a
targeting operation that changes data unless, for each kind it targets, it names at least one
object and only objects the run created (`Ownership.refusal`). schemathesis does not fuzz those
operations: its generated ids would all be stopped; it reaches them in its stateful phase only,
through the spec's links from a create (runner.py, hooks.py). A targeting operation whose
operationId starts with `delete` (or `cancel`) removes what it names: a 2xx answer to one is
remembered (`Ownership.note`), and what the run created and did not delete is
`Ownership.leftovers()`, which the run deletes at its end (cleanup.py)."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from contract_tests.policy import scalars, walk_items
from contract_tests.request import Request
from kit.operations import TemplateMatcher, operations


@dataclass(frozen=True)
class Targeting:
    operation_id: str
    resource: str
    location: str  # path, body or query
    name: str
    changes_data: bool

    @property
    def deletes(self) -> bool:
        """Whether it removes what it names: the spec calls those `delete...` (deletePhonebooks,
        deletePattern), and a cancel takes a scheduled message away."""
        return self.changes_data and self.operation_id.startswith(("delete", "cancel"))


@dataclass(frozen=True)
class Creating:
    resource: str
    named_by: Targeting | None  # the request field that names what it made; None: the answer


def targets(mark: Any) -> list[dict[str, Any]]:
    """The spec writes `x-ippanel-targets` as a list of {resource, in, name}; one mapping is read
    as a list of one."""
    marks = [mark] if isinstance(mark, dict) else mark if isinstance(mark, list) else []
    return [t for t in marks if isinstance(t, dict)]


def creates(operation_id: str, mark: Any) -> Creating | None:
    """`x-ippanel-creates`: a resource name, or {resource, in, name} when the request names it."""
    if isinstance(mark, str):
        return Creating(mark, None)
    if isinstance(mark, dict) and isinstance(mark.get("resource"), str):
        where = Targeting(
            operation_id, mark["resource"], str(mark.get("in", "body")), str(mark["name"]), True
        )
        return Creating(mark["resource"], where)
    return None


def field_name(name: str) -> str:
    """The field a body or query target names: `list[].phonebook_id` is `phonebook_id` (in every
    item of `list`); it is looked for at any depth, which only ever names more ids, never fewer."""
    return name.rsplit("[].", 1)[-1]


def _named(where: Targeting, request: Request, path: Mapping[str, str]) -> list[str]:
    """The values the request gives the target's parameter or field (ValueError: unreadable)."""
    if where.location == "path":
        return [path[where.name]] if where.name in path else []
    # Ids are in fields, never in an uploaded file: its bytes need not be readable.
    if request.unreadable is not None:
        raise ValueError(request.unreadable)
    found: Any = dict(request.query) if where.location == "query" else request.payload(False, False)
    key = field_name(where.name)
    return [str(i) for k, v in walk_items(found) if k == key for i in scalars(v)]


class Ownership:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        creates_by_path: dict[str, dict[str, Creating]] = {}
        targets_by_path: dict[str, dict[str, list[Targeting]]] = {}
        # resource -> the fields that name one (`pattern_code` beside `id`): a create's answer
        # may name what it made by either.
        self._names: dict[str, set[str]] = {}
        for op in operations(spec):
            made = creates(op.operation_id, op.operation.get("x-ippanel-creates"))
            if made is not None:
                creates_by_path.setdefault(op.path, {})[op.method.upper()] = made
            found = [
                Targeting(
                    op.operation_id,
                    str(target.get("resource")),
                    str(target.get("in", "path")),
                    str(target.get("name", "id")),
                    op.operation.get("x-ippanel-changes-data") is True,
                )
                for target in targets(op.operation.get("x-ippanel-targets"))
            ]
            if found:
                targets_by_path.setdefault(op.path, {})[op.method.upper()] = found
            for t in found:
                self._names.setdefault(t.resource, set()).add(field_name(t.name))
        # Case-blind: the gateway matches canonical (lower-cased) paths.
        self._creates = TemplateMatcher(creates_by_path.items(), ignore_case=True)
        self._targets = TemplateMatcher(targets_by_path.items(), ignore_case=True)
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
        """Remember what a successful create made: the `id` (or another field that names the
        resource, e.g. `pattern_code`) of `data`, or of each item of a `data` list, or a bare
        `data` id; or, where the mark says the request names it, the request's field. Ids deeper
        in `data` (a new phonebook's options) are not the new thing's. And what a successful
        delete of the run's own objects removed."""
        if not 200 <= status < 300:
            return
        self._note_deleted(request)
        matched = self._creates.match(request.path)
        made = matched[0].get(request.method) if matched is not None else None
        if matched is None or made is None:
            return
        # Each new object by the fields that name it: a pattern's `id` and its `pattern_code`.
        found: list[dict[str, Any]] = []
        if made.named_by is not None:
            try:
                found = [
                    {field_name(made.named_by.name): i}
                    for i in _named(made.named_by, request, matched[1])
                ]
            except ValueError:
                found = []
        elif isinstance(answer, dict):
            data = answer.get("data")
            keys = {"id"} | self._names.get(made.resource, set())
            for item in data if isinstance(data, list) else [data]:
                found.append(
                    {k: item[k] for k in keys if k in item}
                    if isinstance(item, dict)
                    else {"id": item}
                )
        for names in found:
            usable = {
                k: str(v)
                for k, v in names.items()
                if isinstance(v, (int, str)) and not isinstance(v, bool)
            }
            if usable:
                self._remember(made.resource, usable)

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
                    for names in made
                    if not {v.lower() for v in names.values()} & self.deleted.get(kind, set())
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
        self._remember(resource, {"id": str(identifier)})

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
