"""Drafts, patterns and phonebooks: the 30 operations where the Edge documentation puts them
(with the inventory's reading of its doc bugs), and the marks a live run needs to touch only
what it created: every write says that it changes data, which kind of object it is about,
what it creates, and where the ids of the objects it updates or deletes are."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import pytest

from kit.operations import operations
from tests.spec.spec_checks import deref

OPERATIONS = {
    # Draft (edge-docs/draft)
    ("post", "/api/user/draft/group"): "createDraftGroup",
    ("get", "/api/user/draft/group/list"): "listDraftGroups",
    ("put", "/api/user/draft/group"): "updateDraftGroup",
    ("post", "/api/user/draft/group/delete"): "deleteDraftGroup",
    ("post", "/api/user/draft"): "createDraft",
    ("get", "/api/user/draft/list"): "listDrafts",
    ("put", "/api/user/draft"): "updateDraft",
    ("post", "/api/user/draft/delete"): "deleteDrafts",
    # Pattern (edge-docs/pattern); create at /api/patterns/normal (inventory B2)
    ("post", "/api/patterns/normal"): "createPattern",
    ("get", "/api/patterns"): "listPatterns",
    ("get", "/api/patterns/{pattern_code}"): "getPattern",
    ("put", "/api/patterns/normal/{pattern_code}"): "updatePattern",
    ("delete", "/api/patterns/normal/{pattern_code}"): "deletePattern",
    # Phonebook (edge-docs/phonebook/phonebook)
    ("get", "/api/phonebooks/list-new"): "listPhonebooks",
    ("post", "/api/phonebooks"): "createPhonebook",
    ("post", "/api/phonebooks/delete-list"): "deletePhonebooks",
    ("put", "/api/phonebooks/{phonebook_id}"): "updatePhonebook",
    # Phonebook contacts (edge-docs/phonebook/number)
    ("post", "/api/phonebooks/numbers/add-list-new"): "addContacts",
    ("post", "/api/phonebooks/numbers/delete-list"): "deleteContacts",
    ("get", "/api/phonebooks/numbers/contact-list/{contact_id}"): "getContact",
    ("get", "/api/phonebooks/numbers/contact-list"): "listContacts",
    ("get", "/api/phonebooks/numbers/contact-list/export"): "exportContacts",
    ("put", "/api/phonebooks/numbers/update-new/{contact_id}"): "updateContact",
    ("post", "/api/phonebooks/{phonebook_id}/import"): "importContacts",
    ("get", "/api/phonebooks/{phonebook_id}/import/get-sample"): "getContactImportSample",
    ("get", "/api/phonebooks/{phonebook_id}/export"): "exportPhonebook",
    # Phonebook custom fields (edge-docs/phonebook/option)
    ("post", "/api/phonebooks/options"): "createCustomField",
    ("put", "/api/phonebooks/options/{option_id}"): "updateCustomField",
    ("get", "/api/phonebooks/options/list-new"): "listCustomFields",
    ("post", "/api/phonebooks/options/delete-list"): "deleteCustomFields",
}
TAGS = {"Draft", "Pattern", "Phonebook", "Phonebook contacts", "Phonebook custom fields"}
RESOURCES = {"draftGroup", "draft", "pattern", "phonebook", "contact", "customField"}
WRITES = ("create", "update", "delete", "add", "import")


def ours(spec: dict[str, Any]) -> dict[str, Mapping[str, Any]]:
    """Our operations by operationId."""
    return {
        op.operation_id: op.operation
        for op in operations(spec)
        if op.operation.get("tags", [None])[0] in TAGS
    }


def has_field(spec: dict[str, Any], schema: Any, name: str) -> bool:
    """`name` (`a`, or `list[].a` for a field of each item of `list`) is a property of
    `schema`."""
    head, _, rest = name.partition("[].")
    properties = deref(spec, schema).get("properties", {})
    if head not in properties:
        return False
    return not rest or has_field(spec, deref(spec, properties[head])["items"], rest)


def mark_problems(spec: dict[str, Any]) -> list[str]:
    """What is wrong with the side-effect marks of our operations."""
    problems = []
    for operation_id, operation in ours(spec).items():
        writes = operation_id.startswith(WRITES)
        if operation.get("x-ippanel-changes-data", False) is not writes:
            problems.append(f"{operation_id}: x-ippanel-changes-data should be {writes}")
        if operation.get("x-ippanel-resource") not in RESOURCES:
            problems.append(f"{operation_id}: no x-ippanel-resource")
        creates = operation_id.startswith(("create", "add", "import"))
        if (operation.get("x-ippanel-creates") in RESOURCES) is not creates:
            problems.append(
                f"{operation_id}: x-ippanel-creates should be {'set' if creates else 'absent'}"
            )
        targets = operation.get("x-ippanel-targets", [])
        if operation_id.startswith(("update", "delete")) and not targets:
            problems.append(f"{operation_id}: no x-ippanel-targets")
        parameters = {
            deref(spec, p)["name"]: deref(spec, p)["in"] for p in operation.get("parameters", [])
        }
        body = operation.get("requestBody", {}).get("content", {})
        for target in targets:
            if target["resource"] not in RESOURCES:
                problems.append(f"{operation_id}: target of unknown kind {target['resource']}")
            elif target["in"] == "body":
                if (
                    not all(has_field(spec, m["schema"], target["name"]) for m in body.values())
                    or not body
                ):
                    problems.append(f"{operation_id}: no body field {target['name']}")
            elif parameters.get(target["name"]) != target["in"]:
                problems.append(f"{operation_id}: no {target['in']} parameter {target['name']}")
    return problems


def test_the_thirty_operations(spec: dict[str, Any]) -> None:
    found = {
        (op.method, op.path): op.operation_id
        for op in operations(spec)
        if op.operation.get("tags", [None])[0] in TAGS
    }
    assert found == OPERATIONS
    assert {op["tags"][0] for op in ours(spec).values()} == TAGS
    assert TAGS <= {tag["name"] for tag in spec["tags"]}


def test_every_write_is_marked(spec: dict[str, Any]) -> None:
    assert mark_problems(spec) == []


@pytest.mark.parametrize(
    ("operation_id", "breaks", "problem"),
    [
        ("deletePattern", lambda op: op.pop("x-ippanel-targets"), "no x-ippanel-targets"),
        ("updateDraft", lambda op: op.pop("x-ippanel-changes-data"), "x-ippanel-changes-data"),
        ("createPhonebook", lambda op: op.pop("x-ippanel-creates"), "x-ippanel-creates"),
        (
            "deleteDrafts",
            lambda op: op["x-ippanel-targets"][0].update(name="draft_id"),
            "no body field draft_id",
        ),
        (
            "updateContact",
            lambda op: op["x-ippanel-targets"][0].update(name="id"),
            "no path parameter id",
        ),
    ],
)
def test_a_missing_or_wrong_mark_is_found(
    spec: dict[str, Any], operation_id: str, breaks: Any, problem: str
) -> None:
    broken = copy.deepcopy(spec)
    breaks(ours(broken)[operation_id])
    assert any(operation_id in p and problem in p for p in mark_problems(broken))


def test_a_contact_id_is_numeric(spec: dict[str, Any]) -> None:
    # So that `contact-list/export` can never be read as a contact.
    operation = spec["paths"]["/api/phonebooks/numbers/contact-list/{contact_id}"]["get"]
    (parameter,) = (deref(spec, p) for p in operation["parameters"])
    assert parameter["schema"]["type"] == "integer"


def test_the_pattern_list_takes_at_most_100(spec: dict[str, Any]) -> None:
    operation = spec["paths"]["/api/patterns"]["get"]
    per_page = next(
        p for p in (deref(spec, p) for p in operation["parameters"]) if p["name"] == "per_page"
    )
    assert per_page["schema"]["maximum"] == 100
