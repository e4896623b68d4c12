"""The change record every part of `make diff` returns, and the report made of them.

A changelog reads `Change.kind` (breaking, warning, addition, fix) to group them; the report lists
the spec's changes numbered, then each client's, a client change that follows from a spec change
shown under that number (once: it adds no second breaking change of its own). formats.py writes
it as text, JSON (which `Report.from_json` reads back), Markdown and GitHub annotations.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal, cast

Level = Literal["BREAKING", "WARNING", "info"]
Kind = Literal["breaking", "warning", "addition", "fix"]
BREAKING: Level = "BREAKING"
WARNING: Level = "WARNING"
INFO: Level = "info"
SPEC_TITLE = "spec (openapi/bundled/ippanel.yaml)"


@dataclass(frozen=True)
class Change:
    """One change. `operation` is "METHOD /path" (or "" for what is outside any operation: a
    component, a client symbol); `path` where in it: a spec location and JSON path ("response
    200 application/json $.data.name"), or a client symbol; `rule` its id in rules.txt.
    `schema`, `field` and `operation_id` say what a client change may follow from; `accepted`
    is the reason the ignore file gives for accepting it."""

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
    accepted: str | None = dataclasses.field(default=None, compare=False)

    @property
    def kind(self) -> Kind:
        """breaking, warning, addition (something new: an operation, field, value), or fix (any
        other compatible change: a constraint relaxed, a field now always sent)."""
        if self.level == BREAKING:
            return "breaking"
        if self.level == WARNING:
            return "warning"
        return "addition" if "added" in self.rule or self.rule.startswith("new-") else "fix"

    @property
    def blocking(self) -> bool:
        """Breaking and not accepted: what makes `make diff` fail."""
        return self.level == BREAKING and self.accepted is None

    def line(self) -> str:
        where = f"{self.operation}  {self.path}" if self.operation else self.path
        return f"{where}: {self.message} ({self.before} -> {self.after})"

    def to_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "kind": self.kind}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Change:
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Stale:
    """An ignore-file entry that matched nothing: `line` is where it starts in `file`."""

    file: str
    line: int
    rule: str
    operation: str
    reason: str


@dataclass
class Report:
    base: str
    spec: list[Change]
    clients: dict[str, list[Change]]  # title -> its changes, `follows` set where one applies
    stale: list[Stale] = dataclasses.field(default_factory=list)

    def changes(self) -> list[Change]:
        """Every change, spec first; the ones that follow from a spec change keep its level."""
        return [*self.spec, *(c for changes in self.clients.values() for c in changes)]

    def sections(self) -> dict[str, list[Change]]:
        return {SPEC_TITLE: self.spec, **self.clients}

    @property
    def breaking(self) -> bool:
        """A breaking change not accepted by the ignore file: `make diff` fails."""
        return any(c.blocking for c in self.changes())

    def to_json(self) -> dict[str, Any]:
        return {
            "base": self.base,
            "breaking": self.breaking,
            "spec": [c.to_dict() for c in self.spec],
            "clients": {t: [c.to_dict() for c in cs] for t, cs in self.clients.items()},
            "stale": [dataclasses.asdict(s) for s in self.stale],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Report:
        clients = cast(dict[str, list[dict[str, Any]]], data["clients"])
        return cls(
            str(data["base"]),
            [Change.from_dict(c) for c in data["spec"]],
            {title: [Change.from_dict(c) for c in cs] for title, cs in clients.items()},
            [Stale(**s) for s in data.get("stale", [])],
        )
