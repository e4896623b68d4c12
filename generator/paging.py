"""Which operations are paginated lists, and how each is paged, read from an OpenAPI bundle and
written as a Jinja template (paging.jinja) for generator/templates/endpoint_module.py.jinja.

The templates see each operation's parameters and responses, but the generator keeps no
`maximum` of a parameter: the page iterators need it, so generate.sh runs this first. A list is an
operation whose 200 body has `meta: $ref PaginatedMeta` and that takes `page` with `per_page` (or
`limit`) in its query or in its JSON body; the size's `maximum`, where the spec gives one, bounds
the page size.

    python generator/paging.py BUNDLE > paging.jinja
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from openapi_python_client.strings import PythonIdentifier  # noqa: E402

from kit.operations import operations  # noqa: E402
from kit.spec import deref, load_yaml  # noqa: E402

PAGINATED_META = "#/components/schemas/PaginatedMeta"
SIZES = ("per_page", "limit")


def properties(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    """An object schema's properties, its allOf parts' included."""
    schema = deref(schema, spec)
    found = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        found.update(properties(part, spec))
    return found


def is_paginated(operation: Mapping[str, Any], spec: dict[str, Any]) -> bool:
    ok = deref(operation.get("responses", {}).get("200", {}), spec)
    schema = ok.get("content", {}).get("application/json", {}).get("schema")
    meta = properties(schema, spec).get("meta", {}) if schema is not None else {}
    return isinstance(meta, dict) and meta.get("$ref") == PAGINATED_META


def paging(operation: Mapping[str, Any], spec: dict[str, Any]) -> dict[str, Any] | None:
    """Where `page` and the page size go, the size's name and its maximum (if documented); None
    when the operation takes no page."""
    query = {
        p["name"]: p
        for p in (deref(p, spec) for p in operation.get("parameters", []))
        if p.get("in") == "query"
    }
    body = deref(operation.get("requestBody", {}), spec)
    json_body = body.get("content", {}).get("application/json", {}).get("schema")
    places = [("query", {name: p.get("schema", {}) for name, p in query.items()})]
    if json_body is not None:
        places.append(("body", properties(json_body, spec)))
    for where, fields in places:
        size = next((name for name in SIZES if name in fields), None)
        if "page" in fields and size is not None:
            found: dict[str, Any] = {"in": where, "size": size}
            maximum = deref(fields[size], spec).get("maximum")
            if maximum is not None:
                found["maximum"] = maximum
            return found
    return None


def paginated_operations(
    spec: dict[str, Any], unpageable: list[str] | None = None
) -> dict[str, dict[str, Any]]:
    """How each paginated list of the spec is paged, by the generator's name for the operation
    (its operationId in snake case, as the templates' `endpoint.name`). The operationIds of
    paginated answers that take no page go to `unpageable`."""
    found = {}
    for op in operations(spec):
        operation = op.operation
        if not op.operation_id or not is_paginated(operation, spec):
            continue
        how = paging(operation, spec)
        if how is None:
            if unpageable is not None:
                unpageable.append(op.operation_id)
            continue
        found[str(PythonIdentifier(op.operation_id, prefix="field_"))] = how
    return found


def template(operations: dict[str, dict[str, Any]]) -> str:
    # JSON of strings and integers is also a Jinja literal.
    return (
        "{# Written by generator/paging.py from the spec: the paginated lists. #}\n"
        f"{{% set operations = {json.dumps(operations, sort_keys=True)} %}}\n"
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: paging.py BUNDLE", file=sys.stderr)
        return 2
    unpageable: list[str] = []
    try:
        operations = paginated_operations(load_yaml(Path(argv[1])), unpageable)
    except OSError as error:
        print(f"generate: cannot read the spec: {error}", file=sys.stderr)
        return 1
    for operation_id in unpageable:
        print(
            f"generate: {operation_id} answers a page (meta: PaginatedMeta) but takes no `page` "
            f"with {' or '.join(SIZES)}, in its query or its JSON body: no page iterator",
            file=sys.stderr,
        )
    sys.stdout.write(template(operations))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
