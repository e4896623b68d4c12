"""Requests for the differential test of the mock's fast path, generated from the spec: every
request example and every response example (by `Prefer`) of every operation, each request
example (every sending type, JSON and multipart) also made invalid, then variants drawn with a
seed (invalid bodies, tokens, `Prefer`, `Accept`, bad JSON, multipart, other methods, CORS), so
that every run tries other combinations and a new operation is covered the moment it is in the
bundle."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from kit.operations import METHODS
from kit.operations import operations as kit_operations
from kit.spec import deref
from tests.mock.mock_spec import spec

ACCEPTS = [
    "application/json",
    "*/*",
    "application/*",
    "text/html",
    "application/xml",
    "application/json;q=0.9, */*;q=0.1",
]
TOKENS = ["any-token", "", "Bearer any-token", "bearer x", "Basic dXNlcjpwYXNz", "two words"]
CONTENT_TYPES = [
    "application/json; charset=utf-8",
    "text/plain",
    "bogus",
    "application/json;;;",
    "application/x-www-form-urlencoded",
    "application/vnd.api+json",
]


@dataclass
class Request:
    name: str
    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None

    def send(self, client: httpx.Client) -> httpx.Response:
        return client.request(self.method, self.path, headers=self.headers, content=self.body)


@dataclass
class Operation:
    method: str
    path: str
    secured: bool
    bodies: dict[str, Any]  # request example name -> value (JSON)
    multipart: dict[str, Any]  # request example name -> value (multipart/form-data)
    file_fields: set[str]
    responses: dict[str, list[str]]  # status -> example names
    required: list[str]  # top-level required fields of the first JSON body schema


def _schema_required(schema: Any) -> list[str]:
    schema = deref(schema)
    if not isinstance(schema, dict):
        return []
    required = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        required += _schema_required(part)
    return required


def _file_fields(schema: Any) -> set[str]:
    schema = deref(schema)
    fields = set()
    for name, prop in (schema or {}).get("properties", {}).items():
        prop = deref(prop)
        items = deref(prop.get("items", {})) if isinstance(prop, dict) else {}
        if "binary" in (prop.get("format"), items.get("format")):
            fields.add(name)
    return fields


def operations() -> list[Operation]:
    document = spec()
    global_security = document.get("security", [])
    found = []
    for spec_op in kit_operations(document):
        method, path, op = spec_op.method, spec_op.path, spec_op.operation
        content = deref(op.get("requestBody", {})).get("content", {})
        bodies: dict[str, Any] = {}
        multipart: dict[str, Any] = {}
        required: list[str] = []
        file_fields: set[str] = set()
        for media_type, media in content.items():
            examples = {k: deref(v)["value"] for k, v in media.get("examples", {}).items()}
            if "json" in media_type:
                bodies.update(examples)
                required = required or _schema_required(media.get("schema"))
            elif media_type == "multipart/form-data":
                multipart.update(examples)
                file_fields |= _file_fields(media.get("schema"))
        responses = {}
        for status, response in op.get("responses", {}).items():
            response = deref(response)
            responses[status] = [
                name
                for media in response.get("content", {}).values()
                for name in media.get("examples", {})
            ]
        security = op.get("security", global_security)
        secured = any(alternative for alternative in security)
        found.append(
            Operation(
                method.upper(),
                path,
                secured,
                bodies,
                multipart,
                file_fields,
                responses,
                required,
            )
        )
    return found


def multipart_body(
    value: dict[str, Any], file_fields: set[str], empty_files: bool = False
) -> tuple[bytes, str]:
    boundary = "diff3rential"
    chunks = b""
    for name, field_value in value.items():
        for item in field_value if isinstance(field_value, list) else [field_value]:
            disposition = f'form-data; name="{name}"'
            if name in file_fields:
                disposition += f'; filename="{item}"\r\nContent-Type: text/csv'
                data = b"" if empty_files else b"recipient,message\n+989120000000,Hello\n"
            else:
                data = str(item).encode()
            chunks += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n".encode()
            chunks += data + b"\r\n"
    return chunks + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


def _base(op: Operation) -> tuple[dict[str, str], bytes | None]:
    headers = {"Authorization": "any-token"} if op.secured else {}
    if op.bodies:
        headers["Content-Type"] = "application/json"
        return headers, _json(next(iter(op.bodies.values())))
    return headers, None


def every_example(op: Operation) -> Iterator[Request]:
    """Each request example, and each response example asked for by `Prefer`."""
    headers, body = _base(op)
    auth = {k: v for k, v in headers.items() if k == "Authorization"}
    name = f"{op.method} {op.path}"
    yield Request(f"{name} plain", op.method, op.path, headers, body)
    for example, value in op.bodies.items():
        h = {**auth, "Content-Type": "application/json", "Prefer": f"example={example}"}
        yield Request(f"{name} body {example}", op.method, op.path, h, _json(value))
        yield Request(
            f"{name} body {example}, no Prefer",
            op.method,
            op.path,
            h | {"Prefer": ""},
            _json(value),
        )
    for example, value in op.multipart.items():
        content, content_type = multipart_body(value, op.file_fields)
        h = {**auth, "Content-Type": content_type, "Prefer": f"example={example}"}
        yield Request(f"{name} multipart {example}", op.method, op.path, h, content)
    for status, examples in op.responses.items():
        yield Request(
            f"{name} code={status}",
            op.method,
            op.path,
            headers | {"Prefer": f"code={status}"},
            body,
        )
        for example in examples:
            for prefer in (f"example={example}", f"code={status}, example={example}"):
                yield Request(
                    f"{name} {prefer}", op.method, op.path, headers | {"Prefer": prefer}, body
                )


ANOTHER_TYPE: list[Any] = [None, "", [], {}, 12345, "x" * 300, True, [{"a": 1}]]


def invalid_examples(op: Operation, rng: random.Random) -> Iterator[Request]:
    """Each request example made invalid twice, with one `Content-Type` and no `Prefer`, so that
    the mock meets many invalid bodies of one operation under one set of headers: a field left
    out, and a field of another type (drawn by `rng`)."""
    auth = {"Authorization": "any-token"} if op.secured else {}
    name = f"{op.method} {op.path}"
    for example, value in op.bodies.items():
        if not isinstance(value, dict) or not value:
            continue
        h = {**auth, "Content-Type": "application/json"}
        left_out = rng.choice(sorted(value))
        without = {k: v for k, v in value.items() if k != left_out}
        yield Request(
            f"{name} body {example} without {left_out}", op.method, op.path, h, _json(without)
        )
        changed = rng.choice(sorted(value))
        other = {**value, changed: rng.choice(ANOTHER_TYPE)}
        yield Request(
            f"{name} body {example}, {changed} changed", op.method, op.path, h, _json(other)
        )
    for example, value in op.multipart.items():
        left_out = rng.choice(sorted(value))
        without = {k: v for k, v in value.items() if k != left_out}
        content, content_type = multipart_body(without, op.file_fields)
        h = {**auth, "Content-Type": content_type}
        yield Request(
            f"{name} multipart {example} without {left_out}", op.method, op.path, h, content
        )
        content, content_type = multipart_body(value, op.file_fields, empty_files=True)
        h = {**auth, "Content-Type": content_type}
        yield Request(f"{name} multipart {example}, files empty", op.method, op.path, h, content)


def variants(op: Operation, rng: random.Random) -> Iterator[Request]:
    """The unusual: each kind once per operation, its details drawn by `rng`."""
    headers, body = _base(op)
    name = f"{op.method} {op.path}"
    path, method = op.path, op.method

    def req(
        what: str, h: dict[str, str], b: bytes | None = body, m: str = method, p: str = path
    ) -> Request:
        return Request(f"{name} {what}", m, p, h, b)

    yield req("accept", headers | {"Accept": rng.choice(ACCEPTS)})
    token = rng.choice(TOKENS)
    yield req(f"token {token!r}", {**headers, "Authorization": token})
    yield req("no token", {k: v for k, v in headers.items() if k != "Authorization"})
    yield req("content-type", headers | {"Content-Type": rng.choice(CONTENT_TYPES)})
    yield req("no content-type", {k: v for k, v in headers.items() if k != "Content-Type"})
    yield req(
        "bad JSON",
        headers | {"Content-Type": "application/json"},
        rng.choice([b"{", b"abc", b"\x00", b'{"a": }', b"[1,"]),
    )
    yield req(
        "not an object",
        headers | {"Content-Type": "application/json"},
        rng.choice([b"[]", b'"text"', b"null", b"0", b"true"]),
    )
    yield req("empty object", headers | {"Content-Type": "application/json"}, b"{}")
    yield req("empty body", headers, b"")
    if op.bodies:
        value = dict(rng.choice(list(op.bodies.values())))
        if op.required:
            value.pop(rng.choice(op.required), None)
        yield req("a required field left out", headers, _json(value))
        value = dict(rng.choice(list(op.bodies.values())))
        key = rng.choice(list(value))
        value[key] = rng.choice(ANOTHER_TYPE)
        yield req(f"{key} of another type", headers, _json(value))
        yield req("an extra field", headers, _json({**value, "extra_field": 1}))
    content, content_type = multipart_body({"a": "1", "files[]": ["f.csv"]}, {"files[]"})
    yield req("multipart", headers | {"Content-Type": content_type}, content)
    # Not OPTIONS: the mock answers it as a CORS preflight on every path.
    undeclared = [m.upper() for m in METHODS if m != "options" and m.upper() != method]
    other = rng.choice(undeclared)
    yield req(f"method {other}", headers, None if other == "HEAD" else body, m=other)
    yield req("query", headers, p=path + rng.choice(["?a=1", "?__code=200", "?page=2&page=3"]))
    yield req("path variant", headers, p=rng.choice([path + "/", path.upper(), path + "/x"]))
    yield req("origin", headers | {"Origin": "https://app.example"})
    yield req(
        "preflight",
        {
            "Origin": "https://app.example",
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "authorization, prefer",
        },
        None,
        m="OPTIONS",
    )
    examples = [e for names in op.responses.values() for e in names]
    prefer = rng.choice(
        ["example=noSuchExample", "code=418", "code=abc", "code=200, example=x"]
        + ["dynamic=true, seed=7"]  # seeded, so that both answers are the same
        + [f"code=200, example={e}" for e in examples]
    )
    yield req(f"Prefer {prefer}", headers | {"Prefer": prefer})


def requests(seed: int) -> list[Request]:
    rng = random.Random(seed)
    found = []
    for op in operations():
        found += list(every_example(op))
        found += list(invalid_examples(op, rng))
        found += list(variants(op, rng))
    return found


IGNORED = {"date"}


def answer(response: httpx.Response) -> tuple[int, list[tuple[str, str]], bytes]:
    """What must be the same: status, headers but Date (names, values, order), body bytes."""
    headers = [(k.lower(), v) for k, v in response.headers.multi_items()]
    headers = [(k, v) for k, v in headers if k not in IGNORED]
    return response.status_code, headers, response.content


def differences(a: httpx.Response, b: httpx.Response) -> list[str]:
    (status_a, headers_a, body_a), (status_b, headers_b, body_b) = answer(a), answer(b)
    found = []
    if status_a != status_b:
        found.append(f"status {status_a} != {status_b}")
    if headers_a != headers_b:
        found.append(f"headers {headers_a} != {headers_b}")
    if body_a != body_b:
        found.append(f"body {body_a[:300]!r} != {body_b[:300]!r}")
    return found
