"""What a live run may update or delete: only what it created itself (issue 12). The spec marks
the content operations: `x-ippanel-creates: <resource>` on an operation that creates one (its
answer's `data.id`, or the ids in `data`, name it), and `x-ippanel-targets: {resource, in: path|
body|query, name}` on one that reads, updates or deletes one by id. The gateway remembers the ids
of what the run created (`Ownership.note`) and stops a request to a targeting operation that
changes data and names any other id (`Ownership.refusal`). schemathesis does not fuzz those
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


def _targets(mark: Any) -> list[dict[str, Any]]:
    """The spec writes `x-ippanel-targets` as a list of {resource, in, name}; one mapping is read
    as a list of one."""
    marks = [mark] if isinstance(mark, dict) else mark if isinstance(mark, list) else []
    return [t for t in marks if isinstance(t, dict)]


def _field(name: str) -> str:
    """The field a body or query target names: `list[].phonebook_id` is `phonebook_id` (in every
    item of `list`); it is looked for at any depth, which only ever names more ids, never fewer."""
    return name.rsplit("[].", 1)[-1]


class Ownership:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._creates: list[tuple[str, re.Pattern[str], str]] = []
        self._targets: list[tuple[str, re.Pattern[str], list[str], Targeting]] = []
        # resource -> the fields that name one (`pattern_code` beside `id`): a create's answer
        # may name what it made by either.
        self._names: dict[str, set[str]] = {}
        for path, item in spec["paths"].items():
            pattern, names = _pattern(path)
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                if isinstance(op.get("x-ippanel-creates"), str):
                    self._creates.append((method.upper(), pattern, op["x-ippanel-creates"]))
                for target in _targets(op.get("x-ippanel-targets")):
                    targeting = Targeting(
                        op.get("operationId", ""),
                        str(target.get("resource")),
                        str(target.get("in", "path")),
                        str(target.get("name", "id")),
                        op.get("x-ippanel-changes-data") is True,
                    )
                    self._targets.append((method.upper(), pattern, names, targeting))
                    self._names.setdefault(targeting.resource, set()).add(_field(targeting.name))
        self.created: dict[str, set[str]] = {}
        self._lock = threading.Lock()

    def targeting_operations(self) -> set[str]:
        """The operationIds schemathesis must not fuzz: those that change what they target."""
        return {t.operation_id for *_, t in self._targets if t.changes_data}

    def note(self, method: str, path: str, status: int, answer: Any) -> None:
        """Remember what a successful create made: the `id` (or another field that names the
        resource, e.g. `pattern_code`) of `data`, or of each item of a `data` list, or a bare
        `data` id. Ids deeper in `data` (a new phonebook's options) are not the new thing's."""
        if not 200 <= status < 300 or not isinstance(answer, dict):
            return
        for m, pattern, resource in self._creates:
            if m == method.upper() and pattern.fullmatch(path):
                data = answer.get("data")
                keys = {"id"} | self._names.get(resource, set())
                items = data if isinstance(data, list) else [data]
                ids = [
                    v
                    for item in items
                    for v in ([item[k] for k in keys if k in item] if isinstance(item, dict)
                              else [item])
                ]  # fmt: skip
                with self._lock:
                    self.created.setdefault(resource, set()).update(
                        str(i) for i in ids if isinstance(i, (int, str)) and not isinstance(i, bool)
                    )

    def remember(self, resource: str, identifier: object) -> None:
        """Record an id the run found for what it created (a create that answers `data: null`:
        the run lists the kind, by a title it chose, to find the new one)."""
        with self._lock:
            self.created.setdefault(resource, set()).add(str(identifier))

    def refusal(
        self, method: str, path: str, content_type: str, body: bytes, query: str
    ) -> str | None:
        """Why a request to a targeting operation that changes data may not go, or None."""
        for m, pattern, names, target in self._targets:
            match = pattern.fullmatch(path)
            if m != method.upper() or match is None or not target.changes_data:
                continue
            if target.location == "path":
                named = [match.group(names.index(target.name) + 1)] if target.name in names else []
            else:
                try:
                    parsed = parse_request(content_type, body, query if target.location == "query"
                                           else "")  # fmt: skip
                except Exception:
                    return f"{target.operation_id}: a body that cannot be read"
                where = parsed.get("?query", {}) if target.location == "query" else parsed
                key = _field(target.name)
                named = [i for k, v in walk_items(where) if k == key for i in scalars(v)]
            with self._lock:
                # Lower case: the gateway matches canonical (lower-cased) paths.
                mine = {i.lower() for i in self.created.get(target.resource, set())}
            if not named:
                return f"{target.operation_id} names no {target.resource} this run created"
            others = [str(i) for i in named if str(i).lower() not in mine]
            if others:
                return (
                    f"{target.operation_id} of {target.resource} {others[0][:24]!r}, which this "
                    "run did not create"
                )
        return None
