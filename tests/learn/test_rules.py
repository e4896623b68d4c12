"""Each rule of the policy on a recording made here, against the committed spec (never changed):
what is found, and the edit proposed, in which source file. The expectations come from the spec's
own files, read here, not from the learning code."""

from __future__ import annotations

from pathlib import Path

from kit.spec import REPO, load_yaml
from tests.learn.recordings import documented, entry, learn, write_har

HOST = "https://staging.example.test/v1"  # a server prefix, as a browser's HAR has it
TOKEN_OWNER = REPO / "openapi/auth/schemas/TokenOwner.yaml"
CREDIT = REPO / "openapi/payment/schemas/Credit.yaml"


def test_an_undeclared_field_becomes_an_optional_property_typed_by_every_value(
    tmp_path: Path,
) -> None:
    answers = []
    for value in (None, 7, "x"):
        body = documented("CheckTokenValid")
        body["data"]["referrer"] = value
        answers.append(entry("POST", f"{HOST}/api/acl/auth/check_token", 200, body))
    findings, edits = learn(write_har(tmp_path / "a.har", answers))
    (d,) = findings.differences.values()
    assert (d.kind, d.detail, d.count) == ("undeclared field", "referrer", 3)
    (edit,) = edits
    assert edit.place.file == TOKEN_OWNER.resolve() and edit.key == "referrer"
    assert sorted(edit.source_value["type"]) == ["integer", "null", "string"]
    assert "referrer" not in load_yaml(TOKEN_OWNER).get("required", [])


def test_a_contradicted_type_is_widened_and_flagged(tmp_path: Path) -> None:
    body = documented("CheckTokenValid")
    body["data"]["user_id"] = str(body["data"]["user_id"])
    findings, edits = learn(
        write_har(
            tmp_path / "a.har", [entry("POST", f"{HOST}/api/acl/auth/check_token", 200, body)]
        )
    )
    assert [d.kind for d in findings.differences.values()] == ["type"]
    by_key = {e.key: e for e in edits}
    was = load_yaml(TOKEN_OWNER)["properties"]["user_id"]["type"]
    assert by_key["type"].source_value == [was, "string"]
    assert by_key["type"].place.source == ("properties", "user_id")
    assert "disagrees" in by_key["x-ippanel-learned"].source_value


def test_a_required_property_left_out_becomes_optional_and_flagged(tmp_path: Path) -> None:
    body = documented("Credit")
    del body["data"]["gift_expires_at"]
    _, edits = learn(
        write_har(tmp_path / "a.har", [entry("GET", f"{HOST}/api/payment/credit/mine", 200, body)])
    )
    by_key = {e.key: e for e in edits}
    required = load_yaml(CREDIT)["required"]
    assert by_key["required"].source_value == [r for r in required if r != "gift_expires_at"]
    assert by_key["required"].place.file == CREDIT.resolve()
    assert "disagrees" in by_key["x-ippanel-learned"].source_value


def test_an_unknown_enum_value_is_added_and_named(tmp_path: Path) -> None:
    body = documented("NumbersList")
    body["data"][1]["gets"] = 2
    body["data"][2]["gets"] = 2
    findings, edits = learn(
        write_har(tmp_path / "a.har", [entry("GET", f"{HOST}/api/number/numbers", 200, body)])
    )
    (d,) = findings.differences.values()
    assert (d.kind, d.count) == ("enum", 2)
    by_key = {e.key: e for e in edits}
    gets = load_yaml(REPO / "openapi/numbers/schemas/AccountNumber.yaml")["properties"]["gets"]
    assert by_key["enum"].source_value == [*gets["enum"], 2]
    assert len(by_key["x-enum-varnames"].source_value) == len(gets["enum"]) + 1


def test_an_undocumented_status_gets_a_response_with_the_error_envelope(tmp_path: Path) -> None:
    error = {"data": None, "meta": {"status": False, "message": "x", "message_code": "409-1"}}
    findings, edits = learn(
        write_har(tmp_path / "a.har", [entry("GET", f"{HOST}/api/user/documents", 409, error)])
    )
    (edit,) = edits
    assert edit.key == "409" and edit.place.source == ("get", "responses")
    content = edit.source_value["content"]["application/json"]
    envelope = (edit.place.file.parent / content["schema"]["$ref"]).resolve()
    assert envelope == (REPO / "openapi/shared/schemas/ErrorEnvelope.yaml").resolve()
    assert content["examples"]["seen-on-server"]["value"] == error


def test_an_undocumented_content_type_is_added(tmp_path: Path) -> None:
    found = entry("GET", f"{HOST}/api/send/jobs/categories", 200, "a, b", media="text/csv")
    _, edits = learn(write_har(tmp_path / "a.har", [found]))
    (edit,) = edits
    assert edit.key == "text/csv" and edit.source_value["schema"] == {"type": "string"}


def test_a_5xx_and_an_unknown_path_are_reported_never_learned(tmp_path: Path) -> None:
    findings, edits = learn(
        write_har(
            tmp_path / "a.har",
            [
                entry("GET", f"{HOST}/api/payment/credit/mine", 502, {"oops": 1}),
                entry("GET", f"{HOST}/api/not/in/the/spec", 200, {}),
                entry("DELETE", f"{HOST}/api/payment/credit/mine", 200, {}),
            ],
        )
    )
    assert edits == []
    assert [d.kind for d in findings.differences.values()] == ["server error"]
    assert findings.unmatched == {
        "GET /v1/api/not/in/the/spec": 1,
        "DELETE /v1/api/payment/credit/mine": 1,
    }


def test_a_conforming_recording_gives_no_changes(tmp_path: Path) -> None:
    answers = [
        entry("POST", f"{HOST}/api/acl/auth/check_token", 200, documented("CheckTokenValid")),
        entry("GET", f"{HOST}/api/payment/credit/mine", 200, documented("Credit")),
        entry("GET", f"{HOST}/api/number/numbers", 200, documented("NumbersList")),
        entry(
            "GET",
            "http://127.0.0.1:9/v2/api/send/banks/provinces",
            401,
            {
                "data": None,
                "meta": {"status": False, "message": "x", "message_code": "400-1", "errors": {}},
            },
        ),
    ]
    findings, edits = learn(write_har(tmp_path / "a.har", answers))
    assert findings.differences == {} and edits == [] and findings.unmatched == {}
    assert len(findings.operations) == 4
