"""A team's shared mock, as docs/mock.md's "Run it for a team" runs it: two `make mock` processes
(each with a worker per core) with their sessions in one Redis (MOCK_STORE) answer a session
alike, whichever process and worker gets each request: straight, and behind a round-robin proxy,
as replicas behind a load balancer. Every answer is checked against the spec's schema; what the
store holds is read from Redis itself (redis-py), never through the mock; which process answered
is told by the operating system (the process group of the worker that answered)."""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import redis

from kit.processes import Process, free_port, printed, started
from mock.launcher import running_mock
from mock.redis import running_redis
from tests.mock.mock_spec import example
from tests.mock.round_robin import round_robin
from tests.mock.stores import PREFIX, reader
from tests.mock.world_calls import TWO, advance, call, login, phonebooks, send_two

DELIVERY_SECONDS = 100
# -o: never reinstall node_modules from inside a test (tests/mock/test_mock_make.py)
MAKE = ["make", "--no-print-directory", "-o", "node_modules/.installed", "mock"]
ENV = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}


@dataclass
class Team:
    one: httpx.Client  # straight to the first `make mock`
    other: httpx.Client  # straight to the second
    proxied: httpx.Client  # through the proxy, a new connection for each request
    mocks: tuple[Process, Process]
    store: redis.Redis


@contextlib.contextmanager
def make_mock(env: dict[str, str]) -> Iterator[tuple[Process, int]]:
    port = free_port()
    ready = printed(f"on http://127.0.0.1:{port}")
    with started([*MAKE, f"MOCK_PORT={port}"], env={**ENV, **env}, ready=ready) as make:
        yield make, port


@pytest.fixture(scope="module")
def team() -> Iterator[Team]:
    with contextlib.ExitStack() as stack:
        server = stack.enter_context(running_redis())
        env = {"MOCK_SESSIONS": "1", "MOCK_STORE": server.url}
        env["MOCK_DELIVERY_SECONDS"] = str(DELIVERY_SECONDS)
        (a, a_port), (b, b_port) = (stack.enter_context(make_mock(env)) for _ in range(2))
        proxy = stack.enter_context(round_robin([("127.0.0.1", a_port), ("127.0.0.1", b_port)]))
        direct = (
            httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=5)
            for port in (a_port, b_port)
        )
        one, other = (stack.enter_context(c) for c in direct)
        fresh = httpx.Limits(max_keepalive_connections=0)  # a connection for each request
        proxied = stack.enter_context(httpx.Client(base_url=proxy, timeout=5, limits=fresh))
        yield Team(one, other, proxied, mocks=(a, b), store=reader(server))


def held(store: redis.Redis, kind: str, id: object) -> dict[str, Any] | None:
    """The object `kind` `id` as Redis holds it, in whichever session has it."""
    for key in store.scan_iter(f"{PREFIX}session:*:objects"):
        found = store.hget(key, f"{kind}:{id}")
        if found is not None:
            value: dict[str, Any] = json.loads(str(found))
            return value
    return None


def test_a_token_issued_by_one_opens_the_other_until_logout_there(team: Team) -> None:
    token = login(team.one)
    check = "/api/acl/auth/check_token"
    assert team.other.post(check, headers={"Authorization": token}).status_code == 200
    assert team.store.get(f"{PREFIX}token:{token}") == "final"
    assert (
        team.other.post("/api/acl/auth/logout", headers={"Authorization": token}).status_code == 200
    )
    assert team.one.post(check, headers={"Authorization": token}).status_code == 401
    assert team.store.get(f"{PREFIX}token:{token}") is None


def test_a_phonebook_made_through_one_is_listed_renamed_and_deleted_through_the_other(
    team: Team,
) -> None:
    token = login(team.one)
    status, made = call(team.one, token, "POST", "/api/phonebooks", json={"title": "Friends"})
    book = made["data"]["id"]
    assert status == 200 and held(team.store, "phonebook", book)["title"] == "Friends"  # type: ignore[index]
    assert [b["title"] for b in phonebooks(team.other, token) if b["id"] == book] == ["Friends"]

    path, url = "/api/phonebooks/{phonebook_id}", f"/api/phonebooks/{book}"
    assert call(team.other, token, "PUT", path, url, json={"title": "Family"})[0] == 200
    assert [b["title"] for b in phonebooks(team.one, token) if b["id"] == book] == ["Family"]
    assert held(team.store, "phonebook", book)["title"] == "Family"  # type: ignore[index]

    gone = {"listPhonebooks": [book]}
    assert call(team.one, token, "POST", "/api/phonebooks/delete-list", json=gone)[0] == 200
    assert book not in [b["id"] for b in phonebooks(team.other, token)]
    assert held(team.store, "phonebook", book) is None
    assert call(team.other, token, "PUT", path, url, json={"title": "again"})[0] == 422


def test_a_send_through_one_shows_in_the_others_outbox_reports_and_credit(team: Team) -> None:
    token = login(team.one)
    credit = call(team.other, token, "GET", "/api/payment/credit/mine")[1]["data"]["credit"]
    outbox_id = send_two(team.one, token)
    assert held(team.store, "outbox", outbox_id)["recipients"] == TWO  # type: ignore[index]

    _, page = call(team.other, token, "POST", "/api/report/new_list", json={})
    [bulk] = [b for b in page["data"] if b["messages_outbox_id"] == str(outbox_id)]
    assert (bulk["rcpts_count"], bulk["message"], bulk["state_id"]) == ("2", "Hello", 2)
    recipients = "/api/report/recipients"
    _, rows = call(team.other, token, "GET", recipients, params={"bulk_id": str(outbox_id)})
    assert sorted(r["recipient"] for r in rows["data"]) == TWO

    _, priced = call(
        team.one,
        token,
        "POST",
        "/api/send/calculate-price",
        json={"number": "+983000505", "message": "Hello"},
    )
    cost = priced["data"]["mci_price"] + priced["data"]["other_price"]
    after = call(team.other, token, "GET", "/api/payment/credit/mine")[1]["data"]["credit"]
    assert after == pytest.approx(credit - cost)

    # The session's clock, moved on through one, delivers it for the other.
    advance(team.other, token, DELIVERY_SECONDS)
    _, rows = call(team.one, token, "GET", recipients, params={"bulk_id": str(outbox_id)})
    assert {r["message_status"] for r in rows["data"]} == {"2"}  # delivered


def test_sends_at_once_through_both_get_distinct_ids_each_recorded_once(team: Team) -> None:
    token = login(team.one)
    each = 20
    start = threading.Barrier(2 * each)

    def send(client: httpx.Client) -> int:
        start.wait(timeout=30)
        return send_two(client, token)

    with ThreadPoolExecutor(2 * each) as pool:
        ids = list(pool.map(send, [team.one, team.other] * each))
    assert len(set(ids)) == len(ids) == 2 * each
    orders = [k for k in team.store.scan_iter(f"{PREFIX}session:*:order:outbox")]
    held_ids = {int(str(i)) for key in orders for i in team.store.zrange(key, 0, -1)}
    assert set(ids) <= held_ids
    _, page = call(team.other, token, "POST", "/api/report/new_list", json={"limit": 100})
    listed = [
        int(b["messages_outbox_id"]) for b in page["data"] if int(b["messages_outbox_id"]) in ids
    ]
    assert sorted(listed) == sorted(ids)  # each once


def test_a_reset_through_one_starts_the_session_again_for_both(team: Team) -> None:
    token = login(team.one)
    _, made = call(team.one, token, "POST", "/api/phonebooks", json={"title": "Short-lived"})
    assert held(team.store, "phonebook", made["data"]["id"]) is not None
    assert team.other.delete("/__mock/session", headers={"Authorization": token}).status_code == 204
    assert held(team.store, "phonebook", made["data"]["id"]) is None
    titles = [b["title"] for b in phonebooks(team.one, token)]  # newest first: the examples' last
    seeded = [b["title"] for b in example("ListPhonebooksOk")["data"]]
    assert "Short-lived" not in titles and titles == seeded[::-1]


def test_behind_a_round_robin_proxy_a_session_has_one_world_on_every_request(team: Team) -> None:
    """What a team deploying the shared mock sees: each request on a new connection, so each
    goes to the other process in turn (and to one of its workers)."""
    c = team.proxied
    token = login(c)
    _, made = call(c, token, "POST", "/api/phonebooks", json={"title": "Behind"})
    book = made["data"]["id"]
    assert [b["title"] for b in phonebooks(c, token) if b["id"] == book] == ["Behind"]
    path, url = "/api/phonebooks/{phonebook_id}", f"/api/phonebooks/{book}"
    assert call(c, token, "PUT", path, url, json={"title": "Moved"})[0] == 200
    assert [b["title"] for b in phonebooks(c, token) if b["id"] == book] == ["Moved"]
    outbox_id = send_two(c, token)
    for _ in range(2):  # on either process
        _, page = call(c, token, "POST", "/api/report/new_list", json={})
        assert str(outbox_id) in [b["messages_outbox_id"] for b in page["data"]]
    gone = {"listPhonebooks": [book]}
    assert call(c, token, "POST", "/api/phonebooks/delete-list", json=gone)[0] == 200
    for _ in range(2):
        assert call(c, token, "PUT", path, url, json={"title": "again"})[0] == 422

    # The answers came from both processes: the workers answering belong to each one's group.
    answered = {c.get("/__mock/health").json()["pid"] for _ in range(8)}
    groups = {os.getpgid(pid) for pid in answered}
    assert groups == {mock.pid for mock in team.mocks}, (answered, groups)


def test_two_mocks_without_a_store_do_not_share_a_session() -> None:
    """What the checks above would catch: each process keeping its own sessions in memory, a
    phonebook made through one is not there for the other."""
    env = {"MOCK_SESSIONS": "1"}
    with (
        running_mock(env=env) as one,
        running_mock(env=env) as other,
        httpx.Client(base_url=one.url, timeout=5) as a,
        httpx.Client(base_url=other.url, timeout=5) as b,
    ):
        key = "mock-test-api-key"  # a session both know
        _, made = call(a, key, "POST", "/api/phonebooks", json={"title": "Mine only"})
        assert made["data"]["id"] in [p["id"] for p in phonebooks(a, key)]
        assert made["data"]["id"] not in [p["id"] for p in phonebooks(b, key)]
