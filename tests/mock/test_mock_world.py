"""MOCK_SESSIONS=1, the world (docs/reference/mock.md, "The world of a session"): each session keeps
what it creates, renames, deletes and sends, and sees only its own. Every answer is checked
against the spec's schema for its operation and status. One mock for the module per store (the
sessions in its memory, and in Redis: MOCK_STORE); the delivery clock is moved on by the control
endpoint, never waited for."""

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from kit.spec import BUNDLE, bundle, deref
from mock.launcher import running_mock
from tests.mock.logs import logged
from tests.mock.mock_spec import example
from tests.mock.stores import STORES, sessions_mock
from tests.mock.world_calls import TWO, advance, call, login, phonebooks, send_two

TEST_API_KEY = "mock-test-api-key"  # docs/mock.md; mock/sessions.js
DELIVERY_SECONDS = 100


@pytest.fixture(scope="module", params=STORES)
def client(request: pytest.FixtureRequest) -> Iterator[httpx.Client]:
    env = {"MOCK_DELIVERY_SECONDS": str(DELIVERY_SECONDS)}
    with sessions_mock(request.param, env) as mock, httpx.Client(base_url=mock.url, timeout=5) as c:
        yield c


def test_a_phonebook_lives_in_its_session_only(client: httpx.Client) -> None:
    mine, theirs = login(client), login(client)
    status, made = call(client, mine, "POST", "/api/phonebooks", json={"title": "Friends"})
    book = made["data"]["id"]
    assert status == 200 and made["data"]["title"] == "Friends"
    assert [b["title"] for b in phonebooks(client, mine) if b["id"] == book] == ["Friends"]
    assert book not in [b["id"] for b in phonebooks(client, theirs)]
    assert [b["id"] for b in phonebooks(client, mine, title="Friends")] == [book]

    path, url = "/api/phonebooks/{phonebook_id}", f"/api/phonebooks/{book}"
    assert call(client, mine, "PUT", path, url, json={"title": "Family"})[0] == 200
    assert [b["title"] for b in phonebooks(client, mine) if b["id"] == book] == ["Family"]
    assert call(client, theirs, "PUT", path, url, json={"title": "x"})[0] == 422  # not theirs

    gone = {"listPhonebooks": [book]}
    assert call(client, mine, "POST", "/api/phonebooks/delete-list", json=gone)[0] == 200
    assert book not in [b["id"] for b in phonebooks(client, mine)]
    assert call(client, mine, "PUT", path, url, json={"title": "again"})[0] == 422


def test_the_same_create_and_send_byte_for_byte_change_the_world_each_time(
    client: httpx.Client,
) -> None:
    """The mock answers a request byte for byte like an earlier one from memory: in sessions mode
    each still goes through the world, so three equal creates make three phonebooks, and three
    equal sends three outbox entries, each with its own id."""
    token = login(client)
    headers = {"Authorization": token, "Content-Type": "application/json"}
    create = json.dumps({"title": "Same bytes"}).encode()
    made = [client.post("/api/phonebooks", headers=headers, content=create) for _ in range(3)]
    ids = [r.json()["data"]["id"] for r in made]
    assert [r.status_code for r in made] == [200] * 3 and len(set(ids)) == 3
    assert sorted(b["id"] for b in phonebooks(client, token, title="Same bytes")) == sorted(ids)
    body = {**example("SendNormal"), "params": {"recipients": TWO[:1]}}
    body.pop("send_time", None)
    send = json.dumps(body).encode()
    sent = [client.post("/api/send", headers=headers, content=send) for _ in range(3)]
    outbox = [i for r in sent for i in r.json()["data"]["message_outbox_ids"]]
    assert [r.status_code for r in sent] == [200] * 3 and len(set(outbox)) == 3
    for message in outbox:
        status, _ = call(
            client, token, "GET", "/api/report/recipients", params={"bulk_id": message}
        )
        assert status == 200


def test_lists_page_as_the_paginator_does(client: httpx.Client) -> None:
    token = login(client)
    start = len(phonebooks(client, token, per_page="1000"))
    for i in range(3):
        call(client, token, "POST", "/api/phonebooks", json={"title": f"book {i}"})
    _, body = call(
        client, token, "GET", "/api/phonebooks/list-new", params={"per_page": "2", "page": "2"}
    )
    total = start + 3
    assert body["meta"]["total"] == total and body["meta"]["current_page"] == 2
    assert [b["title"] for b in body["data"]][:1] == ["book 0"]  # newest first
    assert body["meta"]["last_page"] == (total + 1) // 2


def test_contacts_and_patterns_follow_their_marks(client: httpx.Client) -> None:
    token = login(client)
    _, made = call(client, token, "POST", "/api/phonebooks", json={"title": "Clients"})
    book = made["data"]["id"]
    contact = {"number": "+989121111111", "name": "Sara", "phonebook_id": str(book)}
    status, added = call(
        client, token, "POST", "/api/phonebooks/numbers/add-list-new", json={"list": [contact]}
    )
    assert status == 200 and added["data"]["added"] == 1
    _, listed = call(
        client,
        token,
        "GET",
        "/api/phonebooks/numbers/contact-list",
        params={"phonebook_id": str(book)},
    )
    assert [(c["name"], c["phonebook_title"]) for c in listed["data"]] == [("Sara", "Clients")]
    orphan = {"list": [{**contact, "phonebook_id": "999999999"}]}
    assert (
        call(client, token, "POST", "/api/phonebooks/numbers/add-list-new", json=orphan)[0] == 422
    )

    _, pattern = call(
        client,
        token,
        "POST",
        "/api/patterns/normal",
        json={
            "title": "otp",
            "description": "one-time code",
            "is_share": False,
            "message": "code %code%",
            "variable": [{"name": "code", "type": "integer"}],
        },
    )
    code = pattern["data"]["pattern_code"]
    get = "/api/patterns/{pattern_code}"
    assert (
        call(client, token, "GET", get, f"/api/patterns/{code}")[1]["data"]["pattern_message"]
        == "code %code%"
    )
    delete = "/api/patterns/normal/{pattern_code}"
    assert call(client, token, "DELETE", delete, f"/api/patterns/normal/{code}")[0] == 200
    assert call(client, token, "DELETE", delete, f"/api/patterns/normal/{code}")[0] == 404


def test_a_send_to_two_numbers_shows_in_every_report(client: httpx.Client) -> None:
    token = login(client)
    credit = call(client, token, "GET", "/api/payment/credit/mine")[1]["data"]["credit"]
    outbox_id = send_two(client, token)
    _, page = call(client, token, "POST", "/api/report/new_list", json={})
    [bulk] = [b for b in page["data"] if b["messages_outbox_id"] == str(outbox_id)]
    assert (bulk["rcpts_count"], bulk["message"], bulk["state_id"]) == ("2", "Hello", 2)
    _, one = call(
        client,
        token,
        "GET",
        "/api/report/by_bulk",
        params={"messages_outbox_id": str(outbox_id)},
    )
    assert one["data"]["messages_outbox_id"] == str(outbox_id)
    recipients = "/api/report/recipients"
    _, rows = call(client, token, "GET", recipients, params={"bulk_id": str(outbox_id)})
    assert sorted(r["recipient"] for r in rows["data"]) == TWO
    assert {r["message_status"] for r in rows["data"]} == {"0"}  # pending

    # The price of two one-part messages, one to MCI, one to another operator.
    _, price = call(
        client,
        token,
        "POST",
        "/api/send/calculate-price",
        json={"number": "+983000505", "message": "Hello"},
    )
    cost = price["data"]["mci_price"] + price["data"]["other_price"]
    after = call(client, token, "GET", "/api/payment/credit/mine")[1]["data"]["credit"]
    assert after == pytest.approx(credit - cost)

    advance(client, token, DELIVERY_SECONDS)
    _, rows = call(client, token, "GET", recipients, params={"bulk_id": str(outbox_id)})
    assert {r["message_status"] for r in rows["data"]} == {"2"}  # delivered
    _, stats = call(
        client, token, "GET", "/api/report/bulk_stats", params={"bulk_id": str(outbox_id)}
    )
    delivered = stats["data"]["operators_delivered"]
    assert delivered["mci"]["en"] == 1 and delivered["irancell"]["en"] == 1

    other = login(client)
    assert call(client, other, "GET", recipients, params={"bulk_id": str(outbox_id)})[0] == 422


def test_the_outbox_report_filters_as_its_filters_say(client: httpx.Client) -> None:
    """OutboxReportFilters' descriptions: `message` is text the message contains; an id, a
    number and a state are the bulk's own; the dates bound its time."""
    token = login(client)
    first, second = (send_two(client, token, message=f"filter me {i}") for i in range(2))

    def listed(**filters: Any) -> list[str]:
        _, page = call(client, token, "POST", "/api/report/new_list", json={"filters": filters})
        return [b["messages_outbox_id"] for b in page["data"]]

    assert listed(message="filter me") == [str(second), str(first)]  # newest first
    assert listed(messages_outbox_id=str(first)) == [str(first)]
    assert listed(message="filter me 1", state_id="6") == []  # still sending
    assert listed(message="filter me 1", state_id="2") == [str(second)]
    assert listed(message="filter me", create_from_date="4102444800") == []  # after 2100


def test_a_scheduled_send_waits_until_cancelled(client: httpx.Client) -> None:
    token = login(client)
    outbox_id = send_two(client, token, send_time="2099-01-01 00:00:00")
    _, page = call(client, token, "POST", "/api/report/new_list", json={})
    assert [b["state_id"] for b in page["data"] if b["messages_outbox_id"] == str(outbox_id)] == [5]
    cancel = {"message_outbox_id": outbox_id}
    assert call(client, token, "POST", "/api/send/cancel", json=cancel)[0] == 200
    assert call(client, token, "POST", "/api/send/cancel", json=cancel)[0] == 404
    delivered = send_two(client, token)
    advance(client, token, DELIVERY_SECONDS)
    assert (
        call(client, token, "POST", "/api/send/cancel", json={"message_outbox_id": delivered})[0]
        == 404
    )


def test_the_outbox_keeps_the_newest_sends_in_order() -> None:
    """Past MOCK_MAX_OBJECTS sends the oldest goes first; the rest stay in order, each with its
    own message, found by id, also after a cancel in the middle of them."""
    env = {"MOCK_SESSIONS": "1", "MOCK_MAX_OBJECTS": "100"}
    with (
        running_mock(env=env, log_level="info") as mock,
        httpx.Client(base_url=mock.url, timeout=5) as c,
    ):
        token = login(c)
        sent = [
            send_two(c, token, message=f"m{i}", send_time="2099-01-01 00:00:00") for i in range(130)
        ]

        def listed() -> list[tuple[int, str]]:
            _, page = call(c, token, "POST", "/api/report/new_list", json={"limit": 200})
            mine = [b for b in page["data"] if int(b["messages_outbox_id"]) in sent]
            return [(int(b["messages_outbox_id"]), b["message"]) for b in mine]

        def report(i: int) -> tuple[int, str | None]:
            params = {"messages_outbox_id": str(sent[i])}
            status, body = call(c, token, "GET", "/api/report/by_bulk", params=params)
            return status, body["data"]["message"] if status == 200 else None

        kept = [(sent[i], f"m{i}") for i in range(30, 130)]
        assert listed() == kept[::-1]  # newest first
        assert report(29)[0] == 422 and report(30) == (200, "m30") and report(129) == (200, "m129")
        cancel = {"message_outbox_id": sent[60]}
        assert call(c, token, "POST", "/api/send/cancel", json=cancel)[0] == 200
        assert listed() == [k for k in kept if k[0] != sent[60]][::-1]
        assert report(60)[0] == 422 and report(59) == (200, "m59") and report(61) == (200, "m61")
        full = [line for line in logged(mock, c).splitlines() if "outbox full" in line]
        assert full == [
            f"[HTTP SERVER] info world: session 1: outbox full (MOCK_MAX_OBJECTS=100): the "
            f"oldest goes first from now on, {sent[0]} first"
        ]


def test_reset_starts_the_session_again_from_the_examples(client: httpx.Client) -> None:
    token = login(client)
    documented = phonebooks(client, token)
    call(client, token, "POST", "/api/phonebooks", json={"title": "Temporary"})
    assert len(phonebooks(client, token)) == len(documented) + 1
    r = client.delete("/__mock/session", headers={"Authorization": token})
    assert r.status_code == 204
    assert phonebooks(client, token) == documented
    assert (
        client.delete("/__mock/session", headers={"Authorization": "never-issued"}).status_code
        == 401
    )
    bad = client.post(
        "/__mock/session/clock", json={"advance": "soon"}, headers={"Authorization": token}
    )
    assert bad.status_code == 422 and "advance" in bad.text


def test_the_oldest_objects_and_sessions_go_first() -> None:
    env = {"MOCK_SESSIONS": "1", "MOCK_MAX_OBJECTS": "3", "MOCK_MAX_SESSIONS": "2"}
    with (
        running_mock(env=env, log_level="info") as mock,
        httpx.Client(base_url=mock.url, timeout=5) as c,
    ):
        first = login(c)
        for i in range(4):
            call(c, first, "POST", "/api/phonebooks", json={"title": f"b{i}"})
        assert [b["title"] for b in phonebooks(c, first)] == ["b3", "b2", "b1"]
        for other in (login(c), login(c)):
            phonebooks(c, other)  # two newer sessions: the first one's world is evicted
        assert "b3" not in [b["title"] for b in phonebooks(c, first)]
        # Dropping begins once per kind and session in the log, not once per object dropped
        full = [
            line for line in logged(mock, c).splitlines() if "full (MOCK_MAX_OBJECTS=3)" in line
        ]
        assert len(full) == 1 and "session 1: phonebook full" in full[0], full


def test_a_limit_that_is_not_a_number_stops_the_mock_with_one_line() -> None:
    from mock.launcher import MockFailedToStart

    with pytest.raises(MockFailedToStart, match="MOCK_MAX_OBJECTS must be a number"):
        with running_mock(env={"MOCK_SESSIONS": "1", "MOCK_MAX_OBJECTS": "many"}):
            pass


# What the stateful run checks: every answer is one the spec documents, in its schema. Left out:
# positive_data_acceptance and ensure_resource_availability, because the world answers an id the
# session does not have (or a message no longer scheduled, for cancel) with the documented 422 or
# 404, which those checks read as a valid request refused.
STATEFUL_CHECKS = (
    "not_a_server_error,status_code_conformance,content_type_conformance,"
    "response_headers_conformance,response_schema_conformance"
)


def stateful_run(
    url: str, spec: Path, tmp_path: Path, examples: int, *more: str
) -> subprocess.CompletedProcess[str]:
    """schemathesis' stateful phase alone, driven by `spec`'s links, against the mock at `url`."""
    st = Path(sys.executable).parent / "st"
    cmd = [
        str(st),
        "run",
        str(spec),
        "--url",
        url,
        "--phases",
        "stateful",
        "--header",
        f"Authorization: {TEST_API_KEY}",
        "--checks",
        STATEFUL_CHECKS,
        "--mode",
        "positive",
        "--max-examples",
        str(examples),
        "--seed",
        "20261127",
        "--no-color",
        *more,
    ]
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path)}
    return subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=90)


def test_schemathesis_stateful_run_finds_every_answer_valid(
    client: httpx.Client, tmp_path: Path
) -> None:
    """schemathesis' stateful phase, driven by the spec's links (create -> read, update, delete;
    send -> reports, cancel), against this module's sessions-mode mock; bounded by its count of
    examples and its seed, never by the clock."""
    junit = ["--report", "junit", "--report-junit-path", str(tmp_path / "junit.xml")]
    done = stateful_run(str(client.base_url), BUNDLE, tmp_path, 30, *junit)
    assert done.returncode == 0, done.stdout[-4000:]
    assert "Stateful" in done.stdout and "No links found" not in done.stdout, done.stdout[-2000:]


def test_the_stateful_run_reports_an_answer_made_from_state_that_breaks_the_schema(
    tmp_path: Path,
) -> None:
    """The same run, on a copy of the bundle where a pattern's code must hold a letter past `f`:
    every documented example does, a code the world makes for a pattern created in the session
    (hex) does not. The mock serves that copy (MOCK_SPEC): only the answer to the link from
    createPattern to getPattern, made from the session's state, breaks it."""
    spec = bundle()
    get = spec["paths"]["/api/patterns/{pattern_code}"]["get"]["responses"]["200"]
    content = get["content"]["application/json"]
    code = {"properties": {"data": {"properties": {"pattern_code": {"pattern": "[g-z]"}}}}}
    content["schema"] = {"allOf": [content["schema"], code]}
    examples = [deref(e)["value"]["data"]["pattern_code"] for e in content["examples"].values()]
    assert examples and all(re.search("[g-z]", c) for c in examples)  # the examples still pass
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    links = ("createPattern", "getPattern")
    only = [arg for op in links for arg in ("--include-operation-id", op)]
    with running_mock(env={"MOCK_SESSIONS": "1", "MOCK_SPEC": str(broken)}) as mock:
        done = stateful_run(mock.url, broken, tmp_path, 5, *only)
    assert done.returncode != 0, done.stdout[-4000:]
    failures = done.stdout[done.stdout.index("FAILURES") :]
    # The check, the value it refused, and the step that got it: getPattern of the pattern the
    # scenario's createPattern made (the code is the world's, not an example's).
    assert "ST108 Response violates schema" in failures, failures
    refused = re.findall(r'"([0-9a-f]{16})" does not match "\[g-z\]"', failures)
    read = re.findall(r"curl -X GET [^\n]*/api/patterns/([0-9a-f]{16})\n", failures)
    assert refused and refused == read, failures
    assert "curl -X POST" in failures and "/api/patterns/normal" in failures, failures
