"""What a schema allows, read from the spec as written: `$ref`s followed, `allOf` merged, its
types, nullability and enum values, and its content without annotations (to tell two schemas
apart whatever their names). schema.py compares with these."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

Spec = dict[str, Any]
SCHEMA_REF = "#/components/schemas/"
# Keywords that say nothing about which values are valid.
ANNOTATIONS = frozenset(
    {"description", "title", "summary", "example", "examples", "$comment", "externalDocs"}
)


def follow(node: Any, spec: Spec) -> tuple[Any, str | None]:
    """`node` with its local `$ref`s followed, and the last component schema named on the way."""
    component = None
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref.startswith(SCHEMA_REF):
            component = ref.removeprefix(SCHEMA_REF)
        target: Any = spec
        for part in ref.removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node, component


@dataclass(frozen=True)
class Flat:
    """A schema with its `allOf` merged: its keywords, and for each property the component
    schema it was declared in."""

    schema: dict[str, Any]
    owners: dict[str, str | None]


def flatten(node: Any, spec: Spec, owner: str | None) -> Flat:
    schema, component = follow(node, spec)
    schema = dict(schema or {})
    owner = component or owner
    owners = {name: owner for name in schema.get("properties", {})}
    for part in schema.pop("allOf", []):
        flat = flatten(part, spec, owner)
        # A later part's field wins: an envelope's `data` is typed by the part after it.
        schema["properties"] = {**schema.get("properties", {}), **flat.schema.get("properties", {})}
        schema["required"] = sorted({*schema.get("required", []), *flat.schema.get("required", [])})
        owners.update(flat.owners)
        for key, value in flat.schema.items():
            schema.setdefault(key, value)
    return Flat(schema, owners)


def canonical(node: Any, spec: Spec, stack: tuple[str, ...] = ()) -> Any:
    """What a schema allows, for telling two apart: `$ref`s followed (a recursive one by how far
    up it points, not by name), `allOf` merged, annotations dropped."""
    if isinstance(node, list):
        return [canonical(item, spec, stack) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref", "")
    if ref in stack:
        return {"$recursive": len(stack) - stack.index(ref)}
    if ref:
        stack = (*stack, ref)
    flat = flatten(node, spec, None).schema
    return {
        key: canonical(value, spec, stack)
        for key, value in sorted(flat.items())
        if key not in ANNOTATIONS
    }


def is_null(node: Any, spec: Spec) -> bool:
    schema = follow(node, spec)[0] or {}
    return bool(schema.get("type") == "null")


def types_of(schema: dict[str, Any]) -> set[str]:
    """The JSON types a schema allows, `null` aside (nullability is a rule of its own)."""
    found = schema.get("type")
    types = set(found) if isinstance(found, list) else {found} if found else set()
    if not types and "properties" in schema:
        types = {"object"}
    return types - {"null"}


def nullable(schema: dict[str, Any], spec: Spec) -> bool:
    """OpenAPI 3.0's `nullable: true`, 3.1's `type: [..., "null"]`, or a null variant."""
    found = schema.get("type")
    alternatives = schema.get("oneOf", []) + schema.get("anyOf", [])
    return (
        found == "null"
        or (isinstance(found, list) and "null" in found)
        or schema.get("nullable") is True
        or any(is_null(part, spec) for part in alternatives)
    )


def enum_of(schema: dict[str, Any]) -> list[Any] | None:
    if "enum" in schema:
        return [v for v in schema["enum"] if v is not None]
    return [schema["const"]] if "const" in schema else None


def widened(old: set[str], new: set[str]) -> bool:
    return old <= new or (old == {"integer"} and "number" in new)


def show(values: Iterable[Any] | None) -> str:
    if values is None:
        return "none"
    shown = (v if isinstance(v, str) else "none" if v is None else repr(v) for v in values)
    return ", ".join(shown) or "none"


def sunset(node: dict[str, Any]) -> str | None:
    """The sunset date an operation, parameter or schema gives (`x-sunset`, as oasdiff reads)."""
    value = node.get("x-sunset")
    return None if value is None else str(value)
