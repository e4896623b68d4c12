"""What the official SDKs send is accepted, and `send_time` is checked on every sending type:
the mock's validation is the spec's, so these go through the real mock."""

from typing import Any

import httpx
import pytest

from tests.mock.mock_spec import AUTH, assert_error_envelope, spec

PATTERN = {
    "sending_type": "pattern",
    "from_number": "+983000505",
    "code": "xxxxxxxxxxxxxxx",
    "recipients": ["+989120000000"],
}


def send_examples() -> dict[str, tuple[str, Any]]:
    """Every documented send body by example name: (media type, body)."""
    found = {}
    content = spec()["paths"]["/api/send"]["post"]["requestBody"]["content"]
    for media, holder in content.items():
        for name, ref in holder["examples"].items():
            example = spec()["components"]["examples"][ref["$ref"].rsplit("/", 1)[1]]
            found[name] = (media, example["value"])
    return found


def send(client: httpx.Client, media: str, body: dict[str, Any]) -> httpx.Response:
    if media == "application/json":
        return client.post("/api/send", json=body, headers=AUTH)
    fields = {k: v for k, v in body.items() if k != "files[]"}
    files = [("files[]", ("messages.csv", b"recipient,message\n+989120000000,hi\n", "text/csv"))]
    return client.post("/api/send", data=fields, files=files, headers=AUTH)


@pytest.mark.parametrize(
    "params",
    [
        {"otp": 12345},  # python-sdk's send_pattern: Dict[str, Any]
        {"code": "12345", "amount": 1500.5},
        [],  # laravel-sdk's default
        {},
    ],
    ids=["number", "string-and-float", "empty-list", "empty-object"],
)
def test_pattern_params_the_sdks_send_are_accepted(client: httpx.Client, params: Any) -> None:
    r = client.post("/api/send", json={**PATTERN, "params": params}, headers=AUTH)
    assert r.status_code == 200, r.headers.get("sl-violations")


@pytest.mark.parametrize("params", [{"otp": [1]}, {"otp": None}, ["12345"]])
def test_pattern_params_of_other_shapes_are_refused(client: httpx.Client, params: Any) -> None:
    r = client.post("/api/send", json={**PATTERN, "params": params}, headers=AUTH)
    assert r.status_code == 422
    assert_error_envelope(r.json(), "400-2")


@pytest.mark.parametrize("name", sorted(send_examples()))
def test_a_malformed_send_time_is_refused_on_every_sending_type(
    client: httpx.Client, name: str
) -> None:
    media, body = send_examples()[name]
    good = send(client, media, {**body, "send_time": "2025-03-12 21:20:02"})
    assert good.status_code == 200, good.headers.get("sl-violations")
    r = send(client, media, {**body, "send_time": "tomorrow"})
    assert r.status_code == 422, f"{name}: send_time 'tomorrow' was accepted"
    envelope = r.json()
    assert_error_envelope(envelope, "400-2")
    assert list(envelope["meta"]["errors"]) == ["send_time"]


def test_every_sending_type_has_a_documented_body() -> None:
    # The parametrization above means nothing if it finds no bodies.
    sending_types = {body["sending_type"] for _, body in send_examples().values()}
    assert sending_types == set(spec()["components"]["schemas"]["SendingType"]["enum"])
