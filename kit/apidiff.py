"""`make diff BASE=<git ref>`: what changed between BASE and the working tree in the spec (the
bundle) and in both clients' public API, breaking changes flagged; exit 1 on a breaking change.

- The spec: compared here, operation by operation (a removed operation, parameter or field; a new
  required request field or parameter; a narrowed enum or const; a changed type). No maintained
  OpenAPI 3.1 diff tool installs here (oasdiff is a Go program; optic fails on Node 20).
- The Python client: griffe (`griffe check`), which compares the package's API at BASE with the
  working tree's (removed modules, classes, attributes, parameters; new required parameters).
- The TypeScript client: its types are the spec's (`paths`, `components`), so its breaking changes
  are the spec's; listed here are the exported schema types and paths that were removed or added.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from kit.spec import BUNDLE_PATH, REPO, deref

PYTHON_CLIENT = "generated/ippanel-client"
TS_SCHEMA = "generated/ippanel-client-ts/src/schema.d.ts"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Change:
    where: str
    what: str
    breaking: bool

    def __str__(self) -> str:
        return f"{'BREAKING' if self.breaking else 'change  '}  {self.where}: {self.what}"


def at_ref(ref: str, path: str) -> str | None:
    """The file at `path` in git ref `ref`, or None where it does not exist."""
    result = subprocess.run(
        ["git", "show", f"{ref}:{path}"], cwd=REPO, capture_output=True, text=True
    )
    return result.stdout if result.returncode == 0 else None


def operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each operation by "METHOD /path", with its path's parameters added to its own."""
    return {
        f"{method.upper()} {path}": {
            **item[method],
            "parameters": item.get("parameters", []) + item[method].get("parameters", []),
        }
        for path, item in spec.get("paths", {}).items()
        for method in METHODS
        if method in item
    }


def types_of(schema: dict[str, Any]) -> set[str]:
    found = schema.get("type")
    return set(found) if isinstance(found, list) else {found} if found else set()


def flatten(schema: Any, spec: dict[str, Any]) -> dict[str, Any]:
    """The schema, its `$ref` followed and its `allOf` parts merged into one object schema."""
    schema = deref(schema, spec) or {}
    if "allOf" not in schema:
        return dict(schema)
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema["allOf"]:
        part = flatten(part, spec)
        # A later part's field wins: the envelope's `data` is typed by the part after it.
        merged["properties"] = {**merged.get("properties", {}), **part.get("properties", {})}
        merged["required"] = sorted({*part.get("required", []), *merged.get("required", [])})
        for key, value in part.items():
            merged.setdefault(key, value)
    return merged


def variants(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    """The alternatives of a oneOf/anyOf, by title (else by position)."""
    found = {}
    for i, part in enumerate(schema.get("oneOf", []) + schema.get("anyOf", [])):
        found[str(flatten(part, spec).get("title", i))] = part
    return found


def compare(
    old: Any, new: Any, where: str, request: bool, specs: tuple[dict[str, Any], dict[str, Any]]
) -> Iterator[Change]:
    """Every change from schema `old` to schema `new`; `request`: callers send it (a new
    required field breaks them), else they read it."""
    a, b = flatten(old, specs[0]), flatten(new, specs[1])
    if types_of(a) and types_of(b) and types_of(a) != types_of(b):
        yield Change(where, f"type {sorted(types_of(a))} -> {sorted(types_of(b))}", True)
    if "const" in a and a.get("const") != b.get("const"):
        yield Change(where, f"const {a['const']!r} -> {b.get('const')!r}", True)
    if "enum" in a:
        removed = [v for v in a["enum"] if v not in b.get("enum", a["enum"])]
        added = [v for v in b.get("enum", []) if v not in a["enum"]]
        if removed:
            yield Change(where, f"enum narrowed: {removed} removed", True)
        if added:
            yield Change(where, f"enum widened: {added} added", False)
    old_variants, new_variants = variants(a, specs[0]), variants(b, specs[1])
    for name in old_variants.keys() - new_variants.keys():
        yield Change(where, f"alternative {name} removed", True)
    for name in new_variants.keys() - old_variants.keys():
        yield Change(where, f"alternative {name} added", False)
    for name in old_variants.keys() & new_variants.keys():
        yield from compare(
            old_variants[name], new_variants[name], f"{where} ({name})", request, specs
        )
    old_props, new_props = a.get("properties", {}), b.get("properties", {})
    for name in old_props.keys() - new_props.keys():
        yield Change(f"{where}.{name}", "field removed", True)
    for name in new_props.keys() - old_props.keys():
        required = name in b.get("required", [])
        yield Change(
            f"{where}.{name}",
            f"{'required' if required else 'optional'} field added",
            required and request,
        )
    for name in old_props.keys() & new_props.keys():
        if request and name in b.get("required", []) and name not in a.get("required", []):
            yield Change(f"{where}.{name}", "field became required", True)
        yield from compare(old_props[name], new_props[name], f"{where}.{name}", request, specs)
    if "items" in a and "items" in b:
        yield from compare(a["items"], b["items"], f"{where}[]", request, specs)


def spec_changes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    specs = (old, new)
    old_ops, new_ops = operations(old), operations(new)
    for key in sorted(old_ops.keys() - new_ops.keys()):
        yield Change(key, "operation removed", True)
    for key in sorted(new_ops.keys() - old_ops.keys()):
        yield Change(key, "operation added", False)
    for key in sorted(old_ops.keys() & new_ops.keys()):
        a, b = old_ops[key], new_ops[key]
        old_params = {
            (p["in"], p["name"]): p for p in map(lambda p: deref(p, old), a.get("parameters", []))
        }
        new_params = {
            (p["in"], p["name"]): p for p in map(lambda p: deref(p, new), b.get("parameters", []))
        }
        for place, name in old_params.keys() - new_params.keys():
            yield Change(f"{key} {place} {name}", "parameter removed", True)
        for place, name in new_params.keys() - old_params.keys():
            required = bool(new_params[(place, name)].get("required"))
            yield Change(
                f"{key} {place} {name}",
                f"{'required' if required else 'optional'} parameter added",
                required,
            )
        for id_ in old_params.keys() & new_params.keys():
            where = f"{key} {id_[0]} {id_[1]}"
            if new_params[id_].get("required") and not old_params[id_].get("required"):
                yield Change(where, "parameter became required", True)
            yield from compare(
                old_params[id_].get("schema", {}),
                new_params[id_].get("schema", {}),
                where,
                True,
                specs,
            )
        old_body = (deref(a.get("requestBody"), old) or {}).get("content", {})
        new_body = (deref(b.get("requestBody"), new) or {}).get("content", {})
        for media in old_body.keys() - new_body.keys():
            yield Change(f"{key} body {media}", "request media type removed", True)
        for media in old_body.keys() & new_body.keys():
            yield from compare(
                old_body[media].get("schema"), new_body[media].get("schema"),
                f"{key} body", True, specs,
            )  # fmt: skip
        for status in a.get("responses", {}).keys() & b.get("responses", {}).keys():
            old_json = deref(a["responses"][status], old).get("content", {}).get("application/json")
            new_json = deref(b["responses"][status], new).get("content", {}).get("application/json")
            if old_json and new_json:
                yield from compare(
                    old_json.get("schema"), new_json.get("schema"),
                    f"{key} {status}", False, specs,
                )  # fmt: skip
            elif old_json:
                yield Change(f"{key} {status}", "JSON response removed", True)


def ts_exports(source: str | None) -> set[str]:
    """The paths and component schema names a TS caller can name."""
    if source is None:
        return set()
    paths = re.findall(r'^    "(/[^"]*)": \{', source, re.MULTILINE)
    schemas_block = source.split("    schemas: {", 1)[-1].split("\n    };", 1)[0]
    schemas = re.findall(r"^        (\w+): ", schemas_block, re.MULTILINE)
    return {*paths, *(f'components["schemas"]["{s}"]' for s in schemas)}


def ts_changes(base: str) -> Iterator[Change]:
    old = ts_exports(at_ref(base, TS_SCHEMA))
    new = ts_exports((REPO / TS_SCHEMA).read_text() if (REPO / TS_SCHEMA).exists() else None)
    for name in sorted(old - new):
        yield Change(name, "removed from the TypeScript client", True)
    for name in sorted(new - old):
        yield Change(name, "added to the TypeScript client", False)


def python_changes(base: str) -> tuple[list[str], bool]:
    """griffe's findings (every one is a breakage), and whether griffe itself failed."""
    result = subprocess.run(
        [sys.executable, "-m", "griffe", "check", "ippanel_client", "--search", PYTHON_CLIENT,
         "--against", base, "--format", "oneline", "--no-color"],
        cwd=REPO, capture_output=True, text=True,
    )  # fmt: skip
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    return lines, result.returncode not in (0, 1)


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0]:
        print("usage: make diff BASE=<git ref>   (e.g. BASE=main, BASE=HEAD~1)", file=sys.stderr)
        return 2
    base = argv[0]
    old_source = at_ref(base, BUNDLE_PATH.as_posix())
    if old_source is None:
        print(
            f"diff: {base} has no {BUNDLE_PATH} (not a git ref of this repository?)",
            file=sys.stderr,
        )
        return 2
    old = yaml.safe_load(old_source)
    new = yaml.safe_load((REPO / BUNDLE_PATH).read_text(encoding="utf-8"))

    sections = {
        "spec (openapi/bundled/ippanel.yaml)": [str(c) for c in spec_changes(old, new)],
        "TypeScript client (generated/ippanel-client-ts)": [str(c) for c in ts_changes(base)],
    }
    python, failed = python_changes(base)
    sections["Python client (generated/ippanel-client, griffe)"] = [
        f"BREAKING  {line}" for line in python
    ]
    breaking = failed or any(
        line.startswith("BREAKING") for lines in sections.values() for line in lines
    )
    for title, lines in sections.items():
        print(f"== {title}: {len(lines) or 'no'} change{'s' * (len(lines) != 1)} since {base}")
        for line in lines:
            print(f"  {line}")
    print(f"diff: {'BREAKING changes' if breaking else 'no breaking change'} since {base}")
    return 1 if breaking else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
