"""MOCK_SESSIONS=1 (docs/reference/mock.md, "Sessions: tokens and ids"): tokens are issued, used
up and revoked as the API does, and each send answers fresh outbox ids, one per message; alike
with the sessions in the mock's memory and in Redis (MOCK_STORE). Off by default: any token works
(tests/mock/test_mock_examples.py)."""

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mock.launcher import running_mock
from tests.mock.mock_spec import example
from tests.mock.stores import STORES, sessions_mock

TEST_API_KEY = "mock-test-api-key"  # docs/mock.md; mock/sessions.js
JSON = {"Content-Type": "application/json"}
LOGIN = "/api/acl/auth/login"
CHECK = "/api/acl/auth/check_token"


@pytest.fixture(scope="module", params=STORES)
def client(request: pytest.FixtureRequest) -> Iterator[httpx.Client]:
    with (
        sessions_mock(request.param) as mock,
        httpx.Client(base_url=mock.url, timeout=5) as c,
    ):
        yield c


def login(client: httpx.Client, method: str) -> str:
    prefer = {"Prefer": f"example={method}"}
    r = client.post(LOGIN, json=example("LoginCredentials"), headers=prefer)
    assert r.status_code == 200, r.text
    assert r.json()["data"]["method"] == method
    token: str = r.json()["data"]["token"]
    assert token != example("LoginLogin")["data"]["token"]
    return token


def post(
    client: httpx.Client, path: str, body: Any = None, token: str | None = None
) -> httpx.Response:
    headers = {"Authorization": token} if token is not None else {}
    if body is None:
        return client.post(path, headers=headers)
    return client.post(path, json=body, headers=headers)


def check(client: httpx.Client, token: str) -> int:
    return post(client, CHECK, token=token).status_code


def test_only_issued_tokens_and_the_test_key_open_an_operation(client: httpx.Client) -> None:
    assert check(client, "any-token") == 401
    assert post(client, CHECK, token="any-token").json() == example("Unauthorized")
    assert check(client, TEST_API_KEY) == 200
    token = login(client, "login")
    assert check(client, token) == 200
    assert login(client, "login") != token  # fresh each time


def test_logout_revokes_the_token_and_only_that_one(client: httpx.Client) -> None:
    token, other = login(client, "login"), login(client, "login")
    assert post(client, "/api/acl/auth/logout", token=token).status_code == 200
    assert check(client, token) == 401
    assert post(client, "/api/acl/auth/logout", token=token).status_code == 401
    assert check(client, other) == 200


def test_a_two_factor_token_is_good_for_the_next_step_only(client: httpx.Client) -> None:
    temporary = login(client, "ga")
    assert check(client, temporary) == 401  # not final
    r = post(client, "/api/acl/auth/confirm_otp", {"token": temporary, "otp": "123456"})
    assert r.status_code == 200
    final = r.json()["data"]["token"]
    assert check(client, final) == 200
    again = post(client, "/api/acl/auth/confirm_otp", {"token": temporary, "otp": "123456"})
    assert again.status_code == 401 and again.json() == example("Unauthorized")
    final_again = post(client, "/api/acl/auth/confirm_otp", {"token": final, "otp": "1"})
    assert final_again.status_code == 401


def test_send_sms_otp_replaces_the_temporary_token(client: httpx.Client) -> None:
    first = login(client, "sms")
    r = post(client, "/api/acl/auth/send_sms_otp", {"token": first})
    assert r.status_code == 200
    second = r.json()["data"]["token"]
    assert second != first
    assert post(client, "/api/acl/auth/send_sms_otp", {"token": first}).status_code == 401
    r = post(client, "/api/acl/auth/confirm_otp", {"token": second, "otp": "123456"})
    assert r.status_code == 200 and check(client, r.json()["data"]["token"]) == 200


def test_a_reset_token_works_once(client: httpx.Client) -> None:
    r = post(client, "/api/acl/auth/forgot_password", {"username": "u", "mobile": "+989120000000"})
    assert r.status_code == 200
    reset = r.json()["data"]["token"]
    change = {"token": reset, "otp": "1234", "password": "new-password"}
    assert post(client, "/api/acl/auth/change_password_by_token", change).status_code == 200
    assert post(client, "/api/acl/auth/change_password_by_token", change).status_code == 401
    assert check(client, reset) == 401  # a reset token opens nothing else


def test_each_send_answers_fresh_increasing_ids_one_per_message(client: httpx.Client) -> None:
    token = login(client, "login")
    headers = {"Authorization": token, "Prefer": "example=normal"}
    first = client.post("/api/send", json=example("SendNormal"), headers=headers).json()
    second = client.post("/api/send", json=example("SendNormal"), headers=headers).json()
    [a], [b] = first["data"]["message_outbox_ids"], second["data"]["message_outbox_ids"]
    assert b > a
    p2p = dict(example("SendPeerToPeer"))
    p2p["params"] = [{"recipients": ["+989120000000"], "message": f"m{i}"} for i in range(3)]
    r = client.post("/api/send", json=p2p, headers={**headers, "Prefer": "example=peerToPeer"})
    ids = r.json()["data"]["message_outbox_ids"]
    assert len(ids) == 3 and ids == sorted(ids) and ids[0] > b
    assert r.json()["meta"] == example("SentPeerToPeer")["meta"]
    files = [("files[]", ("m.csv", b"recipient,message\n+989120000000,Hi\n", "text/csv"))] * 2
    form = {"sending_type": "peer_to_peer_file", "from_number": "+983000505"}
    headers = {"Authorization": token, "Prefer": "example=peerToPeerFile"}
    r = client.post("/api/send", data=form, files=files, headers=headers)
    assert r.status_code == 200 and len(r.json()["data"]["message_outbox_ids"]) == 2


def test_a_send_to_many_targets_is_one_message_with_one_id(client: httpx.Client) -> None:
    # The spec's examples: postal_code, job, phonebook ... send one message whatever the number
    # of targets (one id), and so does `file` whatever the number of files.
    headers = {"Authorization": login(client, "login"), "Prefer": "example=postalCode"}
    body = dict(example("SendPostalCode"))
    body["params"] = [body["params"][0]] * 2
    r = client.post("/api/send", json=body, headers=headers)
    documented = example("SentPostalCode")["data"]["message_outbox_ids"]
    assert (
        r.status_code == 200 and len(r.json()["data"]["message_outbox_ids"]) == len(documented) == 1
    )
    files = [("files[]", ("n.csv", b"+989120000000\n", "text/csv"))] * 2
    form = {"sending_type": "file", "from_number": "+983000505", "message": "Hello"}
    r = client.post(
        "/api/send", data=form, files=files, headers={**headers, "Prefer": "example=file"}
    )
    assert r.status_code == 200 and len(r.json()["data"]["message_outbox_ids"]) == 1


def test_the_url_send_takes_any_query_credentials_and_answers_a_fresh_id(
    client: httpx.Client,
) -> None:
    query = "from=%2B983000505&to=%2B989120000000&message=Hello"
    r = client.get(f"/api/send/webservice?apikey=any-key&{query}")
    [fresh] = r.json()["data"]["message_outbox_ids"]
    [documented] = example("SentByUrl")["data"]["message_outbox_ids"]
    assert r.status_code == 200 and fresh >= 1000000001 and fresh != documented
    assert client.get(f"/api/send/webservice?{query}").status_code == 401


def test_without_sessions_any_token_works_and_ids_are_the_examples() -> None:
    with running_mock() as mock, httpx.Client(base_url=mock.url, timeout=5) as c:
        assert check(c, "any-token") == 200
        assert post(c, "/api/acl/auth/logout", token="any-token").status_code == 200
        assert check(c, "any-token") == 200
        r = c.post("/api/send", json=example("SendNormal"), headers={"Authorization": "t"})
        assert r.json() == example("SentNormal")
