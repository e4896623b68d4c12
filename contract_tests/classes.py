"""What a live run may do, by class: the spec marks each operation's side effects with extensions
(see the root openapi.yaml, "Side effects"), and the user opts in to each class by name (MARKS:
each mark, what it does and the setting that includes it, as settings.py names it). Read-only
operations (no mark) are always included.

An operation with several marks needs every one of their opt-ins. The run leaves out (and reports)
every operation it may not call, and the gateway stops any request to one of them: `Scope`. All of
it is read from the marks, so operations added to the spec are covered as they land."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from contract_tests import settings
from kit import operations as spec_operations
from kit.marks import CLASS_MARKS

# RFC 9110's safe methods: an undeclared one of these changes nothing, whatever a server does.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


@dataclass(frozen=True)
class Mark:
    extension: str
    does: str  # what an operation with the mark does, as the report says it
    opt_in: str  # the setting that includes it


MARKS = (
    Mark(CLASS_MARKS["sends_sms"], "sends SMS", f"{settings.ALLOW_SEND.name}=1"),
    Mark(CLASS_MARKS["changes_data"], "changes data", f"{settings.ALLOW_WRITES.name}=1"),
    Mark(
        CLASS_MARKS["irreversible"],
        "cannot be undone",
        f"its operationId in {settings.ALLOW_IRREVERSIBLE.name}",
    ),
    Mark(CLASS_MARKS["reseller_only"], "is for resellers only", f"{settings.RESELLER.name}=1"),
)
SENDS_SMS, CHANGES_DATA, IRREVERSIBLE, RESELLER_ONLY = MARKS


class OptInError(ValueError):
    pass


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # as in the spec, with {templates}
    marks: tuple[Mark, ...]


def operations(spec: Mapping[str, Any]) -> list[Operation]:
    """Every operation of `spec`, with its side-effect marks."""
    return [
        Operation(
            op.operation_id,
            op.method.upper(),
            op.path,
            tuple(m for m in MARKS if op.operation.get(m.extension) is True),
        )
        for op in spec_operations.operations(spec)
    ]


@dataclass(frozen=True)
class OptIns:
    send: bool = False
    writes: bool = False
    irreversible: frozenset[str] = frozenset()
    reseller: bool = False

    def allows(self, mark: Mark, operation_id: str) -> bool:
        return {
            SENDS_SMS: self.send,
            CHANGES_DATA: self.writes,
            IRREVERSIBLE: operation_id in self.irreversible,
            RESELLER_ONLY: self.reseller,
        }[mark]


@dataclass(frozen=True)
class Decision:
    operation: Operation
    included: bool
    why: str

    def as_json(self) -> dict[str, Any]:
        op = self.operation
        return {
            "operation_id": op.operation_id,
            "method": op.method,
            "path": op.path,
            "classes": [m.extension for m in op.marks],
            "included": self.included,
            "why": self.why,
        }


def plan(spec: Mapping[str, Any], opt_ins: OptIns) -> list[Decision]:
    """Which operations the run includes, and why. IPPANEL_ALLOW_IRREVERSIBLE may name only
    irreversible operations: a typo must not pass for an opt-in."""
    ops = operations(spec)
    irreversible = {op.operation_id for op in ops if IRREVERSIBLE in op.marks}
    unknown = sorted(opt_ins.irreversible - irreversible)
    if unknown:
        known = ", ".join(sorted(irreversible)) or "none in this spec"
        raise OptInError(
            f"{settings.ALLOW_IRREVERSIBLE.name} names {', '.join(unknown)}, which is not an "
            f"irreversible operation (irreversible: {known})"
        )
    decisions = []
    for op in ops:
        missing = [m for m in op.marks if not opt_ins.allows(m, op.operation_id)]
        if missing:
            why = "; ".join(f"{m.does}: needs {m.opt_in}" for m in missing)
            decisions.append(Decision(op, False, why))
        elif op.marks:
            why = "; ".join(f"{m.does}: {m.opt_in}" for m in op.marks)
            decisions.append(Decision(op, True, why))
        else:
            decisions.append(Decision(op, True, "read-only"))
    return decisions


class Scope:
    """The gateway's view of a plan: whether a request (method, canonical path) may leave.

    A request to an operation the run left out is stopped. So is any method on a path that has a
    left-out operation, unless it is an included operation's own method: a lenient server may route
    an undeclared method (the checks send them) to the left-out operation."""

    def __init__(self, decisions: list[Decision]) -> None:
        by_path: dict[str, dict[str, Decision]] = {}
        for d in decisions:
            by_path.setdefault(d.operation.path, {})[d.operation.method] = d
        # Case-blind: the gateway matches canonical (lower-cased) paths.
        self._paths = spec_operations.TemplateMatcher(by_path.items(), ignore_case=True)

    def refusal(self, method: str, path: str) -> str | None:
        """Why a request may not leave, or None."""
        found = self._paths.match(path)
        if found is not None:
            methods = found[0]
            decision = methods.get(method.upper())
            if decision is not None:
                if decision.included:
                    return None
                return f"{decision.operation.operation_id} is not in this run: {decision.why}"
            left_out = [d for d in methods.values() if not d.included]
            if left_out:
                d = left_out[0]
                return (
                    f"{method.upper()} on the path of {d.operation.operation_id}, which is not in "
                    f"this run: {d.why}"
                )
            if method.upper() not in SAFE_METHODS:
                # A lenient server may route an undeclared DELETE or PUT to whatever it has there.
                return f"{method.upper()} is not documented on this path and could change data"
            return None
        return None
