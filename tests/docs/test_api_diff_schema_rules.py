"""`make diff`'s schema rules at every place a schema is: the top of a request body, a request
field, a parameter, the top of a response body, a response field and a response header. Each
case is one edit of one schema (a limit lowered, a value added, a variant removed), placed in
turn at each place of a small spec built here; it must fire the rule oasdiff names
`<side>-<subject>-<check>`, at the level written here (tighter breaks requests, looser breaks
responses), and nothing breaking where no rule applies. A case "just short" of the edit (a limit
moved the other way, variants reordered) must not fire it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from typing import Any

import pytest

from tools.apidiff import Change, rules, schema, spec_changes

Schema = dict[str, Any]
B, W, INFO = "BREAKING", "WARNING", "info"
OTHER = "another rule"  # a place where another rule fires (a narrowing breaks a request)
OP = "POST /things/{id}"
# Each place: where its changes are reported (the location, the JSON path of the schema's top).
PLACES = {
    ("request", "body"): "request body application/json $",
    ("request", "property"): "request body application/json $.p",
    ("request", "parameter"): "query parameter q $",
    ("response", "body"): "response 200 application/json $",
    ("response", "property"): "response 200 application/json $.p",
    ("response", "header"): "response 200 header x-h $",
}
SHAPES = {
    name: {
        "type": "object",
        "title": name,
        "required": ["kind"],
        "properties": {"kind": {"type": "string"}, name.lower(): {"type": "number"}},
    }
    for name in ("Circle", "Square", "Triangle")
}


def ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def spec_with(side: str, subject: str, schema: Schema) -> dict[str, Any]:
    """A spec with one operation, `schema` at (side, subject) and plain strings elsewhere."""
    plain: Schema = {"type": "string"}
    at = {(side, subject): schema}
    request_body = at.get(
        ("request", "body"),
        {"type": "object", "properties": {"p": at.get(("request", "property"), plain)}},
    )
    response_body = at.get(
        ("response", "body"),
        {"type": "object", "properties": {"p": at.get(("response", "property"), plain)}},
    )
    return {
        "openapi": "3.1.0",
        "info": {"title": "places", "version": "1"},
        "paths": {
            "/things/{id}": {
                "post": {
                    "operationId": "postThing",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        },
                        {
                            "name": "q",
                            "in": "query",
                            "schema": at.get(("request", "parameter"), plain),
                        },
                    ],
                    "requestBody": {"content": {"application/json": {"schema": request_body}}},
                    "responses": {
                        "200": {
                            "description": "ok",
                            "headers": {"x-h": {"schema": at.get(("response", "header"), plain)}},
                            "content": {"application/json": {"schema": response_body}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": copy.deepcopy(SHAPES)},
    }


@dataclass(frozen=True)
class Case:
    """`old` edited to `flag` fires the check; edited to `short` it does not. `levels`: the level
    at each side (or a (side, subject) place); a place not named has no such rule."""

    old: Schema
    flag: Schema
    short: Schema
    levels: dict[Any, str] = field(default_factory=dict)
    short_on: dict[str, Schema] = field(default_factory=dict)  # a side's own short edit


def string(**more: Any) -> Schema:
    return {"type": "string", **more}


def number(**more: Any) -> Schema:
    return {"type": "number", **more}


def strings(**more: Any) -> Schema:
    return {"type": "array", "items": {"type": "string"}, **more}


def one_of(*names: str, keyword: str = "oneOf", **more: Any) -> Schema:
    return {keyword: [ref(n) for n in names], **more}


def tagged(mapping: dict[str, str], property_name: str = "kind") -> Schema:
    listed = {value: f"#/components/schemas/{name}" for value, name in mapping.items()}
    return one_of(
        "Circle", "Square", discriminator={"propertyName": property_name, "mapping": listed}
    )


REQUEST, RESPONSE = "request", "response"
BODIES = [(s, "body") for s in (REQUEST, RESPONSE)] + [(s, "property") for s in (REQUEST, RESPONSE)]
NOTE = {"description": "Said differently."}

CASES: dict[str, Case] = {
    # type
    "type-changed": Case(
        number(),
        string(),
        {"type": ["number", "string"]},
        {REQUEST: B, RESPONSE: B},
        {RESPONSE: {"type": "integer"}},
    ),
    "type-changed:narrowed": Case(number(), {"type": "integer"}, number(**NOTE), {REQUEST: B}),
    "type-specialized": Case(
        number(), {"type": "integer"}, number(**NOTE), {RESPONSE: INFO, REQUEST: OTHER}
    ),
    "type-generalized": Case(
        {"type": "integer"}, number(), {"type": "integer", **NOTE}, {REQUEST: INFO, RESPONSE: B}
    ),
    # nullability, both ways and in both spellings
    "became-nullable": Case(
        string(), string(nullable=True), string(**NOTE), {REQUEST: INFO, RESPONSE: B}
    ),
    "became-nullable:3.1": Case(
        string(), {"type": ["string", "null"]}, string(**NOTE), {REQUEST: INFO, RESPONSE: B}
    ),
    "became-not-nullable": Case(
        string(nullable=True), string(), {"type": ["string", "null"]}, {REQUEST: B, RESPONSE: INFO}
    ),
    "became-not-nullable:3.1": Case(
        {"type": ["string", "null"]}, string(), string(nullable=True), {REQUEST: B, RESPONSE: INFO}
    ),
    # enum values, judged by what the clients send and parse
    "enum-value-removed": Case(
        string(enum=["a", "b"]),
        string(enum=["a"]),
        string(enum=["a", "b", "c"]),
        {REQUEST: B, RESPONSE: INFO},
    ),
    "enum-value-added": Case(
        string(enum=["a", "b"]),
        string(enum=["a", "b", "c"]),
        string(enum=["b", "a"]),
        {REQUEST: INFO, RESPONSE: B},
    ),
    "enum-value-added:const": Case(
        string(const="a"), string(enum=["a", "b"]), string(enum=["a"]), {REQUEST: INFO, RESPONSE: B}
    ),
    "became-enum": Case(string(), string(enum=["a"]), string(**NOTE), {REQUEST: B}),
    # oneOf, anyOf and discriminators (not in parameters or headers)
    "one-of-removed": Case(
        one_of("Circle", "Square"),
        one_of("Circle"),
        one_of("Square", "Circle"),
        {place: level for place, level in zip(BODIES, [B, INFO, B, INFO], strict=True)},
    ),
    "one-of-added": Case(
        one_of("Circle", "Square"),
        one_of("Circle", "Square", "Triangle"),
        one_of("Square", "Circle"),
        {place: level for place, level in zip(BODIES, [INFO, B, INFO, B], strict=True)},
    ),
    "any-of-removed": Case(
        one_of("Circle", "Square", keyword="anyOf"),
        one_of("Circle", keyword="anyOf"),
        one_of("Square", "Circle", keyword="anyOf"),
        {place: level for place, level in zip(BODIES, [B, INFO, B, INFO], strict=True)},
    ),
    "any-of-added": Case(
        one_of("Circle", "Square", keyword="anyOf"),
        one_of("Circle", "Square", "Triangle", keyword="anyOf"),
        one_of("Square", "Circle", keyword="anyOf"),
        {place: level for place, level in zip(BODIES, [INFO, B, INFO, B], strict=True)},
    ),
    "discriminator-property-name-changed": Case(
        tagged({"circle": "Circle", "square": "Square"}),
        tagged({"circle": "Circle", "square": "Square"}, "shape"),
        tagged({"square": "Square", "circle": "Circle"}),
        {place: B for place in BODIES},
    ),
    "discriminator-mapping-changed": Case(
        tagged({"circle": "Circle", "square": "Square"}),
        tagged({"circle": "Circle", "square": "Circle"}),
        tagged({"square": "Square", "circle": "Circle"}),
        {place: B for place in BODIES},
    ),
    "discriminator-mapping-deleted": Case(
        tagged({"circle": "Circle", "square": "Square"}),
        tagged({"circle": "Circle"}),
        tagged({"square": "Square", "circle": "Circle"}),
        {place: level for place, level in zip(BODIES, [B, INFO, B, INFO], strict=True)},
    ),
    "discriminator-mapping-added": Case(
        tagged({"circle": "Circle", "square": "Square"}),
        tagged({"circle": "Circle", "square": "Square", "round": "Circle"}),
        tagged({"square": "Square", "circle": "Circle"}),
        {place: level for place, level in zip(BODIES, [INFO, B, INFO, B], strict=True)},
    ),
    # constraints: tighter breaks a caller's request, looser a reader's response
    "max-length-decreased": Case(
        string(maxLength=100), string(maxLength=5), string(maxLength=101), {REQUEST: B}
    ),
    "max-length-decreased:set": Case(string(), string(maxLength=5), string(**NOTE), {REQUEST: B}),
    "max-length-increased": Case(
        string(maxLength=100),
        string(maxLength=200),
        string(maxLength=99),
        {REQUEST: INFO, RESPONSE: B},
    ),
    "max-length-increased:unset": Case(
        string(maxLength=100), string(), string(maxLength=100, **NOTE), {REQUEST: INFO, RESPONSE: B}
    ),
    "min-length-increased": Case(
        string(minLength=1), string(minLength=3), string(minLength=0), {REQUEST: B}
    ),
    "min-length-decreased": Case(
        string(minLength=3), string(minLength=1), string(minLength=4), {REQUEST: INFO, RESPONSE: B}
    ),
    "max-decreased": Case(
        number(maximum=10), number(maximum=9.5), number(maximum=11), {REQUEST: B}
    ),
    "max-increased": Case(
        number(maximum=10), number(maximum=11), number(maximum=9), {REQUEST: INFO, RESPONSE: B}
    ),
    "min-increased": Case(number(minimum=0), number(minimum=1), number(minimum=-1), {REQUEST: B}),
    "min-decreased": Case(
        number(minimum=0), number(minimum=-1), number(minimum=1), {REQUEST: INFO, RESPONSE: B}
    ),
    "exclusive-max-decreased": Case(
        number(exclusiveMaximum=10),
        number(exclusiveMaximum=5),
        number(exclusiveMaximum=11),
        {REQUEST: B},
    ),
    "exclusive-max-increased": Case(
        number(exclusiveMaximum=10),
        number(exclusiveMaximum=11),
        number(exclusiveMaximum=5),
        {REQUEST: INFO, RESPONSE: B},
    ),
    "exclusive-min-increased": Case(
        number(exclusiveMinimum=0),
        number(exclusiveMinimum=1),
        number(exclusiveMinimum=-1),
        {REQUEST: B},
    ),
    "exclusive-min-decreased": Case(
        number(exclusiveMinimum=0),
        number(exclusiveMinimum=-1),
        number(exclusiveMinimum=1),
        {REQUEST: INFO, RESPONSE: B},
    ),
    "max-items-decreased": Case(
        strings(maxItems=10), strings(maxItems=2), strings(maxItems=11), {REQUEST: B}
    ),
    "max-items-increased": Case(
        strings(maxItems=10),
        strings(maxItems=11),
        strings(maxItems=2),
        {REQUEST: INFO, RESPONSE: B},
    ),
    "min-items-increased": Case(
        strings(minItems=1), strings(minItems=2), strings(minItems=0), {REQUEST: B}
    ),
    "min-items-decreased": Case(
        strings(minItems=1), strings(minItems=0), strings(minItems=2), {REQUEST: INFO, RESPONSE: B}
    ),
    "multiple-of-changed": Case(
        number(multipleOf=2), number(multipleOf=3), number(multipleOf=1), {REQUEST: B}
    ),
    "multiple-of-changed:decimal": Case(
        number(multipleOf=0.5), number(multipleOf=0.2), number(multipleOf=0.25), {REQUEST: B}
    ),
    "multiple-of-generalized": Case(
        number(multipleOf=2),
        number(multipleOf=1),
        number(multipleOf=4),
        {REQUEST: INFO, RESPONSE: B},
    ),
    "pattern-added": Case(string(), string(pattern="^[a-z]+$"), string(**NOTE), {REQUEST: B}),
    "pattern-changed": Case(
        string(pattern="^a"),
        string(pattern="^b"),
        string(pattern="^a", **NOTE),
        {REQUEST: W, RESPONSE: W},
    ),
    "pattern-removed": Case(
        string(pattern="^a"), string(), string(pattern="^a", **NOTE), {REQUEST: INFO, RESPONSE: B}
    ),
    "format-added": Case(string(), string(format="email"), string(**NOTE), {REQUEST: B}),
    "format-changed": Case(
        string(format="email"),
        string(format="uri"),
        string(format="email", **NOTE),
        {REQUEST: B, RESPONSE: B},
    ),
    "format-removed": Case(
        string(format="email"),
        string(),
        string(format="email", **NOTE),
        {REQUEST: INFO, RESPONSE: B},
    ),
    # defaults: the Python client sends a request's default when its caller leaves it out
    "default-value-added": Case(string(), string(default="a"), string(**NOTE), {REQUEST: B}),
    "default-value-changed": Case(
        string(default="a"), string(default="b"), string(default="a", **NOTE), {REQUEST: B}
    ),
    "default-value-removed": Case(
        string(default="a"), string(), string(default="a", **NOTE), {REQUEST: B}
    ),
}
# A header carries a scalar: only its type is a rule there.
HEADER_CHECKS = {"type-changed", "type-generalized", "type-specialized"}


def expected(name: str, side: str, subject: str) -> tuple[str, str | None]:
    """(the rule id oasdiff's naming gives, the level the case says, or None)."""
    check = name.split(":")[0]
    case = CASES[name]
    level = case.levels.get((side, subject), case.levels.get(side))
    if subject == "header" and check not in HEADER_CHECKS:
        level = None
    if subject == "parameter" and check.startswith(("one-of", "any-of", "discriminator")):
        level = None
    return f"{side}-{subject}-{check}", level


def diff(side: str, subject: str, old: Schema, new: Schema) -> list[Change]:
    return spec_changes(spec_with(side, subject, old), spec_with(side, subject, new))


def rule_ids() -> set[str]:
    """Every rule id a case here fires."""
    return {
        expected(name, side, subject)[0]
        for name in CASES
        for side, subject in PLACES
        if expected(name, side, subject)[1] not in (None, OTHER)
    }


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize(("side", "subject"), PLACES)
def test_each_check_at_each_place(name: str, side: str, subject: str) -> None:
    judge(name, side, subject)


def test_a_limit_compared_the_wrong_way_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """The judge above, shown failing once: maxLength taken to tighten upwards."""
    limits = [(k, *checks, "up" if k == "maxLength" else way) for k, *checks, way in schema.LIMITS]
    monkeypatch.setattr(schema, "LIMITS", tuple(limits))
    with pytest.raises(AssertionError):
        judge("max-length-decreased", REQUEST, "property")


def test_a_rule_at_the_wrong_level_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """And once more: the table saying a tighter request limit is only news."""
    table = rules.rules()
    rule = table["request-property-max-length-decreased"]
    monkeypatch.setitem(
        table.by_check, ("request", "property", "max-length-decreased"), replace(rule, level="info")
    )
    with pytest.raises(AssertionError):
        judge("max-length-decreased", REQUEST, "property")


def judge(name: str, side: str, subject: str) -> None:
    """Raises AssertionError unless the case fires its rule at this place as it says."""
    rule, level = expected(name, side, subject)
    case = CASES[name]
    assert diff(side, subject, case.old, case.old) == []
    flagged = diff(side, subject, case.old, case.flag)
    short = diff(side, subject, case.old, case.short_on.get(side, case.short))
    assert rule not in {c.rule for c in short}, short
    if level in (None, OTHER):
        assert rule not in {c.rule for c in flagged}, flagged
        if level is None:
            assert not [c for c in flagged if c.level == B], flagged
        return
    fired = [(c.level, c.operation, c.path) for c in flagged if c.rule == rule]
    assert fired == [(level, OP, PLACES[(side, subject)])], flagged
    if level == B:
        assert not [c for c in short if c.level == B], short


def test_a_tighter_request_limit_with_a_pattern_and_a_format_is_three_breaks() -> None:
    """The edit the rules were missing: a required field's maxLength from 100 to 5, a pattern
    and a format added."""
    old = string(maxLength=100)
    new = string(maxLength=5, pattern="^[0-9]+$", format="uuid")
    found = {(c.rule, c.level) for c in diff(REQUEST, "property", old, new)}
    assert found == {
        ("request-property-max-length-decreased", B),
        ("request-property-pattern-added", B),
        ("request-property-format-added", B),
    }
