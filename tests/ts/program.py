"""The TypeScript program that uses every operation of the bundled spec: for each operation and
each of its named JSON response examples, a `node:test` case that sends the request example of the
same name (else the operation's first) through the generated TS client, with `Prefer` asking the
mock for that example, and compares the answer with the example. Written from the spec, so new
operations are covered without a list here. `tsc --strict` over it checks that every example fits
the client's types; `node --test` over its build checks the answers."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kit.operations import SpecOperation, operations
from kit.spec import deref

# A CSV in the two columns the spec documents for peer_to_peer_file: what a file part carries.
CSV = "recipient,message\\n+989120000000,پیام اول\\n+989130000000,پیام دوم\\n"


@dataclass(frozen=True)
class Case:
    name: str
    method: str
    path: str
    secured: bool
    in_query: bool  # its credentials go in the query (URL send)
    status: int
    example: str
    body: str | None  # a TypeScript expression
    params: dict[str, dict[str, Any]]
    expected: Any


def is_binary(schema: dict[str, Any], spec: dict[str, Any]) -> bool:
    schema = deref(schema, spec)
    return schema.get("format") == "binary" or (
        schema.get("type") == "array" and is_binary(schema.get("items", {}), spec)
    )


def body_expression(value: Any, schema: dict[str, Any], spec: dict[str, Any]) -> str:
    """The example as a TypeScript literal; a field of files (`format: binary`) gets one File per
    file name the example lists."""
    schema = deref(schema, spec)
    fields = []
    for key, item in value.items():
        field_schema = schema.get("properties", {}).get(key, {})
        if isinstance(item, (str, list)) and is_binary(field_schema, spec):
            names = item if isinstance(item, list) else [item]
            files = ", ".join(
                f'new File(["{CSV}"], {json.dumps(n)}, {{ type: "text/csv" }})' for n in names
            )
            one_file = deref(field_schema, spec).get("type") != "array"
            fields.append(f"{json.dumps(key)}: {files if one_file else f'[{files}]'}")
        else:
            fields.append(f"{json.dumps(key)}: {json.dumps(item, ensure_ascii=False)}")
    return "{ " + ", ".join(fields) + " }"


def request_bodies(operation: Mapping[str, Any], spec: dict[str, Any]) -> dict[str, str]:
    """Each named request example as a TypeScript expression, by name (every media type)."""
    found = {}
    body = deref(operation.get("requestBody"), spec) or {}
    for media in body.get("content", {}).values():
        for name, example in media.get("examples", {}).items():
            found[name] = body_expression(deref(example, spec)["value"], media["schema"], spec)
    return found


def parameters(op: SpecOperation, spec: dict[str, Any]) -> Any:
    """Path and query parameters from their `example` (or first of `examples`)."""
    found: dict[str, dict[str, Any]] = {}
    for parameter in op.parameters:
        parameter = deref(parameter, spec)
        if parameter["in"] not in ("path", "query"):
            continue
        if "example" in parameter:
            value = parameter["example"]
        elif parameter.get("examples"):
            value = deref(next(iter(parameter["examples"].values())), spec)["value"]
        elif parameter.get("required"):
            raise ValueError(f"{parameter['name']}: a required parameter needs an example")
        else:
            continue
        found.setdefault(parameter["in"], {})[parameter["name"]] = value
    return found


def cases(spec: dict[str, Any]) -> list[Case]:
    found = []
    for op in operations(spec):
        path, method, operation = op.path, op.method, op.operation
        security = operation.get("security", spec.get("security", []))
        secured = bool(security)
        schemes = spec["components"]["securitySchemes"]
        in_query = any(schemes[n]["in"] == "query" for r in security for n in r)
        bodies = request_bodies(operation, spec)
        params = parameters(op, spec)
        for status, response in operation["responses"].items():
            media = deref(response, spec).get("content", {}).get("application/json", {})
            for name, example in media.get("examples", {}).items():
                found.append(
                    Case(
                        name=f"{operation['operationId']}-{status}-{name}",
                        method=method,
                        path=path,
                        secured=secured,
                        in_query=in_query,
                        status=int(status),
                        example=name,
                        body=bodies.get(name) or next(iter(bodies.values()), None),
                        params=params,
                        expected=deref(example, spec)["value"],
                    )
                )
    return found


def program(spec: dict[str, Any], client_module: str) -> str:
    """The program's source; `client_module` is the import path of the client's index."""
    lines = [
        "// Written by tests/ts/program.py from the bundled spec: every operation, every example.",
        'import assert from "node:assert/strict";',
        'import { test } from "node:test";',
        f'import {{ createIppanelClient, prefer }} from "{client_module}";',
        "",
        'const baseUrl = process.env["MOCK_URL"] ?? "http://127.0.0.1:4010";',
        "// The documented login token: any token does for the mock.",
        'const token = "84cd3ef65b0700dea4ac7942e61df4a5";',
        "const secured = createIppanelClient({ baseUrl, token });",
        "const open = createIppanelClient({ baseUrl });",
        "const byUrl = createIppanelClient({ baseUrl, queryCredentials: { apikey: token } });",
        "",
    ]
    for case in cases(spec):
        init = [
            f'headers: prefer("{case.path}", "{case.method}", '
            f'"code={case.status}, example={case.example}")'
        ]
        if case.body is not None:
            init.append(f"body: {case.body}")
        if case.params:
            init.append(f"params: {json.dumps(case.params, ensure_ascii=False)}")
        client = "byUrl" if case.in_query else "secured" if case.secured else "open"
        call = f'{client}.{case.method.upper()}("{case.path}"'
        expected = json.dumps(case.expected, ensure_ascii=False)
        lines += [
            f"test({json.dumps(case.name)}, async () => {{",
            f"  const {{ data, error, response }} = await {call}, {{",
            *(f"    {part}," for part in init),
            "  });",
            f"  assert.equal(response.status, {case.status});",
            f"  assert.deepEqual(response.ok ? data : error, {expected});",
            "});",
            "",
        ]
    return "\n".join(lines)
