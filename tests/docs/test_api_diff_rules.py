"""`make diff`'s spec rules (tools/apidiff/spec.py), in process on a small fixture spec: each rule
shown first on a compatible change (nothing breaking, the rule silent), then on the change it
exists for (the rule fires, at oasdiff's level, named by operation and path, before and after).
The levels are oasdiff's (checker/rules.go: ERR, WARN, INFO), not read from the code under test.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from tools.apidiff import Change, spec_changes
from tools.apidiff.report import Report

Spec = dict[str, Any]
UPDATE = "POST /items/{id}"
GET = "GET /items/{id}"
OK_JSON = "response 200 application/json"
BODY = "request body application/json"


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
            "post": {
                "operationId": "updateItem",
                "security": [{"apiKey": []}, {"basic": []}],
                "parameters": [
                    {"name": "lang", "in": "query", "required": True, "schema": {"type": "string"}},
                    {"name": "mode", "in": "query", "schema": {"enum": ["fast", "slow"]}},
                ],
                "requestBody": {"required": True, **json_body("ItemRequest")},
                "responses": {"200": json_body("ItemEnvelope"), "401": json_body("Envelope")},
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
                "required": ["id", "name", "state"],
                "properties": {
                    "id": {"type": "integer"},
                    "name": {"type": "string"},
                    "state": {"type": "string", "enum": ["on", "off"]},
                    "tag": {"type": "string"},
                },
            },
            "ItemRequest": {
                "type": "object",
                "required": ["title"],
                "properties": {
                    "title": {"type": "string"},
                    "size": {"type": "number"},
                    "note": {"type": "string"},
                    "kind": {"$ref": "#/components/schemas/Kind"},
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


@dataclass(frozen=True)
class Case:
    level: str
    operation: str
    path: str  # where in the operation
    before: str
    after: str
    compatible: Callable[[Spec], object]
    breaking: Callable[[Spec], object]


CASES: dict[str, Case] = {
    # Responses: what a typed reader compiled against
    "response-property-became-optional": Case(
        "BREAKING",
        UPDATE,
        f"{OK_JSON} $.data.name",
        "required",
        "optional",
        lambda s: schema(s, "Item")["required"].append("tag"),
        lambda s: schema(s, "Item")["required"].remove("name"),
    ),
    "response-required-property-removed": Case(
        "BREAKING",
        UPDATE,
        f"{OK_JSON} $.data.name",
        "required",
        "absent",
        lambda s: props(s, "Item").update(extra={"type": "string"}),
        lambda s: (props(s, "Item").pop("name"), schema(s, "Item")["required"].remove("name")),
    ),
    "response-optional-property-removed": Case(
        "WARNING",
        UPDATE,
        f"{OK_JSON} $.data.tag",
        "optional",
        "absent",
        lambda s: props(s, "Item").update(extra={"type": "string"}),
        lambda s: props(s, "Item").pop("tag"),
    ),
    "response-property-became-nullable": Case(
        "BREAKING",
        UPDATE,
        f"{OK_JSON} $.data.name",
        "not nullable",
        "nullable",
        lambda s: props(s, "ItemRequest")["note"].update(type=["string", "null"]),
        lambda s: props(s, "Item")["name"].update(type=["string", "null"]),
    ),
    "response-property-type-changed": Case(
        "BREAKING",
        UPDATE,
        f"{OK_JSON} $.data.id",
        "integer",
        "string",
        lambda s: props(s, "Item")["id"].update(description="The id."),
        lambda s: props(s, "Item")["id"].update(type="string"),
    ),
    # oasdiff warns; the kit breaks: the Python client's enum refuses the value when it parses
    # the answer (tests/docs/test_api_diff_clients.py shows it).
    "response-property-enum-value-added": Case(
        "BREAKING",
        UPDATE,
        f"{OK_JSON} $.data.state",
        "on, off",
        "on, off, paused",
        lambda s: props(s, "Item")["state"]["enum"].remove("off"),
        lambda s: props(s, "Item")["state"]["enum"].append("paused"),
    ),
    # Requests: what a typed caller sends
    "new-required-request-property": Case(
        "BREAKING",
        UPDATE,
        f"{BODY} $.otp",
        "absent",
        "required",
        lambda s: props(s, "ItemRequest").update(otp={"type": "string"}),
        lambda s: (
            props(s, "ItemRequest").update(otp={"type": "string"}),
            schema(s, "ItemRequest")["required"].append("otp"),
        ),
    ),
    "request-property-became-required": Case(
        "BREAKING",
        UPDATE,
        f"{BODY} $.note",
        "optional",
        "required",
        lambda s: schema(s, "ItemRequest")["required"].remove("title"),
        lambda s: schema(s, "ItemRequest")["required"].append("note"),
    ),
    "request-property-type-changed": Case(
        "BREAKING",
        UPDATE,
        f"{BODY} $.size",
        "number",
        "integer",
        lambda s: props(s, "ItemRequest")["size"].update(type=["number", "string"]),
        lambda s: props(s, "ItemRequest")["size"].update(type="integer"),
    ),
    "request-property-enum-value-removed": Case(
        "BREAKING",
        UPDATE,
        f"{BODY} $.kind",
        "a, b",
        "a",
        lambda s: schema(s, "Kind")["enum"].append("c"),
        lambda s: schema(s, "Kind")["enum"].remove("b"),
    ),
    "request-property-became-enum": Case(
        "BREAKING",
        UPDATE,
        f"{BODY} $.note",
        "any value",
        "short, long",
        lambda s: props(s, "ItemRequest")["note"].update(description="A note."),
        lambda s: props(s, "ItemRequest")["note"].update(enum=["short", "long"]),
    ),
    "request-property-removed": Case(
        "WARNING",
        UPDATE,
        f"{BODY} $.note",
        "optional",
        "absent",
        lambda s: props(s, "ItemRequest").update(extra={"type": "string"}),
        lambda s: props(s, "ItemRequest").pop("note"),
    ),
    "new-required-request-parameter": Case(
        "BREAKING",
        UPDATE,
        "header parameter X-Trace",
        "absent",
        "required",
        lambda s: op(s)["parameters"].append({"name": "X-Trace", "in": "header"}),
        lambda s: op(s)["parameters"].append({"name": "X-Trace", "in": "header", "required": True}),
    ),
    "request-parameter-became-required": Case(
        "BREAKING",
        UPDATE,
        "query parameter mode",
        "optional",
        "required",
        lambda s: param(s, "lang").update(required=False),
        lambda s: param(s, "mode").update(required=True),
    ),
    "request-parameter-enum-value-removed": Case(
        "BREAKING",
        UPDATE,
        "query parameter mode $",
        "fast, slow",
        "fast",
        lambda s: param(s, "mode")["schema"]["enum"].append("eco"),
        lambda s: param(s, "mode")["schema"]["enum"].remove("slow"),
    ),
    "request-parameter-type-changed": Case(
        "BREAKING",
        UPDATE,
        "path parameter id $",
        "integer",
        "string",
        lambda s: s["paths"]["/items/{id}"]["parameters"][0]["schema"].update(type="number"),
        lambda s: s["paths"]["/items/{id}"]["parameters"][0]["schema"].update(type="string"),
    ),
    "request-parameter-removed": Case(
        "WARNING",
        UPDATE,
        "query parameter mode",
        "present",
        "absent",
        lambda s: param(s, "mode").update(description="The mode."),
        lambda s: op(s)["parameters"].remove(param(s, "mode")),
    ),
    # A moved parameter is one change, not a removal and an addition.
    "request-parameter-location-changed": Case(
        "BREAKING",
        UPDATE,
        "header parameter lang",
        "query",
        "header",
        lambda s: param(s, "lang").update(description="The language."),
        lambda s: param(s, "lang").update({"in": "header"}),
    ),
    # Operations
    "api-path-removed-without-deprecation": Case(
        "BREAKING",
        UPDATE,
        "",
        "present",
        "absent",
        lambda s: s["paths"].update({"/other": s["paths"]["/items/{id}"]}),
        lambda s: s["paths"].pop("/items/{id}"),
    ),
    "api-removed-without-deprecation": Case(
        "BREAKING",
        GET,
        "",
        "present",
        "absent",
        lambda s: op(s, "get").update(summary="Read an item"),
        lambda s: s["paths"]["/items/{id}"].pop("get"),
    ),
    "api-operation-id-removed": Case(
        "BREAKING",
        UPDATE,
        "operationId",
        "updateItem",
        "patchItem",
        lambda s: op(s).update(summary="Update an item"),
        lambda s: op(s).update(operationId="patchItem"),
    ),
    "response-success-status-removed": Case(
        "BREAKING",
        UPDATE,
        "response 200",
        "present",
        "absent",
        lambda s: op(s)["responses"].update({"201": json_body("ItemEnvelope")}),
        lambda s: (
            op(s)["responses"].update({"201": json_body("ItemEnvelope")}),
            op(s)["responses"].pop("200"),
        ),
    ),
    "response-media-type-removed": Case(
        "BREAKING",
        UPDATE,
        "response 200 application/json",
        "present",
        "absent",
        lambda s: op(s)["responses"]["200"]["content"].update({"text/csv": {}}),
        lambda s: op(s)["responses"]["200"].update(content={"text/csv": {}}),
    ),
    "request-body-media-type-removed": Case(
        "BREAKING",
        UPDATE,
        "request body application/json",
        "present",
        "absent",
        lambda s: op(s)["requestBody"]["content"].update({"multipart/form-data": {}}),
        lambda s: op(s)["requestBody"].update(content={"multipart/form-data": {}}),
    ),
    "request-body-added-required": Case(
        "BREAKING",
        GET,
        "request body",
        "absent",
        "present",
        lambda s: op(s, "get").update(requestBody=json_body("ItemRequest")),
        lambda s: op(s, "get").update(requestBody={"required": True, **json_body("ItemRequest")}),
    ),
    "api-security-removed": Case(
        "BREAKING",
        UPDATE,
        "security",
        "basic",
        "absent",
        lambda s: op(s)["security"].append({"oauth": ["items"]}),
        lambda s: op(s)["security"].remove({"basic": []}),
    ),
    "api-security-anonymous-access-removed": Case(
        "BREAKING",
        GET,
        "security",
        "anonymous allowed",
        "credentials required",
        lambda s: op(s)["security"].append({}),
        lambda s: op(s, "get").pop("security"),  # the document's requirement applies
    ),
}


def run(change: Callable[[Spec], object]) -> list[Change]:
    new = copy.deepcopy(FIXTURE)
    change(new)
    return spec_changes(FIXTURE, new)


@pytest.mark.parametrize("name", CASES)
def test_each_rule_goes_from_compatible_to_flagged(name: str) -> None:
    case, rule = CASES[name], name.split(":")[-1]
    before = run(case.compatible)
    assert not [c for c in before if c.level == "BREAKING" or c.rule == rule], before
    after = run(case.breaking)
    fired = [c for c in after if c.rule == rule and c.operation == case.operation]
    assert [(c.level, c.operation, c.path, c.before, c.after) for c in fired] == [
        (case.level, case.operation, case.path, case.before, case.after)
    ], after


def test_an_unchanged_spec_has_no_changes() -> None:
    assert spec_changes(FIXTURE, copy.deepcopy(FIXTURE)) == []


def test_an_optional_field_an_operation_or_a_description_is_not_breaking() -> None:
    def additions(s: Spec) -> None:
        props(s, "Item").update(extra={"type": "string"})
        props(s, "ItemRequest").update(extra={"type": "string"})
        s["paths"]["/other"] = {"get": {"operationId": "other", "responses": {}}}
        schema(s, "Item")["description"] = "An item."

    changes = run(additions)
    assert {c.rule for c in changes} == {
        "response-optional-property-added",
        "new-optional-request-property",
        "endpoint-added",
    }
    report = Report("HEAD", changes, {})
    assert not report.breaking
    assert {c.kind for c in changes} == {"addition"}


def test_kinds_group_a_changelog() -> None:
    def mixed(s: Spec) -> None:
        schema(s, "Item")["required"].remove("name")  # breaking
        props(s, "Item").pop("tag")  # warning
        s["paths"]["/other"] = {"get": {"operationId": "other", "responses": {}}}  # addition
        schema(s, "ItemRequest")["required"].remove("title")  # fix: callers may leave it out

    kinds = {c.rule: c.kind for c in run(mixed)}
    assert kinds == {
        "response-property-became-optional": "breaking",
        "response-optional-property-removed": "warning",
        "endpoint-added": "addition",
        "request-property-became-optional": "fix",
    }
