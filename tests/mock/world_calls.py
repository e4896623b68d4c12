"""Calls of the sessions' world as an app makes them, each answer checked against the spec's
schema for its operation and status (the bundle, read by kit.spec): shared by the tests of the
world in one mock (test_mock_world.py) and across mocks sharing a store (test_mock_team.py)."""

from typing import Any

import httpx

from kit.spec import bundle, validator
from tests.mock.mock_spec import example

TWO = ["+989120000000", "+989350000000"]


def login(client: httpx.Client) -> str:
    r = client.post(
        "/api/acl/auth/login",
        json=example("LoginCredentials"),
        headers={"Prefer": "example=login"},
    )
    token: str = r.json()["data"]["token"]
    return token


def operation(method: str, path: str) -> dict[str, Any]:
    op: dict[str, Any] = bundle()["paths"][path][method]
    return op


def call(
    client: httpx.Client, token: str, method: str, path: str, url: str | None = None, **kw: Any
) -> Any:
    """The request, its answer checked against the spec's schema for that status; the body."""
    r = client.request(method, url or path, headers={"Authorization": token}, **kw)
    documented = operation(method.lower(), path)["responses"][str(r.status_code)]
    if "$ref" in documented:
        ref = documented["$ref"].removeprefix("#/").split("/")
        documented = bundle()[ref[0]][ref[1]][ref[2]]
    schema = documented["content"]["application/json"]["schema"]
    validator(schema).validate(r.json())
    return r.status_code, r.json()


def phonebooks(client: httpx.Client, token: str, **query: str) -> list[dict[str, Any]]:
    _, body = call(client, token, "GET", "/api/phonebooks/list-new", params=query)
    items: list[dict[str, Any]] = body["data"]
    return items


def send_two(client: httpx.Client, token: str, **more: Any) -> int:
    body = {
        "sending_type": "normal",
        "from_number": "+983000505",
        "message": "Hello",
        "params": {"recipients": TWO},
        **more,
    }
    status, sent = call(client, token, "POST", "/api/send", json=body)
    assert status == 200
    [outbox_id] = sent["data"]["message_outbox_ids"]
    return int(outbox_id)


def advance(client: httpx.Client, token: str, seconds: float) -> None:
    r = client.post(
        "/__mock/session/clock", json={"advance": seconds}, headers={"Authorization": token}
    )
    assert r.status_code == 200, r.text
