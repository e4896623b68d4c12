"""The change record every part of `make diff` returns, and the report made of them.

A future changelog reads `Change.kind` (breaking, warning, addition, fix) to group them; the report
prints the spec's changes numbered, then each client's, a client change that follows from a spec
change shown under that number (once: it adds no second breaking change of its own).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal

Level = Literal["BREAKING", "WARNING", "info"]
Kind = Literal["breaking", "warning", "addition", "fix"]
BREAKING: Level = "BREAKING"
WARNING: Level = "WARNING"
INFO: Level = "info"


@dataclass(frozen=True)
class Change:
    """One change. `operation` is "METHOD /path" (or "" for a client symbol outside any
    operation); `path` where in it: a spec location and JSON path ("response 200
    application/json $.data.name"), or a client symbol; `rule` an oasdiff check id where one
    exists. `schema`, `field` and `operation_id` say what a client change may follow from."""

    level: Level
    rule: str
    operation: str
    path: str
    before: str
    after: str
    message: str
    operation_id: str | None = None
    schema: str | None = None
    field: str | None = None
    follows: int | None = dataclasses.field(default=None, compare=False)  # the spec change's number

    @property
    def kind(self) -> Kind:
        """breaking, warning, addition (something new: an operation, field, value), or fix (any
        other compatible change: a constraint relaxed, a field now always sent)."""
        if self.level == BREAKING:
            return "breaking"
        if self.level == WARNING:
            return "warning"
        return "addition" if "added" in self.rule or self.rule.startswith("new-") else "fix"

    def line(self) -> str:
        where = f"{self.operation}  {self.path}" if self.operation else self.path
        return f"{where}: {self.message} ({self.before} -> {self.after})"


@dataclass
class Report:
    base: str
    spec: list[Change]
    clients: dict[str, list[Change]]  # title -> its changes, `follows` set where one applies

    def changes(self) -> list[Change]:
        """Every change, spec first; the ones that follow from a spec change keep its level."""
        return [*self.spec, *(c for changes in self.clients.values() for c in changes)]

    @property
    def breaking(self) -> bool:
        return any(c.level == BREAKING for c in self.changes())

    def render(self) -> str:
        out = []
        sections = {"spec (openapi/bundled/ippanel.yaml)": self.spec, **self.clients}
        for title, changes in sections.items():
            count = f"{len(changes) or 'no'} change{'s' * (len(changes) != 1)}"
            out.append(f"== {title}: {count} since {self.base}")
            for i, c in enumerate(changes, 1):
                if title.startswith("spec"):
                    out.append(f"  {i:>3}. {c.level:<8}  [{c.rule}]  {c.line()}")
                elif c.follows is not None:
                    out.append(f"       follows from spec change {c.follows}: {c.line()}")
                else:
                    out.append(f"       {c.level:<8}  [{c.rule}]  {c.line()}")
        verdict = "BREAKING changes" if self.breaking else "no breaking change"
        out.append(f"diff: {verdict} since {self.base}")
        return "\n".join(out)
