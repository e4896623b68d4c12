"""The judge the guard's tests use: what the test IPPanel server recorded, read by its own code.
Each kind of record fails the helpers once, on a log that says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from kit.spec import bundle, deref
from tests.contract_tests.conftest import TEST_PHONEBOOK, TEST_RECIPIENTS
from tests.servers import running_server
from tests.servers.records import (
    not_round_tripped,
    refused,
    sends,
    texted_beyond,
    touched_beyond_the_run,
)

ALLOWED = TEST_RECIPIENTS.split(",")
EXAMPLES = bundle()["paths"]["/api/send"]["post"]["requestBody"]["content"]["application/json"][
    "examples"
]


def example(name: str) -> dict[str, object]:
    """The spec's example send `name`: the documented shapes, which the server accepts."""
    value: dict[str, object] = deref(EXAMPLES[name])["value"]
    return value


def test_the_server_records_whom_each_send_reaches_and_each_refused_change(
    tmp_path: Path,
) -> None:
    with running_server(tmp_path / "log") as server:
        auth = {"Authorization": server.token}

        def send(body: dict[str, object]) -> None:
            assert httpx.post(server.url + "/api/send", json=body, headers=auth).status_code == 200

        send({**example("normal"), "params": {"recipients": [ALLOWED[0]]}})
        send(example("peerToPeer"))  # three numbers, none of them QA's
        send(example("phonebook"))  # two phonebooks, neither QA's
        send(example("postalCode"))  # two other recipients, and one subscriber of MCI's twice
        query = {"apikey": server.token, "from": "+983000505", "to": ALLOWED[1], "message": "hi"}
        assert httpx.get(server.url + "/api/send/webservice", params=query).status_code == 200
        cancel = {"message_outbox_id": 424242}
        httpx.post(server.url + "/api/send/cancel", json=cancel, headers=auth)
        records = server.requests()
    assert len(sends(records)) == 5
    assert texted_beyond(records, ALLOWED, TEST_PHONEBOOK) == [
        *["sendSms: a number outside the list"] * 3,
        "sendSms: phonebook 123654",
        "sendSms: phonebook 456987",
        *["sendSms: a number outside the list"] * 2,
        "sendSms: 2 subscriber(s) of the operators",
    ]
    assert [(r["refused"], r["id"]) for r in refused(records)] == [("cancelScheduledSms", "424242")]


def test_a_log_of_allowed_sends_and_no_refusals_passes() -> None:
    records: list[dict[str, Any]] = [
        {"texted": "sendSms", "numbers": ["09120000001"], "phonebooks": ["77"], "crowd": 0},
        {"created": "phonebook", "id": "1000"},
    ]
    assert texted_beyond(records, ALLOWED, TEST_PHONEBOOK) == []
    assert refused(records) == []


def test_a_target_without_operator_sizes_reaches_everyone() -> None:
    records: list[dict[str, Any]] = [
        {"texted": "sendSms", "numbers": [], "phonebooks": [], "crowd": None}
    ]
    assert texted_beyond(records, ALLOWED) == ["sendSms: every subscriber(s) of the operators"]


def test_the_books_name_what_a_round_trip_missed_and_what_was_not_the_runs() -> None:
    """A phonebook made, renamed and deleted passes; a custom field made and left, a pattern never
    made, and a change and a delete of objects the server had before the run are each named."""
    records: list[dict[str, Any]] = [
        {"created": "phonebook", "id": "1000"},
        {"changed": "phonebook", "id": "1000"},
        {"deleted": "phonebook", "id": "1000"},
        {"created": "customField", "id": "7"},
        {"changed": "customField", "id": "7"},
        {"changed": "phonebook", "id": "77"},
        {"deleted": "customField", "id": "3"},
    ]
    assert not_round_tripped(records[:3], ["phonebook"]) == []
    assert not_round_tripped(records, ["phonebook", "customField", "pattern"]) == [
        "customField 7: left",
        "pattern: none made",
        "pattern: none changed",
    ]
    assert touched_beyond_the_run(records[:5]) == []
    assert touched_beyond_the_run(records) == [
        "changed phonebook 77: not made for this run",
        "deleted customField 3: not made for this run",
    ]
