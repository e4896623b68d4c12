"""Errors become typed objects or clear exceptions: a 401 or 422 parses into ErrorEnvelope; an
undocumented status raises errors.UnexpectedStatus; a documented status whose body is not the
documented JSON raises errors.InvalidResponseBody, never a KeyError from inside from_dict."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ippanel_client import AuthenticatedClient, Client, errors
from ippanel_client.api.auth import check_token, login
from ippanel_client.api.send import send_sms
from ippanel_client.models import ErrorEnvelope, LoginRequest, RecipientsParams, SendNormalRequest
from ippanel_client.types import Unset

from tests.client.gateway import BAD_GATEWAY_PAGE, gateway
from tests.client.generation import BIN, run
from tests.client.spec_examples import resolve


def example(bundle: dict[str, Any], name: str) -> Any:
    return resolve(bundle, {"$ref": f"#/components/examples/{name}"})["value"]


def test_a_401_parses_into_the_error_envelope(mock_url: str, bundle: dict[str, Any]) -> None:
    # No token at all: the mock, like the API, refuses it.
    with AuthenticatedClient(base_url=mock_url, token="", prefix="") as client:
        response = check_token.sync_detailed(client=client)
    assert response.status_code == 401
    assert isinstance(response.parsed, ErrorEnvelope)
    assert response.parsed.to_dict() == example(bundle, "Unauthorized")
    assert response.parsed.meta.message_code == "400-1"


def test_a_422_parses_into_the_error_envelope_with_the_failing_field(mock_url: str) -> None:
    body = SendNormalRequest(
        sending_type="normal",
        from_number="+983000505",
        message="",  # the spec requires at least one character
        params=RecipientsParams(recipients=["+989120000000"]),
    )
    with AuthenticatedClient(base_url=mock_url, token="t" * 32) as client:
        response = send_sms.sync_detailed(client=client, body=body)
    assert response.status_code == 422
    assert isinstance(response.parsed, ErrorEnvelope)
    assert response.parsed.meta.status is False
    assert response.parsed.meta.message_code == "400-2"
    assert not isinstance(response.parsed.meta.errors, Unset)
    assert list(response.parsed.meta.errors.to_dict()) == ["message"]


def test_an_undocumented_status_from_the_mock_raises(mock_url: str) -> None:
    # Asked for a status the spec does not document, Prism answers 404 problem+json.
    with Client(base_url=mock_url, headers={"Prefer": "code=500"}) as client:
        with pytest.raises(errors.UnexpectedStatus) as raised:
            login.sync(client=client, body=LoginRequest(username="u", password="p"))
    assert raised.value.status_code == 404
    assert str(raised.value).startswith("Unexpected status code: 404")


def test_a_gateways_html_502_raises_a_clear_error() -> None:
    with gateway(502, BAD_GATEWAY_PAGE, "text/html") as url, Client(base_url=url) as client:
        with pytest.raises(errors.UnexpectedStatus) as raised:
            login.sync(client=client, body=LoginRequest(username="u", password="p"))
    assert raised.value.status_code == 502
    assert raised.value.content == BAD_GATEWAY_PAGE
    assert "502 Bad Gateway" in str(raised.value)


def test_returning_none_instead_is_a_choice() -> None:
    with gateway(502, BAD_GATEWAY_PAGE, "text/html") as url:
        with Client(base_url=url, raise_on_unexpected_status=False) as client:
            response = login.sync_detailed(
                client=client, body=LoginRequest(username="u", password="p")
            )
    assert (response.status_code, response.parsed) == (502, None)


@pytest.mark.parametrize(
    ("status", "body", "content_type", "cause"),
    [
        (401, BAD_GATEWAY_PAGE, "text/html", "JSONDecodeError"),
        (200, b"", "application/json", "JSONDecodeError"),
        (200, b'{"data": {"method": "ga"}}', "application/json", "KeyError"),
        (422, b'"Bad Gateway"', "application/json", "ValueError"),
    ],
    ids=["html-401", "empty-200", "200-without-meta", "422-string"],
)
def test_a_documented_status_with_another_body_raises_a_clear_error(
    status: int, body: bytes, content_type: str, cause: str
) -> None:
    with gateway(status, body, content_type) as url, Client(base_url=url) as client:
        with pytest.raises(errors.InvalidResponseBody) as raised:
            login.sync(client=client, body=LoginRequest(username="u", password="p"))
    assert raised.value.status_code == status
    assert raised.value.content == body
    assert type(raised.value.error).__name__ == cause
    assert str(raised.value).startswith(
        f"The body of the {status} response is not the documented JSON"
    )
    assert isinstance(raised.value, errors.UnexpectedResponse)


UPSTREAM_CALL = """
import sys
sys.path.insert(0, sys.argv[1])
from ippanel_client import Client
from ippanel_client.api.auth import login
from ippanel_client.models import LoginRequest
try:
    login.sync(client=Client(base_url=sys.argv[2]), body=LoginRequest(username="u", password="p"))
except Exception as error:
    print(type(error).__name__)
"""


def test_upstream_templates_fail_deep_inside_from_dict(upstream_client: Path) -> None:
    # Why endpoint_module.py.jinja is customised: the generator alone lets these escape.
    for body, content_type, escaped in [
        (BAD_GATEWAY_PAGE, "text/html", "JSONDecodeError"),
        (b'{"data": {"method": "ga"}}', "application/json", "KeyError"),
    ]:
        with gateway(401 if content_type == "text/html" else 200, body, content_type) as url:
            result = run([str(BIN / "python"), "-c", UPSTREAM_CALL, str(upstream_client), url])
        assert result.stdout.strip() == escaped, result.stderr
