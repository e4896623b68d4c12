"""Each kind of personal datum and secret, in each place traffic carries it (header, query,
request body, response body, URL path): none survives into what learning writes. The data are
made here; a place's output is judged by whether the datum (or its digits) is still in it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from learn.__main__ import main
from learn.sanitize import Sanitizer, latin
from tests.learn.recordings import documented, entry, write_har

TOKEN = "f3a9c2e7b1d84f6a9e0c5b2d7a1f4e8c"
PERSONAL = {
    "mobile +98": "+989121234567",
    "mobile 0098": "00989121234567",
    "mobile 0": "09121234567",
    "mobile bare": "9121234567",
    "mobile Persian digits": "۰۹۱۲۱۲۳۴۵۶۷",
    "mobile Persian +98": "+۹۸۹۱۲۱۲۳۴۵۶۷",
    "email": "ali.rezaei@mail.ir",
    "national code": "0499370899",
    "national code Persian digits": "۰۴۹۹۳۷۰۸۹۹",
    "card number": "6037997512345678",
    "card number grouped": "6037-9975-1234-5678",
    "IBAN": "IR820540102680020817909002",
}
PLACES = ("header", "query", "request body", "response body", "URL path")


def gone(datum: str, text: str) -> bool:
    digits = latin(datum).lstrip("+0").replace("-", "")
    return datum not in text and digits[-7:] not in latin(text).replace("-", "")


@pytest.mark.parametrize("kind", sorted(PERSONAL))
@pytest.mark.parametrize("place", PLACES)
def test_personal_data_is_scrubbed_in_every_place(kind: str, place: str) -> None:
    datum = Sanitizer()
    value = PERSONAL[kind]
    if place == "header":
        out = str(datum.headers([("X-Customer", f"owner {value}")]))
    elif place == "query":
        out = datum.url(f"https://h/api?q={value}&to={value}")
    elif place == "URL path":
        out = datum.url(f"https://h/api/phonebooks/numbers/{value}")
    else:
        out = json.dumps(datum.value({"note": f"about {value}", "id": 7}), ensure_ascii=False)
    assert gone(value, out), out
    assert "7" in out or place not in ("request body", "response body")  # the rest stays


@pytest.mark.parametrize("place", PLACES)
def test_a_token_is_scrubbed_in_every_place(place: str) -> None:
    datum = Sanitizer([TOKEN])  # a secret seen where secrets go, found again elsewhere
    outs = {
        "header": str(datum.headers([("Authorization", TOKEN), ("X-Api-Key", "k-" + TOKEN)])),
        "query": datum.url(f"https://h/api/send/webservice?apikey={TOKEN}&x=1"),
        "request body": json.dumps(datum.value({"password": "hunter2!", "otp": "123456"})),
        "response body": json.dumps(datum.value({"meta": {"message": f"bad token ({TOKEN})"}})),
        "URL path": datum.url(f"https://user:pw@h/api/x/{TOKEN}"),
    }
    out = outs[place]
    for secret in (TOKEN, "hunter2!", "123456", "user:pw"):
        assert secret not in out, out


def test_a_placeholder_keeps_the_shape_and_documented_values_stay() -> None:
    datum = Sanitizer()
    assert datum.text("09121234567") == "09120000000"
    assert datum.text("۰۹۱۲۱۲۳۴۵۶۷") == "۰۹۱۲۰۰۰۰۰۰۰"
    assert datum.value({"message_code": "200-1", "credit": 1.5}) == {
        "message_code": "200-1",
        "credit": 1.5,
    }


def test_nothing_learned_from_traffic_shows_its_personal_data_or_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Through `main`: a browser-like HAR with the token in a header and personal data in the
    URL, the query and both bodies; the report and overlay hold none of it."""
    body = documented("CheckTokenValid")
    body["data"].update({"mobile": PERSONAL["mobile 0"], "contact": PERSONAL["email"]})
    recording = write_har(
        tmp_path / "browser.har",
        [
            entry(
                "POST",
                f"https://staging.example.test/v1/api/acl/auth/check_token?ref={PERSONAL['IBAN']}",
                200,
                body,
                headers={"Authorization": TOKEN},
                request_body={"note": PERSONAL["national code"]},
            ),
            entry("GET", f"https://staging.example.test/v1/x/{PERSONAL['mobile +98']}", 404, {}),
        ],
    )
    out = tmp_path / "out"
    assert main({"LEARN_FROM": str(recording)}, print, out) == 0
    written = " ".join(p.read_text(encoding="utf-8") for p in out.iterdir())
    written += capsys.readouterr().out
    assert "mobile" in written and "x/" in written  # the report does name what it found
    for datum in (TOKEN, *PERSONAL.values()):
        assert datum not in written, datum
