"""Two OpenAPI 3.1 documents compared: operations added and removed, then each operation's
identity, lifecycle, security, parameters, request body and responses, each a small function
below; what their schemas allow is schema.py's. Every change is named by its rule in rules.txt.

What a client feels decides the reach: a parameter or request field a caller must now send, a
value it may no longer send, a response value its parser refuses (the Python client's enums),
a field made optional or nullable (`string` becomes `string | undefined`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from kit.operations import operations as spec_operations

from .report import Change
from .rules import rules
from .schema import SCHEMA_REF, Place, Spec, canonical, compare, follow, show, sunset

# The styles a parameter has when it names none, by where it is (OpenAPI 3.1, 4.8.12.4).
DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


@dataclass(frozen=True)
class Operation:
    key: str  # "POST /api/send"
    path: str
    node: dict[str, Any]
    parameters: dict[tuple[str, str], dict[str, Any]]  # (in, name) -> parameter
    security: list[dict[str, list[str]]]  # effective: the operation's, else the document's


def operations(spec: Spec) -> dict[str, Operation]:
    # A path item may be a `$ref` (to components/pathItems): followed before the walk.
    paths = {path: follow(item, spec)[0] for path, item in (spec.get("paths") or {}).items()}
    found = {}
    for op in spec_operations({"paths": paths}):
        node: Any = op.operation  # a dict: the spec is parsed JSON or YAML
        params = [follow(p, spec)[0] for p in op.parameters]
        key = f"{op.method.upper()} {op.path}"
        found[key] = Operation(
            key,
            op.path,
            node,
            {(p["in"], p["name"]): p for p in params},
            node.get("security", spec.get("security", [])),
        )
    return found


def made(
    rule_id: str,
    operation: str,
    where: str,
    before: Any,
    after: Any,
    message: str,
    operation_id: str | None = None,
    schema: str | None = None,
    field: str | None = None,
) -> Change:
    rule = rules()[rule_id]
    return Change(
        rule.level,
        rule.id,
        operation,
        where,
        str(before),
        str(after),
        message,
        operation_id,
        schema,
        field,
    )


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


@dataclass(frozen=True)
class Pair:
    """One operation in both specs."""

    a: Operation
    b: Operation
    specs: tuple[Spec, Spec]
    renames: dict[str, str]

    @property
    def operation_id(self) -> str | None:
        return self.b.node.get("operationId") or self.a.node.get("operationId")

    def made(
        self,
        rule_id: str,
        where: str,
        before: Any,
        after: Any,
        message: str,
        parameter: str | None = None,
    ) -> Change:
        """A change of this operation; of one of its parameters, named as the field (the
        clients' functions take it by that name)."""
        op_id = self.operation_id
        return made(rule_id, self.a.key, where, before, after, message, op_id, None, parameter)

    def compare(
        self,
        old: Any,
        new: Any,
        location: str,
        side: str,
        subject: str,
        parameter: str | None = None,
    ) -> Iterator[Change]:
        place = Place(
            self.specs, self.a.key, self.operation_id, location, side, subject, self.renames
        )
        return compare(old, new, place, field=parameter)


def operation_id(p: Pair) -> Iterator[Change]:
    was, now = p.a.node.get("operationId"), p.b.node.get("operationId")
    if was != now:
        # The clients name their functions and types after it.
        yield p.made("api-operation-id-removed", "operationId", was, now, "operationId changed")


def operation_deprecation(p: Pair) -> Iterator[Change]:
    was, now = bool(p.a.node.get("deprecated")), bool(p.b.node.get("deprecated"))
    if was and not now:
        yield p.made(
            "endpoint-reactivated", "deprecated", "deprecated", "in use", "no longer deprecated"
        )
    elif now and not was:
        end = sunset(p.b.node)
        if end:
            after = f"deprecated, sunset {end}"
            yield p.made(
                "endpoint-deprecated-with-sunset", "deprecated", "in use", after, "deprecated"
            )
        else:
            yield p.made("endpoint-deprecated", "deprecated", "in use", "deprecated", "deprecated")


def anonymous(security: list[dict[str, list[str]]]) -> bool:
    """Whether a request without credentials is accepted: no requirement, or an empty one."""
    return not security or any(not requirement for requirement in security)


def security(p: Pair) -> Iterator[Change]:
    """oasdiff's: a lost way to authenticate breaks its users, unless anything goes now."""
    old_anon, new_anon = anonymous(p.a.security), anonymous(p.b.security)
    state = {True: "anonymous allowed", False: "credentials required"}
    if old_anon and not new_anon:
        yield p.made(
            "api-security-anonymous-access-removed",
            "security",
            state[old_anon],
            state[new_anon],
            "anonymous access removed",
        )
    elif new_anon and not old_anon:
        yield p.made(
            "api-security-anonymous-access-added",
            "security",
            state[old_anon],
            state[new_anon],
            "anonymous access added",
        )
    old_reqs = [r for r in p.a.security if r]
    new_reqs = [r for r in p.b.security if r]
    for old in old_reqs:
        if new_anon or any(satisfies(old, new) for new in new_reqs):
            continue  # the credentials that met it still meet a requirement
        same = [new for new in new_reqs if new.keys() == old.keys()]
        if not same:
            listed = show(sorted(old))
            yield p.made(
                "api-security-removed", "security", listed, "absent", "requirement removed"
            )
        for scheme in sorted(old) if same else ():
            before, after = show(sorted(old[scheme])), show(sorted(same[0][scheme]))
            for scope in sorted(set(same[0][scheme]) - set(old[scheme])):
                where, message = f"security {scheme}", f"scope {scope} added"
                yield p.made("api-security-scope-added", where, before, after, message)
    for new in new_reqs:
        same = [old for old in old_reqs if old.keys() == new.keys()]
        if not same:
            listed = show(sorted(new))
            yield p.made("api-security-added", "security", "absent", listed, "requirement added")
        for scheme in sorted(new) if same and new not in old_reqs else ():
            before, after = show(sorted(same[0][scheme])), show(sorted(new[scheme]))
            for scope in sorted(set(same[0][scheme]) - set(new[scheme])):
                where, message = f"security {scheme}", f"scope {scope} removed"
                yield p.made("api-security-scope-removed", where, before, after, message)


def satisfies(held: dict[str, list[str]], required: dict[str, list[str]]) -> bool:
    """Whether credentials that meet requirement `held` meet `required`: its every scheme, with
    its scopes."""
    return all(s in held and set(required[s]) <= set(held[s]) for s in required)


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
    yield from p.compare(old.get("schema"), new.get("schema"), where, "request", "parameter", name)


def request_body(p: Pair) -> Iterator[Change]:
    old = follow(p.a.node.get("requestBody"), p.specs[0])[0]
    new = follow(p.b.node.get("requestBody"), p.specs[1])[0]
    if new and not old:
        required = bool(new.get("required"))
        rule = "request-body-added-required" if required else "request-body-added-optional"
        yield p.made(rule, "request body", "absent", "present", "request body added")
    if old and not new:
        yield p.made(
            "request-body-removed", "request body", "present", "absent", "request body removed"
        )
    if not (old and new):
        return
    was, now = bool(old.get("required")), bool(new.get("required"))
    if was != now:
        rule = "request-body-became-required" if now else "request-body-became-optional"
        state = {True: "required", False: "optional"}
        yield p.made(
            rule, "request body", state[was], state[now], f"request body became {state[now]}"
        )
    old_media, new_media = old.get("content", {}), new.get("content", {})
    for media in sorted(old_media.keys() - new_media.keys()):
        where = f"request body {media}"
        yield p.made(
            "request-body-media-type-removed", where, "present", "absent", "media type removed"
        )
    for media in sorted(new_media.keys() - old_media.keys()):
        where = f"request body {media}"
        yield p.made(
            "request-body-media-type-added", where, "absent", "present", "media type added"
        )
    for media in sorted(old_media.keys() & new_media.keys()):
        old_schema, new_schema = old_media[media].get("schema"), new_media[media].get("schema")
        yield from p.compare(old_schema, new_schema, f"request body {media}", "request", "body")


def responses(p: Pair) -> Iterator[Change]:
    old, new = p.a.node.get("responses", {}), p.b.node.get("responses", {})
    for status in sorted(old.keys() - new.keys()):
        if str(status).startswith("2"):
            where = f"response {status}"
            yield p.made(
                "response-success-status-removed",
                where,
                "present",
                "absent",
                "success status removed",
            )
    for status in sorted(new.keys() - old.keys()):
        if str(status).startswith("2"):
            where = f"response {status}"
            yield p.made(
                "response-success-status-added", where, "absent", "present", "success status added"
            )
    for status in sorted(old.keys() & new.keys()):
        a, b = follow(old[status], p.specs[0])[0], follow(new[status], p.specs[1])[0]
        old_content, new_content = a.get("content") or {}, b.get("content") or {}
        for media in sorted(old_content.keys() - new_content.keys()):
            where = f"response {status} {media}"
            yield p.made(
                "response-media-type-removed", where, "present", "absent", "media type removed"
            )
        for media in sorted(new_content.keys() - old_content.keys()):
            where = f"response {status} {media}"
            yield p.made(
                "response-media-type-added", where, "absent", "present", "media type added"
            )
        for media in sorted(old_content.keys() & new_content.keys()):
            old_schema, new_schema = (
                old_content[media].get("schema"),
                new_content[media].get("schema"),
            )
            where = f"response {status} {media}"
            yield from p.compare(old_schema, new_schema, where, "response", "body")
        yield from headers(p, status, a, b)


def headers(p: Pair, status: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    """Response headers, by name in any case (HTTP's names are case-insensitive)."""

    def named(response: dict[str, Any], spec: Spec) -> dict[str, dict[str, Any]]:
        found = response.get("headers") or {}
        return {name.lower(): follow(h, spec)[0] for name, h in found.items()}

    a, b = named(old, p.specs[0]), named(new, p.specs[1])
    state = {True: "required", False: "optional"}
    for name in sorted(a.keys() - b.keys()):
        was = bool(a[name].get("required"))
        rule = "required-response-header-removed" if was else "optional-response-header-removed"
        yield p.made(
            rule, f"response {status} header {name}", state[was], "absent", "header removed"
        )
    for name in sorted(b.keys() - a.keys()):
        now = bool(b[name].get("required"))
        where = f"response {status} header {name}"
        yield p.made("response-header-added", where, "absent", state[now], "header added")
    for name in sorted(a.keys() & b.keys()):
        where = f"response {status} header {name}"
        was, now = bool(a[name].get("required")), bool(b[name].get("required"))
        if was != now:
            rule = "response-header-became-required" if now else "response-header-became-optional"
            yield p.made(rule, where, state[was], state[now], f"became {state[now]}")
        yield from p.compare(
            a[name].get("schema"), b[name].get("schema"), where, "response", "header"
        )


OPERATION_CHECKS: tuple[Callable[[Pair], Iterator[Change]], ...] = (
    operation_id,
    operation_deprecation,
    security,
    parameters,
    request_body,
    responses,
)
