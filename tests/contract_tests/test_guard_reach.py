"""The gateway on the wire, for the ways of reaching people beyond a list of numbers:
region and job targets, phonebooks, keyword and file uploads, the URL send and cancel. Each
request below is crafted as a server would read it; each unsafe one must never reach the test
server, each safe one must. And the hooks' rewrite turns each unsafe body into a safe one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from contract_tests.gateway import (
    Gateway,
    RateLimit,
    Vault,
    running_gateway,
)
from contract_tests.policy import Allowance, confine_query
from contract_tests.sending import CANCEL_PATH
from kit.marks import spec_operations
from tests.contract_tests.conftest import FROM_NUMBER, TEST_RECIPIENTS, confined, refusals
from tests.servers import Server

PHONEBOOK = "77"
ALLOWANCE = Allowance(tuple(TEST_RECIPIENTS.split(",")), FROM_NUMBER, PHONEBOOK)
ALLOWED, STRANGER = "+989120000001", "+989355550000"
ZERO = {"start": 0, "size": 0}
COUNTRY = {
    "bank": "all",
    "pre": 912,
    "province_id": 8,
    "gender": 0,
    "age_from": 1330,
    "age_to": 1402,
    "mci": ZERO,
    "irancell": ZERO,
    "other": ZERO,
}
SILENT_OPERATORS = [{"id": 1, "start": 0, "size": 0}, {"id": 2, "start": 0, "size": 0}]
GEOLOCATION = {"province_id": 8, "city_id": 3, "operator": SILENT_OPERATORS}
JOB = {"main_category_id": 4, "sub_category_id": 9, "operator": SILENT_OPERATORS}


def send(sending_type: str, params: Any, **more: Any) -> dict[str, Any]:
    body = {"sending_type": sending_type, "from_number": FROM_NUMBER, "message": "hi"}
    return {"json": {**body, "params": params, **more}}


def upload(
    sending_type: str, data: bytes, name: str = "f.csv", fields: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "data": {
            "sending_type": sending_type,
            "from_number": FROM_NUMBER,
            "message": "hi",
            **(fields or {}),
        },
        "files": [("files[]", (name, data, "text/csv"))],
    }


def csv(*numbers: str) -> bytes:
    return b"recipient\n" + b"".join(f"{n}\n".encode() for n in numbers)


XLSX = b"PK\x03\x04rest"
URL_SEND_PATH = "/api/send/webservice"

# (what, method, path, request kwargs)
STOPPED = [
    (
        "country: an mci range of size 1",
        "POST",
        "/api/send",
        send("country", [{**COUNTRY, "mci": {"start": 0, "size": 1}}]),
    ),
    (
        "country: no irancell range",
        "POST",
        "/api/send",
        send("country", [{k: v for k, v in COUNTRY.items() if k != "irancell"}]),
    ),
    (
        "geolocation: no operator list",
        "POST",
        "/api/send",
        send("geolocation", [{"province_id": 8}]),
    ),
    (
        "geolocation: an empty operator list",
        "POST",
        "/api/send",
        send("geolocation", [{"province_id": 8, "operator": []}]),
    ),
    (
        "geolocation: an operator of size 5",
        "POST",
        "/api/send",
        send("geolocation", [{**GEOLOCATION, "operator": [{"id": 1, "start": 0, "size": 5}]}]),
    ),
    ("job: no operator list", "POST", "/api/send", send("job", [{"main_category_id": 4}])),
    (
        "job: a size given as a string",
        "POST",
        "/api/send",
        send("job", [{**JOB, "operator": [{"id": 13, "start": 0, "size": "0"}]}]),
    ),
    (
        "a job target under another type",
        "POST",
        "/api/send",
        send("normal", {"recipients": [ALLOWED], "extra": {"main_category_id": 4}}),
    ),
    (
        "phonebook: another phonebook",
        "POST",
        "/api/send",
        send("phonebook", [{"type": "all", "phonebook_ids": [PHONEBOOK, "456987"]}]),
    ),
    (
        "phonebook: detail of another phonebook",
        "POST",
        "/api/send",
        send("phonebook", [{"type": "detail", "phonebook_id": "456987", "number_ids": ["1"]}]),
    ),
    ("phonebook: no phonebook named", "POST", "/api/send", send("phonebook", [{"type": "all"}])),
    (
        "keyword_phonebook: another phonebook",
        "POST",
        "/api/send",
        send("keyword_phonebook", [{"phonebook_id": 456987}]),
    ),
    (
        "keyword: a stranger in the CSV",
        "POST",
        "/api/send",
        upload("keyword", csv(ALLOWED, STRANGER)),
    ),
    ("keyword: an XLSX", "POST", "/api/send", upload("keyword", XLSX, "f.xlsx")),
    ("file: a stranger in the CSV", "POST", "/api/send", upload("file", csv(STRANGER))),
    ("file: an XLSX", "POST", "/api/send", upload("file", XLSX, "f.xlsx")),
    (
        "file: a stranger in other_recipients[]",
        "POST",
        "/api/send",
        upload("file", csv(ALLOWED), fields={"other_recipients[]": [ALLOWED, STRANGER]}),
    ),
    (
        "URL send: to",
        "GET",
        URL_SEND_PATH,
        {"params": {"from": FROM_NUMBER, "to": STRANGER, "message": "hi"}},
    ),
    (
        "URL send: the recipient alias",
        "GET",
        URL_SEND_PATH,
        {"params": {"sender": FROM_NUMBER, "recipient": STRANGER, "text": "hi"}},
    ),
    (
        "URL send: another sender",
        "GET",
        URL_SEND_PATH,
        {"params": {"src": "+98BANK", "dst": ALLOWED, "msg": "hi"}},
    ),
    (
        "cancel: a message this run did not schedule",
        "POST",
        CANCEL_PATH,
        {"json": {"message_outbox_id": 1148303263}},
    ),
    ("cancel: no id", "POST", CANCEL_PATH, {"json": {}}),
    ("cancel: a method it does not declare", "GET", CANCEL_PATH, {}),
]
ALLOWED_REQUESTS = [
    ("country, silent", "POST", "/api/send", send("country", [COUNTRY])),
    ("geolocation, silent", "POST", "/api/send", send("geolocation", [GEOLOCATION])),
    ("job, silent", "POST", "/api/send", send("job", [JOB])),
    (
        "phonebook, QA's",
        "POST",
        "/api/send",
        send(
            "phonebook",
            [
                {"type": "all", "phonebook_ids": [PHONEBOOK]},
                {"type": "detail", "phonebook_id": PHONEBOOK, "number_ids": ["1"]},
            ],
        ),
    ),
    (
        "keyword_phonebook, QA's",
        "POST",
        "/api/send",
        send("keyword_phonebook", [{"phonebook_id": int(PHONEBOOK)}]),
    ),
    ("keyword, allowed CSV", "POST", "/api/send", upload("keyword", csv(ALLOWED))),
    (
        "file, allowed",
        "POST",
        "/api/send",
        upload("file", csv(ALLOWED), fields={"other_recipients[]": [ALLOWED]}),
    ),
    (
        "URL send, allowed",
        "GET",
        URL_SEND_PATH,
        {"params": {"from": FROM_NUMBER, "to": ALLOWED, "message": "hi"}},
    ),
]


@pytest.fixture
def gateway(server: Server) -> Iterator[tuple[Gateway, Vault]]:
    vault = Vault()
    with running_gateway(server.url, server.token, vault, RateLimit("1000/s"), ALLOWANCE) as gw:
        yield gw, vault


def call(gw: Gateway, vault: Vault, server: Server, method: str, path: str, **kwargs: Any):  # noqa: ANN201
    headers = {"Authorization": vault.stand_in(server.token)}
    return httpx.request(method, gw.url + path, headers=headers, timeout=10, **kwargs)


def reached(server: Server, path: str) -> list[dict[str, Any]]:
    return [r for r in server.requests() if r.get("path") == path]


@pytest.mark.parametrize(("what", "method", "path", "kwargs"), STOPPED, ids=[s[0] for s in STOPPED])
def test_each_new_way_of_reaching_strangers_is_stopped(
    gateway, server: Server, what: str, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    gw, vault = gateway
    with pytest.raises(httpx.TransportError):
        call(gw, vault, server, method, path, **kwargs)
    assert len(gw.blocked) == 1, gw.blocked
    assert not reached(server, path)


@pytest.mark.parametrize(
    ("what", "method", "path", "kwargs"), ALLOWED_REQUESTS, ids=[s[0] for s in ALLOWED_REQUESTS]
)
def test_the_safe_form_of_each_goes_through(
    gateway, server: Server, what: str, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    gw, vault = gateway
    call(gw, vault, server, method, path, **kwargs)
    assert gw.blocked == [] and reached(server, path)


@pytest.mark.parametrize(
    ("what", "body"),
    [(s[0], s[3]["json"]) for s in STOPPED if s[2] == "/api/send" and "json" in s[3]],
)
def test_the_rewrite_makes_each_json_send_safe(what: str, body: dict[str, Any]) -> None:
    assert refusals(ALLOWANCE, body) != []
    assert refusals(ALLOWANCE, confined(ALLOWANCE, body)) == []


def test_the_rewrite_confines_the_url_sends_query() -> None:
    """Its declared parameters are confined like form fields; the aliases the documentation
    lists, which the spec does not declare, are left out (the gateway refuses them)."""
    url_send = spec_operations()["sendSmsByUrl"]
    query = {"from": "+98BANK", "to": [STRANGER], "message": "hi", "apikey": "x"}
    assert confine_query(ALLOWANCE, url_send, query) == {
        "from": FROM_NUMBER,
        "to": [ALLOWED],
        "message": "hi",
        "apikey": "x",
    }
    aliases = {"src": "+98BANK", "recipient": [STRANGER], "text": "hi", "apikey": "x"}
    assert confine_query(ALLOWANCE, url_send, aliases) == {"apikey": "x"}


def test_the_url_sends_credentials_are_stand_ins_until_the_gateway(gateway, server: Server) -> None:
    """schemathesis holds stand-ins only, in the query too: the server gets the real key and
    password (URL-escaped), and what comes back has neither."""
    gw, vault = gateway
    password = "p&ss=w0rd secret"
    key, secret = vault.stand_in(server.token), vault.stand_in(password)
    params = {
        "from": FROM_NUMBER,
        "to": ALLOWED,
        "message": "hi",
        "apikey": key,
        "password": secret,
    }
    response = call(gw, vault, server, "GET", URL_SEND_PATH, params=params)
    (received,) = reached(server, URL_SEND_PATH)
    query = parse_qs(received["query"])
    assert query["apikey"] == [server.token] and query["password"] == [password]
    assert server.token not in response.text and gw.blocked == []


def test_cancel_needs_the_send_opt_in(server: Server) -> None:
    vault = Vault()
    with running_gateway(server.url, server.token, vault, RateLimit("1000/s"), None) as gw:
        with pytest.raises(httpx.TransportError):
            call(gw, vault, server, "POST", CANCEL_PATH, json={"message_outbox_id": 1000})
    assert "IPPANEL_ALLOW_SEND is not 1" in gw.blocked[0].reasons[0]
    assert not reached(server, CANCEL_PATH)


def test_only_a_message_the_run_scheduled_may_be_cancelled(gateway, server: Server) -> None:
    gw, vault = gateway
    now = {
        "sending_type": "normal",
        "from_number": FROM_NUMBER,
        "message": "hi",
        "params": {"recipients": [ALLOWED]},
    }
    sent = call(gw, vault, server, "POST", "/api/send", json=now).json()["data"]
    later = call(
        gw, vault, server, "POST", "/api/send", json={**now, "send_time": "2030-01-01 10:00:00"}
    ).json()["data"]
    (sent_id,), (scheduled_id,) = sent["message_outbox_ids"], later["message_outbox_ids"]
    assert gw.record.created == {"scheduledMessage": {str(scheduled_id)}}
    with pytest.raises(httpx.TransportError):  # sent at once: nothing of ours to cancel
        call(gw, vault, server, "POST", CANCEL_PATH, json={"message_outbox_id": sent_id})
    cancelled = call(
        gw, vault, server, "POST", CANCEL_PATH, json={"message_outbox_id": scheduled_id}
    )
    assert cancelled.status_code == 200  # the test server knew it as scheduled
    assert len(gw.blocked) == 1 and len(reached(server, CANCEL_PATH)) == 1
    # The test server answers the documented 404 for a message it never scheduled (sent past the
    # gateway: the guard would have stopped it).
    again = httpx.post(
        server.url + CANCEL_PATH,
        json={"message_outbox_id": scheduled_id},
        headers={"Authorization": server.token},
    )
    assert again.status_code == 404 and again.json()["meta"]["status"] is False
