"""Every example, inline and named, validates against its schema, checked with jsonschema so
that it does not hang on a linter's severity."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.spec.spec_checks import (
    bundle,
    edit,
    example_errors,
    load_yaml,
    media_examples,
    schema_examples,
)


def test_every_example_is_valid(spec: dict[str, Any]) -> None:
    assert example_errors(spec) == []


def test_examples_are_found(spec: dict[str, Any]) -> None:
    # The check above means nothing if it finds no examples: 12 requests (5 auth, 7 send) and
    # 32 responses (3 login outcomes, 7 send results, every documented error), at least.
    named = [where for _, where, _, _ in media_examples(spec)]
    assert len(named) >= 44
    assert len(list(schema_examples(spec))) >= 5


def test_an_example_that_breaks_its_schema_is_caught(spec_copy: Path, tmp_path: Path) -> None:
    edit(spec_copy / "openapi/send/examples/SendVotp.yaml", '"+989120000000"', '"not a number"')
    broken = tmp_path / "broken.yaml"
    bundle(spec_copy, broken)
    errors = example_errors(load_yaml(broken))
    assert len(errors) == 1 and errors[0].startswith(
        "sendSms request application/json examples.votp"
    )


def test_a_broken_shared_error_example_is_caught(spec_copy: Path, tmp_path: Path) -> None:
    edit(
        spec_copy / "openapi/shared/examples/Unauthorized.yaml",
        '"message_code": "400-1"',
        '"message_code": 400',
    )
    broken = tmp_path / "broken.yaml"
    bundle(spec_copy, broken)
    errors = example_errors(load_yaml(broken))
    # The shared 401 is used by many operations: each one that uses it reports it.
    users = [op for op, where, _, _ in media_examples(load_yaml(broken)) if where.startswith("401")]
    assert len(errors) == len(users) > 1
    assert all("400 is not of type 'string'" in e for e in errors)
