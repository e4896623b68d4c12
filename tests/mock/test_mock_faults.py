"""Latency and faults on request (docs/mock.md, "Run it for a team"), as an app's HTTP client sees
them: asked for with `Prefer: fault=<kind>` and `Prefer: delay=<ms>`, or drawn at MOCK_FAULT_RATE
from MOCK_FAULT_KINDS, with MOCK_LATENCY_MS on every answer. A 5xx or a 429 is the API's error
envelope (a 429 with Retry-After), a drop a connection closed without an answer, a hang an answer
whose body stops halfway: it is judged by what arrives, and by a later request answered whole
meanwhile, never by the clock; latency by the order answers arrive in. The log says which fault
was injected. Answers the mock keeps by their bytes get their faults too."""

from __future__ import annotations

import json
import re
import socket
import threading
from collections.abc import Iterator

import httpx
import pytest

from bench.soak import HELD
from kit.processes import printed
from mock.launcher import Mock, running_mock
from tests.mock.mock_spec import AUTH, assert_error_envelope, example

CHECK = "/api/acl/auth/check_token"
STATUSES = ["500", "502", "503", "504", "429"]
KINDS = [*STATUSES, "drop", "hang"]
# check_token's answer as the mock writes it: the spec's example, as compact JSON
VALID = json.dumps(example("CheckTokenValid"), separators=(",", ":"), ensure_ascii=False).encode()


@pytest.fixture(scope="module")
def mock() -> Iterator[Mock]:
    with running_mock(log_level="info") as started:
        yield started


def seen(mock: Mock, request: bytes) -> str:
    """What a client sees of `request` (raw HTTP/1.1, on a connection of its own): the status of
    a whole answer (a fault's envelope checked), "drop" for a connection closed without one, or
    "hang" for check_token's answer stopping at its first half: nothing more of it has come once
    a later request, sent after the half arrived, is answered whole."""
    with socket.create_connection((mock.host, mock.port), timeout=30) as s:
        s.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = s.recv(65536)
            if not chunk:
                assert data == b"", data
                return "drop"
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        status = head.split(b" ")[1].decode()
        found = re.search(rb"(?i)\r\ncontent-length: (\d+)", head)
        assert found, head
        length = int(found.group(1))
        while len(body) < length // 2:
            body += s.recv(65536)
        if len(body) < length:
            assert seen(mock, check_token("delay=0, fault=503")) == "503"  # a later one, whole
            s.setblocking(False)
            try:
                body += s.recv(65536)
            except BlockingIOError:
                assert (status, length) == ("200", len(VALID)) and body == VALID[: length // 2]
                return "hang"
            s.setblocking(True)
            while len(body) < length:
                body += s.recv(65536)
    if status in STATUSES:
        if status == "429":
            assert re.search(rb"(?i)\r\nretry-after: \d+\r\n", head + b"\r\n"), head
        assert_error_envelope(json.loads(body), f"{status}-0")
    return status


def check_token(prefer: str = "", target: str = CHECK) -> bytes:
    lines = [
        f"POST {target} HTTP/1.1",
        "Host: mock",
        "Authorization: any-token",
        "Content-Length: 0",
    ]
    return ("\r\n".join(lines + ([f"Prefer: {prefer}"] if prefer else [])) + "\r\n\r\n").encode()


@pytest.mark.parametrize("kind", KINDS)
def test_each_fault_a_prefer_asks_for(mock: Mock, kind: str) -> None:
    target = f"{CHECK}?asked={kind}"  # the request's own line in the log
    assert seen(mock, check_token(f"fault={kind}", target)) == kind
    said = f"POST {target}: fault {kind} injected (Prefer: fault={kind})"
    assert mock.wait_for(printed(said)), mock.output()[-2000:]


def test_how_httpx_sees_the_faults(mock: Mock) -> None:
    """The same, through an HTTP client's own errors: a status, a protocol error, a timeout
    after the head (the only wait here: the client's read timeout, the answer never coming)."""
    with httpx.Client(base_url=mock.url, timeout=httpx.Timeout(30, read=1)) as client:
        asked = lambda kind: client.post(CHECK, headers={**AUTH, "Prefer": f"fault={kind}"})  # noqa: E731
        limited = asked("429")
        assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0
        with pytest.raises(httpx.RemoteProtocolError):
            asked("drop")
        with client.stream("POST", CHECK, headers={**AUTH, "Prefer": "fault=hang"}) as hanging:
            assert hanging.status_code == 200
            with pytest.raises(httpx.ReadTimeout):
                hanging.read()


def test_a_prefer_word_that_cannot_be_used_is_refused_with_what_there_is(mock: Mock) -> None:
    r = httpx.post(mock.url + CHECK, headers={**AUTH, "Prefer": "fault=teapot"}, timeout=5)
    assert r.status_code == 404
    assert_error_envelope(r.json(), "404-0")
    assert "the faults are 500, 502, 503, 504, 429, drop, hang" in r.json()["meta"]["message"]


def test_a_delayed_answer_comes_after_one_asked_later(mock: Mock) -> None:
    order: list[str] = []
    target = f"{CHECK}?held=1"

    def held() -> None:
        r = httpx.post(mock.url + target, headers={**AUTH, "Prefer": "delay=1000"}, timeout=30)
        order.append(f"held back {r.status_code}")

    thread = threading.Thread(target=held)
    thread.start()
    assert mock.wait_for(printed(f"POST {target}: held back 1000 ms (Prefer: delay=1000)"))
    r = httpx.post(mock.url + CHECK, headers=AUTH, timeout=30)
    order.append(f"asked later {r.status_code}")
    thread.join(timeout=30)
    assert order == ["asked later 200", "held back 200"]


def test_the_rate_draws_every_kind_the_latency_holds_answers_back_and_memory_skips_neither() -> (
    None
):
    """Half the requests faulted, of every kind; the other half answered, the same bytes each
    time, so that the mock answers them from memory (its stop line says it kept them): the
    faults go on among them. Each request asks for no delay; one that does not ask waits for
    MOCK_LATENCY_MS, after one asked later."""
    env = {"MOCK_FAULT_RATE": "0.5", "MOCK_LATENCY_MS": "1000"}
    with running_mock(env=env, log_level="info") as mock:
        assert "faults on 50% of requests" in mock.output()
        outcomes: list[str] = []
        while not set(KINDS) | {"200"} <= set(outcomes) and len(outcomes) < 400:
            outcomes.append(seen(mock, check_token("delay=0")))
        assert set(outcomes) == {*KINDS, "200"}, outcomes
        third = [i for i, o in enumerate(outcomes) if o == "200"][2]
        assert set(outcomes[third:]) & set(KINDS), outcomes  # faults among answers from memory
        faulted = sum(o != "200" for o in outcomes)
        drawn = lambda m: m.output().count("injected (MOCK_FAULT_RATE=0.5)")  # noqa: E731
        assert mock.wait_for(lambda m: drawn(m) >= faulted)  # a drop's line may follow its close
        assert drawn(mock) == faulted

        order: list[str] = []
        target = f"{CHECK}?ambient=1"
        ambient = threading.Thread(
            target=lambda: order.append(seen(mock, check_token(target=target)) and "latency")
        )
        ambient.start()
        assert mock.wait_for(printed(f"POST {target}"))  # it arrived (its line, or its fault's)
        order.append(seen(mock, check_token("delay=0")) and "asked later")
        ambient.join(timeout=30)
        assert order == ["asked later", "latency"]
        mock.stop()
    held = HELD.search(mock.output())
    assert held is not None and int(held.group(3)) >= 1, mock.output()[-500:]


def test_without_faults_asked_none_is_injected(mock: Mock) -> None:
    for _ in range(20):
        assert seen(mock, check_token()) == "200"
    assert example("CheckTokenValid") == httpx.post(mock.url + CHECK, headers=AUTH).json()
