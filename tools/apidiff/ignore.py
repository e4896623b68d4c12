"""The ignore file (apidiff-ignore.yaml at the repository's root): breaking changes a team accepts,
each named by its rule and operation, with the reason. `make diff` still shows each, marked
accepted, and does not fail on it; an entry that matches nothing is reported as stale, so the
file does not keep entries for changes long merged.

    accepted:
      - rule: response-property-became-optional
        operation: POST /api/acl/auth/check_token   # "*": any operation (a client's own change)
        path: $.data.name                            # optional: one place in it
        reason: never sent for API keys; the mobile team was told on 2026-01-12
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kit.spec import REPO

from .report import Change, Report, Stale
from .rules import rules

DEFAULT = REPO / "apidiff-ignore.yaml"
FIELDS = {"rule", "operation", "path", "reason"}
REQUIRED = ("rule", "operation", "reason")


class IgnoreError(ValueError):
    """The ignore file is not what this module reads: said in one line, with its line."""


@dataclass(frozen=True)
class Entry:
    rule: str
    operation: str
    path: str | None
    reason: str
    line: int

    def matches(self, change: Change) -> bool:
        return (
            self.rule == change.rule
            and self.operation in ("*", change.operation)
            and (self.path is None or f" {change.path}".endswith(f" {self.path}"))
        )


def scalar(node: yaml.Node) -> Any:
    return node.value if isinstance(node, yaml.ScalarNode) else None


def load(path: Path, required: bool = False) -> list[Entry]:
    """The entries of `path`; none when it is absent and not `required` (named on the command
    line). Anything else wrong is an IgnoreError naming the file and line."""
    name = path.name
    if not path.exists():
        if required:
            raise IgnoreError(f"{path}: no such ignore file")
        return []
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise IgnoreError(f"{name}{where}: not YAML: {problem}") from None
    if root is None:
        return []
    top = {scalar(k): v for k, v in root.value} if isinstance(root, yaml.MappingNode) else None
    if top is None or set(top) - {"accepted"}:
        raise IgnoreError(f"{name}:{root.start_mark.line + 1}: expected one key, `accepted:`")
    listed = top.get("accepted")
    if listed is None or (isinstance(listed, yaml.ScalarNode) and listed.value in ("", "null")):
        return []
    if not isinstance(listed, yaml.SequenceNode):
        raise IgnoreError(f"{name}:{listed.start_mark.line + 1}: `accepted` is not a list")
    return [entry(item, name) for item in listed.value]


def entry(node: yaml.Node, name: str) -> Entry:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise IgnoreError(f"{name}:{line}: an entry is rule, operation, path (optional), reason")
    fields = {scalar(k): scalar(v) for k, v in node.value}
    unknown = sorted(str(k) for k in fields.keys() - FIELDS)
    if unknown:
        raise IgnoreError(
            f"{name}:{line}: unknown field {unknown[0]!r} (rule, operation, path, reason)"
        )
    for required in REQUIRED:
        if not str(fields.get(required) or "").strip():
            raise IgnoreError(f"{name}:{line}: entry without a {required}")
    rule = str(fields["rule"])
    if rule not in rules().by_id:
        raise IgnoreError(f"{name}:{line}: unknown rule {rule!r} (make diff RULES=1 lists them)")
    path = fields.get("path")
    return Entry(
        rule,
        str(fields["operation"]),
        None if path is None else str(path),
        str(fields["reason"]),
        line,
    )


def apply(report: Report, entries: list[Entry], file: str) -> Report:
    """The report with each change an entry matches marked accepted (with the entry's reason),
    the client changes that follow from it too, and the entries that matched nothing."""
    used: set[int] = set()

    def accept(change: Change) -> Change:
        for i, e in enumerate(entries):
            if e.matches(change):
                used.add(i)
                return dataclasses.replace(change, accepted=e.reason)
        return change

    spec = [accept(c) for c in report.spec]
    clients = {}
    for title, changes in report.clients.items():
        listed = []
        for change in changes:
            cause = spec[change.follows - 1] if change.follows else None
            if cause is not None and cause.accepted is not None:
                change = dataclasses.replace(change, accepted=cause.accepted)
            listed.append(accept(change) if change.accepted is None else change)
        clients[title] = listed
    stale = [
        Stale(file, e.line, e.rule, e.operation, e.reason)
        for i, e in enumerate(entries)
        if i not in used
    ]
    return Report(report.base, spec, clients, stale)
