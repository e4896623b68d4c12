"""What an operation or a request field means is a mark in the spec, read by kit/marks.py and
mock/marks.js: the code that acts on it names neither. Walked here, in the QA tool's guard and
resources and in the mock's sessions, world and msw handlers:

- no operationId of the spec, anywhere in their string literals;
- no list of request field names: two or more in one list, set or tuple literal, or compared
  in one expression (`k == "a" or k == "b"`), and no `case` on one: each a rule about fields
  kept by hand.

The names come from the spec itself: every operationId, and every field of the request bodies
and queries of the operations that text someone. Shown failing on a planted list in each
language."""

from __future__ import annotations

import ast
import json
import subprocess
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from kit.marks import Schemas, read_operations
from kit.operations import operations
from kit.spec import REPO, bundle

PYTHON = ["contract_tests/policy.py", "contract_tests/gateway.py", "contract_tests/resources.py"]
SCRIPTS = [
    "mock/sessions.js",
    "mock/world/outbox.js",
    "mock/world/content.js",
    "generator/ts/templates/src/msw.ts",
]
WALKER = Path(__file__).with_name("name_lists.mjs")


def operation_ids(spec: Mapping[str, Any]) -> set[str]:
    return {op.operation_id for op in operations(spec)}


def field_names(spec: Mapping[str, Any]) -> set[str]:
    """Every field of the request bodies and queries of the operations that text someone."""
    schemas = Schemas(spec)
    names: set[str] = set()

    def walk(node: Any, seen: set[int]) -> None:
        resolved, _ = schemas.resolve(node)
        if not isinstance(resolved, Mapping) or id(resolved) in seen:
            return
        seen = seen | {id(resolved)}
        for variant in schemas.variants(node):
            for name, declared in schemas.properties(variant).items():
                names.add(name)
                for each in declared:
                    walk(each, seen)
                    items = schemas.items(each)
                    if items is not None:
                        walk(items, seen)

    for op in read_operations(spec).values():
        if not op.sends_sms:
            continue
        body, _ = schemas.resolve(op.spec.operation.get("requestBody"))
        for content in (body or {}).get("content", {}).values():
            walk(content.get("schema"), set())
        for param in op.spec.parameters:
            resolved, _ = schemas.resolve(param)
            if resolved.get("in") == "query":
                names.add(str(resolved["name"]))
    return names


def python_findings(path: Path, ids: set[str], fields: set[str]) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(REPO) if path.is_relative_to(REPO) else path
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and node.value in ids:
            yield f"{where}:{node.lineno}: operationId {node.value!r}"
        if isinstance(node, (ast.List, ast.Set, ast.Tuple)):
            named = [
                e.value for e in node.elts if isinstance(e, ast.Constant) and e.value in fields
            ]
            if len(named) >= 2:
                yield f"{where}:{node.lineno}: a list of field names {sorted(named)}"
        if isinstance(node, ast.BoolOp):
            # `key == "a" or key == "b"`: a list in another form.
            compared = [
                side.value
                for test in node.values
                if isinstance(test, ast.Compare)
                for side in [test.left, *test.comparators]
                if isinstance(side, ast.Constant) and side.value in fields
            ]
            if len(compared) >= 2:
                yield f"{where}:{node.lineno}: compares with field names {sorted(compared)}"


def script_findings(paths: list[Path], ids: set[str], fields: set[str]) -> Iterator[str]:
    done = subprocess.run(
        ["node", str(WALKER)],
        input=json.dumps({"files": [str(p) for p in paths]}),
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    literals = json.loads(done.stdout)
    # Field names in one list literal, or compared on one line (`k === "a" || k === "b"`).
    groups: dict[tuple[str, int, str], list[str]] = {}
    for lit in literals:
        path = Path(lit["file"])
        file = str(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
        if lit["text"] in ids:
            yield f"{file}:{lit['line']}: operationId {lit['text']!r}"
        elif lit["text"] in fields and lit["where"] == "case":
            yield f"{file}:{lit['line']}: case on field name {lit['text']!r}"
        elif lit["text"] in fields and lit["where"] in ("list", "comparison"):
            groups.setdefault((file, lit["line"], lit["where"]), []).append(lit["text"])
    for (file, line, where), named in groups.items():
        if len(named) >= 2:
            what = "a list of field names" if where == "list" else "compares with field names"
            yield f"{file}:{line}: {what} {sorted(named)}"


def findings(python: list[Path], scripts: list[Path]) -> list[str]:
    spec = bundle()
    ids, fields = operation_ids(spec), field_names(spec)
    found = [f for p in python for f in python_findings(p, ids, fields)]
    return found + list(script_findings(scripts, ids, fields))


def test_the_names_come_from_the_spec() -> None:
    spec = bundle()
    assert {"sendSms", "listPhonebooks", "login"} <= operation_ids(spec)
    assert {"recipients", "other_recipients[]", "from_number", "to", "phonebook_id"} <= field_names(
        spec
    )


def test_no_list_of_names_is_kept_by_hand() -> None:
    assert findings([REPO / p for p in PYTHON], [REPO / p for p in SCRIPTS]) == []


def test_a_planted_list_is_caught(tmp_path: Path) -> None:
    python = tmp_path / "planted.py"
    python.write_text(
        'SENDS = {"sendSms", "sendSmsByUrl"}\n'
        'NUMBERS = ("recipients", "other_recipients[]")\n'
        'def sender(key):\n    return key == "from_number" or key == "from"\n'
    )
    script = tmp_path / "planted.js"
    script.write_text(
        "const ANSWERED = new Set(['login', 'logout']);\n"
        "const FIELDS = ['recipients', 'mobile'];\n"
        "function kind(key) { switch (key) { case 'phonebook_id': return 1; } }\n"
    )
    assert sorted(findings([python], [script])) == sorted(
        [
            f"{python}:1: operationId 'sendSms'",
            f"{python}:1: operationId 'sendSmsByUrl'",
            f"{python}:2: a list of field names ['other_recipients[]', 'recipients']",
            f"{python}:4: compares with field names ['from', 'from_number']",
            f"{script}:1: operationId 'login'",
            f"{script}:1: operationId 'logout'",
            f"{script}:3: case on field name 'phonebook_id'",
            f"{script}:2: a list of field names ['mobile', 'recipients']",
        ]
    )
