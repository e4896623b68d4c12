"""The committed bundle is valid OpenAPI 3.1 and is what `make bundle` makes of the sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.spec.spec_checks import (
    BUNDLE,
    ROOT,
    bundle,
    bundle_is_fresh,
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


def test_committed_bundle_is_fresh(tmp_path: Path) -> None:
    assert bundle_is_fresh(ROOT, tmp_path), f"{BUNDLE} is stale: run `make bundle` and commit it"


def test_stale_bundle_is_detected(spec_copy: Path, tmp_path: Path) -> None:
    edit(
        spec_copy / "openapi/send/paths/api_send.yaml",
        "summary: Send SMS\n",
        "summary: Send an SMS\n",
    )
    assert not bundle_is_fresh(spec_copy, tmp_path)
