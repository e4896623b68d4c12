"""The mock serves the documented examples: each login outcome on request, the documented
401 and 422 envelopes on request, 401 without a token, 422 for a body against the spec."""

import httpx
import pytest

from tests.mock.mock_spec import AUTH, assert_error_envelope, example

LOGIN = "/api/acl/auth/login"
CREDENTIALS = {"username": "your-username", "password": "your-password"}


@pytest.mark.parametrize(
    ("name", "documented"), [("ga", "LoginGa"), ("sms", "LoginSms"), ("login", "LoginLogin")]
)
def test_prefer_example_selects_each_login_outcome(
    client: httpx.Client, name: str, documented: str
) -> None:
    r = client.post(LOGIN, json=CREDENTIALS, headers={"Prefer": f"example={name}"})
    assert r.status_code == 200
    assert r.json() == example(documented)


def test_prefer_code_401_returns_the_documented_envelope(client: httpx.Client) -> None:
    r = client.post(LOGIN, json=CREDENTIALS, headers={"Prefer": "code=401"})
    assert r.status_code == 401
    assert r.json() == example("Unauthorized")


def test_prefer_code_422_returns_the_documented_envelope(client: httpx.Client) -> None:
    r = client.post(LOGIN, json=CREDENTIALS, headers={"Prefer": "code=422"})
    assert r.status_code == 422
    assert r.json() == example("MissingPassword")


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/acl/auth/logout", None),
        ("/api/acl/auth/check_token", None),
        ("/api/send", example("SendNormal")),
    ],
)
def test_a_secured_operation_without_authorization_gets_the_documented_401(
    client: httpx.Client, path: str, body: object
) -> None:
    r = client.post(path, json=body)
    assert r.status_code == 401
    assert r.headers["content-type"].startswith("application/json")
    assert r.json() == example("Unauthorized")


def test_the_same_operations_with_authorization_succeed(client: httpx.Client) -> None:
    assert client.post("/api/acl/auth/logout", headers=AUTH).json() == example("Done")
    assert client.post("/api/acl/auth/check_token", headers=AUTH).json() == example(
        "CheckTokenValid"
    )


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (LOGIN, {"username": "u"}),
        (LOGIN, {"username": 5, "password": "p"}),
        ("/api/acl/auth/confirm_otp", {"token": "t"}),
        ("/api/send", {"sending_type": "normal"}),
    ],
)
def test_a_body_against_the_spec_gets_the_422_envelope_not_problem_json(
    client: httpx.Client, path: str, body: object
) -> None:
    r = client.post(path, json=body, headers=AUTH)
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/json")
    assert_error_envelope(r.json(), "400-2")


def test_a_body_on_an_operation_that_takes_none_is_ignored(client: httpx.Client) -> None:
    # Prism alone answers 415, which check_token does not document.
    r = client.post("/api/acl/auth/check_token", headers=AUTH, content=b"{")
    assert r.status_code == 200
    r = client.post(
        "/api/acl/auth/check_token", headers={**AUTH, "Content-Type": "application/json"}, json={}
    )
    assert r.json() == example("CheckTokenValid")


def test_the_envelope_check_rejects_prism_problem_json(client: httpx.Client) -> None:
    # The check above can fail: Prism's own error for an undocumented path is problem+json.
    r = client.post("/no/such/path")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")
    with pytest.raises(Exception, match="is a required property|is not of type"):
        assert_error_envelope(r.json(), "400-2")
