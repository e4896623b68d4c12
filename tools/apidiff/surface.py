"""The clients' changes tied to the spec's: `tie` gives a client change the number and level of
the spec change it follows from (the same component schema and field, or the same operation),
so that a change the clients feel is reported once, under its spec rule. And the TypeScript
client's public API as flat entries, compared between BASE and the working tree (`compare`).

An entry is a key (a symbol's path: file, then names: type, field, parameter) and what a
caller compiles against (its declared type, whether it may be left out); ts_client.py makes
them from the generated code itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from .report import Change
from .rules import rules

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
    if names.schema and rules()[spec.rule].group == "refactor":
        # A refactor names the schemas it moved between: the clients' types for either.
        if norm(names.schema) in {norm(spec.before), norm(spec.after)}:
            return True
    if names.schema and spec.schema:
        if norm(names.schema) == norm(spec.schema):
            return not (names.field and spec.field) or norm(names.field) == norm(spec.field)
        # The Python generator names an inline schema's class after its parent and field
        # (ItemEnvelope.data: ItemEnvelopeData).
        if spec.field and norm(names.schema) == norm(spec.schema) + norm(spec.field):
            return True
    if names.schema and not spec.schema and spec.operation_id:
        # ... and an operation's inline body after the operation (CheckTokenResponse200,
        # CheckTokenBody, and what is inline in them).
        prefixes = tuple(norm(spec.operation_id) + part for part in ("body", "response"))
        return norm(names.schema).startswith(prefixes)
    if names.operation_id and spec.operation_id:
        return norm(names.operation_id) == norm(spec.operation_id)
    if names.operation:
        method, path = names.operation.split(" ", 1)
        return spec.operation.endswith(f" {path}") and method in ("*", spec.operation.split()[0])
    return False


def names_field(spec: Change, names: Names) -> bool:
    """Whether the spec change is about the very field or parameter the client key names (a
    parameter renamed is about both its names)."""
    wanted = norm(names.field)
    return bool(wanted) and wanted in {norm(spec.field), norm(spec.before), norm(spec.after)}


def tie(changes: list[tuple[Change, Names]], spec: list[Change]) -> list[Change]:
    """Each client change some spec change explains takes that change's number and level: the
    first that names its field too, else the first that explains it."""
    tied = []
    for change, of in changes:
        causes = [(n, c) for n, c in enumerate(spec, 1) if explains(c, of)]
        best = next(((n, c) for n, c in causes if names_field(c, of)), None) or next(
            iter(causes), None
        )
        if best is not None:
            change = replace(change, level=best[1].level, follows=best[0])
        tied.append(change)
    return tied


def union_sorted(text: str) -> str:
    """A type's top-level union in a fixed order: a oneOf's order is no change."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += 1 if char in "[({<" else -1 if char in "])}>" else 0
        if depth == 0 and text.startswith(" | ", i):
            parts.append(text[start:i])
            start = i + 3
    return " | ".join(sorted([*parts, text[start:]]))


def renamed_surface(surface: Surface, renames: Mapping[str, str]) -> Surface:
    """BASE's entries with renamed component schemas under their new names, in keys and in the
    types that point at them (`components["schemas"]["TokenOwner"]`)."""
    out: Surface = {}
    for key, entry in surface.items():
        text = entry.type
        for old, new in renames.items():
            text = text.replace(f'["{old}"]', f'["{new}"]')
        out[tuple(renames.get(part, part) for part in key)] = Entry(text, entry.optional)
    return out


def compare(
    old: Surface, new: Surface, names: Callable[[Key], Names], renames: Mapping[str, str]
) -> list[tuple[Change, Names]]:
    """The entries removed, added and changed (a removed or added whole omits its parts): any
    removal or change breaks a caller's code, an addition does not (a new required parameter
    aside)."""
    old = renamed_surface(old, renames)
    removed = [k for k in old if k not in new and k[:-1] not in old.keys() - new.keys()]
    added = [k for k in new if k not in old and k[:-1] not in new.keys() - old.keys()]
    changed = [
        k
        for k in old
        if k in new
        and (old[k].optional, union_sorted(old[k].type))
        != (new[k].optional, union_sorted(new[k].type))
    ]
    found = []
    for key in sorted({*removed, *added, *changed}):
        before, after = old.get(key), new.get(key)
        if before is None and after is not None:
            # Only a parameter a caller must now pass breaks: a new type or field is theirs to use.
            required = key[-1].startswith("(") and not after.optional
            rule_id, message = (
                ("typescript-required-added" if required else "typescript-added"),
                "added",
            )
        elif after is None:
            rule_id, message = "typescript-removed", "removed"
        else:
            assert before is not None and after is not None
            parts = []
            if before.optional != after.optional:
                parts.append(f"became {'optional' if after.optional else 'required'}")
            if union_sorted(before.type) != union_sorted(after.type):
                parts.append("type changed")
            rule_id, message = "typescript-changed", ", ".join(parts)
        rule, of = rules()[rule_id], names(key)
        found.append(
            (
                Change(
                    rule.level,
                    rule.id,
                    "",
                    f"{key[0]}: {'.'.join(key[1:])}",
                    str(before or "absent"),
                    str(after or "absent"),
                    message,
                    of.operation_id,
                    of.schema,
                    of.field,
                ),
                of,
            )
        )
    return found
