"""A client's public API as flat entries, compared between BASE and the working tree, and each
change tied to the spec change it follows from.

An entry is a key (a symbol's path: module or file, then names: class, field, parameter) and
what a caller compiles against (its declared type, whether it may be left out). ts_client.py and
python_client.py make them from the generated code itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .report import BREAKING, INFO, Change

Key = tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    type: str
    optional: bool

    def __str__(self) -> str:
        return f"{'optional ' if self.optional else ''}{self.type or 'untyped'}"


Surface = dict[Key, Entry]


@dataclass(frozen=True)
class Names:
    """What a client key names in spec terms: a component schema and field, an operationId,
    or an operation ("METHOD /path", or "* /path" for every method of a path)."""

    schema: str | None = None
    field: str | None = None
    operation_id: str | None = None
    operation: str | None = None


def norm(name: str | None) -> str:
    """Spec names as the generators spell them (`checkToken`, `check_token`): compared loosely."""
    return re.sub(r"[^a-z0-9]", "", (name or "").lower())


def explains(spec: Change, names: Names) -> bool:
    if names.schema and spec.schema and norm(names.schema) == norm(spec.schema):
        return not (names.field and spec.field) or norm(names.field) == norm(spec.field)
    if names.operation_id and spec.operation_id:
        return norm(names.operation_id) == norm(spec.operation_id)
    if names.operation:
        method, path = names.operation.split(" ", 1)
        return spec.operation.endswith(f" {path}") and method in ("*", spec.operation.split()[0])
    return False


def compare(
    old: Surface, new: Surface, spec: list[Change], names: Callable[[Key], Names]
) -> list[Change]:
    """The entries removed, added and changed (a removed or added whole omits its parts). A
    change some spec change explains takes that change's number and level; any other is
    breaking unless it adds something (a new required parameter aside)."""
    removed = [k for k in old if k not in new and k[:-1] not in old.keys() - new.keys()]
    added = [k for k in new if k not in old and k[:-1] not in new.keys() - old.keys()]
    changed = [k for k in old if k in new and old[k] != new[k]]
    found = []
    for key in sorted({*removed, *added, *changed}):
        before, after = old.get(key), new.get(key)
        if before is None and after is not None:
            # Only a parameter a caller must now pass breaks: a new type or field is theirs to use.
            level = BREAKING if key[-1].startswith("(") and not after.optional else INFO
            rule, message = "added", "added"
        elif after is None:
            level, rule, message = BREAKING, "removed", "removed"
        else:
            assert before is not None and after is not None
            level, rule = BREAKING, "changed"
            parts = []
            if before.optional != after.optional:
                parts.append(f"became {'optional' if after.optional else 'required'}")
            if before.type != after.type:
                parts.append("type changed")
            message = ", ".join(parts)
        of = names(key)
        change = Change(
            level,
            rule,
            "",
            f"{key[0]}: {'.'.join(key[1:])}",
            str(before or "absent"),
            str(after or "absent"),
            message,
            of.operation_id,
            of.schema,
            of.field,
        )
        for number, cause in enumerate(spec, 1):
            if explains(cause, of):
                change = replace(change, level=cause.level, follows=number)
                break
        found.append(change)
    return found
