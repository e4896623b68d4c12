"""The checks that guard the spec, as functions: tests run each on the real tree and on a
broken copy, so every check is seen to fail."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator

from kit import spec as kit_spec
from kit.operations import operations
from kit.spec import BUNDLE_PATH as BUNDLE  # relative: the checks run on copies of the tree too
from kit.spec import REPO as ROOT
from kit.spec import SPEC_ROOT_PATH, load_yaml, registry, validator

__all__ = ["BUNDLE", "ROOT", "load_yaml"]

REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"


def redocly(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(REDOCLY), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "PATH": "/usr/bin:/bin:/usr/local/bin",
            "REDOCLY_TELEMETRY": "off",
            "REDOCLY_SUPPRESS_NOTIFICATIONS": "true",
            "NO_COLOR": "1",
        },
    )


def bundle(tree: Path, out: Path) -> None:
    """Bundle tree/openapi/openapi.yaml exactly as `make bundle` does."""
    result = redocly("bundle", str(SPEC_ROOT_PATH), "--output", str(out), cwd=tree)
    assert result.returncode == 0, result.stdout + result.stderr


def openapi_errors(spec: dict[str, Any]) -> list[str]:
    return [e.message for e in OpenAPIV31SpecValidator(spec).iter_errors()]


def _pointer(*parts: str) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def deref(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local `$ref` (to components) of `spec` until a real object (kit.spec.deref)."""
    return kit_spec.deref(node, spec)


def media_examples(spec: dict[str, Any]) -> Iterator[tuple[str, str, str, Any]]:
    """(operationId, where, schema pointer, value) for every example of every media type:
    request bodies and responses, `example` and named `examples`."""
    for spec_op in operations(spec):
        path, method, op = spec_op.path, spec_op.method, spec_op.operation
        places: list[tuple[str, list[str], Any]] = []
        if "requestBody" in op:
            places.append(("request", [method, "requestBody"], deref(spec, op["requestBody"])))
        for status, response in op.get("responses", {}).items():
            places.append((status, [method, "responses", status], deref(spec, response)))
        for where, parts, holder in places:
            for media, content in holder.get("content", {}).items():
                schema_ptr = _schema_pointer(spec, path, parts, media)
                if "example" in content:
                    yield (
                        op["operationId"],
                        f"{where} {media} example",
                        schema_ptr,
                        content["example"],
                    )
                for name, example in content.get("examples", {}).items():
                    yield (
                        op["operationId"],
                        f"{where} {media} examples.{name}",
                        schema_ptr,
                        deref(spec, example)["value"],
                    )


def _schema_pointer(spec: dict[str, Any], path: str, parts: list[str], media: str) -> str:
    # A shared response ($ref to components/responses) is pointed at where it is defined.
    raw = spec["paths"][path]
    for part in parts:
        raw = raw[part]
    if isinstance(raw, dict) and "$ref" in raw:
        return raw["$ref"] + "/" + "/".join(["content", media.replace("/", "~1"), "schema"])
    return _pointer("paths", path, *parts, "content", media, "schema")


def schema_examples(spec: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(where, schema pointer, value) for every `examples` keyword inside a component schema."""

    def walk(node: Any, parts: list[str]) -> Iterator[tuple[str, str, Any]]:
        if isinstance(node, dict):
            if isinstance(node.get("examples"), list) and "type" in node:
                for i, value in enumerate(node["examples"]):
                    yield f"{'/'.join(parts)} examples[{i}]", _pointer(*parts), value
            for key, child in node.items():
                if key != "examples":
                    yield from walk(child, [*parts, key])
        elif isinstance(node, list):
            for i, child in enumerate(node):
                yield from walk(child, [*parts, str(i)])

    yield from walk(spec.get("components", {}).get("schemas", {}), ["components", "schemas"])


def example_errors(spec: dict[str, Any]) -> list[str]:
    """Every example, inline and named, validated against its own schema (JSON Schema 2020-12,
    the dialect of OpenAPI 3.1), with `$ref`s resolved inside the bundle."""
    in_spec = registry(spec)
    errors = []
    found = [(f"{op} {where}", ptr, value) for op, where, ptr, value in media_examples(spec)]
    found += list(schema_examples(spec))
    for where, ptr, value in found:
        for error in validator(ptr, in_spec).iter_errors(value):
            errors.append(f"{where}: {error.message}")
    return errors


def sending_type_consts(
    spec: dict[str, Any], union: dict[str, Any] | None = None
) -> dict[str, str | None]:
    """For each discriminator mapping key of a send body's union (the JSON one, unless another
    is given), the `const` its variant fixes `sending_type` to (None where it fixes none)."""
    if union is None:
        union = spec["components"]["schemas"]["SendSmsRequest"]
    consts = {}
    for key, ref in union["discriminator"]["mapping"].items():
        consts[key] = _const_of(spec, deref(spec, {"$ref": ref}))
    return consts


def _const_of(spec: dict[str, Any], schema: dict[str, Any]) -> str | None:
    prop = schema.get("properties", {}).get("sending_type", {})
    if "const" in prop:
        return str(prop["const"])
    for part in schema.get("allOf", []):
        found = _const_of(spec, deref(spec, part))
        if found is not None:
            return found
    return None


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def edit(path: Path, old: str, new: str) -> None:
    """Replace one exact, unique piece of a file: a deliberate break."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not unique in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def envelope_errors(spec: dict[str, Any]) -> list[str]:
    """Whether every response schema tells success from error: each JSON response example,
    with `meta.status` flipped, or with `data` left out, must fail its schema. The examples are
    the probes, so every documented outcome is tried."""
    in_spec = registry(spec)
    errors = []
    for op, where, ptr, value in media_examples(spec):
        if where.startswith("request") or " application/json " not in where:
            continue
        if not (isinstance(value, dict) and isinstance(value.get("meta"), dict)):
            errors.append(f"{op} {where}: not a {{data, meta}} envelope")
            continue
        schema = validator(ptr, in_spec)
        flipped = {**value, "meta": {**value["meta"], "status": not value["meta"]["status"]}}
        if schema.is_valid(flipped):
            errors.append(f"{op} {where}: accepts meta.status {flipped['meta']['status']}")
        without_data = {k: v for k, v in value.items() if k != "data"}
        if schema.is_valid(without_data):
            errors.append(f"{op} {where}: accepts a body without data")
    return errors
