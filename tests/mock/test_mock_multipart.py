"""peer_to_peer_file: multipart/form-data with one or several `files[]` parts. The spec's
encoding for `files[]` (style form, explode, allowReserved) is what makes Prism 5.16 accept
several parts and CSV content with `,` and `+`; an empty file counts as missing."""

import httpx
import pytest

from tests.mock.mock_spec import AUTH, assert_error_envelope, example

FORM = {
    "sending_type": "peer_to_peer_file",
    "from_number": "+983000505",
    "send_time": "2025-03-12 21:20:02",
}
CSV = b"recipient,message\n+989120000000,salam + khoobi?\n+989350000000,a, b & c = d\n"


def send(
    client: httpx.Client,
    files: list[tuple[str, tuple[str, bytes, str]]],
    data: dict[str, str] = FORM,
) -> httpx.Response:
    return client.post(
        "/api/send", data=data, files=files, headers={**AUTH, "Prefer": "example=peerToPeerFile"}
    )


def test_one_csv_file_with_commas_and_pluses_is_accepted(client: httpx.Client) -> None:
    r = send(client, [("files[]", ("messages.csv", CSV, "text/csv"))])
    assert r.status_code == 200, r.headers.get("sl-violations")
    assert r.json() == example("SentPeerToPeerFile")


def test_several_files_are_accepted(client: httpx.Client) -> None:
    files = [("files[]", (f"part{i}.csv", CSV, "text/csv")) for i in range(3)]
    files.append(
        ("files[]", ("sheet.xlsx", b"PK\x03\x04 not really a workbook", "application/octet-stream"))
    )
    r = send(client, files)
    assert r.status_code == 200, r.headers.get("sl-violations")
    assert r.json() == example("SentPeerToPeerFile")


@pytest.mark.parametrize(
    "files", [[], [("files[]", ("empty.csv", b"", "text/csv"))]], ids=["no-file", "empty-file"]
)
def test_no_file_or_an_empty_file_is_the_documented_missing_files(
    client: httpx.Client, files: list[tuple[str, tuple[str, bytes, str]]]
) -> None:
    # httpx sends a multipart body even with no file when data is given.
    r = client.post(
        "/api/send",
        data=FORM,
        files=files or {"unrelated": ("x.txt", b"x", "text/plain")},
        headers=AUTH,
    )
    assert r.status_code == 422
    assert_error_envelope(r.json(), "400-2")
    assert r.json() == example("MissingFiles")


def test_a_bad_sender_in_a_file_send_is_named(client: httpx.Client) -> None:
    r = send(
        client, [("files[]", ("m.csv", CSV, "text/csv"))], data={**FORM, "from_number": "0300"}
    )
    assert r.status_code == 422
    assert r.json()["meta"]["errors"] == {"from_number": ["from_number معتبر نیست"]}


def test_a_plain_field_under_the_files_name_is_not_a_file(client: httpx.Client) -> None:
    # A text part: httpx sends `data` as plain form fields of the multipart body.
    unrelated = {"unrelated": ("x.txt", b"x", "text/plain")}
    r = client.post(
        "/api/send", data={**FORM, "files[]": "126663.0"}, files=unrelated, headers=AUTH
    )
    assert r.status_code == 422
    assert r.json() == example("MissingFiles")


def test_an_empty_file_among_several_is_rejected(client: httpx.Client) -> None:
    # Prism validates only the last part of a repeated field; the empty one here is first.
    files = [
        ("files[]", ("empty.csv", b"", "text/csv")),
        ("files[]", ("messages.csv", CSV, "text/csv")),
    ]
    r = send(client, files)
    assert r.status_code == 422
    assert r.json()["meta"]["errors"] == {"files": ["تکمیل گزینه فایل ها الزامی است"]}


def test_extra_parts_with_names_prism_cannot_parse_leave_the_body_intact(
    client: httpx.Client,
) -> None:
    boundary = "b0undary"
    parts = [
        (b'name="a%zz"', b"1"),
        (b'name="a;b"', b"2"),
        (b'name="ctl\x10\x00"', b"3"),
        *[(f'name="{k}"'.encode(), v.encode()) for k, v in FORM.items()],
        (b'name="files[]"; filename="a;b=c.csv"\r\nContent-Type: text/csv', CSV),
    ]
    body = b"".join(
        b"--%s\r\nContent-Disposition: form-data; %s\r\n\r\n%s\r\n" % (boundary.encode(), d, v)
        for d, v in parts
    )
    r = client.post(
        "/api/send",
        content=body + f"--{boundary}--\r\n".encode(),
        headers={**AUTH, "Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert r.status_code == 200, r.headers.get("sl-violations")
