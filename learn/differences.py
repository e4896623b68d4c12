"""What recorded answers show that the spec does not say, per operation, counted over every
exchange (the checker's response side, checker.py): an undocumented status or content type, a
body that breaks its schema (type, required property, enum, format and the rest), fields no schema
declares. A 5xx is reported, never learned. Requests are the app's business: `make proxy` reports
them, `make learn` learns nothing from them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from learn.checker import KINDS, Checker, Difference, json_type
from learn.har import Exchange
from learn.places import Documents

__all__ = ["KINDS", "Difference", "Findings", "find", "json_type"]


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


def find(docs: Documents, exchanges: list[Exchange], checker: Checker | None = None) -> Findings:
    checker = checker or Checker(docs)
    found = Findings(exchanges=len(exchanges))
    for exchange in exchanges:
        op = checker.route(exchange.method, exchange.path)
        if op is None:
            where = f"{exchange.method} {exchange.path}"
            found.unmatched[where] = found.unmatched.get(where, 0) + 1
            continue
        found.operations.add(op.label)
        for each in checker.response(op, exchange):
            found.add(each.difference, each.value, each.body)
    return found
