"""The shared store (MOCK_STORE, docs/mock.md "Run it for a team") keeps a long-lived mock bounded
and survives its Redis going away: a session's keys and its tokens expire MOCK_SESSION_TTL_SECONDS
after their last use, each kind of object stays within MOCK_MAX_OBJECTS (the oldest going), a
change decided on objects gone meanwhile is refused whole, and a store that stops gives 503
envelopes, never a crash, until it is back; GET /__mock/health says which. What Redis holds is
read with redis-py; expiry is waited for as an event (the keys' disappearance), never slept."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import redis

from kit.processes import free_port
from mock.launcher import Mock, running_mock
from mock.redis import Redis, running_redis
from tests.mock.logs import logged
from tests.mock.mock_spec import assert_error_envelope, example
from tests.mock.stores import PREFIX, reader, session_keys
from tests.mock.world_calls import call, login, phonebooks, send_two

TTL = 3
MAX_OBJECTS = 3
WORLD = Path(__file__).resolve().parents[2] / "mock" / "store" / "world.lua"
KEY = {"Authorization": "mock-test-api-key"}  # docs/mock.md: opens every operation


@pytest.fixture(scope="module")
def server() -> Iterator[Redis]:
    with running_redis() as started:
        yield started


@pytest.fixture(scope="module")
def mock(server: Redis) -> Iterator[Mock]:
    env = {
        "MOCK_SESSIONS": "1",
        "MOCK_STORE": server.url,
        "MOCK_SESSION_TTL_SECONDS": str(TTL),
        "MOCK_MAX_OBJECTS": str(MAX_OBJECTS),
    }
    with running_mock(env=env, log_level="info") as started:
        yield started


@pytest.fixture(scope="module")
def client(mock: Mock) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=mock.url, timeout=5) as c:
        yield c


def gone(store: redis.Redis, keys: list[str]) -> bool:
    """Whether none of `keys` is left; waited for up to a generous deadline (a safety net: the
    event is the keys' going, which Redis does by itself)."""
    deadline = time.monotonic() + 30
    while store.exists(*keys) and time.monotonic() < deadline:
        time.sleep(0.1)
    return store.exists(*keys) == 0


def test_a_session_and_its_token_expire_after_the_ttl(server: Redis, client: httpx.Client) -> None:
    store = reader(server)
    before = set(session_keys(store))
    token = login(client)
    call(client, token, "POST", "/api/phonebooks", json={"title": "Fleeting"})
    # Keys made after the session's first run (the outbox's order, on the first send) get their
    # TTL too, though the session's keys get it once a second at most.
    send_two(client, token)
    mine = sorted(set(session_keys(store)) - before)
    token_key = f"{PREFIX}token:{token}"
    assert any(k.endswith(":objects") for k in mine) and store.exists(token_key)
    assert any(k.endswith(":order:outbox") for k in mine)
    assert {k: store.ttl(k) for k in [*mine, token_key] if not 0 < store.ttl(k) <= TTL} == {}
    assert gone(store, [*mine, token_key])
    # Gone for the mock too: the token is no longer one it issued.
    assert (
        client.post("/api/acl/auth/check_token", headers={"Authorization": token}).status_code
        == 401
    )


def test_a_session_past_its_limits_drops_its_oldest_objects(
    server: Redis, mock: Mock, client: httpx.Client
) -> None:
    store = reader(server)
    token = login(client)
    before = set(session_keys(store))
    made = [
        call(client, token, "POST", "/api/phonebooks", json={"title": f"b{i}"})[1]["data"]["id"]
        for i in range(4)
    ]
    sent = [send_two(client, token, message=f"m{i}") for i in range(4)]
    mine = set(session_keys(store)) - before or set(session_keys(store))
    [order] = [k for k in mine if k.endswith(":order:phonebook")]
    [outbox] = [k for k in mine if k.endswith(":order:outbox")]
    # Redis holds the newest MAX_OBJECTS of each: the seeds and the first ones made are gone.
    assert [int(str(i)) for i in store.zrange(order, 0, -1)] == made[-MAX_OBJECTS:]
    assert [int(str(i)) for i in store.zrange(outbox, 0, -1)] == sent[-MAX_OBJECTS:]
    [objects] = [k for k in mine if k.endswith(":objects")]
    held = [str(f) for f in store.hkeys(objects) if str(f).startswith(("phonebook:", "outbox:"))]
    assert sorted(held) == sorted(
        [f"phonebook:{i}" for i in made[-MAX_OBJECTS:]]
        + [f"outbox:{i}" for i in sent[-MAX_OBJECTS:]]
    )
    assert [b["title"] for b in phonebooks(client, token)] == ["b3", "b2", "b1"]
    full = [
        line for line in logged(mock, client).splitlines() if "full (MOCK_MAX_OBJECTS=3)" in line
    ]
    seeded = example("ListPhonebooksOk")["data"][0]["id"]
    assert any(
        f"phonebook full (MOCK_MAX_OBJECTS=3): the oldest goes first from now on, {seeded} first"
        in line
        for line in full
    )
    assert sum("outbox full" in line for line in full) == 1, full


def test_a_change_decided_on_an_object_gone_meanwhile_is_refused_whole(server: Redis) -> None:
    """store/world.lua's commit, as a replica sends it, after another replica removed the
    phonebook the change was decided on: nothing is written."""
    store = reader(server)
    session = f"{PREFIX}session:{{refused}}"
    kinds = ["phonebook", "outbox"]
    keys = [f"{PREFIX}next-session", f"{PREFIX}next-outbox-id", f"{PREFIX}next-object-id"]
    keys += [session, f"{session}:objects", *[f"{session}:order:{k}" for k in kinds]]
    header = ["commit", "60", "10", "1000000001", "0", ",".join(kinds), "0"]
    decided_on = ["1", "phonebook", "404"]  # the phonebook the change read
    change = ["1", "keep", "phonebook", "1000000999", '{"id": 1000000999}']
    answer = store.eval(WORLD.read_text(), len(keys), *keys, *header, "0", *decided_on, *change)
    assert answer[0] == "conflict"
    assert store.hlen(f"{session}:objects") == 0 and store.zcard(f"{session}:order:phonebook") == 0
    # The same change, decided on nothing gone, is written.
    answer = store.eval(WORLD.read_text(), len(keys), *keys, *header, "0", "0", *change)
    assert answer[0] == "done" and store.hget(f"{session}:objects", "phonebook:1000000999")
    store.delete(*keys[3:])


def test_health_says_ok_with_a_store_that_answers_and_without_one(
    mock: Mock, client: httpx.Client, mock_url: str
) -> None:
    shared = client.get("/__mock/health")
    assert shared.status_code == 200 and shared.json()["status"] == "ok", shared.text
    assert shared.json()["pid"] == mock.pid and shared.json()["store"].startswith("redis://")
    alone = httpx.get(mock_url + "/__mock/health", timeout=5)
    assert alone.status_code == 200 and alone.json()["status"] == "ok", alone.text


def until(event: Callable[[], bool]) -> bool:
    """Whether `event()` came to hold (polled; the deadline is a safety net only)."""
    deadline = time.monotonic() + 30
    while not event() and time.monotonic() < deadline:
        time.sleep(0.02)
    return event()


def test_a_store_that_stops_gives_503_envelopes_then_recovers_with_its_health() -> None:
    port = free_port()
    with running_redis(port) as server:
        env = {"MOCK_SESSIONS": "1", "MOCK_STORE": server.url}
        with running_mock(env=env) as mock, httpx.Client(base_url=mock.url, timeout=5) as c:
            health = lambda: c.get("/__mock/health")  # noqa: E731
            assert health().status_code == 200
            answers: list[httpx.Response] = []
            stop = threading.Event()

            def sending() -> None:  # requests arriving all along, in the test key's session
                with httpx.Client(base_url=mock.url, timeout=5) as mine:
                    while not stop.is_set():
                        body = {"title": "t"}
                        answers.append(mine.post("/api/phonebooks", json=body, headers=KEY))

            worker = threading.Thread(target=sending)
            worker.start()
            try:
                assert until(lambda: any(r.status_code == 200 for r in answers))
                server.process.stop()  # the store goes
                assert until(lambda: answers[-1].status_code == 503)
                down = health()
                assert down.status_code == 503 and "unreachable" in down.json()["reason"]
                with running_redis(port):  # back, empty (it keeps nothing on disk)
                    assert until(lambda: health().status_code == 200)
                    assert until(lambda: answers[-1].status_code == 200)
            finally:
                stop.set()
                worker.join(timeout=30)
            assert {r.status_code for r in answers} == {200, 503}
            for r in answers:
                if r.status_code == 503:
                    assert_error_envelope(r.json(), "503-0")
                    assert "unreachable" in r.json()["meta"]["message"], r.text
            assert mock.alive()
