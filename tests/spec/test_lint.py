"""`redocly lint` with the committed redocly.yaml: recommended rules, invalid examples as
errors, camelCase verb-noun operationIds."""

from __future__ import annotations

from pathlib import Path

from tests.spec.spec_checks import ROOT, edit, redocly


def test_lint_passes() -> None:
    result = redocly("lint", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_lint_fails_on_an_example_that_breaks_its_schema(spec_copy: Path) -> None:
    edit(
        spec_copy / "openapi/components/examples/CheckTokenValid.yaml",
        '"user_id": 58745',
        '"user_id": "58745"',
    )
    result = redocly("lint", cwd=spec_copy)
    assert result.returncode != 0
    assert "no-invalid-media-type-examples" in result.stdout + result.stderr


def test_lint_fails_on_a_snake_case_operation_id(spec_copy: Path) -> None:
    edit(
        spec_copy / "openapi/paths/api_acl_auth_check_token.yaml",
        "operationId: checkToken",
        "operationId: check_token",
    )
    result = redocly("lint", cwd=spec_copy)
    assert result.returncode != 0
    assert "operationId-camel-case" in result.stdout + result.stderr


def test_lint_fails_on_an_operation_without_description(spec_copy: Path) -> None:
    path = spec_copy / "openapi/paths/api_acl_auth_logout.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  description:")
    end = text.index("  responses:")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    result = redocly("lint", cwd=spec_copy)
    assert result.returncode != 0
    assert "operation-description" in result.stdout + result.stderr
