"""What the client does on the wire, against real servers on 127.0.0.1 that record what they
receive: a finite default timeout (and another per client), retries only of connections that were
never established, never of a request that was sent, and a User-Agent that names the client."""

from __future__ import annotations

import asyncio
import contextlib
import re
import socket
import subprocess
import sys
import threading
import tomllib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from ippanel_client import AuthenticatedClient, Client, __version__
from ippanel_client.api.auth import check_token, login
from ippanel_client.client import DEFAULT_CONNECT_RETRIES, DEFAULT_TIMEOUT, USER_AGENT
from ippanel_client.models import LoginRequest

from tests.client.gateway import recording_server
from tests.client.generation import BIN, PROJECT
from tests.client.wire import Wire

BODY = LoginRequest(username="u", password="p")
UPSTREAM_CALL = """
import sys
sys.path.insert(0, sys.argv[1])
from ippanel_client import Client
from ippanel_client.api.auth import login
from ippanel_client.models import LoginRequest
body = LoginRequest(username="u", password="p")
try:
    login.sync_detailed(client=Client(base_url=sys.argv[2]), body=body)
except Exception as error:
    print(type(error).__name__)
"""
UPSTREAM_FIRST_READ = """
import os
import sys
sys.path.insert(0, sys.argv[1])
from httpcore._backends.sync import SyncStream
from ippanel_client import Client
from ippanel_client.api.auth import login
from ippanel_client.models import LoginRequest

def first_read(self, max_bytes, timeout=None):
    print(repr(timeout), flush=True)
    os._exit(0)

SyncStream.read = first_read
body = LoginRequest(username="u", password="p")
login.sync_detailed(client=Client(base_url=sys.argv[2]), body=body)
"""


@contextlib.contextmanager
def closed_port() -> Iterator[socket.socket]:
    """A socket bound on 127.0.0.1 that does not listen: connecting to its port is refused until
    the test calls `listen()`, and nothing else can take the port meanwhile."""
    with socket.socket() as bound:
        bound.bind(("127.0.0.1", 0))
        yield bound


def url_of(bound: socket.socket) -> str:
    return f"http://127.0.0.1:{bound.getsockname()[1]}"


# --- timeout -------------------------------------------------------------------------------
# The servers here never answer: whatever the machine's speed, the client's read times out. The
# test judges the wait by the timeout the client gave the socket (`wire.read_timeouts`).


def test_the_default_timeout_is_ten_seconds() -> None:
    assert DEFAULT_TIMEOUT == httpx.Timeout(10.0)
    for client in (
        Client(base_url="http://x"),
        AuthenticatedClient(base_url="http://x", token="t"),
    ):
        assert client.get_httpx_client().timeout == httpx.Timeout(10.0)
        assert client.get_async_httpx_client().timeout == httpx.Timeout(10.0)


def test_a_server_that_never_answers_times_out_within_the_default(wire: Wire) -> None:
    with recording_server(answer="never") as (url, seen), Client(base_url=url) as client:
        with pytest.raises(httpx.ReadTimeout):
            login.sync_detailed(client=client, body=BODY)
        assert seen.arrived(1)
    assert wire.read_timeouts == [10.0]
    assert len(seen) == 1 and len(wire.connects) == 1  # the request was not sent again


def test_the_timeout_is_set_per_client(wire: Wire) -> None:
    with recording_server(answer="never") as (url, seen):
        with Client(base_url=url, timeout=httpx.Timeout(0.5)) as client:
            with pytest.raises(httpx.ReadTimeout):
                login.sync_detailed(client=client, body=BODY)

        async def call() -> None:
            async with AuthenticatedClient(
                base_url=url, token="t", timeout=httpx.Timeout(0.5)
            ) as client:
                await check_token.asyncio_detailed(client=client)

        with pytest.raises(httpx.ReadTimeout):
            asyncio.run(call())
        assert seen.arrived(2)
    assert wire.read_timeouts == [0.5, 0.5]
    assert len(seen) == 2


def test_without_a_timeout_the_upstream_client_waits_forever(upstream_client: Path) -> None:
    # Why the default: the generator's own client passes timeout=None, so its socket waits for
    # an answer forever. The script prints the timeout of its first read and stops there.
    with recording_server(answer="never") as (url, seen):
        done = subprocess.run(
            [str(BIN / "python"), "-c", UPSTREAM_FIRST_READ, str(upstream_client), url],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert seen.arrived(1)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "None\n"


# --- retries -------------------------------------------------------------------------------
# The pauses between tries are the test's (`wire.pauses`): recorded, and not waited.


def test_a_connection_never_established_is_tried_again(wire: Wire) -> None:
    assert DEFAULT_CONNECT_RETRIES == 3
    with closed_port() as bound:
        for retries in (DEFAULT_CONNECT_RETRIES, 0):
            with Client(base_url=url_of(bound), connect_retries=retries) as client:
                with pytest.raises(httpx.ConnectError):
                    login.sync_detailed(client=client, body=BODY)
    # Three retries after 0, 0.5 and 1 s, as the client's page says; then none at all.
    assert wire.pauses == [0, 0.5, 1.0]
    assert len(wire.connects) == 4 + 1


def test_a_server_that_comes_up_meanwhile_gets_the_request_once(wire: Wire) -> None:
    answered: list[bytes] = []

    def serve(listener: socket.socket) -> None:
        connection, _ = listener.accept()
        with connection:
            connection.settimeout(30)
            answered.append(connection.recv(65536))
            connection.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")

    with closed_port() as bound:
        thread = threading.Thread(target=serve, args=(bound,), daemon=True)

        def come_up(pause: int) -> None:
            if pause == 1:  # after two refused tries, before the third
                bound.listen()
                thread.start()

        wire.on_pause = come_up
        with Client(base_url=url_of(bound), raise_on_unexpected_status=False) as c:
            assert login.sync_detailed(client=c, body=BODY).status_code == 502
        thread.join(timeout=30)
    assert wire.pauses == [0, 0.5] and len(wire.connects) == 3
    assert len(answered) == 1 and answered[0].startswith(b"POST /api/acl/auth/login")


@pytest.mark.parametrize("answer", ["never", "close"])
def test_a_request_that_reached_the_server_is_never_sent_again(answer: str) -> None:
    with recording_server(answer=answer) as (url, seen):
        with Client(base_url=url, timeout=httpx.Timeout(0.5)) as client:
            with pytest.raises(httpx.TransportError):  # ReadTimeout, RemoteProtocolError
                login.sync_detailed(client=client, body=BODY)
        assert seen.arrived(1)
    assert [request.path for request in seen] == ["/api/acl/auth/login"]


def test_a_transport_of_the_callers_own_is_used() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, request=request)

    mock = httpx.MockTransport(answer)
    with Client(base_url="http://x", httpx_args={"transport": mock}) as client:
        with pytest.raises(Exception, match="Unexpected status code: 502"):
            login.sync_detailed(client=client, body=BODY)


# --- User-Agent ----------------------------------------------------------------------------


def expected_user_agent() -> str:
    """From its parts: the version in the package's pyproject.toml, this Python, this httpx."""
    version = tomllib.loads((PROJECT / "pyproject.toml").read_text())["project"]["version"]
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"ippanel-client/{version} python/{python} httpx/{httpx.__version__.rsplit('.', 1)[0]}"


# The recording server answers 502: an undocumented status, returned as None when told so.


def test_every_request_names_the_client() -> None:
    with recording_server(status=502) as (url, seen):
        with Client(base_url=url, raise_on_unexpected_status=False) as client:
            login.sync_detailed(client=client, body=BODY)
        with AuthenticatedClient(
            base_url=url, token="t", raise_on_unexpected_status=False
        ) as authenticated:
            check_token.sync_detailed(client=authenticated)

        async def calls() -> None:
            async with Client(base_url=url, raise_on_unexpected_status=False) as client:
                await login.asyncio_detailed(client=client, body=BODY)
            async with AuthenticatedClient(
                base_url=url, token="t", raise_on_unexpected_status=False
            ) as authenticated:
                await check_token.asyncio_detailed(client=authenticated)

        asyncio.run(calls())
    assert len(seen) == 4
    assert [request.header("User-Agent") for request in seen] == [[expected_user_agent()]] * 4
    assert re.fullmatch(r"ippanel-client/\S+ python/\d+\.\d+ httpx/\d+\.\d+", USER_AGENT)
    assert USER_AGENT == expected_user_agent()
    assert __version__ in USER_AGENT


def test_a_user_agent_of_the_callers_own_replaces_it() -> None:
    with recording_server(status=502) as (url, seen):
        with Client(
            base_url=url, headers={"user-agent": "billing/2.1"}, raise_on_unexpected_status=False
        ) as client:
            login.sync_detailed(client=client, body=BODY)
    assert seen[0].header("User-Agent") == ["billing/2.1"]


def test_the_upstream_client_sends_httpxs_user_agent(upstream_client: Path) -> None:
    # What the check above catches: without the template's header, httpx names only itself.
    with recording_server() as (url, seen):
        done = subprocess.run(
            [str(BIN / "python"), "-c", UPSTREAM_CALL, str(upstream_client), url],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 0, done.stderr
    assert seen[0].header("User-Agent") == [f"python-httpx/{httpx.__version__}"]
    assert seen[0].header("User-Agent") != [expected_user_agent()]
