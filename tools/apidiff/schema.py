"""Two schemas compared, at a place of an operation (a request body, a parameter, a response
body or header): each check below says what it saw ("max-length-decreased", "enum-value-added")
and rules.py's table says whether that is a rule at this side and subject, and its level. A
check never decides a level: the same "enum-value-added" breaks a response and not a request.

`$ref`s are followed and `allOf` merged, so a schema moved behind a `$ref` or split into `allOf`
parts compares equal (the move itself is a refactor finding of its own, for the clients' sake);
`oneOf`/`anyOf` variants are matched by title, component, then content, never by position, so a
reordering is no change. Each change remembers the component schema it is in and its field,
which is what the clients name (see `follows` in report.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from .report import Change
from .resolve import (
    SCHEMA_REF,
    Flat,
    Spec,
    canonical,
    enum_of,
    flatten,
    follow,
    is_null,
    nullable,
    show,
    sunset,
    types_of,
    widened,
)
from .rules import Rule, rules


@dataclass(frozen=True)
class Place:
    """Where a schema comparison runs: the operation, the location in it ("request body
    application/json"), the side (request: callers send it; response: they read it), what the
    top of it is (body, parameter or header), and the component schemas renamed between the
    two specs (old name -> new), which are no change of their own."""

    specs: tuple[Spec, Spec]
    operation: str
    operation_id: str | None
    location: str
    side: str
    subject: str
    renames: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Spot:
    """One node of a comparison: its place, JSON path, and the component schema and field the
    value is declared in."""

    place: Place
    json_path: str
    owner: str | None
    field: str | None

    @property
    def subject(self) -> str:
        top = self.place.subject
        return top if self.json_path == "$" or top != "body" else "property"

    def check(self, check: str, before: Any, after: Any, message: str) -> Change | None:
        """The change `check` is at this side and subject, or None when it is no rule here."""
        rule = rules().at(self.place.side, self.subject, check)
        return self.made(rule, before, after, message) if rule else None

    def made(self, rule: Rule | str, before: Any, after: Any, message: str) -> Change:
        """The change of `rule` (or the rule of that id) here."""
        rule = rules()[rule] if isinstance(rule, str) else rule
        return Change(
            rule.level,
            rule.id,
            self.place.operation,
            f"{self.place.location} {self.json_path}",
            before if isinstance(before, str) else show([before]),
            after if isinstance(after, str) else show([after]),
            message,
            self.place.operation_id,
            self.owner,
            self.field,
        )


Check = Callable[[Flat, Flat, Spot], Iterator[Change | None]]


def type_checks(a: Flat, b: Flat, at: Spot) -> Iterator[Change | None]:
    old, new = types_of(a.schema), types_of(b.schema)
    if old and new and old != new:
        if widened(old, new):
            check, message = "type-generalized", "type widened"
        elif widened(new, old):
            check, message = "type-specialized", "type narrowed"
        else:
            check, message = "type-changed", "type changed"
        yield at.check(check, show(sorted(old)), show(sorted(new)), message)


def nullability(a: Flat, b: Flat, at: Spot) -> Iterator[Change | None]:
    was, now = nullable(a.schema, at.place.specs[0]), nullable(b.schema, at.place.specs[1])
    if was != now:
        state = {True: "nullable", False: "not nullable"}
        check = "became-nullable" if now else "became-not-nullable"
        yield at.check(check, state[was], state[now], f"became {state[now]}")


def enums(a: Flat, b: Flat, at: Spot) -> Iterator[Change | None]:
    old, new = enum_of(a.schema), enum_of(b.schema)
    if old is None and new is not None:
        yield at.check("became-enum", "any value", show(new), "became an enum")
    if old is None or new is None:
        return
    for value in (v for v in old if v not in new):
        yield at.check("enum-value-removed", show(old), show(new), f"enum value {value!r} removed")
    for value in (v for v in new if v not in old):
        yield at.check("enum-value-added", show(old), show(new), f"enum value {value!r} added")


# Each limit: its keyword, the check when it tightens (set, or moved the way that refuses more
# values), the check when it loosens (removed, or moved the other way), and which way tightens.
LIMITS = (
    ("maxLength", "max-length-decreased", "max-length-increased", "down"),
    ("minLength", "min-length-increased", "min-length-decreased", "up"),
    ("maximum", "max-decreased", "max-increased", "down"),
    ("minimum", "min-increased", "min-decreased", "up"),
    ("exclusiveMaximum", "exclusive-max-decreased", "exclusive-max-increased", "down"),
    ("exclusiveMinimum", "exclusive-min-increased", "exclusive-min-decreased", "up"),
    ("maxItems", "max-items-decreased", "max-items-increased", "down"),
    ("minItems", "min-items-increased", "min-items-decreased", "up"),
)


def number(value: Any) -> Fraction | None:
    """A limit as an exact number; None for none (or OpenAPI 3.0's boolean exclusive*)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return Fraction(str(value))


def limits(a: Flat, b: Flat, at: Spot) -> Iterator[Change | None]:
    for keyword, tighter, looser, tightens in LIMITS:
        old, new = number(a.schema.get(keyword)), number(b.schema.get(keyword))
        if old == new:
            continue
        if old is None or new is None:
            tight = old is None
        else:
            tight = new < old if tightens == "down" else new > old
        before, after = show([a.schema.get(keyword)]), show([b.schema.get(keyword)])
        yield at.check(tighter if tight else looser, before, after, f"{keyword} changed")
    old, new = number(a.schema.get("multipleOf")), number(b.schema.get("multipleOf"))
    if old != new:
        # Looser when every multiple of the old is one of the new: the new divides the old.
        divides = new is None or (old is not None and (old / new).denominator == 1)
        check = "multiple-of-generalized" if divides else "multiple-of-changed"
        before, after = show([a.schema.get("multipleOf")]), show([b.schema.get("multipleOf")])
        yield at.check(check, before, after, "multipleOf changed")


def keyword_set(keyword: str, name: str) -> Check:
    """pattern and format: added, removed or changed."""

    def checks(a: Flat, b: Flat, at: Spot) -> Iterator[Change | None]:
        old, new = a.schema.get(keyword), b.schema.get(keyword)
        if old == new:
            return
        change = "added" if old is None else "removed" if new is None else "changed"
        yield at.check(f"{name}-{change}", show([old]), show([new]), f"{keyword} {change}")

    return checks


def defaults(a: Flat, b: Flat, at: Spot) -> Iterator[Change | None]:
    old, new = a.schema.get("default"), b.schema.get("default")
    had, has = "default" in a.schema, "default" in b.schema
    if had != has or old != new:
        change = "added" if not had else "removed" if not has else "changed"
        yield at.check(f"default-value-{change}", show([old]), show([new]), f"default {change}")


def deprecation(a: Flat, b: Flat, at: Spot) -> Iterator[Change | None]:
    was, now = bool(a.schema.get("deprecated")), bool(b.schema.get("deprecated"))
    if was == now or at.json_path == "$":
        return
    if now:
        date = sunset(b.schema)
        check = "deprecated-with-sunset" if date else "deprecated"
        yield at.check(
            check, "in use", f"deprecated, sunset {date}" if date else "deprecated", "deprecated"
        )
    else:
        yield at.check("reactivated", "deprecated", "in use", "no longer deprecated")


@dataclass(frozen=True)
class Variant:
    name: str  # its title, else its component, else its position
    node: Any
    title: str | None
    component: str | None
    content: Any


def variants(schema: dict[str, Any], keyword: str, spec: Spec) -> list[Variant]:
    found = []
    for i, part in enumerate(schema.get(keyword, [])):
        if is_null(part, spec):
            continue  # a null variant is nullability, a rule of its own
        resolved, component = follow(part, spec)
        title = (resolved or {}).get("title")
        name = str(title or component or f"#{i + 1}")
        found.append(Variant(name, part, title, component, canonical(part, spec)))
    return found


def matched(
    old: list[Variant], new: list[Variant], renames: Mapping[str, str]
) -> tuple[list[tuple[Variant, Variant]], list[Variant], list[Variant]]:
    """Old and new variants paired by title, by component (renamed ones too), then by content;
    one left on each side is the same variant changed. Returns (pairs, removed, added)."""
    pairs: list[tuple[Variant, Variant]] = []
    left, right = list(old), list(new)
    keys: tuple[Callable[[Variant, bool], Any], ...] = (
        lambda v, _: v.title,
        lambda v, is_old: renames.get(v.component or "", v.component) if is_old else v.component,
        lambda v, _: repr(v.content),
    )
    for key in keys:
        for o in list(left):
            k = key(o, True)
            n = next((n for n in right if k is not None and key(n, False) == k), None)
            if n is not None:
                pairs.append((o, n))
                left.remove(o)
                right.remove(n)
    if len(left) == len(right) == 1:
        pairs.append((left.pop(), right.pop()))
    return pairs, left, right


def mapping(schema: dict[str, Any], renames: Mapping[str, str]) -> dict[str, str]:
    found = (schema.get("discriminator") or {}).get("mapping") or {}
    targets = {value: str(ref).removeprefix(SCHEMA_REF) for value, ref in found.items()}
    return {value: renames.get(target, target) for value, target in targets.items()}


def discriminator(a: Flat, b: Flat, at: Spot) -> Iterator[Change | None]:
    old, new = a.schema.get("discriminator"), b.schema.get("discriminator")
    if not (old and new):
        return
    if old.get("propertyName") != new.get("propertyName"):
        yield at.check(
            "discriminator-property-name-changed",
            old.get("propertyName"),
            new.get("propertyName"),
            "discriminator property renamed",
        )
    before, after = mapping(a.schema, at.place.renames), mapping(b.schema, {})
    for value in sorted(before.keys() - after.keys()):
        yield at.check("discriminator-mapping-deleted", value, "absent", f"mapping {value} removed")
    for value in sorted(after.keys() - before.keys()):
        yield at.check("discriminator-mapping-added", "absent", value, f"mapping {value} added")
    for value in sorted(before.keys() & after.keys()):
        if before[value] != after[value]:
            message = f"mapping {value} changed"
            yield at.check("discriminator-mapping-changed", before[value], after[value], message)


def ref_changed(old: Any, new: Any, at: Spot) -> Iterator[Change]:
    """A schema pointed at another component, moved behind a `$ref`, or inlined: compared as
    usual, but the Python client's class for it is named differently, which this explains."""
    specs = at.place.specs
    old_ref, new_ref = follow(old, specs[0])[1], follow(new, specs[1])[1]
    if at.place.renames.get(old_ref or "", old_ref) != new_ref:
        yield at.made(
            "schema-ref-changed", old_ref or "inline", new_ref or "inline", "$ref changed"
        )


def all_of_changed(old: Any, new: Any, at: Spot) -> Iterator[Change]:
    """`allOf` parts changed: what they merge to is compared as usual, but the TypeScript
    client's type for the schema is written differently, which this explains."""
    specs = at.place.specs

    def parts(node: Any, spec: Spec) -> list[str]:
        resolved = follow(node, spec)[0] or {}
        return [follow(p, spec)[1] or "inline" for p in resolved.get("allOf", [])]

    old_parts = [at.place.renames.get(p, p) for p in parts(old, specs[0])]
    new_parts = parts(new, specs[1])
    if old_parts != new_parts:
        yield at.made(
            "schema-all-of-changed", show(old_parts), show(new_parts), "allOf parts changed"
        )


CHECKS: tuple[Check, ...] = (
    type_checks,
    nullability,
    enums,
    limits,
    keyword_set("pattern", "pattern"),
    keyword_set("format", "format"),
    defaults,
    deprecation,
    discriminator,
)


Seen = frozenset[tuple[str, str]]  # the pairs of `$ref`s being compared further up


def compare(old: Any, new: Any, place: Place, field: str | None = None) -> Iterator[Change]:
    """Every change from schema `old` to schema `new` at `place`; `field` names the value (a
    parameter's name) until a component schema does."""
    return walk(old, new, Spot(place, "$", None, field), frozenset())


def walk(old: Any, new: Any, at: Spot, seen: Seen) -> Iterator[Change]:
    """The changes at `at` and below it: `at.owner` is the component schema the value is
    declared in and `at.field` its property name there."""
    old_spec, new_spec = at.place.specs
    refs = ((old or {}).get("$ref", ""), (new or {}).get("$ref", ""))
    if all(refs) and refs in seen:
        return  # a recursive schema, already being compared further up
    seen |= {refs}
    a, b = flatten(old, old_spec, at.owner), flatten(new, new_spec, at.owner)
    # A `$ref` changed is a change of where it is written: the field that holds it.
    yield from ref_changed(old, new, at)
    component = follow(new, new_spec)[1] or follow(old, old_spec)[1]
    if component:
        at = Spot(at.place, at.json_path, component, None)
    yield from all_of_changed(old, new, at)
    for check in CHECKS:
        yield from (c for c in check(a, b, at) if c is not None)
    yield from composition(a, b, at, seen)
    yield from properties(a, b, at, seen)
    if "items" in a.schema and "items" in b.schema:
        items = Spot(at.place, f"{at.json_path}[]", at.owner, at.field)
        yield from walk(a.schema["items"], b.schema["items"], items, seen)


def composition(a: Flat, b: Flat, at: Spot, seen: Seen) -> Iterator[Change]:
    specs = at.place.specs
    for keyword, name in (("oneOf", "one-of"), ("anyOf", "any-of")):
        old = variants(a.schema, keyword, specs[0])
        new = variants(b.schema, keyword, specs[1])
        pairs, removed, added = matched(old, new, at.place.renames)
        for v in removed:
            message = f"{keyword} variant {v.name} removed"
            yield from filter(None, [at.check(f"{name}-removed", v.name, "absent", message)])
        for v in added:
            message = f"{keyword} variant {v.name} added"
            yield from filter(None, [at.check(f"{name}-added", "absent", v.name, message)])
        for o, n in pairs:
            variant = Spot(at.place, f"{at.json_path}({n.name})", at.owner, at.field)
            yield from walk(o.node, n.node, variant, seen)


def access(
    required: str, a: dict[str, Any], b: dict[str, Any], at: Spot
) -> Iterator[Change | None]:
    """readOnly (callers may not send it) and writeOnly (they never read it) changed: the table
    has the first for requests and the second for responses."""
    for keyword, words in (("readOnly", "read-only"), ("writeOnly", "write-only")):
        was, now = bool(a.get(keyword)), bool(b.get(keyword))
        if was != now:
            became = words if now else f"not-{words}"
            message = f"became {became.replace('-', ' ')}"
            before, after = f"{keyword}: {str(was).lower()}", f"{keyword}: {str(now).lower()}"
            yield at.check(f"{required}-property-became-{became}", before, after, message)


def properties(a: Flat, b: Flat, at: Spot, seen: Seen) -> Iterator[Change]:
    old_props, new_props = a.schema.get("properties", {}), b.schema.get("properties", {})
    old_required, new_required = (
        set(a.schema.get("required", [])),
        set(b.schema.get("required", [])),
    )
    specs = at.place.specs

    def state(name: str, required: set[str]) -> str:
        return "required" if name in required else "optional"

    def spot(name: str) -> Spot:
        owner = b.owners.get(name) or a.owners.get(name)
        return Spot(at.place, f"{at.json_path}.{name}", owner, name)

    found: list[Change | None] = []
    for name in sorted(old_props.keys() - new_props.keys()):
        was = state(name, old_required)
        found.append(spot(name).check(f"{was}-property-removed", was, "absent", "field removed"))
    for name in sorted(new_props.keys() - old_props.keys()):
        now = state(name, new_required)
        found.append(spot(name).check(f"{now}-property-added", "absent", now, f"{now} field added"))
    for name in sorted(old_props.keys() & new_props.keys()):
        was, now = state(name, old_required), state(name, new_required)
        here = spot(name)
        if was != now:
            found.append(here.check(f"property-became-{now}", was, now, f"became {now}"))
        old_flat = flatten(old_props[name], specs[0], None).schema
        new_flat = flatten(new_props[name], specs[1], None).schema
        found.extend(access(now, old_flat, new_flat, here))
    yield from (c for c in found if c is not None)
    for name in sorted(old_props.keys() & new_props.keys()):
        yield from walk(old_props[name], new_props[name], spot(name), seen)
