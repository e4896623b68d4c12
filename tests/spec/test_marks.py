"""The spec says what the kit acts on: every operation about a kind of object has its role, and
every request field of an operation that texts someone says what it holds (kit/marks.py reads
them). A field left unmarked, an unknown kind, a target without its `how` and a missing role are
each shown caught, on a copy of the bundle with that one thing taken out."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from kit.marks import UNMARKED, Schemas, read_operations, request_schema, unmarked, walk
from kit.spec import bundle, example

# The documented JSON sends, one per sending type.
SEND_EXAMPLES = [
    *("SendNormal", "SendWebservice", "SendPeerToPeer", "SendPostalCode", "SendPattern"),
    *("SendVotp", "SendCountry", "SendGeolocation", "SendJob", "SendKeywordPhonebook"),
    "SendPhonebook",
]


def test_the_spec_marks_everything_the_kit_acts_on() -> None:
    assert unmarked(bundle()) == []


def broken(change: Any) -> list[str]:
    spec = copy.deepcopy(bundle())
    change(spec)
    return unmarked(spec)


def schemas_of(spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"]
    return found


def test_an_unmarked_recipient_field_is_caught() -> None:
    def unmark(spec: dict[str, Any]) -> None:
        del schemas_of(spec)["Recipients"]["x-ippanel-field"]

    found = broken(unmark)
    assert "sendSms: application/json params.recipients: no x-ippanel-field mark" in found
    assert "sendSms: multipart/form-data other_recipients[]: no x-ippanel-field mark" not in found


def test_an_unknown_kind_and_a_target_without_its_how_are_caught() -> None:
    def garble(spec: dict[str, Any]) -> None:
        schemas_of(spec)["SenderNumber"]["x-ippanel-field"] = "somebody"
        del schemas_of(spec)["JobTarget"]["x-ippanel-target"]

    found = broken(garble)
    assert any("from_number: x-ippanel-field 'somebody' is not one of" in f for f in found)
    assert any("params.[]: a target needs x-ippanel-target" in f for f in found)


def test_an_unmarked_query_parameter_of_the_url_send_is_caught() -> None:
    def unmark(spec: dict[str, Any]) -> None:
        for param in spec["paths"]["/api/send/webservice"]["get"]["parameters"]:
            param.pop("x-ippanel-field", None)

    assert "sendSmsByUrl: query to: no x-ippanel-field mark" in broken(unmark)


def test_a_missing_role_is_caught() -> None:
    def unrole(spec: dict[str, Any]) -> None:
        del spec["paths"]["/api/phonebooks"]["post"]["x-ippanel-role"]

    assert broken(unrole) == [
        "createPhonebook: x-ippanel-role must be one of create, list, read, update, delete"
    ]


@pytest.mark.parametrize("name", SEND_EXAMPLES)
def test_every_field_of_each_documented_send_is_marked(name: str) -> None:
    op = read_operations(bundle())["sendSms"]
    body = example(name)
    fields = list(walk(Schemas(bundle()), request_schema(bundle(), op, "application/json"), body))
    assert [f for f in fields if f.kind == UNMARKED] == []
    # Every number the example sends to sits in a field marked as recipients.
    recipients = [n for f in fields if f.kind == "recipients" for n in f.value]
    params = body.get("params")
    items = params if isinstance(params, list) else [params]
    texted = [*body.get("recipients", [])]
    texted += [n for p in items if isinstance(p, dict) for n in p.get("recipients", [])]
    assert set(texted) <= set(recipients)


def test_a_field_the_spec_does_not_declare_is_unmarked() -> None:
    op = read_operations(bundle())["sendSms"]
    body = {**example("SendNormal"), "numbers": ["+989355550000"]}
    schema = request_schema(bundle(), op, "application/json")
    (stray,) = [f for f in walk(Schemas(bundle()), schema, body) if f.kind == UNMARKED]
    assert stray.path == ("numbers",) and stray.why == "a field the spec does not declare"
