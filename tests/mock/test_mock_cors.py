"""CORS: a browser app on another origin can call the mock, with `Authorization`."""

import httpx

from tests.mock.mock_spec import AUTH, example

ORIGIN = "http://localhost:3000"


def test_a_preflight_with_authorization_is_allowed(client: httpx.Client) -> None:
    r = client.options(
        "/api/send",
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type, prefer",
        },
    )
    assert r.status_code == 204
    assert r.headers["access-control-allow-origin"] == ORIGIN
    assert "POST" in r.headers["access-control-allow-methods"]
    allowed = {h.strip().lower() for h in r.headers["access-control-allow-headers"].split(",")}
    assert {"authorization", "content-type", "prefer"} <= allowed
    assert r.headers["access-control-allow-credentials"] == "true"


def test_the_actual_request_carries_the_cors_headers(client: httpx.Client) -> None:
    r = client.post("/api/acl/auth/check_token", headers={**AUTH, "Origin": ORIGIN})
    assert r.json() == example("CheckTokenValid")
    assert r.headers["access-control-allow-origin"] == ORIGIN
    assert r.headers["access-control-allow-credentials"] == "true"
    assert "origin" in r.headers["vary"].lower()


def test_errors_carry_the_cors_headers_too(client: httpx.Client) -> None:
    # Without them the browser hides the documented 401 from the app.
    r = client.post("/api/acl/auth/check_token", headers={"Origin": ORIGIN})
    assert r.status_code == 401
    assert r.headers["access-control-allow-origin"] == ORIGIN
    # The app may read what the validator found, even on a request with credentials.
    exposed = {h.strip() for h in r.headers["access-control-expose-headers"].split(",")}
    assert "sl-violations" in exposed and "sl-violations" in r.headers
