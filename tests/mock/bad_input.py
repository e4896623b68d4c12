"""Bad requests for the mock: the cases that hung or killed Prism 5.16, and a few hundred more
generated from a fixed seed (malformed, truncated, binary, odd names, oversized)."""

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx

from tests.mock.mock_spec import AUTH, example, spec


@dataclass
class BadRequest:
    name: str
    path: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


JSON = {"Content-Type": "application/json"}


def multipart(parts: list[tuple[str, bytes]], boundary: str = "b0undary") -> tuple[bytes, str]:
    lines = b""
    for disposition, data in parts:
        lines += f"--{boundary}\r\nContent-Disposition: form-data; {disposition}\r\n\r\n".encode()
        lines += data + b"\r\n"
    return lines + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def _send_multipart(name: str, parts: list[tuple[str, bytes]]) -> BadRequest:
    body, content_type = multipart(parts)
    return BadRequest(name, "/api/send", body, {**AUTH, "Content-Type": content_type})


FILE_PART = ('name="files[]"; filename="m.csv"\r\nContent-Type: text/csv', b"recipient,message\n")

# The failures of Prism 5.16 that the issue lists.
KNOWN = [
    BadRequest("json-open-brace", "/api/acl/auth/login", b"{", JSON),
    BadRequest("json-word", "/api/acl/auth/login", b"abc", JSON),
    BadRequest("json-nul", "/api/send", b"\x00", {**AUTH, **JSON}),
    _send_multipart("multipart-percent-name", [('name="a%zz"', b"1"), FILE_PART]),
    _send_multipart("multipart-semicolon-name", [('name="a;b"', b"1"), FILE_PART]),
    BadRequest(
        "non-latin1-property",
        "/api/send",
        json.dumps({"sending_type": "pattern", "params": {"کد": True}}).encode(),
        {**AUTH, **JSON},
    ),
]

PATHS = [
    "/api/acl/auth/login",
    "/api/acl/auth/confirm_otp",
    "/api/acl/auth/check_token",
    "/api/send",
]
NAMES = ["کد", "名前", "😀", "a\x00b", "\u202e", "é", "a%zz", "a;b", "x" * 5000, ""]


def generated(seed: int = 3) -> Iterator[BadRequest]:
    rnd = random.Random(seed)
    valid = json.dumps(example("SendPostalCode"), ensure_ascii=False).encode()
    for i in range(120):  # valid JSON cut anywhere
        yield BadRequest(
            f"truncated-{i}", "/api/send", valid[: rnd.randrange(len(valid))], {**AUTH, **JSON}
        )
    for i in range(80):  # random bytes, invalid UTF-8 and NULs included
        body = bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 400)))
        yield BadRequest(f"bytes-{i}", rnd.choice(PATHS), body, {**AUTH, **JSON})
    for i, name in enumerate(NAMES):  # odd property names, at the top and nested
        for path in PATHS:
            odd = {name: 1, "params": {name: [name]}, "sending_type": "pattern"}
            yield BadRequest(f"name-{i}{path}", path, json.dumps(odd).encode(), {**AUTH, **JSON})
    not_objects: list[object] = [[], 0, -1e309, "s", None, True, [[[]]], {"a": {}}]
    for i, value in enumerate(not_objects):
        yield BadRequest(
            f"not-an-object-{i}", "/api/send", json.dumps(value).encode(), {**AUTH, **JSON}
        )
    deep = b"[" * 5000 + b"]" * 5000
    yield BadRequest("deep-array", "/api/send", deep, {**AUTH, **JSON})
    deep = b'{"a":' * 3000 + b"1" + b"}" * 3000
    yield BadRequest("deep-object", "/api/acl/auth/login", deep, JSON)
    for i, ct in enumerate(
        [
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "application/json; charset=utf-16",
            "bogus",
        ]
    ):
        yield BadRequest(
            f"content-type-{i}",
            "/api/send",
            b'{"sending_type": "normal"}',
            {**AUTH, "Content-Type": ct},
        )
    for i in range(40):  # multipart with odd names, filenames and boundaries
        name = rnd.choice(NAMES[:-2] + ["files[]", 'a"b', "a=b"])
        disposition = rnd.choice(
            [f'name="{name}"', f'name="files[]"; filename="{name}"', f"name={name}", "x"]
        )
        body, content_type = multipart(
            [(disposition, rnd.randbytes(rnd.randrange(0, 50))), FILE_PART]
        )
        if i % 4 == 0:
            body = body[: rnd.randrange(len(body))]
        yield BadRequest(
            f"multipart-{i}", "/api/send", body, {**AUTH, "Content-Type": content_type}
        )
    yield BadRequest(
        "form-urlencoded",
        "/api/send",
        b"a=%zz&files[]=%",
        {**AUTH, "Content-Type": "application/x-www-form-urlencoded"},
    )
    yield BadRequest(
        "big-string",
        "/api/send",
        json.dumps({"sending_type": "normal", "message": "x" * 5_000_000}).encode(),
        {**AUTH, **JSON},
    )
    yield BadRequest(
        "oversized",
        "/api/send",
        b'{"message": "' + b"x" * (11 * 1024 * 1024) + b'"}',
        {**AUTH, **JSON},
    )


def documented_statuses(path: str) -> set[int]:
    return {int(code) for code in spec()["paths"][path]["post"]["responses"]}


def problems_with(client: httpx.Client, bad: BadRequest) -> str | None:
    """What is wrong with the answer to `bad`: none at all (the client's timeout is what a hang
    looks like), an undocumented status, no envelope. How long an answer took is no verdict."""
    try:
        r = client.post(bad.path, content=bad.body, headers=bad.headers)
    except httpx.HTTPError as e:
        return f"no answer: {e!r}"
    if r.status_code not in documented_statuses(bad.path):
        return f"status {r.status_code} is not documented: {r.text[:200]}"
    body = r.json()
    if set(body) != {"data", "meta"} or not isinstance(body["meta"].get("status"), bool):
        return f"not the envelope: {r.text[:200]}"
    return None
