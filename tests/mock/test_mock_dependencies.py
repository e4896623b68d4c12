"""Every package the mock's JavaScript `require`s is declared in package.json with an exact
version: a package that is there only because npm hoisted it for another one goes away, or
changes, with that other one's next upgrade."""

import json
import re
import subprocess
from pathlib import Path

from kit.spec import REPO

# `require('x')` and `require.resolve('x', ...)`, as the mock writes them (string literals).
REQUIRE = re.compile(r"""\brequire(?:\.resolve)?\(\s*['"]([^'"]+)['"]""")
EXACT = re.compile(r"^\d+\.\d+\.\d+$")
SOURCES = sorted([*REPO.glob("mock/*.js"), *REPO.glob("bench/*.js")])


def node_builtins() -> set[str]:
    """Node's own modules (`fs` as well as `node:fs`), from the node that runs the mock."""
    out = subprocess.run(
        ["node", "-p", "JSON.stringify(require('node:module').builtinModules)"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    return set(json.loads(out.stdout))


def package_of(specifier: str) -> str:
    """'fp-ts/Either' -> 'fp-ts'; '@scope/name/dist/x' -> '@scope/name'."""
    parts = specifier.split("/")
    return "/".join(parts[:2] if specifier.startswith("@") else parts[:1])


def required_packages(source: Path, builtins: set[str]) -> set[str]:
    """The bare packages a file requires: not relative, not Node's own."""
    found = set()
    for specifier in REQUIRE.findall(source.read_text(encoding="utf-8")):
        if specifier.startswith((".", "/", "node:")) or specifier in builtins:
            continue
        found.add(package_of(specifier))
    return found


def problems(sources: list[Path], package_json: Path) -> list[str]:
    """One line per required package that is undeclared or not pinned to an exact version."""
    manifest = json.loads(package_json.read_text(encoding="utf-8"))
    declared = {**manifest.get("dependencies", {}), **manifest.get("devDependencies", {})}
    builtins = node_builtins()
    found = []
    for source in sources:
        for package in sorted(required_packages(source, builtins)):
            if package not in declared:
                found.append(f"{source.name}: {package} is not declared in package.json")
            elif not EXACT.match(declared[package]):
                found.append(f"{source.name}: {package} is {declared[package]}, not pinned")
    return found


def test_every_package_the_mock_requires_is_declared_and_pinned() -> None:
    assert len(SOURCES) >= 8  # the walk found the mock
    assert problems(SOURCES, REPO / "package.json") == []


def test_an_undeclared_or_unpinned_package_is_named(tmp_path: Path) -> None:
    source = tmp_path / "uses.js"
    source.write_text(
        "const fs = require('fs');\nconst path = require('node:path');\n"
        "const own = require('./own');\nconst E = require('fp-ts/Either');\n"
        "const pad = require('left-pad');\n"
        "const Ajv = require(require.resolve('ajv', { paths: [] }));\n"
    )
    manifest = tmp_path / "package.json"
    manifest.write_text(json.dumps({"devDependencies": {"fp-ts": "2.16.11", "ajv": "^8.0.0"}}))
    assert problems([source], manifest) == [
        "uses.js: ajv is ^8.0.0, not pinned",
        "uses.js: left-pad is not declared in package.json",
    ]
