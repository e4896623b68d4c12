"""What the spec documents, read from the bundle, so that the mock is checked against the spec
rather than against copies of it."""

from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

BUNDLE = Path(__file__).resolve().parents[2] / "openapi" / "bundled" / "ippanel.yaml"
AUTH = {"Authorization": "any-token"}


@cache
def spec() -> dict[str, Any]:
    return yaml.safe_load(BUNDLE.read_text())


def example(name: str) -> Any:
    return spec()["components"]["examples"][name]["value"]


@cache
def _validator(schema: str) -> jsonschema.Draft202012Validator:
    registry: Registry = Registry().with_resource(
        "urn:ippanel", Resource.from_contents(spec(), default_specification=DRAFT202012)
    )
    return jsonschema.Draft202012Validator(
        {"$ref": f"urn:ippanel#/components/schemas/{schema}"}, registry=registry
    )


def assert_error_envelope(body: Any, message_code: str) -> None:
    """`body` is an ErrorEnvelope (as the spec defines it) with this message_code."""
    _validator("ErrorEnvelope").validate(body)
    assert body["meta"]["status"] is False
    assert body["meta"]["message_code"] == message_code
    assert "errors" in body["meta"]
