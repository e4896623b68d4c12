"""Where the spec is, and the bundle as data: loaded once, with its `$ref`s followed.

The bundle (openapi/bundled/ippanel.yaml) is what every user of the spec reads: the client
generator, the mock, the contract tests and the benchmarks. The relative paths serve checks that
run on a scratch copy of the tree.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

REPO = Path(__file__).resolve().parent.parent
SPEC_ROOT_PATH = Path("openapi/openapi.yaml")  # the source the bundle is made from
BUNDLE_PATH = Path("openapi/bundled/ippanel.yaml")
SPEC_ROOT = REPO / SPEC_ROOT_PATH
BUNDLE = REPO / BUNDLE_PATH
BUNDLE_URI = "urn:ippanel"  # the bundle's name for jsonschema: `urn:ippanel#/components/...`


def load_yaml(path: Path) -> Any:
    # libyaml's loader (PyYAML's wheels carry it): the bundle parses in a tenth of the time.
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


@cache
def bundle() -> dict[str, Any]:
    """The committed bundle, parsed once per process. Shared: copy it before changing it."""
    spec: dict[str, Any] = load_yaml(BUNDLE)
    return spec


def deref(node: Any, spec: dict[str, Any] | None = None) -> Any:
    """Follow a local `$ref` ("#/components/...") until a real object; `spec` is the document
    the pointers are in (the bundle by default)."""
    document = bundle() if spec is None else spec
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def example(name: str) -> Any:
    """The value of the bundle's named example `components/examples/<name>`."""
    return deref({"$ref": f"#/components/examples/{name}"})["value"]


def registry(spec: dict[str, Any] | None = None) -> Registry[Any]:
    """`spec` (the bundle by default) as a jsonschema resource named BUNDLE_URI (JSON Schema
    2020-12, the dialect of OpenAPI 3.1)."""
    resource = Resource.from_contents(
        bundle() if spec is None else spec, default_specification=DRAFT202012
    )
    found: Registry[Any] = Registry().with_resource(BUNDLE_URI, resource)
    return found


@cache
def _bundle_registry() -> Registry[Any]:
    return registry()


def validator(
    schema: str | dict[str, Any], in_registry: Registry[Any] | None = None
) -> Draft202012Validator:
    """A validator for a schema of the bundle, or of the document in `in_registry` (made by
    `registry(spec)`, once for many validators): a JSON pointer ("#/components/schemas/
    ErrorEnvelope"), or a schema object whose `$ref` points into that document."""
    if isinstance(schema, str):
        schema = {"$ref": schema}
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#"):
        schema = {**schema, "$ref": BUNDLE_URI + ref}
    return Draft202012Validator(schema, registry=in_registry or _bundle_registry())
