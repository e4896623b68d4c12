"""`make diff`'s spec rules (tools/apidiff/spec.py) for operations, request bodies, responses,
security and refactors, in process on the small spec of api_diff_fixture.py: each rule shown
silent on a change just short of it, then firing on the change it exists for, at the level the
case says (oasdiff's: checker/rules.go's ERR, WARN, INFO; or the kit's where its clients
decide), named by operation and path, before and after. Fields, parameters and headers are in
test_api_diff_field_rules.py, schema keywords at every place in test_api_diff_schema_rules.py.
"""

from __future__ import annotations

import copy

import pytest

from tools.apidiff import spec_changes
from tools.apidiff.report import Report

from .api_diff_fixture import (
    BODY,
    FIXTURE,
    GET,
    OK_JSON,
    REPLACE,
    UPDATE,
    Case,
    Spec,
    json_body,
    judge,
    op,
    props,
    run,
    schema,
)

CASES: dict[str, Case] = {
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
    "needs-two:api-security-removed": Case(
        "BREAKING",
        UPDATE,
        "security",
        "apiKey",
        "apiKey, oauth",
        lambda s: op(s)["security"].append({"apiKey": [], "oauth": []}),
        lambda s: op(s)["security"].__setitem__(0, {"apiKey": [], "oauth": []}),
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
    "endpoint-added": Case(
        "info",
        "GET /other",
        "",
        "absent",
        "present",
        lambda s: op(s, "get").update(summary="Read an item"),
        lambda s: s["paths"].update({"/other": {"get": {"operationId": "other", "responses": {}}}}),
    ),
    # Lifecycle: deprecation is news; a removal after it is not a break, before its sunset it is
    "endpoint-deprecated": Case(
        "info",
        GET,
        "deprecated",
        "in use",
        "deprecated",
        lambda s: op(s, "get").update(description="Deprecation is coming."),
        lambda s: op(s, "get").update(deprecated=True),
    ),
    "endpoint-deprecated-with-sunset": Case(
        "info",
        GET,
        "deprecated",
        "in use",
        "deprecated, sunset 2027-01-01",
        lambda s: op(s, "get").update(deprecated=True),
        lambda s: op(s, "get").update({"deprecated": True, "x-sunset": "2027-01-01"}),
    ),
    "endpoint-reactivated": Case(
        "info",
        GET,
        "deprecated",
        "deprecated",
        "in use",
        lambda s: op(s, "get").update({"x-sunset": "2027-01-01"}),
        lambda s: op(s, "get").pop("deprecated"),
        setup=lambda s: op(s, "get").update(deprecated=True),
    ),
    "api-removed-with-deprecation": Case(
        "info",
        GET,
        "",
        "present",
        "absent",
        lambda s: op(s, "get").update(summary="Gone soon"),
        lambda s: s["paths"]["/items/{id}"].pop("get"),
        setup=lambda s: op(s, "get").update({"deprecated": True, "x-sunset": "2026-01-01"}),
    ),
    "api-removed-before-sunset": Case(
        "BREAKING",
        GET,
        "",
        "present",
        "absent",
        lambda s: op(s, "get").update({"x-sunset": "2026-06-01"}),  # today: not before it
        lambda s: s["paths"]["/items/{id}"].pop("get"),
        setup=lambda s: op(s, "get").update({"deprecated": True, "x-sunset": "2026-06-02"}),
    ),
    "api-path-removed-with-deprecation": Case(
        "info",
        UPDATE,
        "",
        "present",
        "absent",
        lambda s: s["paths"]["/items/{id}"].pop("get"),
        lambda s: s["paths"].pop("/items/{id}"),
        setup=lambda s: [op(s, m).update(deprecated=True) for m in ("get", "put", "post")],
    ),
    "api-path-removed-before-sunset": Case(
        "BREAKING",
        UPDATE,
        "",
        "present",
        "absent",
        lambda s: op(s).update({"x-sunset": "2026-05-31"}),
        lambda s: s["paths"].pop("/items/{id}"),
        setup=lambda s: [
            op(s, m).update({"deprecated": True, "x-sunset": "2026-12-31"})
            for m in ("get", "put", "post")
        ],
    ),
    # Security
    "api-security-added": Case(
        "info",
        UPDATE,
        "security",
        "absent",
        "oauth",
        lambda s: op(s).update(summary="Also by OAuth, soon"),
        lambda s: op(s)["security"].append({"oauth": ["items"]}),
    ),
    "api-security-anonymous-access-added": Case(
        "info",
        UPDATE,
        "security",
        "credentials required",
        "anonymous allowed",
        lambda s: op(s)["security"].append({"oauth": []}),
        lambda s: op(s)["security"].append({}),
    ),
    "api-security-scope-added": Case(
        "BREAKING",
        UPDATE,
        "security oauth",
        "read",
        "read, write",
        lambda s: op(s).update(security=[{"oauth": ["read"]}, {"oauth": ["read", "write"]}]),
        lambda s: op(s).update(security=[{"oauth": ["read", "write"]}]),
        setup=lambda s: op(s).update(security=[{"oauth": ["read"]}]),
    ),
    "api-security-scope-removed": Case(
        "info",
        UPDATE,
        "security oauth",
        "read, write",
        "read",
        lambda s: op(s).update(security=[{"oauth": ["write", "read"]}]),
        lambda s: op(s).update(security=[{"oauth": ["read"]}]),
        setup=lambda s: op(s).update(security=[{"oauth": ["read", "write"]}]),
    ),
    "api-security-scheme-changed": Case(
        "BREAKING",
        "",
        "securitySchemes.apiKey.name",
        "Authorization",
        "X-Api-Key",
        lambda s: s["components"]["securitySchemes"]["apiKey"].update(description="The key."),
        lambda s: s["components"]["securitySchemes"]["apiKey"].update(name="X-Api-Key"),
    ),
    # Request bodies and responses
    "request-body-added-optional": Case(
        "info",
        GET,
        "request body",
        "absent",
        "present",
        lambda s: op(s, "get").update(description="Takes no body."),
        lambda s: op(s, "get").update(requestBody=json_body("ItemRequest")),
    ),
    "request-body-removed": Case(
        "BREAKING",
        REPLACE,
        "request body",
        "present",
        "absent",
        lambda s: op(s, "put")["requestBody"].update(description="The item."),
        lambda s: op(s, "put").pop("requestBody"),
    ),
    "request-body-became-required": Case(
        "BREAKING",
        REPLACE,
        "request body",
        "optional",
        "required",
        lambda s: op(s, "put")["requestBody"].update(required=False),
        lambda s: op(s, "put")["requestBody"].update(required=True),
    ),
    "request-body-became-optional": Case(
        "info",
        UPDATE,
        "request body",
        "required",
        "optional",
        lambda s: op(s)["requestBody"].update(required=True),
        lambda s: op(s)["requestBody"].update(required=False),
    ),
    "request-body-media-type-added": Case(
        "info",
        UPDATE,
        "request body multipart/form-data",
        "absent",
        "present",
        lambda s: op(s)["requestBody"].update(description="JSON."),
        lambda s: op(s)["requestBody"]["content"].update({"multipart/form-data": {}}),
    ),
    "response-success-status-added": Case(
        "info",
        REPLACE,
        "response 200",
        "absent",
        "present",
        lambda s: op(s, "put")["responses"].update({"404": json_body("Envelope")}),
        lambda s: op(s, "put")["responses"].update({"200": json_body("ItemEnvelope")}),
    ),
    "response-media-type-added": Case(
        "info",
        UPDATE,
        "response 200 text/csv",
        "absent",
        "present",
        lambda s: op(s)["responses"]["200"].update(description="The item."),
        lambda s: op(s)["responses"]["200"]["content"].update({"text/csv": {}}),
    ),
    # Refactors: the wire is the same, the clients' names or the way their types are written
    # change; never breaking
    "component-renamed": Case(
        "WARNING",
        "",
        "components.schemas.Kind",
        "Kind",
        "ItemKind",
        lambda s: schema(s, "Kind").update(description="Kept under its name."),
        lambda s: rename(s, "Kind", "ItemKind"),
    ),
    "schema-ref-changed": Case(
        "WARNING",
        UPDATE,
        f"{BODY} $.kind",
        "Kind",
        "inline",
        lambda s: schema(s, "Kind").update(description="Still a component."),
        lambda s: props(s, "ItemRequest").update(kind={"type": "string", "enum": ["a", "b"]}),
    ),
    "schema-all-of-changed": Case(
        "info",
        UPDATE,
        f"{OK_JSON} $",
        "Envelope, inline",
        "inline, inline",
        lambda s: schema(s, "ItemEnvelope").update(description="Still in two parts."),
        lambda s: schema(s, "ItemEnvelope")["allOf"].__setitem__(
            0, copy.deepcopy(schema(s, "Envelope"))
        ),
    ),
}


def rename(spec: Spec, old: str, new: str) -> None:
    """A component renamed, and every `$ref` to it."""
    schemas = spec["components"]["schemas"]
    schemas[new] = schemas.pop(old)

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("$ref") == f"#/components/schemas/{old}":
                node["$ref"] = f"#/components/schemas/{new}"
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)


def rule_ids() -> set[str]:
    return {name.split(":")[-1] for name in CASES}


@pytest.mark.parametrize("name", CASES)
def test_each_rule_goes_from_compatible_to_flagged(name: str) -> None:
    judge(name, CASES[name])


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
