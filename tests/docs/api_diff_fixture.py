"""The small spec `make diff`'s rule cases edit (tests/docs/test_api_diff_*rules.py), its helpers,
and how a case is judged: the rule silent on a change just short of the one it exists for, then
firing on that change, at the level the case says (oasdiff's, or the kit's where its clients
decide), named by operation and path, with before and after. The levels are written in the
cases, never read from the code under test."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from tools.apidiff import Change, spec_changes

Spec = dict[str, Any]
UPDATE = "POST /items/{id}"
GET = "GET /items/{id}"
REPLACE = "PUT /items/{id}"
OK_JSON = "response 200 application/json"
BODY = "request body application/json"
TODAY = date(2026, 6, 1)  # what "today" is to the sunset rules


def json_body(ref: str) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}}


FIXTURE: Spec = {
    "openapi": "3.1.0",
    "info": {"title": "fixture", "version": "1"},
    "security": [{"apiKey": []}],
    "paths": {
        "/items/{id}": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
            ],
            "get": {
                "operationId": "getItem",
                "security": [],
                "responses": {"200": json_body("ItemEnvelope")},
            },
            "put": {
                "operationId": "replaceItem",
                "requestBody": json_body("ItemRequest"),
                "responses": {"204": {"description": "replaced"}},
            },
            "post": {
                "operationId": "updateItem",
                "security": [{"apiKey": []}, {"basic": []}],
                "parameters": [
                    {"name": "lang", "in": "query", "required": True, "schema": {"type": "string"}},
                    {"name": "mode", "in": "query", "schema": {"enum": ["fast", "slow"]}},
                    {
                        "name": "legacy",
                        "in": "query",
                        "deprecated": True,
                        "schema": {"type": "boolean"},
                    },
                ],
                "requestBody": {"required": True, **json_body("ItemRequest")},
                "responses": {
                    "200": {
                        "headers": {
                            "X-Rate": {"required": True, "schema": {"type": "integer"}},
                            "X-Request-Id": {"schema": {"type": "string"}},
                        },
                        **json_body("ItemEnvelope"),
                    },
                    "401": json_body("Envelope"),
                },
            },
        }
    },
    "components": {
        "schemas": {
            "Envelope": {
                "type": "object",
                "required": ["meta"],
                "properties": {"meta": {"type": "object"}},
            },
            "ItemEnvelope": {
                "allOf": [
                    {"$ref": "#/components/schemas/Envelope"},
                    {
                        "type": "object",
                        "required": ["data"],
                        "properties": {"data": {"$ref": "#/components/schemas/Item"}},
                    },
                ]
            },
            "Item": {
                "type": "object",
                "required": ["id", "name", "state", "pin"],
                "properties": {
                    "id": {"type": "integer"},
                    "name": {"type": "string"},
                    "state": {"type": "string", "enum": ["on", "off"]},
                    "tag": {"type": "string"},
                    "legacy": {"type": "string", "deprecated": True},
                    "pin": {"type": "string", "writeOnly": True},
                    "secret": {"type": "string", "writeOnly": True},
                },
            },
            "ItemRequest": {
                "type": "object",
                "required": ["title", "ref"],
                "properties": {
                    "title": {"type": "string"},
                    "size": {"type": "number"},
                    "note": {"type": "string"},
                    "kind": {"$ref": "#/components/schemas/Kind"},
                    "old": {"type": "string", "deprecated": True},
                    "ref": {"type": "string", "readOnly": True},
                    "created": {"type": "string", "readOnly": True},
                },
            },
            "Kind": {"type": "string", "enum": ["a", "b"]},
        },
        "securitySchemes": {
            "apiKey": {"type": "apiKey", "in": "header", "name": "Authorization"},
            "basic": {"type": "http", "scheme": "basic"},
        },
    },
}


def schema(spec: Spec, name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def op(spec: Spec, method: str = "post") -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"]["/items/{id}"][method]
    return found


def param(spec: Spec, name: str) -> dict[str, Any]:
    return next(p for p in op(spec)["parameters"] if p["name"] == name)


def props(spec: Spec, name: str) -> dict[str, Any]:
    found: dict[str, Any] = schema(spec, name)["properties"]
    return found


def headers(spec: Spec) -> dict[str, Any]:
    found: dict[str, Any] = op(spec)["responses"]["200"]["headers"]
    return found


@dataclass(frozen=True)
class Case:
    """A rule's case: `compatible` (just short of the change) leaves the rule silent and breaks
    nothing; `breaking` (the change itself, whatever its level) fires it once, as said.
    `setup` edits both specs first (an operation deprecated before it is removed)."""

    level: str
    operation: str
    path: str  # where in the operation
    before: str
    after: str
    compatible: Callable[[Spec], object]
    breaking: Callable[[Spec], object]
    setup: Callable[[Spec], object] | None = None


def run(
    change: Callable[[Spec], object], setup: Callable[[Spec], object] | None = None
) -> list[Change]:
    old = copy.deepcopy(FIXTURE)
    if setup is not None:
        setup(old)
    new = copy.deepcopy(old)
    change(new)
    return spec_changes(old, new, TODAY)


def judge(name: str, case: Case) -> None:
    """Raises AssertionError unless the case goes from silent to flagged as it says."""
    rule = name.split(":")[-1]
    before = run(case.compatible, case.setup)
    assert not [c for c in before if c.level == "BREAKING" or c.rule == rule], before
    after = run(case.breaking, case.setup)
    fired = [c for c in after if c.rule == rule and c.operation == case.operation]
    assert [(c.level, c.operation, c.path, c.before, c.after) for c in fired] == [
        (case.level, case.operation, case.path, case.before, case.after)
    ], after
