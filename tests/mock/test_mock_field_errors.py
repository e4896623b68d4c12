"""422 envelopes name the fields that actually failed (Prism alone always serves the first
documented 422 example), in the seed's words: `تکمیل گزینه X الزامی است` for a missing field,
with the seed's Persian name of X where the spec's examples give one."""

from typing import Any

import httpx
import pytest

from tests.mock.mock_spec import AUTH, assert_error_envelope, example


def required(label: str) -> str:
    return f"تکمیل گزینه {label} الزامی است"


def errors_of(client: httpx.Client, path: str, body: Any, **kwargs: Any) -> dict[str, list[str]]:
    r = client.post(path, json=body, headers=AUTH, **kwargs)
    assert r.status_code == 422
    envelope = r.json()
    assert_error_envelope(envelope, "400-2")
    first = next(iter(envelope["meta"]["errors"].values()))
    assert envelope["meta"]["message"] == first[0]
    return envelope["meta"]["errors"]


def test_a_missing_field_is_named_as_the_seed_names_it(client: httpx.Client) -> None:
    # The documented example itself, produced from the violation.
    r = client.post("/api/acl/auth/login", json={"username": "u"})
    assert r.json() == example("MissingPassword")
    assert errors_of(client, "/api/acl/auth/login", {"password": "p"}) == {
        "username": [required("نام کاربری")]
    }


def test_every_missing_field_is_named(client: httpx.Client) -> None:
    assert errors_of(client, "/api/acl/auth/change_password_by_token", {"otp": "1"}) == {
        "token": [required("token")],
        "password": [required("گذرواژه")],
    }


def test_a_field_of_the_wrong_kind_is_named_as_invalid(client: httpx.Client) -> None:
    assert errors_of(client, "/api/acl/auth/confirm_otp", {"token": "t", "otp": 123456}) == {
        "otp": ["otp معتبر نیست"]
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {
                "sending_type": "normal",
                "from_number": "+983000505",
                "params": {"recipients": ["+989120000000"]},
            },
            {"message": [required("پیام")]},
        ),
        (
            {
                "sending_type": "pattern",
                "from_number": "+983000505",
                "recipients": ["+989120000000"],
                "params": {},
            },
            {"code": [required("code")]},
        ),
        (
            {
                "sending_type": "votp",
                "message": "1",
                "params": {"recipients": ["+989120000000", "+989350000000"]},
            },
            {"params.recipients": ["params.recipients معتبر نیست"]},
        ),
        (
            {
                "sending_type": "webservice",
                "from_number": "+983000505",
                "message": "m",
                "params": {"recipients": ["0912"]},
            },
            {"params.recipients.0": ["params.recipients.0 معتبر نیست"]},
        ),
        (
            {
                "sending_type": "normal",
                "from_number": "+983000505",
                "message": "",
                "params": {"recipients": []},
            },
            {"message": [required("پیام")], "params.recipients": [required("params.recipients")]},
        ),
        ({"from_number": "+983000505"}, {"sending_type": [required("sending_type")]}),
        ({"sending_type": "fax"}, {"sending_type": ["sending_type معتبر نیست"]}),
    ],
    ids=[
        "normal-without-message",
        "pattern-without-code",
        "votp-two-recipients",
        "bad-number",
        "empty-message-and-recipients",
        "no-type",
        "unknown-type",
    ],
)
def test_a_send_names_the_fields_of_its_own_sending_type(
    client: httpx.Client, body: dict[str, Any], expected: dict[str, list[str]]
) -> None:
    # Prism checks the body against all six JSON sending types; only the chosen one counts.
    assert errors_of(client, "/api/send", body) == expected


def test_a_body_with_nothing_usable_names_every_required_field(client: httpx.Client) -> None:
    expected = {"username": [required("نام کاربری")], "password": [required("گذرواژه")]}
    assert errors_of(client, "/api/acl/auth/login", []) == expected
    r = client.post(
        "/api/acl/auth/login", content=b"username=u", headers={"Content-Type": "text/plain"}
    )
    assert r.status_code == 422
    assert r.json()["meta"]["errors"] == expected


def test_an_explicitly_chosen_example_is_served_as_documented(client: httpx.Client) -> None:
    r = client.post(
        "/api/send",
        json={"sending_type": "normal"},
        headers={**AUTH, "Prefer": "code=422, example=missingCode"},
    )
    assert r.status_code == 422
    assert r.json() == example("MissingCode")


def test_a_non_latin1_field_is_named_and_reported_escaped_in_sl_violations(
    client: httpx.Client,
) -> None:
    body: dict[str, object] = {"sending_type": "pattern", "from_number": "+983000505", "code": "c"}
    body = {**body, "recipients": ["+989120000000"], "params": {"کد": True}}
    r = client.post("/api/send", json=body, headers=AUTH)
    assert r.json()["meta"]["errors"] == {"params.کد": ["params.کد معتبر نیست"]}
    assert "params.\\u06a9\\u062f must be string,number" in r.headers["sl-violations"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The number named by id, the user by neither: only the user's pair is missing.
        (
            {"number_id": 10, "send": True, "gets": False},
            {
                "target_user_id": [required("target_user_id")],
                "target_user": [required("target_user")],
            },
        ),
        # Neither pair: both, each field of a pair named (as the documented 422 names both).
        (
            {"send": True, "gets": False},
            {
                "number_id": [required("number id")],
                "number": [required("number")],
                "target_user_id": [required("target_user_id")],
                "target_user": [required("target_user")],
            },
        ),
    ],
    ids=["user-missing", "both-missing"],
)
def test_either_or_fields_are_named_only_when_neither_was_sent(
    client: httpx.Client, body: dict[str, Any], expected: dict[str, list[str]]
) -> None:
    assert errors_of(client, "/api/numbers/assign", body) == expected


def test_either_or_fields_met_by_any_branch_pass(client: httpx.Client) -> None:
    for body in (
        {"number": "+983000505", "target_user_id": 1},
        {"number_id": 1, "target_user": "u"},
    ):
        r = client.post("/api/numbers/unassign", json=body, headers=AUTH)
        assert r.status_code == 200, r.text


def test_a_query_parameter_is_named_as_a_field(client: httpx.Client) -> None:
    r = client.get("/api/number/numbers", params={"per_page": 0}, headers=AUTH)
    assert r.status_code == 422
    assert r.json()["meta"]["errors"] == {"per_page": ["per_page معتبر نیست"]}
    r = client.get("/api/report/by_bulk", headers=AUTH)
    assert r.json()["meta"]["errors"] == {"messages_outbox_id": [required("messages outbox id")]}


def test_an_empty_query_value_is_validated(client: httpx.Client) -> None:
    # Prism alone skips `?is_reseller=` as if it were absent; "" is not `yes` or `no`.
    r = client.get("/api/user/list?is_reseller=", headers=AUTH)
    assert r.status_code == 422
    assert r.json()["meta"]["errors"] == {"is_reseller": ["is_reseller معتبر نیست"]}
    # A free-text filter takes "" (the docs advise against it, but it is a string).
    assert client.get("/api/user/list?username=", headers=AUTH).status_code == 200


def test_a_file_part_without_a_filename_is_not_a_file(client: httpx.Client) -> None:
    # busboy alone takes an octet-stream part without a filename for a file; PHP does not.
    boundary = "b0undary"
    part = 'Content-Disposition: form-data; name="{}"{}\r\n{}\r\n{}\r\n'
    body = (
        f"--{boundary}\r\n"
        + part.format("document_id", "", "", "6")
        + f"--{boundary}\r\n"
        + part.format("files[]", "", "Content-Type: application/octet-stream\r\n", "{}")
        + f"--{boundary}--\r\n"
    )
    headers = {**AUTH, "Content-Type": f"multipart/form-data; boundary={boundary}"}
    r = client.post("/api/user/documents/upload", content=body.encode(), headers=headers)
    assert r.status_code == 422, r.text
    assert list(r.json()["meta"]["errors"]) == ["files"]
    named = body.replace('name="files[]"', 'name="files[]"; filename="a.png"')
    r = client.post("/api/user/documents/upload", content=named.encode(), headers=headers)
    assert r.status_code == 200, r.text


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/phonebooks/numbers/contact-list?phonebook_id=", "phonebook_id"),
        ("/api/phonebooks/numbers/contact-list/export?number=", "number"),
        ("/api/user/draft/list?draft_group_id=", "draft_group_id"),
    ],
)
def test_an_empty_filter_that_its_schema_refuses_is_named(
    client: httpx.Client, url: str, field: str
) -> None:
    # Plain Prism 5.16 answers 200 to these: it skips empty query values.
    r = client.get(url, headers={"Authorization": "t"})
    assert r.status_code == 422, r.text
    assert list(r.json()["meta"]["errors"]) == [field]


def test_an_empty_filter_that_its_schema_allows_is_accepted(client: httpx.Client) -> None:
    r = client.get("/api/phonebooks/list-new?title=", headers={"Authorization": "t"})
    assert r.status_code == 200, r.text
