"""The newer sending types through the real mock: the three multipart types told apart by
`sending_type` as the JSON ones are, every part of a repeated multipart field checked, URL send's
query credentials, and every documented URL reachable with the host swapped."""

from typing import Any

import httpx
import pytest

from kit.operations import operations
from tests.mock.mock_spec import AUTH, assert_error_envelope, example, spec

CSV = ("numbers.csv", b"+989120000000\n", "text/csv")
FORM = {"from_number": "+983000505", "message": "Hello"}


def send_form(client: httpx.Client, data: dict[str, Any]) -> httpx.Response:
    return client.post("/api/send", data=data, files=[("files[]", CSV)], headers=AUTH)


def field_errors(r: httpx.Response) -> dict[str, Any]:
    assert r.status_code == 422, r.text
    envelope = r.json()
    assert_error_envelope(envelope, "400-2")
    errors: dict[str, Any] = envelope["meta"]["errors"]
    return errors


@pytest.mark.parametrize("sending_type", ["peer_to_peer_file", "keyword", "file"])
def test_each_multipart_type_is_accepted(client: httpx.Client, sending_type: str) -> None:
    r = send_form(client, {**FORM, "sending_type": sending_type})
    assert r.status_code == 200, r.headers.get("sl-violations")


@pytest.mark.parametrize("sending_type", ["keyword", "file"])
def test_a_peer_to_peer_file_body_is_not_a_keyword_or_file_body(
    client: httpx.Client, sending_type: str
) -> None:
    # peer_to_peer_file takes no `message`; keyword and file require it: the variant is chosen
    # by `sending_type`, not by whichever variant the body happens to fit.
    r = send_form(client, {"from_number": "+983000505", "sending_type": sending_type})
    assert field_errors(r) == {"message": [example("MissingMessage")["meta"]["message"]]}


def test_an_unknown_multipart_sending_type_is_named(client: httpx.Client) -> None:
    r = send_form(client, {**FORM, "sending_type": "voice"})
    assert list(field_errors(r)) == ["sending_type"]


@pytest.mark.parametrize(
    "numbers", [["bad", "+989120000000"], ["+989120000000", ""]], ids=["first-bad", "last-empty"]
)
def test_every_other_recipient_is_checked(client: httpx.Client, numbers: list[str]) -> None:
    # Prism alone checks only the last part of a repeated field and drops an empty one.
    data = {**FORM, "sending_type": "file", "other_recipients[]": numbers}
    index = 0 if numbers[0] == "bad" else 1
    assert list(field_errors(send_form(client, data))) == [f"other_recipients.{index}"]


def test_good_other_recipients_are_accepted(client: httpx.Client) -> None:
    data = {
        **FORM,
        "sending_type": "file",
        "other_recipients[]": ["+989120000000", "+989350000000"],
    }
    assert send_form(client, data).status_code == 200


URL_SEND = {"from": "+983000505", "to": "+989120000000", "message": "Hello"}


@pytest.mark.parametrize(
    "credentials",
    [{"apikey": "k"}, {"username": "u", "password": "p"}],
    ids=["apikey", "username-and-password"],
)
def test_url_send_takes_its_credentials_in_the_query(
    client: httpx.Client, credentials: dict[str, str]
) -> None:
    r = client.get("/api/send/webservice", params={**URL_SEND, **credentials})
    assert r.status_code == 200, r.headers.get("sl-violations")
    assert r.json() == example("SentByUrl")


@pytest.mark.parametrize(
    "credentials",
    [{}, {"username": "u"}, {"password": "p"}],
    ids=["none", "username-only", "password-only"],
)
def test_url_send_without_whole_credentials_is_401(
    client: httpx.Client, credentials: dict[str, str]
) -> None:
    # The header token is not URL send's credential.
    r = client.get("/api/send/webservice", params={**URL_SEND, **credentials}, headers=AUTH)
    assert r.status_code == 401
    assert r.json() == example("Unauthorized")


def documented_urls() -> list[tuple[str, str]]:
    """(path, query) of every send look-up, the query from its required parameters' examples."""
    found = []
    for op in operations(spec()):
        path = op.path
        lookup = path.startswith(("/api/send/banks/", "/v2/api/send/banks/", "/api/send/jobs/"))
        if op.method != "get" or not lookup:
            continue
        query = []
        for parameter in op.operation.get("parameters", []):
            if "$ref" in parameter:
                name = parameter["$ref"].rsplit("/", 1)[1]
                parameter = spec()["components"]["parameters"][name]
            if parameter.get("required"):
                query.append(f"{parameter['name']}={parameter['example']}")
        found.append((path, "&".join(query)))
    return found


def test_there_are_twelve_look_ups() -> None:
    assert len(documented_urls()) == 12


@pytest.mark.parametrize(("path", "query"), documented_urls())
def test_every_look_up_answers_under_the_docs_v1_base_url_too(
    client: httpx.Client, path: str, query: str
) -> None:
    # The docs' URLs are https://edge.ippanel.com/v1 + path (for v2: the literal /v1/v2/...).
    plain = client.get(f"{path}?{query}", headers=AUTH)
    prefixed = client.get(f"/v1{path}?{query}", headers=AUTH)
    assert plain.status_code == prefixed.status_code == 200, prefixed.text
    assert plain.json() == prefixed.json()


def test_only_a_leading_v1_segment_is_dropped(client: httpx.Client) -> None:
    assert client.get("/v1x/api/send/banks/provinces", headers=AUTH).status_code == 404
    assert client.get("/v2/api/send/banks/genders", headers=AUTH).status_code == 404
    assert client.get("/v1/api/send/banks/provinces", headers=AUTH).status_code == 200
