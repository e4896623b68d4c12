"""When staging fails: a 502 in the API's error envelope saying how and naming the upstream,
never a hang; with PROXY_FALLBACK=mock the mock's answer instead, marked; with PROXY_STRICT=1 an
answer that breaks the contract becomes a 502 listing the differences. The envelopes are judged
by the spec's ErrorEnvelope schema, the mock's answers by the spec's examples."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kit.processes import HOST, free_port
from kit.spec import example, validator
from proxy.launcher import running_proxy
from tests.servers import running_server
from tests.servers.drifting import running_drifting

ENVELOPE = validator("#/components/schemas/ErrorEnvelope")
FALLBACK = "x-ippanel-proxy-fallback"
PROVINCES = "Provinces"  # listBankProvinces' documented answer


def envelope_of(answer: httpx.Response) -> str:
    """The 502's message, once its body is shown to be the API's error envelope."""
    assert answer.status_code == 502, answer.text
    assert answer.headers["content-type"] == "application/json"
    body = answer.json()
    assert ENVELOPE.is_valid(body), body
    message: str = body["meta"]["message"]
    return message


@contextlib.contextmanager
def silent_server() -> Iterator[str]:
    """Accepts connections and never answers: a staging that hangs."""
    listener = socket.create_server((HOST, 0))
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            with contextlib.suppress(OSError):
                held.append(listener.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{listener.getsockname()[1]}/v1"
    finally:
        stop.set()
        thread.join()
        for s in held:
            s.close()
        listener.close()


def test_a_refused_connection(tmp_path: Path) -> None:
    upstream = f"http://{HOST}:{free_port()}/v1"
    with running_proxy(upstream, tmp_path) as proxy:
        answer = httpx.get(f"{proxy.url}/api/payment/credit/mine", timeout=30)
    message = envelope_of(answer)
    assert "connection refused" in message and upstream in message


def test_a_host_that_does_not_resolve(tmp_path: Path) -> None:
    upstream = "http://staging.invalid/v1"  # .invalid never resolves (RFC 6761)
    with running_proxy(upstream, tmp_path) as proxy:
        answer = httpx.get(f"{proxy.url}/api/payment/credit/mine", timeout=30)
        started = proxy.process.output()
    message = envelope_of(answer)
    assert "unreachable: its host name does not resolve" in message and upstream in message
    assert "does not answer now (its host name does not resolve)" in started


def test_a_tls_failure(tmp_path: Path) -> None:
    # https to a server that speaks plain HTTP: the handshake fails.
    with running_server(tmp_path / "log") as server:
        upstream = server.url.replace("http://", "https://") + "/v1"
        with running_proxy(upstream, tmp_path / "reports") as proxy:
            answer = httpx.get(f"{proxy.url}/api/payment/credit/mine", timeout=30)
    message = envelope_of(answer)
    assert "TLS failure" in message and upstream in message


def test_a_staging_that_does_not_answer_in_time(tmp_path: Path) -> None:
    with silent_server() as upstream:
        with running_proxy(upstream, tmp_path, PROXY_TIMEOUT_SECONDS="1") as proxy:
            answer = httpx.get(f"{proxy.url}/api/payment/credit/mine", timeout=60)
    message = envelope_of(answer)
    assert "timed out: no answer within 1 s" in message and upstream in message


def test_a_5xx_passes_as_it_came_without_fallback(tmp_path: Path) -> None:
    with running_drifting(tmp_path / "log", prefix="/v1") as server:
        direct = httpx.get(
            server.origin + "/v1/api/send/banks/provinces", headers={"Authorization": server.token}
        )
        with running_proxy(server.url, tmp_path / "reports") as proxy:
            answer = httpx.get(
                f"{proxy.url}/api/send/banks/provinces", headers={"Authorization": server.token}
            )
    assert (
        (answer.status_code, answer.content)
        == (direct.status_code, direct.content)
        == (
            503,
            direct.content,
        )
    )
    assert FALLBACK not in answer.headers


def test_the_mock_answers_when_staging_answers_a_5xx(tmp_path: Path) -> None:
    with running_drifting(tmp_path / "log", prefix="/v1") as server:
        auth = {"Authorization": server.token}
        direct = httpx.get(server.url + "/api/payment/credit/mine", headers=auth)
        with running_proxy(server.url, tmp_path / "reports", PROXY_FALLBACK="mock") as proxy:
            five = httpx.get(f"{proxy.url}/api/send/banks/provinces", headers=auth, timeout=30)
            served = httpx.get(f"{proxy.url}/api/payment/credit/mine", headers=auth, timeout=30)
            summary = proxy.drift()
    assert five.status_code == 200 and five.json() == example(PROVINCES)
    assert f"the upstream {server.url} answered 503" in five.headers[FALLBACK]
    # Staging answered the other: its answer, drift and all, not the mock's.
    assert (served.status_code, served.content) == (200, direct.content)
    assert FALLBACK not in served.headers
    provinces = summary["operations"]["listBankProvinces"]
    assert (provinces["fallbacks"], provinces["statuses"]) == (1, {"503": 1})


def test_the_mock_answers_when_staging_is_down(tmp_path: Path) -> None:
    upstream = f"http://{HOST}:{free_port()}/v1"
    with running_proxy(upstream, tmp_path, PROXY_FALLBACK="mock") as proxy:
        answer = httpx.get(
            f"{proxy.url}/api/payment/credit/mine", headers={"Authorization": "t"}, timeout=30
        )
        summary = proxy.drift()
    assert answer.status_code == 200
    assert answer.json() == example("Credit")
    assert "connection refused" in answer.headers[FALLBACK]
    assert upstream in answer.headers[FALLBACK]
    assert summary["upstream_failures"] == {"connection refused": 1}


def test_strict_mode_turns_drift_into_a_502_and_passes_the_rest(tmp_path: Path) -> None:
    with running_drifting(tmp_path / "log", prefix="/v1") as server:
        auth = {"Authorization": server.token}
        with running_proxy(server.url, tmp_path / "reports", PROXY_STRICT="1") as proxy:
            drifted = httpx.post(f"{proxy.url}/api/acl/auth/check_token", headers=auth)
            fine = httpx.get(f"{proxy.url}/api/user/draft/group/list", headers=auth)
            direct = httpx.get(server.url + "/api/user/draft/group/list", headers=auth)
    message = envelope_of(drifted)
    assert "checkToken" in message and "breaks the contract" in message
    errors = drifted.json()["meta"]["errors"]
    assert errors["response 200 body /data/user_id"] == ["type: expected integer, saw string"]
    # An undeclared field breaks nothing: not a reason for a 502.
    assert not any("/data/mobile" in where for where in errors)
    assert drifted.headers["x-ippanel-proxy-strict"] == "1"
    assert (fine.status_code, fine.content) == (200, direct.content)


@pytest.mark.parametrize("fallback", ["", "mock"])
def test_no_answer_is_ever_a_hang(tmp_path: Path, fallback: str) -> None:
    # A dropped connection: the upstream accepts, then closes without a word.
    listener = socket.create_server((HOST, 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def drop() -> None:
        while not stop.is_set():
            with contextlib.suppress(OSError):
                conn, _ = listener.accept()
                conn.recv(65536)
                conn.close()

    thread = threading.Thread(target=drop, daemon=True)
    thread.start()
    upstream = f"http://{HOST}:{listener.getsockname()[1]}/v1"
    try:
        with running_proxy(upstream, tmp_path, PROXY_FALLBACK=fallback) as proxy:
            answer = httpx.get(
                f"{proxy.url}/api/payment/credit/mine", headers={"Authorization": "t"}, timeout=60
            )
    finally:
        stop.set()
        thread.join()
        listener.close()
    if fallback:
        assert answer.status_code == 200 and "dropped" in answer.headers[FALLBACK]
    else:
        assert "the connection dropped before an answer" in envelope_of(answer)
