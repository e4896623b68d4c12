"""The guard fails closed, and takes its rules from one table. On an operation that sends SMS, a
field the spec does not mark (undeclared, unmarked, or a body not of the shape it declares) never
leaves the machine, and the gateway says which field in one line; each kind of field the spec
marks is refused when it reaches beyond the allowance, and the rewrite makes every such request
one the gateway lets through. A sending type added to the spec is judged and rewritten by its
marks alone. On the wire, judged by what reached the test server (its own log)."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from contract_tests.gateway import Gateway, RateLimit, Vault, running_gateway
from contract_tests.policy import RULES, confine, violations
from contract_tests.request import Request
from contract_tests.sending import sending_operations
from kit.marks import UNMARKED, read_operations, unmarked
from kit.spec import REPO, bundle, example
from tests.contract_tests.conftest import (
    ALLOWANCE,
    FROM_NUMBER,
    confined,
    refusals,
)
from tests.servers import Server

ALLOWED, STRANGER = "+989120000001", "+989355550000"
NORMAL: dict[str, Any] = {
    "sending_type": "normal",
    "from_number": FROM_NUMBER,
    "message": "hi",
    "params": {"recipients": [ALLOWED]},
}
SILENT = {"start": 0, "size": 0}
POSTAL: dict[str, Any] = {
    "sending_type": "postal_code",
    "from_number": FROM_NUMBER,
    "message": "hi",
    "params": [
        {
            **{"bank": "all", "postal_code": 131, "gender": 0, "age_from": 1330, "age_to": 1402},
            **{"mci": SILENT, "irancell": SILENT, "other": SILENT},
        }
    ],
}
NOT_MARKED = "the spec does not mark it"

# (what, body, the field the refusal names): each a JSON send the spec does not mark all of.
UNMARKED_SENDS = [
    ("a field the spec does not declare", {"numbers": [STRANGER]}, "numbers"),
    ("a stray field beside a send", {**NORMAL, "numbers": [STRANGER]}, "numbers"),
    (
        "a target's field outside any target",
        {**NORMAL, "mci": {"start": 0, "size": 5}},
        "mci",
    ),
    (
        "a field inside a target that the target does not declare",
        {**POSTAL, "params": [{**POSTAL["params"][0], "recipients": [STRANGER]}]},
        "params.0.recipients",
    ),
    ("a body that is not an object", [NORMAL], "the body"),
    (
        "recipients where the sending type is not said",
        {k: v for k, v in NORMAL.items() if k != "sending_type"},
        "params",
    ),
]


@pytest.fixture
def gateway(server: Server) -> Iterator[tuple[Gateway, str]]:
    vault = Vault()
    with running_gateway(server.url, server.token, vault, RateLimit("1000/s"), ALLOWANCE) as gw:
        yield gw, vault.stand_in(server.token)


def reached(server: Server, path: str) -> list[dict[str, Any]]:
    return [r for r in server.requests() if r.get("path") == path]


@pytest.mark.parametrize(
    ("what", "body", "field"), UNMARKED_SENDS, ids=[u[0] for u in UNMARKED_SENDS]
)
def test_a_field_the_spec_does_not_mark_never_leaves(
    gateway: tuple[Gateway, str], server: Server, what: str, body: Any, field: str
) -> None:
    gw, token = gateway
    with pytest.raises(httpx.TransportError):  # no answer at all: stopped
        httpx.post(gw.url + "/api/send", json=body, headers={"Authorization": token}, timeout=10)
    assert not reached(server, "/api/send")
    (stop,) = gw.blocked
    named = [r for r in stop.reasons if r.startswith(f"{field}: {NOT_MARKED}")]
    assert named and all("\n" not in r for r in stop.reasons), stop.reasons


def test_numbers_the_spec_does_not_name_are_refused_in_one_line() -> None:
    assert refusals(ALLOWANCE, {"numbers": [STRANGER]}) == [
        f"numbers: {NOT_MARKED} (a field the spec does not declare), so it may not go"
    ]


def test_a_query_parameter_the_spec_does_not_declare_is_refused(
    gateway: tuple[Gateway, str], server: Server
) -> None:
    """The URL send's `to` is judged as recipients; a name the spec does not declare there (the
    documentation's aliases), and any query on a send that takes none, is refused."""
    gw, token = gateway
    auth = {"Authorization": token}
    for path, query in [
        ("/api/send/webservice", {"from": FROM_NUMBER, "recipient": STRANGER, "message": "hi"}),
        ("/api/send", {"to": STRANGER}),
    ]:
        with pytest.raises(httpx.TransportError):
            httpx.request(
                "GET" if "webservice" in path else "POST",
                gw.url + path,
                params=query,
                headers=auth,
                json=NORMAL if path == "/api/send" else None,
            )
        assert not reached(server, path)
    assert [b.reasons[0].split(":")[0] for b in gw.blocked] == ["query recipient", "query to"]


# --- each kind's rule, on a broken input, and the rewrite that mends it --------------------------

# (kind, a JSON send with a field of that kind that must not go, what the refusal says)
BROKEN = [
    ("recipients", {**NORMAL, "params": {"recipients": [ALLOWED, STRANGER]}}, "is not in"),
    ("sender", {**NORMAL, "from_number": "+98BANK"}, "is not IPPANEL_FROM_NUMBER"),
    (
        "target",
        {**POSTAL, "params": [{**POSTAL["params"][0], "mci": {"start": 0, "size": 1}}]},
        "a target that takes people",
    ),
    (
        "phonebook",
        {**example("SendPhonebook"), "params": [{"type": "all", "phonebook_ids": ["456987"]}]},
        "is not IPPANEL_TEST_PHONEBOOK_ID",
    ),
    (
        "phonebook",
        {**example("SendPhonebook"), "params": [{"type": "all"}]},
        "left out",
    ),
    (UNMARKED, {**NORMAL, "numbers": [STRANGER]}, NOT_MARKED),
]


@pytest.mark.parametrize(("kind", "body", "says"), BROKEN, ids=[f"{b[0]}-{b[2]}" for b in BROKEN])
def test_each_kinds_rule_refuses_a_broken_input_and_the_rewrite_mends_it(
    kind: str, body: Any, says: str
) -> None:
    reasons = refusals(ALLOWANCE, body)
    assert reasons and all(says in r for r in reasons), reasons
    mended = confined(ALLOWANCE, body)
    assert refusals(ALLOWANCE, mended) == []


def test_the_file_rule_refuses_a_stranger_and_an_unreadable_file() -> None:
    """As the gateway reads a multipart send (httpx lays it out, not the guard)."""
    op = read_operations(bundle())["sendSms"]
    fields = {"sending_type": "file", "from_number": FROM_NUMBER, "message": "hi"}

    def sent(data: bytes) -> list[str]:
        files = [("files[]", ("f.csv", data, "text/csv"))]
        request = httpx.Request("POST", "http://x/api/send", data=fields, files=files)
        read = Request.read(
            "POST", "/api/send", "", request.headers["content-type"], request.read()
        )
        return violations(ALLOWANCE, read, op)

    assert sent(b"recipient\n" + STRANGER.encode()) == [
        "files[]: 9893…00 is not in IPPANEL_TEST_RECIPIENTS"
    ]
    assert sent(b"PK\x03\x04rest") == ["files[]: a zip/XLSX file, whose numbers cannot be checked"]
    assert sent(ALLOWANCE.safe_csv()) == []
    mended = confine(ALLOWANCE, op, "multipart/form-data", {**fields, "files[]": [b"\xff\xfe"]})
    assert mended["files[]"] == [ALLOWANCE.safe_csv()]


def test_a_kind_that_reaches_nobody_lets_any_value_go() -> None:
    """A message, a template's code, content and credentials reach nobody: a number in them is
    text, not a recipient (the recipients are judged in their own fields)."""
    body = {**NORMAL, "message": f"call {STRANGER}", "send_time": "2030-01-01 10:00:00"}
    assert refusals(ALLOWANCE, body) == []
    login = {"username": STRANGER, "password": STRANGER}
    assert refusals(ALLOWANCE, login, "login") == []


def test_the_table_has_a_rule_for_every_kind_the_spec_marks() -> None:
    """Judged by the spec's sources: every `x-ippanel-field` kind written there has its rule."""
    written = {
        m
        for path in (REPO / "openapi").rglob("*.yaml")
        if "bundled" not in path.parts
        for m in re.findall(r"x-ippanel-field:\s*([\w-]+)", path.read_text(encoding="utf-8"))
    }
    assert written and written | {UNMARKED} <= RULES.keys()


# --- a sending type added to the spec: judged by its marks alone ----------------------------------


def with_fifteenth_type(marked: bool) -> dict[str, Any]:
    """The bundle with one more JSON sending type, `numbers_list`: its recipients in a field no
    code names (`numbers`), marked as recipients, or not."""
    spec = copy.deepcopy(bundle())
    schemas = spec["components"]["schemas"]
    numbers: dict[str, Any] = {
        "type": "array",
        "items": {"$ref": "#/components/schemas/PhoneNumber"},
    }
    if marked:
        numbers["x-ippanel-field"] = "recipients"
    schemas["SendNumbersListRequest"] = {
        "type": "object",
        "required": ["sending_type", "from_number", "message", "numbers"],
        "properties": {
            "sending_type": {
                "x-ippanel-field": "content",
                "type": "string",
                "const": "numbers_list",
            },
            "from_number": {"$ref": "#/components/schemas/SenderNumber"},
            "message": {"x-ippanel-field": "message", "type": "string"},
            "numbers": numbers,
        },
    }
    schemas["SendSmsRequest"]["oneOf"].append(
        {"$ref": "#/components/schemas/SendNumbersListRequest"}
    )
    return spec


def numbers_list(*numbers: str) -> bytes:
    body = {"sending_type": "numbers_list", "from_number": FROM_NUMBER, "message": "hi"}
    return httpx.Request("POST", "http://x", json={**body, "numbers": list(numbers)}).read()


def test_a_new_sending_type_is_judged_and_rewritten_by_its_marks_alone() -> None:
    spec = with_fifteenth_type(marked=True)
    assert unmarked(spec) == []
    op = read_operations(spec)["sendSms"]

    def judged(body: bytes) -> list[str]:
        return violations(
            ALLOWANCE, Request.read("POST", "/api/send", "", "application/json", body), op, spec
        )

    assert judged(numbers_list(ALLOWED)) == []
    assert judged(numbers_list(ALLOWED, STRANGER)) == [
        "numbers: 9893…00 is not in IPPANEL_TEST_RECIPIENTS"
    ]
    generated = {"sending_type": "numbers_list", "from_number": "+98BANK", "numbers": [STRANGER, 9]}
    mended = confine(ALLOWANCE, op, "application/json", generated, spec)
    assert mended == {**generated, "from_number": FROM_NUMBER, "numbers": [ALLOWED, 9]}


def test_a_new_sending_type_left_unmarked_fails_the_spec_check_and_is_refused() -> None:
    spec = with_fifteenth_type(marked=False)
    assert unmarked(spec) == ["sendSms: application/json numbers: no x-ippanel-field mark"]
    op = read_operations(spec)["sendSms"]
    request = Request.read("POST", "/api/send", "", "application/json", numbers_list(ALLOWED))
    assert violations(ALLOWANCE, request, op, spec) == [
        f"numbers.0: {NOT_MARKED} (no x-ippanel-field mark in the spec), so it may not go"
    ]


def test_an_operation_that_names_recipients_is_judged_as_a_send_whatever_else_it_marks() -> None:
    spec = copy.deepcopy(bundle())
    del spec["paths"]["/api/send/webservice"]["get"]["x-ippanel-sends-sms"]
    assert "sendSmsByUrl" in sending_operations(spec)
    assert "calculateSmsPrice" not in sending_operations(spec)  # a sender alone reaches nobody


def test_the_gateway_judges_a_new_sending_type_by_the_spec_it_reads(server: Server) -> None:
    """On the wire: the marked type's send to the allowed numbers leaves, to a stranger it is
    stopped; the unmarked twin's is stopped whatever it names."""
    vault = Vault()
    auth = {"Authorization": vault.stand_in(server.token), "Content-Type": "application/json"}
    outcomes = []
    for marked, numbers in [(True, [ALLOWED]), (True, [ALLOWED, STRANGER]), (False, [ALLOWED])]:
        spec = with_fifteenth_type(marked)
        rate = RateLimit("1000/s")
        with running_gateway(server.url, server.token, vault, rate, ALLOWANCE, spec=spec) as gw:
            try:
                httpx.post(gw.url + "/api/send", content=numbers_list(*numbers), headers=auth)
            except httpx.TransportError:
                pass  # stopped: no answer at all
        outcomes.append([r.split(":")[0] for b in gw.blocked for r in b.reasons])
    assert outcomes == [[], ["numbers"], ["numbers.0"]]
    assert len(reached(server, "/api/send")) == 1
