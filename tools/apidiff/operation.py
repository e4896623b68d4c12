"""One operation in both specs (`Pair`) and what is compared of it: its identity, lifecycle,
security, request body and responses with their headers (parameters.py has its parameters);
what their schemas allow is schema.py's. Every change is named by its rule in rules.txt."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kit.operations import operations as spec_operations

from .report import Change
from .resolve import Spec, follow, show, sunset
from .rules import rules
from .schema import Place, compare


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

    def place(self, location: str, side: str, subject: str) -> Place:
        """Where in this operation a schema is: for schema.py's `compare`."""
        op_id, renames = self.operation_id, self.renames
        return Place(self.specs, self.a.key, op_id, location, side, subject, renames)


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
            # Its schemes and more (`apiKey` and `basic` together): the old credentials fall short.
            more = [new for new in new_reqs if old.keys() < new.keys()]
            after = show(sorted(more[0])) if more else "absent"
            message = "requirement needs more schemes" if more else "requirement removed"
            yield p.made("api-security-removed", "security", show(sorted(old)), after, message)
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
        at = p.place(f"request body {media}", "request", "body")
        yield from compare(old_schema, new_schema, at)


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
            yield from compare(old_schema, new_schema, p.place(where, "response", "body"))
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
        at = p.place(where, "response", "header")
        yield from compare(a[name].get("schema"), b[name].get("schema"), at)
