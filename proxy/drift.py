"""The summary of what the traffic so far showed, per operation: calls, statuses, how many
conformed, each kind of difference by where it is, with counts and when it was first and last
seen, and the coverage of the spec's operations and documented statuses. `GET /__proxy/drift`
answers `as_json()`; reports/proxy/drift.json and drift.md are written from it.

Nothing here holds a value the traffic carried: a difference is a kind, a place, and what was
expected against what was seen (a type, a keyword, a field name), the names scrubbed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from learn.checker import KINDS, Difference
from learn.places import Operation

MAX_SEEN = 5  # distinct "seen" descriptions kept per difference


@dataclass
class Seen:
    direction: str
    location: str
    status: str  # the response's status ("" for a request)
    kind: str
    pointer: str
    expected: str
    breaking: bool
    seen: list[str] = field(default_factory=list)
    count: int = 0
    first_seen: str = ""
    last_seen: str = ""

    def where(self) -> str:
        if self.direction == "request":
            return f"request {self.location} {self.pointer}".rstrip()
        return f"response {self.status} {self.location} {self.pointer}".rstrip()


@dataclass
class OperationDrift:
    operation: Operation
    documented: list[str]  # the statuses the spec documents
    calls: int = 0
    conformed: int = 0
    fallbacks: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    differences: dict[tuple[str, ...], Seen] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        found = sorted(
            self.differences.values(),
            key=lambda s: (s.direction != "request", KINDS.index(s.kind), s.status, s.pointer),
        )
        return {
            "operationId": self.operation.operation_id,
            "method": self.operation.method,
            "path": self.operation.path,
            "calls": self.calls,
            "conformed": self.conformed,
            "fallbacks": self.fallbacks,
            "statuses": dict(sorted(self.statuses.items())),
            "documented_statuses": self.documented,
            "statuses_not_seen": [s for s in self.documented if s not in self.statuses],
            "differences": [
                {
                    "direction": s.direction,
                    "location": s.location,
                    "status": s.status or None,
                    "pointer": s.pointer,
                    "kind": s.kind,
                    "breaking": s.breaking,
                    "expected": s.expected,
                    "seen": s.seen,
                    "count": s.count,
                    "first_seen": s.first_seen,
                    "last_seen": s.last_seen,
                }
                for s in found
            ],
        }


class Drift:
    def __init__(self, operations: list[tuple[Operation, list[str]]], upstream: str) -> None:
        self.upstream = upstream
        self.by_label = {op.label: OperationDrift(op, documented) for op, documented in operations}
        self.unmatched: Counter[str] = Counter()
        self.failures: Counter[str] = Counter()  # staging not answering, by kind
        self.exchanges = 0
        self.conformed = 0
        self.started = ""
        self.updated = ""

    def failed(self, kind: str) -> None:
        self.failures[kind] += 1

    def add(
        self,
        op: Operation | None,
        status: int,
        differences: list[Difference],
        now: str,
        unmatched_as: str = "",
        fallback: bool = False,
    ) -> list[Seen]:
        """Counts one exchange; the differences seen for the first time at their place."""
        self.started = self.started or now
        self.updated = now
        self.exchanges += 1
        conforms = not any(d.breaking for d in differences)
        self.conformed += conforms
        if op is None:
            self.unmatched[unmatched_as] += 1
            return []
        drift = self.by_label[op.label]
        drift.calls += 1
        drift.conformed += conforms
        drift.fallbacks += fallback
        drift.statuses[str(status)] += 1
        new = []
        for d in differences:
            status_of = "" if d.direction == "request" else str(status)
            key = (d.direction, d.location, status_of, d.kind, d.pointer, d.expected)
            seen = drift.differences.get(key)
            if seen is None:
                seen = drift.differences[key] = Seen(
                    d.direction, d.location, status_of, d.kind, d.pointer, d.expected, d.breaking
                )
                seen.first_seen = now
                new.append(seen)
            seen.count += 1
            seen.last_seen = now
            if d.seen not in seen.seen and len(seen.seen) < MAX_SEEN:
                seen.seen.append(d.seen)
        return new

    def as_json(self) -> dict[str, Any]:
        reached = [d for d in self.by_label.values() if d.calls]
        documented = sum(len(d.documented) for d in self.by_label.values())
        statuses_reached = sum(
            len([s for s in d.documented if s in d.statuses]) for d in self.by_label.values()
        )
        drifting = [d for d in reached if d.differences]
        return {
            "upstream": self.upstream,
            "started": self.started or None,
            "updated": self.updated or None,
            "exchanges": self.exchanges,
            "conformed": self.conformed,
            "operations_with_differences": len(drifting),
            "operations": {d.operation.operation_id: d.as_json() for d in reached},
            "coverage": {
                "operations": {"reached": len(reached), "of": len(self.by_label)},
                "documented_statuses": {"reached": statuses_reached, "of": documented},
                "not_reached": [
                    {
                        "operationId": d.operation.operation_id,
                        "method": d.operation.method,
                        "path": d.operation.path,
                    }
                    for d in self.by_label.values()
                    if not d.calls
                ],
            },
            "unmatched": dict(sorted(self.unmatched.items())),
            "upstream_failures": dict(sorted(self.failures.items())),
        }


def markdown(summary: dict[str, Any]) -> str:
    """drift.md: the same summary, for people."""
    cov = summary["coverage"]
    ops = summary["operations"]
    lines = [
        "# Staging against the spec: what `make proxy` saw",
        "",
        f"Upstream `{summary['upstream']}`, from {summary['started'] or '-'} to "
        f"{summary['updated'] or '-'}: {summary['exchanges']} exchanges, "
        f"{summary['conformed']} conformed; differences in "
        f"{summary['operations_with_differences']} operations.",
        "",
        "Each difference is named by its operation, the direction, where it is (a JSON pointer; "
        "list items are `*`) and what the spec expects against what was seen: a type, a keyword "
        "or a field name, never a value. An undeclared field breaks nothing where extra fields "
        "are allowed; `make learn LEARN_FROM=reports/proxy/` proposes the spec change for the "
        "answers.",
        "",
        "## Differences",
        "",
    ]
    drifting = [o for o in ops.values() if o["differences"]]
    if not drifting:
        lines += ["None so far.", ""]
    for o in drifting:
        statuses = ", ".join(f"{s} ×{n}" for s, n in o["statuses"].items())
        lines += [
            f"### {o['operationId']} ({o['method']} {o['path']})",
            "",
            f"Calls {o['calls']}, conformed {o['conformed']}; statuses {statuses}"
            + (f"; {o['fallbacks']} answered by the mock" if o["fallbacks"] else ""),
            "",
            "| where | kind | expected | seen | count | first seen | last seen |",
            "|---|---|---|---|---|---|---|",
        ]
        for d in o["differences"]:
            where = (
                f"request {d['location']}"
                if d["direction"] == "request"
                else f"response {d['status']} {d['location']}"
            )
            kind = d["kind"] + ("" if d["breaking"] else " (allowed)")
            lines.append(
                f"| {where} `{d['pointer'] or '/'}` | {kind} | {_cell(d['expected'])} | "
                f"{_cell(', '.join(d['seen']))} | {d['count']} | {d['first_seen']} | "
                f"{d['last_seen']} |"
            )
        lines.append("")
    lines += [
        "## Coverage",
        "",
        f"Operations reached: {cov['operations']['reached']} of {cov['operations']['of']}; "
        f"documented statuses reached: {cov['documented_statuses']['reached']} of "
        f"{cov['documented_statuses']['of']}.",
        "",
    ]
    if ops:
        lines += [
            "| operation | calls | conformed | statuses seen | documented, not seen |",
            "|---|---|---|---|---|",
        ]
        for o in ops.values():
            seen = ", ".join(o["statuses"])
            missing = ", ".join(o["statuses_not_seen"]) or "-"
            lines.append(
                f"| {o['operationId']} ({o['method']} {o['path']}) | {o['calls']} | "
                f"{o['conformed']} | {seen} | {missing} |"
            )
        lines.append("")
    if cov["not_reached"]:
        lines += ["Not reached:", ""]
        lines += [f"- {o['operationId']} ({o['method']} {o['path']})" for o in cov["not_reached"]]
        lines.append("")
    if summary["upstream_failures"]:
        lines += ["## Requests staging did not answer", ""]
        lines += [f"- {kind} ({n}×)" for kind, n in summary["upstream_failures"].items()]
        lines.append("")
    if summary["unmatched"]:
        lines += ["## Requests that match no operation", ""]
        lines += [f"- `{where}` ({n}×)" for where, n in summary["unmatched"].items()]
        lines.append("")
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")
