"""Requests through `make proxy` reach the test server as they were sent, and its answers reach
the caller as it wrote them: judged by the server's own log of what it received and of every
byte it answered (--log-answers), never by the proxy. The server serves as production does,
under /v1 with the v2 look-ups at the root, so a request sent to the wrong place is a 404."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from kit.spec import example
from proxy.launcher import RunningProxy, running_proxy
from tests.servers import Server, running_server

# Not forwarded (they belong to a connection) or written by whoever sends: compared apart.
CONNECTION = {"host", "connection", "content-length", "keep-alive", "transfer-encoding"}
CORS_ADDED = ("access-control-", "vary")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("server") / "log"
    with running_server(log, prefix="/v1", log_answers=True) as running:
        yield running


@pytest.fixture(scope="module")
def proxy(server: Server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningProxy]:
    reports = tmp_path_factory.mktemp("reports")
    with running_proxy(server.url, reports) as running:
        yield running


def answered(server: Server, mark: str) -> tuple[dict[str, Any], str]:
    """What the server received for the request marked `mark`, and the bytes it answered. The
    server logs an answer once it has written it, which may be just after the caller read it:
    waited for (the deadline is a safety net, never the measure)."""
    deadline = time.monotonic() + 30
    while True:
        records = server.requests()
        received = next(
            r for r in records if "headers" in r and ["X-Test-Mark", mark] in r["headers"]
        )
        answers = [
            r["answered"] for r in records if r.get("seq") == received["seq"] and "answered" in r
        ]
        if answers or time.monotonic() > deadline:
            assert answers, f"the server logged no answer to {mark}"
            return received, answers[0]
        time.sleep(0.02)


def parse(raw: str) -> tuple[int, list[tuple[str, str]], bytes]:
    head, _, body = raw.partition("\r\n\r\n")
    status_line, *lines = head.split("\r\n")
    headers = [(k, v.strip()) for k, _, v in (line.partition(":") for line in lines)]
    return int(status_line.split()[1]), headers, body.encode("latin-1")


def end_to_end(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k.lower(), v) for k, v in headers if k.lower() not in CONNECTION]


def check(server: Server, sent: httpx.Request, got: httpx.Response, path: str) -> None:
    mark = sent.headers["X-Test-Mark"]
    received, raw = answered(server, mark)
    # The request, as it was sent: path (where production has it), query, headers, body.
    assert received["method"] == sent.method
    assert received["path"] == path
    assert received["query"] == sent.url.query.decode()
    assert end_to_end([(k, v) for k, v in received["headers"]]) == end_to_end(
        list(sent.headers.multi_items())
    )
    assert received["body"] == sent.content.decode("utf-8", "replace")
    # The answer, as the server wrote it: status, headers (the CORS ones added), body bytes.
    status, headers, body = parse(raw)
    assert got.status_code == status
    assert got.content == body
    passed = [(k, v) for k, v in got.headers.multi_items() if not k.startswith(CORS_ADDED)]
    assert end_to_end(passed) == end_to_end(headers)
    assert got.headers["content-length"] == str(len(body))


def through(
    proxy: RunningProxy, mark: str, method: str, path: str, **kwargs: Any
) -> tuple[httpx.Request, httpx.Response]:
    headers = httpx.Headers(kwargs.pop("headers", {}))
    headers["X-Test-Mark"] = mark
    with httpx.Client(base_url=proxy.url, timeout=30) as client:
        request = client.build_request(method, path, headers=headers, **kwargs)
        request.read()  # a multipart body is a stream until read
        return request, client.send(request)


def test_a_json_call_and_its_answer_pass_unchanged(server: Server, proxy: RunningProxy) -> None:
    sent, got = through(
        proxy, "credit", "GET", "/api/payment/credit/mine", headers={"Authorization": server.token}
    )
    assert got.json() == example("Credit")
    check(server, sent, got, "/v1/api/payment/credit/mine")


def test_a_json_send_passes_unchanged(server: Server, proxy: RunningProxy) -> None:
    body = json.dumps(example("SendNormal"), ensure_ascii=False).encode()
    sent, got = through(
        proxy,
        "send",
        "POST",
        "/api/send",
        content=body,
        headers={"Authorization": server.token, "Content-Type": "application/json"},
    )
    assert got.status_code == 200, got.text
    check(server, sent, got, "/v1/api/send")


def test_a_multipart_send_passes_unchanged(server: Server, proxy: RunningProxy) -> None:
    fields = {k: v for k, v in example("SendKeyword").items() if k != "files[]"}
    sheet = ("numbers.xlsx", b"PK\x03\x04 \xff\xfe binary", "application/octet-stream")
    sent, got = through(
        proxy,
        "multipart",
        "POST",
        "/api/send",
        data=fields,
        files={"files[]": sheet},
        headers={"Authorization": server.token},
    )
    assert got.status_code == 200, got.text
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    check(server, sent, got, "/v1/api/send")


def test_the_url_send_passes_with_its_credentials_in_the_query(
    server: Server, proxy: RunningProxy
) -> None:
    query = {"apikey": server.token, "from": "+983000505", "to": "+989120000000", "message": "سلام"}
    sent, got = through(proxy, "url-send", "GET", "/api/send/webservice", params=query)
    assert got.status_code == 200, got.text
    check(server, sent, got, "/v1/api/send/webservice")


def test_a_v2_look_up_reaches_the_upstream_root(server: Server, proxy: RunningProxy) -> None:
    sent, got = through(
        proxy,
        "v2",
        "GET",
        "/v2/api/send/banks/cities",
        params={"county_id": "212"},
        headers={"Authorization": server.token},
    )
    assert got.status_code == 200, got.text
    check(server, sent, got, "/v2/api/send/banks/cities")


def test_a_base_url_with_v1_is_not_given_it_twice(server: Server, proxy: RunningProxy) -> None:
    # An app whose base URL is the proxy's with /v1, as the documentation writes it.
    sent, got = through(
        proxy,
        "v1-base",
        "GET",
        "/v1/v2/api/send/banks/provinces",
        headers={"Authorization": server.token},
    )
    assert got.status_code == 200, got.text
    check(server, sent, got, "/v2/api/send/banks/provinces")


def test_repeated_headers_and_an_error_pass_unchanged(server: Server, proxy: RunningProxy) -> None:
    sent, got = through(
        proxy,
        "repeated",
        "POST",
        "/api/acl/auth/check_token",
        headers=[("X-Trace", "a"), ("X-Trace", "b"), ("Authorization", "not-a-token")],
    )
    assert got.status_code == 401
    check(server, sent, got, "/v1/api/acl/auth/check_token")


def test_the_generated_python_client_works_through_the_proxy(
    server: Server, proxy: RunningProxy
) -> None:
    from ippanel_client import AuthenticatedClient
    from ippanel_client.api.payment import get_my_credit
    from ippanel_client.api.send import send_sms
    from ippanel_client.models import CreditEnvelope, SendNormalRequest, SendResultEnvelope

    client = AuthenticatedClient(base_url=proxy.url, token=server.token, prefix="")
    credit = get_my_credit.sync(client=client)
    assert isinstance(credit, CreditEnvelope)
    assert credit.to_dict() == example("Credit")
    sent = send_sms.sync(client=client, body=SendNormalRequest.from_dict(example("SendNormal")))
    assert isinstance(sent, SendResultEnvelope) and sent.data.message_outbox_ids
    paths = [r["path"] for r in server.requests() if "headers" in r]
    assert paths[-2:] == ["/v1/api/payment/credit/mine", "/v1/api/send"]


def test_a_preflight_is_answered_as_the_mock_answers_it(proxy: RunningProxy, mock_url: str) -> None:
    question = {
        "Origin": "http://localhost:3000",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type",
    }
    ours = httpx.options(f"{proxy.url}/api/send", headers=question)
    mocks = httpx.options(f"{mock_url}/api/send", headers=question)
    assert ours.status_code == mocks.status_code == 204
    cors = [k for k in mocks.headers if k.startswith("access-control-") or k == "vary"]
    for name in cors:
        if name != "access-control-expose-headers":
            assert ours.headers[name] == mocks.headers[name], name
    exposed = {h.strip() for h in ours.headers["access-control-expose-headers"].split(",")}
    assert {h.strip() for h in mocks.headers["access-control-expose-headers"].split(",")} <= exposed


def test_a_bare_request_gets_no_header_added(server: Server, proxy: RunningProxy) -> None:
    # No client library between: exactly these bytes, so anything more the server received was
    # added on the way (aiohttp's own User-Agent, Accept, Accept-Encoding, Content-Type, cookies).
    host, port = proxy.url.removeprefix("http://").split(":")
    raw = (
        b"POST /api/acl/auth/logout HTTP/1.1\r\nHost: proxy\r\nX-Test-Mark: bare\r\n"
        b"Content-Length: 2\r\nConnection: close\r\n\r\n{}"
    )
    with socket.create_connection((host, int(port)), timeout=30) as s:
        s.sendall(raw)
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
    received, written = answered(server, "bare")
    assert end_to_end([(k, v) for k, v in received["headers"]]) == [("x-test-mark", "bare")]
    assert received["body"] == "{}"
    assert answer.split(b"\r\n\r\n", 1)[1] == parse(written)[2]


def test_a_large_upload_passes_unchanged(server: Server, proxy: RunningProxy) -> None:
    # Over aiohttp's default of 1 MiB a request: a scanned identity document, say.
    scan = ("scan.pdf", b"%PDF-1.7 " + bytes(range(256)) * 12_000, "application/pdf")
    sent, got = through(
        proxy,
        "large",
        "POST",
        "/api/user/documents/upload",
        data={"document_id": "1"},
        files={"files[]": scan},
        headers={"Authorization": server.token, "Expect": "100-continue"},
    )
    assert len(sent.content) > 2 << 20
    assert got.status_code == 200, got.text
    received, _ = answered(server, "large")
    assert received["content_type"] == sent.headers["content-type"]
    assert len(received["body"]) > 2 << 20
