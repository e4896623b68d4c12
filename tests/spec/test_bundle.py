"""The committed bundle is valid OpenAPI 3.1. (That it is what the sources give is `make test`'s
first step, tools/fresh.py, tested in tests/fresh.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.spec.spec_checks import (
    bundle,
    edit,
    load_yaml,
    openapi_errors,
)


def test_bundle_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1.")
    assert openapi_errors(spec) == []


def test_invalid_openapi_is_rejected(spec_copy: Path, tmp_path: Path) -> None:
    edit(spec_copy / "openapi/openapi.yaml", "      in: header\n", "      in: body\n")
    broken = tmp_path / "broken.yaml"
    bundle(spec_copy, broken)
    errors = openapi_errors(load_yaml(broken))
    assert errors, "a security scheme `in: body` must not validate"
