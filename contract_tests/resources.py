"""What a live run may update or delete: only what it created itself. The spec marks the
operations: `x-ippanel-creates: <resource>` on one that creates an object (its answer's `data.id`,
or the ids in `data`, name it; written `{resource, in, name}`, the request's own field names it,
as an upload names the document it fills), and `x-ippanel-targets: [{resource, in: path|body|
query, name}]` on one that reads, updates or deletes existing objects by id or name. The gateway
remembers what the run created (`Ownership.note`, `Ownership.remember`) and stops a request to a
targeting operation that changes data unless, for each kind it targets, it names at least one
object and only objects the run created (`Ownership.refusal`). schemathesis does not fuzz those
operations: its generated ids would all be stopped."""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from contract_tests.classes import HTTP_METHODS
from contract_tests.policy import parse_request, scalars, walk_items


@dataclass(frozen=True)
class Targeting:
    operation_id: str
    resource: str
    location: str  # path, body or query
    name: str
    changes_data: bool


@dataclass(frozen=True)
class Creating:
    resource: str
    named_by: Targeting | None  # the request field that names what it made; None: the answer


def _pattern(template: str) -> tuple[re.Pattern[str], list[str]]:
    """A path template as a regex with one group per {parameter}, and the parameters' names."""
    names: list[str] = []
    out = ""
    for part in re.split(r"(\{[^}/]+\})", template.lower()):
        if part.startswith("{"):
            names.append(part[1:-1])
            out += "([^/]+)"
        elif part:
            out += re.escape(part)
    return re.compile(out + "/?"), names


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


def _named(
    where: Targeting,
    match: re.Match[str],
    names: list[str],
    content_type: str,
    body: bytes,
    query: str,
) -> list[str]:
    """The values the request gives the target's parameter or field (ValueError: unreadable)."""
    if where.location == "path":
        return [match.group(names.index(where.name) + 1)] if where.name in names else []
    try:
        # Ids are in fields, never in an uploaded file: its bytes need not be readable.
        query = query if where.location == "query" else ""
        parsed = parse_request(content_type, body, query, files=False)
    except Exception as exc:
        raise ValueError(str(exc)) from None
    found = parsed.get("?query", {}) if where.location == "query" else parsed
    key = field_name(where.name)
    return [str(i) for k, v in walk_items(found) if k == key for i in scalars(v)]


class Ownership:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._creates: list[tuple[str, re.Pattern[str], list[str], Creating]] = []
        self._targets: list[tuple[str, re.Pattern[str], list[str], list[Targeting]]] = []
        # resource -> the fields that name one (`pattern_code` beside `id`): a create's answer
        # may name what it made by either.
        self._names: dict[str, set[str]] = {}
        for path, item in spec["paths"].items():
            pattern, names = _pattern(path)
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                op_id = op.get("operationId", "")
                made = creates(op_id, op.get("x-ippanel-creates"))
                if made is not None:
                    self._creates.append((method.upper(), pattern, names, made))
                found = [
                    Targeting(
                        op_id,
                        str(target.get("resource")),
                        str(target.get("in", "path")),
                        str(target.get("name", "id")),
                        op.get("x-ippanel-changes-data") is True,
                    )
                    for target in targets(op.get("x-ippanel-targets"))
                ]
                if found:
                    self._targets.append((method.upper(), pattern, names, found))
                for t in found:
                    self._names.setdefault(t.resource, set()).add(field_name(t.name))
        self.created: dict[str, set[str]] = {}
        self._lock = threading.Lock()

    def targeting_operations(self) -> set[str]:
        """The operationIds schemathesis must not fuzz: those that change what they target."""
        return {t.operation_id for *_, found in self._targets for t in found if t.changes_data}

    def note(
        self,
        method: str,
        path: str,
        status: int,
        answer: Any,
        content_type: str = "",
        body: bytes = b"",
        query: str = "",
    ) -> None:
        """Remember what a successful create made: the `id` (or another field that names the
        resource, e.g. `pattern_code`) of `data`, or of each item of a `data` list, or a bare
        `data` id; or, where the mark says the request names it, the request's field. Ids deeper
        in `data` (a new phonebook's options) are not the new thing's."""
        if not 200 <= status < 300:
            return
        for m, pattern, names, made in self._creates:
            match = pattern.fullmatch(path)
            if m != method.upper() or match is None:
                continue
            if made.named_by is not None:
                try:
                    ids: list[Any] = _named(made.named_by, match, names, content_type, body, query)
                except ValueError:
                    ids = []
            elif isinstance(answer, dict):
                data = answer.get("data")
                keys = {"id"} | self._names.get(made.resource, set())
                items = data if isinstance(data, list) else [data]
                ids = []
                for item in items:
                    ids += (
                        [item[k] for k in keys if k in item] if isinstance(item, dict) else [item]
                    )
            else:
                ids = []
            for i in ids:
                if isinstance(i, (int, str)) and not isinstance(i, bool):
                    self.remember(made.resource, i)

    def remember(self, resource: str, identifier: object) -> None:
        """Record an id the run found for what it created (a create that answers `data: null`:
        the run lists the kind, by a title it chose, to find the new one)."""
        with self._lock:
            self.created.setdefault(resource, set()).add(str(identifier))

    def refusal(
        self, method: str, path: str, content_type: str, body: bytes, query: str
    ) -> str | None:
        """Why a request to a targeting operation that changes data may not go, or None. Each
        kind it targets (by any of its names: a user by id or by username) must be named, and
        only by what this run created."""
        for m, pattern, names, found in self._targets:
            match = pattern.fullmatch(path)
            if m != method.upper() or match is None:
                continue
            named: dict[str, list[str]] = {}
            for target in (t for t in found if t.changes_data):
                try:
                    values = _named(target, match, names, content_type, body, query)
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
