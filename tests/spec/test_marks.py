"""The spec says what the kit acts on: every operation about a kind of object has its role, and
every request field of an operation that texts someone says what it holds (kit/marks.py reads
them). A field left unmarked, an unknown kind, a target without its `how` and a missing role are
each shown caught, on a copy of the bundle with that one thing taken out."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from kit.marks import (
    ABSENT,
    UNMARKED,
    Found,
    Schemas,
    created_in,
    names_by_kind,
    read_operations,
    request_fields,
    request_schema,
    shares,
    unmarked,
    walk,
)
from kit.spec import bundle, deref, example

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


# --- what the guard reads: the walk, fail closed -----------------------------------------------


def send_fields(body: Any, media: str = "application/json") -> list[Found]:
    spec = bundle()
    return list(request_fields(spec, read_operations(spec)["sendSms"], media, body, {}))


def test_a_field_the_variants_mark_differently_is_unmarked_when_the_type_is_unsaid() -> None:
    """`params` is a pattern's placeholders (content) but a normal send's recipients: a body
    that names no sending type cannot say which, so its `params` is unmarked; with its type, the
    recipients inside are found."""
    body = {"from_number": "+983000505", "params": {"recipients": ["+989355550000"]}}
    (params,) = [f for f in send_fields(body) if f.path == ("params",)]
    assert params.kind == UNMARKED and params.why == "marked differently where declared"
    typed = send_fields({**body, "sending_type": "normal"})
    assert [f.kind for f in typed if f.path == ("params", "recipients")] == ["recipients"]


def test_a_field_inside_a_marked_value_that_the_spec_does_not_declare_is_unmarked() -> None:
    target = {**example("SendPostalCode")["params"][0], "recipients": ["+989355550000"]}
    body = {**example("SendPostalCode"), "params": [target]}
    stray = [f for f in send_fields(body) if f.kind == UNMARKED]
    assert [f.path for f in stray] == [("params", 0, "recipients")]
    assert [f.kind for f in send_fields(example("SendPostalCode")) if f.kind == UNMARKED] == []


def test_a_required_field_left_out_is_found_when_asked_for() -> None:
    spec = bundle()
    body = {**example("SendPhonebook"), "params": [{"type": "all"}]}
    op = read_operations(spec)["sendSms"]
    found = request_fields(spec, op, "application/json", body, {}, absent=("phonebook",))
    (missing,) = [f for f in found if f.value is ABSENT]
    assert missing.path == ("params", 0, "phonebook_ids") and missing.kind == "phonebook"
    given = request_fields(
        spec, op, "application/json", example("SendPhonebook"), {}, ("phonebook",)
    )
    assert [f for f in given if f.value is ABSENT] == []


def test_a_body_or_query_parameter_the_operation_does_not_declare_is_unmarked() -> None:
    spec = bundle()
    ops = read_operations(spec)
    found = list(request_fields(spec, ops["sendSms"], "text/plain", {"to": "x"}, {"to": ["1"]}))
    assert [(f.where, f.kind) for f in found] == [("the body", UNMARKED), ("query to", UNMARKED)]
    # The spec's query credentials are credentials wherever they go (a run's auth adds them).
    (key,) = request_fields(spec, ops["login"], None, None, {"apikey": ["k"]})
    assert key.kind == "credential"


@pytest.mark.parametrize(
    "name", ["PostalCodeTarget", "CountryTarget", "GeolocationTarget", "JobTarget"]
)
def test_each_target_says_where_it_takes_subscribers(name: str) -> None:
    """Judged by the target's own schema: its fields whose schema (or items') has a `size`, the
    documentation's count of an operator's subscribers ("a size of 0 uses none")."""
    schema = schemas_of(bundle())[name]

    def counted(node: Any) -> bool:
        node = deref(node)
        return "size" in deref(node.get("items", node)).get("properties", {})

    counts = [f for f, node in schema["properties"].items() if counted(node)]
    found = shares(bundle(), {"$ref": f"#/components/schemas/{name}"}, schema["x-ippanel-target"])
    assert counts and [s.field for s in found] == counts
    assert all(s.count == "size" and all(e["size"] == 0 for e in s.silent) for s in found)


def test_a_target_without_its_counts_marked_is_caught() -> None:
    def unmark(spec: dict[str, Any]) -> None:
        for name in ("OperatorRange", "OperatorShare"):
            del schemas_of(spec)[name]["properties"]["size"]["x-ippanel-takes"]

    found = broken(unmark)
    assert any("params.[]: a target needs its operators' counts marked" in f for f in found)


def test_what_a_create_answers_names_it() -> None:
    names = names_by_kind(read_operations(bundle()).values())
    assert names["pattern"] == {"id", "pattern_code"}
    answer = {"data": {"id": 7, "options": [{"id": 8}], "pattern_code": "AbC", "flag": True}}
    assert created_in(answer, names["pattern"]) == [{"id": "7", "pattern_code": "AbC"}]
    assert created_in({"data": [{"id": 1}, {"id": True}]}, {"id"}) == [{"id": "1"}]
    assert created_in({"data": None}, {"id"}) == []
