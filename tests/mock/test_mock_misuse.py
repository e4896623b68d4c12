"""Misusing the mock gets a clear answer, never a 500: a scheme before the token (`Bearer x`, the
likeliest integration bug: the API takes the token raw) is the documented 401 with a hint in the
log; a `Prefer` naming a status or example the operation lacks is one 404 listing what it has;
a Content-Type that is not a media type is read as none."""

import httpx
import pytest

from kit.processes import printed
from mock.launcher import Mock
from tests.mock.mock_spec import AUTH, assert_error_envelope, example

CHECK = "/api/acl/auth/check_token"


@pytest.mark.parametrize("value", ["Bearer any-token", "bearer any-token", "Basic dTpw"])
def test_a_scheme_before_the_token_gets_the_401_and_a_hint_in_the_log(
    mock: Mock, client: httpx.Client, value: str
) -> None:
    r = client.post(CHECK, headers={"Authorization": value})
    assert r.status_code == 401
    assert r.json() == example("Unauthorized")
    hint = f'Authorization starts with "{value.split()[0]} "; the API takes the token raw'
    # The mock writes its log in batches: the hint comes when it comes.
    assert mock.wait_for(printed(hint)), mock.output()[-2000:]


def test_a_token_that_only_looks_like_a_scheme_is_a_token(client: httpx.Client) -> None:
    assert client.post(CHECK, headers={"Authorization": "Bearer"}).status_code == 200
    assert client.post(CHECK, headers={"Authorization": "Bearerx y"}).status_code == 200


@pytest.mark.parametrize(
    ("path", "prefer", "listed"),
    [
        (CHECK, "example=noSuchExample", "valid (200), invalidToken (401)"),
        ("/api/send", "code=200, example=missingFiles", "normal (200)"),
        (CHECK, "code=418", "it has: 200, 401"),
        ("/api/acl/auth/login", "code=404, example=ga", "it has: 200, 401, 422"),
    ],
)
def test_a_prefer_the_operation_lacks_gets_one_404_listing_what_it_has(
    client: httpx.Client, path: str, prefer: str, listed: str
) -> None:
    body = example("SendNormal") if path == "/api/send" else None
    if path.endswith("login"):
        body = example("LoginCredentials")
    r = client.post(path, json=body, headers={**AUTH, "Prefer": prefer})
    assert r.status_code == 404
    assert r.headers["content-type"] == "application/json"
    assert_error_envelope(r.json(), "404-0")
    message = r.json()["meta"]["message"]
    assert message.startswith("Prefer: ")
    assert listed in message
    assert r.json()["meta"]["errors"] == {"Prefer": [message]}


def test_a_prefer_the_operation_has_is_served(client: httpx.Client) -> None:
    r = client.post(CHECK, headers={**AUTH, "Prefer": "code=401, example=invalidToken"})
    assert r.status_code == 401


@pytest.mark.parametrize("content_type", ["bogus", "application/json;;;=", "/", "a/b/c", ";"])
@pytest.mark.parametrize("path", [CHECK, "/api/acl/auth/logout"])
def test_a_malformed_content_type_on_an_operation_without_body_is_ignored(
    client: httpx.Client, content_type: str, path: str
) -> None:
    for body in (None, b"{}"):
        r = client.post(path, headers={**AUTH, "Content-Type": content_type}, content=body)
        assert r.status_code == 200, (content_type, body, r.text)


@pytest.mark.parametrize("content_type", ["bogus", "/", "a/b/c"])
def test_a_malformed_content_type_with_a_body_is_a_422(
    client: httpx.Client, content_type: str
) -> None:
    for path in ("/api/send", "/api/acl/auth/login"):
        r = client.post(path, headers={**AUTH, "Content-Type": content_type}, content=b'{"a": 1}')
        assert r.status_code == 422, (path, content_type, r.text)
        assert_error_envelope(r.json(), "400-2")
        assert "is not a media type" in r.headers["sl-violations"]
