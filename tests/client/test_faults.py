"""The generated client's retry policy against the mock's faults (docs/mock.md, "Run it for a
team"): a connection the mock does not take yet is tried again, and the send then goes once; a
send that meets a fault (a 5xx, a 429, a dropped connection, an answer that never finishes) is
never sent again, whatever happened to it: the mock's outbox, read through the API, holds it at
most once, and only when the mock did record it (a hang: answered, its answer lost on the way).
What the client asks of the network is recorded by the `wire` fixture (tests/client/wire.py)."""

from __future__ import annotations

import contextlib
import json
import socket
import urllib.request
from collections.abc import Iterator

import httpx
import pytest
from ippanel_client import AuthenticatedClient
from ippanel_client.api.send import send_sms
from ippanel_client.models import RecipientsParams, SendNormalRequest

from kit.processes import printed
from mock.launcher import Mock, running_mock
from tests.client.wire import Wire

KEY = "mock-test-api-key"  # docs/mock.md: the test API key opens every operation
FIRST_ID = 1000000001  # docs/mock.md: the ids the mock gives start there (the examples' are below)
SENT = ": sent "  # the log's line for each message the world records
# How the client sees a fault that is no answer: a connection closed, an answer that never ends.
LOST: dict[str, type[Exception]] = {"drop": httpx.RemoteProtocolError, "hang": httpx.ReadTimeout}
BODY = SendNormalRequest(
    sending_type="normal",
    from_number="+983000505",
    message="Hello",
    params=RecipientsParams(recipients=["+989120000000"]),
)


@pytest.fixture(scope="module")
def mock() -> Iterator[Mock]:
    with running_mock(env={"MOCK_SESSIONS": "1"}, log_level="info") as started:
        yield started


def outbox(url: str) -> list[int]:
    """The ids the mock gave in the test key's session's outbox, as the outbox report lists them
    (read with urllib: the `wire` fixture shortens httpx's timeouts for the client under test)."""
    asked = urllib.request.Request(
        url + "/api/report/new_list",
        data=json.dumps({"limit": 500}).encode(),
        headers={"Authorization": KEY, "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(asked, timeout=30) as answer:
        listed = [int(b["messages_outbox_id"]) for b in json.load(answer)["data"]]
    return [i for i in listed if i >= FIRST_ID]


@pytest.mark.parametrize("fault", ["500", "502", "503", "504", "429", "drop", "hang"])
def test_a_send_that_meets_a_fault_is_never_sent_again(mock: Mock, fault: str, wire: Wire) -> None:
    before = outbox(mock.url)
    injected = mock.output().count(f"fault {fault} injected")
    recorded = mock.output().count(SENT)
    client = AuthenticatedClient(
        base_url=mock.url,
        token=KEY,
        headers={"Prefer": f"fault={fault}"},
        raise_on_unexpected_status=False,
    )
    with client:
        if fault in LOST:
            with pytest.raises(LOST[fault]):
                send_sms.sync_detailed(client=client, body=BODY)
        else:
            assert send_sms.sync_detailed(client=client, body=BODY).status_code == int(fault)
    assert len(wire.connects) == 1 and wire.pauses == []  # one try, no retry
    assert mock.wait_for(printed(f"fault {fault} injected", injected + 1))
    new = [i for i in outbox(mock.url) if i not in before]
    if fault == "hang":  # the mock answered it: recorded, once
        assert mock.wait_for(printed(SENT, recorded + 1))
        assert len(new) == 1
    else:
        assert new == []
    assert mock.output().count(f"fault {fault} injected") == injected + 1  # it came once


def test_a_connection_the_mock_does_not_take_yet_is_tried_again_and_the_send_goes_once(
    wire: Wire,
) -> None:
    with contextlib.ExitStack() as stack:
        reserved = stack.enter_context(socket.socket())
        reserved.bind(("127.0.0.1", 0))  # nobody listens: connecting is refused
        port = reserved.getsockname()[1]
        started: list[Mock] = []

        def come_up(pause: int) -> None:
            if pause == 1:  # after two refused tries, before the third
                reserved.close()
                started.append(
                    stack.enter_context(running_mock(port=port, env={"MOCK_SESSIONS": "1"}))
                )

        wire.on_pause = come_up
        # (600 s, which the wire makes 6: a mock just started answers its first call slower)
        url, patient = f"http://127.0.0.1:{port}", httpx.Timeout(600)
        with AuthenticatedClient(base_url=url, token=KEY, timeout=patient) as client:
            ids = send_sms.sync_data(client=client, body=BODY).message_outbox_ids
        assert wire.pauses == [0, 0.5] and len(wire.connects) == 3
        [mock] = started
        assert outbox(mock.url) == ids and len(ids) == 1  # sent once


def test_a_client_that_resends_after_a_lost_answer_sends_twice(mock: Mock, wire: Wire) -> None:
    """What the policy prevents, and the check above would catch: a client that tries a send
    again when its answer never came has the mock record it twice."""
    before = outbox(mock.url)
    recorded = mock.output().count(SENT)
    client = AuthenticatedClient(base_url=mock.url, token=KEY, headers={"Prefer": "fault=hang"})
    with client:
        for _ in range(2):  # a naive retry
            with contextlib.suppress(httpx.ReadTimeout):
                send_sms.sync_detailed(client=client, body=BODY)
    assert mock.wait_for(printed(SENT, recorded + 2))
    assert len([i for i in outbox(mock.url) if i not in before]) == 2
