"""The clients' side of `make diff`.

What each generator's client does with an answer the spec did not promise, shown by generating
both clients (the kit's own generators, once for this module) from a tiny spec and parsing such
answers: the reason a response enum value (or oneOf variant) added is a breaking rule; and what
it sends for a request field with a default its caller left out: the reason a request default
changed is one. Then the
client rules themselves: the Python client's changes as griffe's finder sees them in small
packages, the TypeScript client's as ts_surface.mjs reads small sources, each rule fired by a
case and left silent by one just short of it; and a client change tied to the spec change it
follows from.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from kit.spec import REPO
from tools.apidiff import python_client, surface, ts_client
from tools.apidiff.report import Change
from tools.apidiff.surface import Entry, Names

TINY = {
    "openapi": "3.1.0",
    "info": {"title": "tiny", "version": "1"},
    "paths": {
        "/item": {
            "get": {
                "operationId": "getItem",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                        },
                    }
                },
            },
            # A request field with a default, which the caller leaves out.
            "post": {
                "operationId": "postItem",
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Change"}}
                    }
                },
                "responses": {"204": {"description": "done"}},
            },
        }
    },
    "components": {
        "securitySchemes": {},
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["state", "shape"],
                "properties": {
                    "state": {"type": "string", "enum": ["on", "off"]},
                    "shape": {
                        "oneOf": [
                            {"$ref": "#/components/schemas/Circle"},
                            {"$ref": "#/components/schemas/Square"},
                        ]
                    },
                },
            },
            "Change": {
                "type": "object",
                "properties": {
                    "mode": {"type": "string", "default": "fast"},
                    "note": {"type": "string"},
                },
            },
            # The kit's templates import the error body every API answer may have.
            "ErrorEnvelope": {"type": "object", "properties": {"meta": {"type": "object"}}},
            "Circle": {
                "type": "object",
                "required": ["r"],
                "properties": {"r": {"type": "number"}},
            },
            "Square": {
                "type": "object",
                "required": ["side"],
                "properties": {"side": {"type": "number"}},
            },
        },
    },
}
KNOWN = {"state": "on", "shape": {"r": 1}}
NEW_VALUE = {"state": "paused", "shape": {"r": 1}}
NEW_VARIANT = {"state": "on", "shape": {"base": 3}}  # a Triangle, say

# Parses each answer (argv[2], a JSON list) with the generated Python client under argv[1].
PARSE_PY = """
import json, sys
import httpx
sys.path.insert(0, sys.argv[1])
from ippanel_client import errors
from ippanel_client.api.default import get_item
from ippanel_client.client import Client
out = []
for body in json.loads(sys.argv[2]):
    answer = httpx.MockTransport(lambda request, body=body: httpx.Response(200, json=body))
    client = Client(base_url="http://api.test", httpx_args={"transport": answer})
    try:
        out.append({"parsed": get_item.sync(client=client).to_dict()})
    except errors.InvalidResponseBody as error:
        out.append({"refused": type(error.__cause__).__name__})
# ... and what it sends for a Change built without its fields
from ippanel_client.api.default import post_item
from ippanel_client.models import Change
sent = []
def seen(request):
    sent.append(json.loads(request.content))
    return httpx.Response(204)
client = Client(base_url="http://api.test", httpx_args={"transport": httpx.MockTransport(seen)})
post_item.sync_detailed(client=client, body=Change())
out.append({"sent": sent[0]})
print(json.dumps(out))
"""
# The same with the generated TypeScript client (bundled by esbuild), its fetch answering.
PARSE_TS = """
import { createIppanelClient } from "./client.mjs";
const out = [];
for (const body of JSON.parse(process.argv[2])) {
  const fetch = async () =>
    new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
  const client = createIppanelClient({ baseUrl: "http://api.test", fetch });
  const { data, error } = await client.GET("/item");
  out.push(error === undefined ? { parsed: data } : { refused: String(error) });
}
let sent;
const fetch = async (request) => {
  sent = await request.json();
  return new Response(null, { status: 204 });
};
await createIppanelClient({ baseUrl: "http://api.test", fetch }).POST("/item", { body: {} });
out.push({ sent });
console.log(JSON.stringify(out));
"""


def run(argv: list[str], **kwargs: Any) -> str:
    done = subprocess.run(argv, capture_output=True, text=True, check=False, **kwargs)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@dataclass(frozen=True)
class Generated:
    python: Path  # the project directory (ippanel_client inside)
    ts: Path  # the package directory (src/ inside)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    where = tmp_path_factory.mktemp("tiny")
    spec = where / "tiny.yaml"
    spec.write_text(yaml.safe_dump(TINY), encoding="utf-8")
    run([str(REPO / "generator" / "generate.sh"), str(where / "py"), str(spec)])
    run(["node", str(REPO / "generator" / "ts" / "generate.mjs"), str(where / "ts"), str(spec)])
    esbuild = REPO / "node_modules" / ".bin" / "esbuild"
    bundle = [str(esbuild), str(where / "ts" / "src" / "client.ts"), "--bundle", "--platform=node"]
    bundle += ["--format=esm", f"--outfile={where / 'ts' / 'client.mjs'}", "--log-level=warning"]
    run(bundle, env={**os.environ, "NODE_PATH": str(REPO / "node_modules")})
    (where / "ts" / "parse.mjs").write_text(PARSE_TS, encoding="utf-8")
    return Generated(where / "py", where / "ts")


def parse_python(generated: Generated, *answers: object) -> list[dict[str, Any]]:
    """What the Python client makes of each answer, then what it sent for a Change left empty."""
    out = run([sys.executable, "-c", PARSE_PY, str(generated.python), json.dumps(answers)])
    found: list[dict[str, Any]] = json.loads(out)
    return found


def parse_ts(generated: Generated, *answers: object) -> list[dict[str, Any]]:
    """The same with the TypeScript client."""
    out = run(["node", str(generated.ts / "parse.mjs"), json.dumps(answers)])
    found: list[dict[str, Any]] = json.loads(out)
    return found


def test_the_python_client_refuses_a_response_enum_value_it_does_not_know(
    generated: Generated,
) -> None:
    """Its enums are Python enums: `State("paused")` raises ValueError inside `from_dict`, and the
    client says the body is invalid. So a value added to a response enum breaks it."""
    known, new, _ = parse_python(generated, KNOWN, NEW_VALUE)
    assert known == {"parsed": KNOWN}
    assert new == {"refused": "ValueError"}


def test_the_python_client_refuses_a_oneof_variant_it_does_not_know(generated: Generated) -> None:
    """A union is parsed by trying each variant; the last one's error is the answer's."""
    new, _ = parse_python(generated, NEW_VARIANT)
    assert new == {"refused": "KeyError"}


def test_the_python_client_sends_a_request_default_its_caller_left_out(
    generated: Generated,
) -> None:
    """A default is the model's own: a caller who leaves the field out sends it. So a request
    default added, changed or removed changes what that caller sends (the TypeScript client
    sends only what it is given)."""
    assert parse_python(generated)[-1] == {"sent": {"mode": "fast"}}
    assert parse_ts(generated)[-1] == {"sent": {}}


def test_the_typescript_client_passes_unknown_values_through(generated: Generated) -> None:
    """openapi-typescript writes an enum as a union of literals, a type only: openapi-fetch
    hands the parsed JSON over as it came, so the value its type does not allow arrives."""
    schema = (generated.ts / "src" / "schema.d.ts").read_text(encoding="utf-8")
    assert 'state: "on" | "off";' in schema
    assert parse_ts(generated, KNOWN, NEW_VALUE, NEW_VARIANT)[:3] == [
        {"parsed": KNOWN},
        {"parsed": NEW_VALUE},
        {"parsed": NEW_VARIANT},
    ]


ATTRS = "from attrs import define, field\n@define\nclass M:\n"
# The Python client's rules: (old source, the edit that fires the rule, one just short of it),
# each a module `mod` of a package, or a model module with an attrs class.
PY_CASES: dict[str, tuple[str, str, str]] = {
    "python-object-removed": (
        "def f() -> None: ...\ndef g() -> None: ...",
        "def g() -> None: ...",
        'def f() -> None:\n    """Documented now."""\ndef g() -> None: ...',
    ),
    "python-object-changed-kind": (
        "class X: ...",
        "def X() -> None: ...",
        "class X:\n    def more(self) -> None: ...",
    ),
    "python-parameter-removed": (
        "def f(a: int, b: int = 0) -> None: ...",
        "def f(a: int) -> None: ...",
        "def f(a: int, b: int = 0, c: int = 1) -> None: ...",
    ),
    "python-parameter-became-required": (
        "def f(a: int = 0) -> None: ...",
        "def f(a: int) -> None: ...",
        "def f(a: int = 0, b: int = 0) -> None: ...",
    ),
    "python-required-parameter-added": (
        "def f(a: int) -> None: ...",
        "def f(a: int, b: int) -> None: ...",
        "def f(a: int, b: int = 0) -> None: ...",
    ),
    "python-required-parameter-added:attrs": (
        "from attrs import define\n@define\nclass M:\n    a: int",
        "from attrs import define\n@define\nclass M:\n    a: int\n    b: int",
        "from attrs import define\n@define\nclass M:\n    a: int\n    b: int | None = None",
    ),
    "python-parameter-moved": (
        "def f(a: int, b: int) -> None: ...",
        "def f(b: int, a: int) -> None: ...",
        "def f(a: int, b: int, c: int = 0) -> None: ...",
    ),
    "python-parameter-changed-kind": (
        "def f(a: int) -> None: ...",
        "def f(*, a: int) -> None: ...",
        "def f(a: int, *, b: int = 0) -> None: ...",
    ),
    "python-parameter-default-changed": (
        "def f(a: int = 0) -> None: ...",
        "def f(a: int = 1) -> None: ...",
        "def f(a: int = 0, b: int = 1) -> None: ...",
    ),
    "python-parameter-default-changed:attrs": (
        f"{ATTRS}    _t: int = field(default=1, alias='t')",
        f"{ATTRS}    _t: int = field(default=2, alias='t')",
        f"{ATTRS}    _t: int = field(default=1, alias='t')\n    u: int = field(init=False)",
    ),
    "python-return-removed": (
        "def f() -> int: ...",
        "def f(): ...",
        'def f() -> int:\n    """Documented now."""',
    ),
    "python-base-removed": (
        "class A: ...\nclass C: ...\nclass B(A): ...",
        "class A: ...\nclass C: ...\nclass B: ...",
        "class A: ...\nclass C: ...\nclass B(A, C): ...",
    ),
    "python-type-changed": (
        "x: int = 0",
        "x: str = ''",
        'x: int = 0\n"""Documented now."""',
    ),
    "python-type-changed:union": (
        "def f(a: int | str) -> None: ...",
        "def f(a: int | bytes) -> None: ...",
        "def f(a: str | int) -> None: ...",  # a oneOf's order is no change
    ),
    "python-type-changed:attrs": (
        "from attrs import define\n@define\nclass M:\n    a: int",
        "from attrs import define\n@define\nclass M:\n    a: str",
        'from attrs import define\n@define\nclass M:\n    a: int\n    """Documented now."""',
    ),
}


def package(where: Path, source: str) -> Path:
    """A package `ippanel_client` whose module `mod` is `source`; its search path."""
    (where / "ippanel_client").mkdir(parents=True)
    (where / "ippanel_client" / "__init__.py").write_text("", encoding="utf-8")
    (where / "ippanel_client" / "mod.py").write_text(textwrap.dedent(source) + "\n")
    return where


def python_changes(tmp_path: Path, old: str, new: str) -> list[Change]:
    a = python_client.load(package(tmp_path / "old", old))
    b = python_client.load(package(tmp_path / "new", new))
    assert a is not None and b is not None
    return [change for change, _ in python_client.compare(a, b, {})]


@pytest.mark.parametrize("name", PY_CASES)
def test_each_python_client_rule(name: str, tmp_path: Path) -> None:
    rule, (old, flag, short) = name.split(":")[0], PY_CASES[name]
    assert python_changes(tmp_path / "same", old, old) == []
    fired = [c for c in python_changes(tmp_path / "flag", old, flag) if c.rule == rule]
    assert fired and {c.level for c in fired} == {"BREAKING"}, fired
    assert not python_changes(tmp_path / "short", old, short)


def test_every_kind_of_griffe_breakage_is_a_rule() -> None:
    import griffe

    assert set(python_client.RULES) == set(griffe.BreakageKind)


# The TypeScript client's rules: (old source, the edit that fires it, one just short of it).
TS_CASES: dict[str, tuple[str, str, str]] = {
    "typescript-removed": (
        "export interface A { x: string; y?: number }",
        "export interface A { x: string }",
        "export interface A { x: string; y?: number; z?: boolean }",
    ),
    "typescript-added": (
        "export interface A { x: string }",
        "export interface A { x: string; z?: boolean }",
        "export interface A {\n  /** Documented now. */\n  x: string;\n}",
    ),
    "typescript-required-added": (
        "export function f(a: string): void {}",
        "export function f(a: string, b: number): void {}",
        "export function f(a: string, b?: number): void {}",
    ),
    "typescript-changed": (
        'export interface A { x: "a" | "b" }',
        'export interface A { x: "a" | "c" }',
        'export interface A { x: "b" | "a" }',  # a oneOf's order is no change
    ),
}
TS_LEVELS = {
    "typescript-removed": "BREAKING",
    "typescript-added": "info",
    "typescript-required-added": "BREAKING",
    "typescript-changed": "BREAKING",
}


@pytest.fixture(scope="module")
def ts_surfaces() -> dict[str, Any]:
    """Every case's sources read in one node run: `<case>.<edit>.ts` old and new."""
    sides: dict[str, dict[str, str]] = {"old": {}, "new": {}}
    for name, (old, flag, short) in TS_CASES.items():
        for edit, source in (("same", old), ("flag", flag), ("short", short)):
            sides["old"][f"{name}.{edit}.ts"] = old
            sides["new"][f"{name}.{edit}.ts"] = source
    out = run(["node", str(ts_client.SCRIPT)], input=json.dumps(sides), cwd=REPO)
    parsed: dict[str, Any] = json.loads(out)
    return parsed


def ts_changes(surfaces: dict[str, Any], file: str) -> list[Change]:
    old, new = (
        {tuple(k): Entry(e["type"], e["optional"]) for k, e in surfaces[side] if k[0] == file}
        for side in ("old", "new")
    )
    return [change for change, _ in surface.compare(old, new, ts_client.names, {})]


@pytest.mark.parametrize("name", TS_CASES)
def test_each_typescript_client_rule(name: str, ts_surfaces: dict[str, Any]) -> None:
    assert ts_changes(ts_surfaces, f"{name}.same.ts") == []
    fired = [c for c in ts_changes(ts_surfaces, f"{name}.flag.ts") if c.rule == name]
    assert [c.level for c in fired] == [TS_LEVELS[name]], fired
    assert name not in {c.rule for c in ts_changes(ts_surfaces, f"{name}.short.ts")}


def rule_ids() -> set[str]:
    return {name.split(":")[0] for name in [*PY_CASES, *TS_CASES]}


def test_a_client_change_is_told_once_under_the_spec_change_it_follows_from() -> None:
    spec = [
        Change("info", "endpoint-added", "GET /other", "", "absent", "present", "added"),
        Change("BREAKING", "response-property-became-optional", "GET /a", "$.data.name", "required",
               "optional", "became optional", "getA", "TokenOwner", "name"),
        Change("WARNING", "schema-ref-changed", "GET /a", "$.data", "inline", "Item",
               "$ref changed", "getA", "ItemEnvelope", "data"),
        Change("BREAKING", "request-parameter-became-required", "GET /b", "query parameter city",
               "optional", "required", "became required", "getB", None, "city"),
        Change("BREAKING", "request-parameter-renamed", "GET /b", "query parameter region",
               "county", "region", "renamed", "getB", None, "region"),
        Change("WARNING", "schema-ref-changed", "GET /c", "response 200 application/json $",
               "CEnvelope", "inline", "$ref changed", "getC"),
    ]  # fmt: skip
    client = [
        (python_change("TokenOwner.name"), Names(schema="TokenOwner", field="name")),
        (python_change("TokenOwner.user_id"), Names(schema="TokenOwner", field="user_id")),
        # the class the Python generator named after an inline schema's parent and field
        (python_change("ItemEnvelopeData"), Names(schema="ItemEnvelopeData")),
        # an operation's function lost a parameter: the rename, not the first change of getB
        (python_change("sync.(county)"), Names(operation_id="get_b", field="county")),
        (python_change("sync"), Names(operation_id="get_b")),
        # a body inlined: the component's class gone, one named after the operation instead
        (python_change("CEnvelope"), Names(schema="c_envelope")),
        (python_change("GetCResponse200"), Names(schema="GetCResponse200")),
        (python_change("GetDResponse200"), Names(schema="GetDResponse200")),
    ]
    tied = surface.tie(client, spec)
    assert [(c.follows, c.level) for c in tied] == [
        (2, "BREAKING"),
        (None, "BREAKING"),
        (3, "WARNING"),
        (5, "BREAKING"),
        (4, "BREAKING"),
        (6, "WARNING"),
        (6, "WARNING"),
        (None, "BREAKING"),
    ]


def python_change(where: str) -> Change:
    return Change("BREAKING", "python-type-changed", "", f"models.x: {where}", "a", "b", "changed")


def test_a_re_export_removed_is_named_where_it_was_imported(tmp_path: Path) -> None:
    """`from ippanel_client.models import Item` is what a caller writes: its removal is told
    under `models`, which names the schema Item."""

    def client(where: Path, with_item: bool) -> Path:
        models = where / "ippanel_client" / "models"
        models.mkdir(parents=True)
        (where / "ippanel_client" / "__init__.py").write_text("")
        (models / "other.py").write_text("class Other: ...\n")
        exports = "from .other import Other\n"
        if with_item:
            (models / "item.py").write_text("class Item: ...\n")
            exports += "from .item import Item\n"
        (models / "__init__.py").write_text(
            exports + f"__all__ = {['Other', 'Item'][: 1 + with_item]}\n"
        )
        return where

    old = python_client.load(client(tmp_path / "old", True))
    new = python_client.load(client(tmp_path / "new", False))
    assert old is not None and new is not None
    found = {(c.path, of.schema) for c, of in python_client.compare(old, new, {})}
    assert found == {("models: Item", "Item"), ("models.item", "item")}
