"""Everything the seed documents is in the spec: its 8 paths and every one of its JSON
examples, verbatim, attached to the operation and outcome it belongs to."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.spec.spec_checks import dumps, load_yaml, media_examples

SEED = load_yaml(Path(__file__).with_name("seed_examples.yaml"))
SEED_PATHS = {
    "/api/acl/auth/login": "login",
    "/api/acl/auth/send_sms_otp": "sendSmsOtp",
    "/api/acl/auth/confirm_otp": "confirmOtp",
    "/api/acl/auth/forgot_password": "forgotPassword",
    "/api/acl/auth/change_password_by_token": "changePasswordByToken",
    "/api/acl/auth/logout": "logout",
    "/api/acl/auth/check_token": "checkToken",
    "/api/send": "sendSms",
}


def test_every_seed_path_and_operation(spec: dict[str, Any]) -> None:
    # The seed's operations are all POSTs; the other sections' paths are checked in their tests.
    found = {path: spec["paths"][path].get("post", {}).get("operationId") for path in SEED_PATHS}
    assert found == SEED_PATHS


def as_multipart(value: dict[str, Any]) -> dict[str, Any]:
    # The seed shows its one file as `"files[]": "file.csv"`; a repeated form field is an array.
    return {k: [v] if k == "files[]" and not isinstance(v, list) else v for k, v in value.items()}


@pytest.mark.parametrize(
    "seed", SEED, ids=[f"{s['operation']}-{s.get('sending_type', '')}-{s['kind']}" for s in SEED]
)
def test_seed_example_is_in_the_spec(spec: dict[str, Any], seed: dict[str, Any]) -> None:
    kind = "request" if seed["kind"] == "request" else seed["kind"]
    values = {
        dumps(value)
        for op, where, _, value in media_examples(spec)
        if op == seed["operation"] and where.split(" ")[0] == kind
    }
    assert dumps(as_multipart(seed["value"])) in values


def test_login_has_one_named_example_per_method(spec: dict[str, Any]) -> None:
    examples = spec["paths"]["/api/acl/auth/login"]["post"]["responses"]["200"]["content"][
        "application/json"
    ]["examples"]
    assert set(examples) == {"ga", "sms", "login"}
