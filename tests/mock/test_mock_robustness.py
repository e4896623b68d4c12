"""The mock answers every request, whatever it is sent, and stays up: the inputs that hung or
killed Prism 5.16, a few hundred generated ones, and garbage that is not HTTP at all."""

import socket

import httpx

from mock.launcher import running_mock
from tests.mock.bad_input import KNOWN, generated, problems_with
from tests.mock.mock_spec import AUTH, example


def test_every_bad_request_gets_a_documented_answer_and_the_mock_survives() -> None:
    # A generous timeout: only a request that is never answered may meet it, on a busy machine.
    with running_mock() as mock, httpx.Client(base_url=mock.url, timeout=30) as client:
        requests = KNOWN + list(generated())
        assert len(requests) > 300
        problems = {bad.name: problems_with(client, bad) for bad in requests}
        assert {name: p for name, p in problems.items() if p} == {}
        assert mock.alive(), mock.output()
        headers = {**AUTH, "Prefer": "example=pattern"}
        r = client.post("/api/send", json=example("SendPattern"), headers=headers)
        assert r.status_code == 200
        assert r.json() == example("SentPattern")


def test_garbage_that_is_not_http_gets_400_and_the_mock_survives() -> None:
    with running_mock() as mock:
        for garbage in [
            b"\x00\xff\r\n\r\n",
            b"GET / HTTP/9\r\n\r\n",
            b"POST /api/send HTTP/1.1\r\nX\r\n\r\n",
            b"POST // HTTP/1.1\r\nHost: x\r\n\r\n",  # a target that is no URL
            b"POST http://[ HTTP/1.1\r\nHost: x\r\n\r\n",
        ]:
            with socket.create_connection((mock.host, mock.port), timeout=2) as s:
                s.sendall(garbage)
                assert s.recv(100).startswith(b"HTTP/1.1 400")
        assert mock.alive(), mock.output()
        r = httpx.post(mock.url + "/api/acl/auth/check_token", headers=AUTH, timeout=2)
        assert r.json() == example("CheckTokenValid")
