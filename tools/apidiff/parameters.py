"""An operation's parameters compared: paired by place and name, by name alone (moved), or by
place, schema and requiredness (renamed); then whether each must be sent, how it is written
(`style`, `explode`, their defaults counted), its lifecycle and its schema."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .operation import Pair
from .report import Change
from .resolve import canonical, sunset
from .schema import compare

# The styles a parameter has when it names none, by where it is (OpenAPI 3.1, 4.8.12.4).
DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


Key = tuple[str, str]  # a parameter: (in, name)


def style(param: dict[str, Any]) -> str:
    return str(param.get("style") or DEFAULT_STYLE.get(param["in"], "form"))


def explode(param: dict[str, Any]) -> bool:
    return bool(param.get("explode", style(param) == "form"))


def parameter_pairs(p: Pair) -> tuple[list[tuple[Key, Key, str | None]], list[Key], list[Key]]:
    """Old and new parameters paired: by place and name; by name alone (moved); by place,
    schema and requiredness (renamed), one to one. Returns (pairs with how they were found,
    removed, added)."""
    gone = sorted(p.a.parameters.keys() - p.b.parameters.keys())
    came = sorted(p.b.parameters.keys() - p.a.parameters.keys())
    pairs: list[tuple[Key, Key, str | None]] = [
        (k, k, None) for k in sorted(p.a.parameters.keys() & p.b.parameters.keys())
    ]

    def content(key: Key, which: int) -> tuple[Any, ...]:
        param = (p.a, p.b)[which].parameters[key]
        schema = canonical(param.get("schema"), p.specs[which])
        return key[0], repr(schema), bool(param.get("required"))

    for how, same in (
        ("moved", lambda o, n: o[1] == n[1]),
        ("renamed", lambda o, n: content(o, 0) == content(n, 1)),
    ):
        for old in list(gone):
            matches = [new for new in came if same(old, new)]
            if len(matches) == 1:
                pairs.append((old, matches[0], how))
                gone.remove(old)
                came.remove(matches[0])
    return pairs, gone, came


def parameters(p: Pair) -> Iterator[Change]:
    pairs, gone, came = parameter_pairs(p)
    for place, name in gone:
        where = f"{place} parameter {name}"
        if p.a.parameters[(place, name)].get("deprecated"):
            rule = "request-parameter-removed-with-deprecation"
        else:
            rule = "request-parameter-removed"
        yield p.made(rule, where, "present", "absent", "parameter removed", name)
    for place, name in came:
        required = bool(p.b.parameters[(place, name)].get("required"))
        if place == "path":
            rule = "new-request-path-parameter"
        else:
            rule = (
                "new-required-request-parameter" if required else "new-optional-request-parameter"
            )
        state = "required" if required else "optional"
        yield p.made(rule, f"{place} parameter {name}", "absent", state, "parameter added", name)
    for old_key, new_key, how in pairs:
        yield from parameter_changes(p, old_key, new_key, how)


def parameter_changes(p: Pair, old_key: Key, new_key: Key, how: str | None) -> Iterator[Change]:
    old, new = p.a.parameters[old_key], p.b.parameters[new_key]
    where, name = f"{new_key[0]} parameter {new_key[1]}", new_key[1]
    if how == "moved":
        message = f"moved from {old_key[0]} to {new_key[0]}"
        yield p.made(
            "request-parameter-location-changed", where, old_key[0], new_key[0], message, name
        )
    elif how == "renamed":
        message = f"renamed from {old_key[1]}"
        yield p.made("request-parameter-renamed", where, old_key[1], new_key[1], message, name)
    was, now = bool(old.get("required")), bool(new.get("required"))
    if was != now:
        rule = "request-parameter-became-required" if now else "request-parameter-became-optional"
        state = {True: "required", False: "optional"}
        yield p.made(rule, where, state[was], state[now], f"became {state[now]}", name)
    if how != "moved":  # a move changes the default style, said by the move
        if style(old) != style(new):
            rule = "request-parameter-style-changed"
            yield p.made(rule, where, style(old), style(new), "style changed", name)
        if explode(old) != explode(new):
            rule = "request-parameter-explode-changed"
            yield p.made(rule, where, explode(old), explode(new), "explode changed", name)
    was_deprecated, is_deprecated = bool(old.get("deprecated")), bool(new.get("deprecated"))
    if is_deprecated and not was_deprecated:
        end = sunset(new)
        after = f"deprecated, sunset {end}" if end else "deprecated"
        yield p.made("request-parameter-deprecated", where, "in use", after, "deprecated", name)
    elif was_deprecated and not is_deprecated:
        message = "no longer deprecated"
        yield p.made("request-parameter-reactivated", where, "deprecated", "in use", message, name)
    at = p.place(where, "request", "parameter")
    yield from compare(old.get("schema"), new.get("schema"), at, name)
