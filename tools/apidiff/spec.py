"""Two OpenAPI 3.1 documents compared: component schemas renamed, security schemes changed,
operations removed (before or after their sunset) and added, then each operation in both by the
checks of operation.py and parameters.py (what their schemas allow is schema.py's). Every change
is named by its rule in rules.txt.

What a client feels decides the reach: a parameter or request field a caller must now send, a
value it may no longer send, a response value its parser refuses (the Python client's enums),
a field made optional or nullable (`string` becomes `string | undefined`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from .operation import (
    Operation,
    Pair,
    made,
    operation_deprecation,
    operation_id,
    operations,
    request_body,
    responses,
    security,
)
from .parameters import parameters
from .report import Change
from .resolve import SCHEMA_REF, Spec, canonical, follow, sunset


def sunset_date(node: dict[str, Any]) -> date | None:
    try:
        return date.fromisoformat(str(sunset(node))[:10])
    except ValueError:
        return None


def renamed_components(old: Spec, new: Spec) -> dict[str, str]:
    """Component schemas renamed, content unchanged: old name -> new name (one-to-one)."""
    old_names = (old.get("components") or {}).get("schemas") or {}
    new_names = (new.get("components") or {}).get("schemas") or {}

    def content(name: str, spec: Spec) -> str:
        return repr(canonical({"$ref": f"{SCHEMA_REF}{name}"}, spec))

    came: dict[str, list[str]] = {}
    for name in new_names.keys() - old_names.keys():
        came.setdefault(content(name, new), []).append(name)
    renames = {}
    for name in sorted(old_names.keys() - new_names.keys()):
        match = came.get(content(name, old), [])
        if len(match) == 1:
            renames[name] = match.pop()
    return renames


def component_changes(old: Spec, new: Spec, renames: dict[str, str]) -> Iterator[Change]:
    for was, now in sorted(renames.items()):
        where = f"components.schemas.{was}"
        yield made("component-renamed", "", where, was, now, "component renamed", schema=was)
    old_schemes = (old.get("components") or {}).get("securitySchemes") or {}
    new_schemes = (new.get("components") or {}).get("securitySchemes") or {}
    for name in sorted(old_schemes.keys() & new_schemes.keys()):
        a, b = follow(old_schemes[name], old)[0], follow(new_schemes[name], new)[0]
        for key in ("type", "in", "name", "scheme"):
            if a.get(key) != b.get(key):
                where = f"securitySchemes.{name}.{key}"
                yield made(
                    "api-security-scheme-changed",
                    "",
                    where,
                    a.get(key),
                    b.get(key),
                    f"{key} changed",
                )


def removal(op: Operation, path_removed: bool, today: date) -> str:
    """The rule an operation's removal falls under: deprecated first, and past its sunset?"""
    end = sunset_date(op.node)
    if not op.node.get("deprecated"):
        if path_removed:
            return "api-path-removed-without-deprecation"
        return "api-removed-without-deprecation"
    if end is not None and today < end:
        return "api-path-removed-before-sunset" if path_removed else "api-removed-before-sunset"
    return "api-path-removed-with-deprecation" if path_removed else "api-removed-with-deprecation"


def spec_changes(old: Spec, new: Spec, today: date | None = None) -> list[Change]:
    """Every change from spec `old` to spec `new`, in the order of the report. `today` says
    whether a deprecated operation was removed before its sunset date."""
    renames = renamed_components(old, new)
    found = list(component_changes(old, new, renames))
    old_ops, new_ops = operations(old), operations(new)
    new_paths = {op.path for op in new_ops.values()}
    for key in sorted(old_ops.keys() - new_ops.keys()):
        op = old_ops[key]
        rule = removal(op, op.path not in new_paths, today or date.today())
        found.append(
            made(
                rule, key, "", "present", "absent", "operation removed", op.node.get("operationId")
            )
        )
    for key in sorted(new_ops.keys() - old_ops.keys()):
        op_id = new_ops[key].node.get("operationId")
        found.append(made("endpoint-added", key, "", "absent", "present", "operation added", op_id))
    for key in sorted(old_ops.keys() & new_ops.keys()):
        pair = Pair(old_ops[key], new_ops[key], (old, new), renames)
        for check in OPERATION_CHECKS:
            found.extend(check(pair))
    return found


OPERATION_CHECKS: tuple[Callable[[Pair], Iterator[Change]], ...] = (
    operation_id,
    operation_deprecation,
    security,
    parameters,
    request_body,
    responses,
)
