"""`redocly lint` with the committed redocly.yaml: recommended rules, invalid examples as
errors, camelCase verb-noun operationIds, a description on every operation."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.spec.spec_checks import ROOT, edit, redocly

LOGOUT = "openapi/auth/paths/api_acl_auth_logout.yaml"
LOGOUT_DESCRIPTION = """  description: |
    Ends the session of the token in `Authorization`: the token stops working. The request has
    no body.
"""

# (file, text, its broken replacement, the rule that must report it)
BREAKS = {
    "example-breaks-its-schema": (
        "openapi/auth/examples/CheckTokenValid.yaml",
        '"user_id": 58745',
        '"user_id": "58745"',
        "no-invalid-media-type-examples",
    ),
    "snake-case-operation-id": (
        "openapi/auth/paths/api_acl_auth_check_token.yaml",
        "operationId: checkToken",
        "operationId: check_token",
        "operationId-camel-case",
    ),
    "operation-without-description": (LOGOUT, LOGOUT_DESCRIPTION, "", "operation-description"),
}


def test_lint_passes() -> None:
    result = redocly("lint", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("file", "old", "new", "rule"), BREAKS.values(), ids=BREAKS.keys())
def test_lint_fails_on_a_broken_copy(
    spec_copy: Path, file: str, old: str, new: str, rule: str
) -> None:
    edit(spec_copy / file, old, new)
    result = redocly("lint", cwd=spec_copy)
    assert result.returncode != 0
    assert rule in result.stdout + result.stderr
