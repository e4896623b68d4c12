"""`make test`'s first step: the committed bundle and both generated clients are exactly what the
sources give now. It makes them afresh under build/fresh/ (git-ignored) with `make generate`'s own
steps (tools/generate.py), never in the tree, compares file by file, and fails naming each stale
file and the command that fixes it.

    python -m tools.fresh
"""

from __future__ import annotations

import filecmp
import fnmatch
import sys
import tempfile
from pathlib import Path

from kit.spec import BUNDLE_PATH, REPO
from tools.generate import PYTHON_CLIENT, TS_CLIENT, Failed, bundle, clients

FIX = "run `make generate` and commit the result"
# Made by building, installing, importing or type-checking a client, never by a generator (each
# client's .gitignore ignores them too): not drift.
NOT_GENERATED = (
    "__pycache__",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    "build",
    "dist",
    "*.egg-info",
    "node_modules",
)
SHOWN = 20  # stale files named one by one; past that, a count


def _files(root: Path) -> set[str]:
    found = set()
    for path in root.rglob("*"):
        parts = path.relative_to(root).parts
        if any(fnmatch.fnmatch(part, pattern) for part in parts for pattern in NOT_GENERATED):
            continue
        if path.is_file():
            found.add("/".join(parts))
    return found


def differences(expected: Path, actual: Path) -> list[str]:
    """How the tree `actual` differs from `expected`, one line per file; empty when the same."""
    want, have = _files(expected), _files(actual)
    lines = [f"missing: {name}" for name in sorted(want - have)]
    lines += [f"not generated: {name}" for name in sorted(have - want)]
    lines += [
        f"differs: {name}"
        for name in sorted(want & have)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return lines


def stale(scratch: Path) -> list[str]:
    """Each committed generated file that is not what the sources give, as "<how>: <path>"."""
    fresh_bundle = scratch / "ippanel.yaml"
    bundle(fresh_bundle)
    clients(fresh_bundle, scratch / PYTHON_CLIENT.name, scratch / TS_CLIENT.name)
    found = []
    if not filecmp.cmp(fresh_bundle, REPO / BUNDLE_PATH, shallow=False):
        found.append(f"differs: {BUNDLE_PATH}")
    for committed in (PYTHON_CLIENT, TS_CLIENT):
        for line in differences(scratch / committed.name, REPO / committed):
            how, name = line.split(": ", 1)
            found.append(f"{how}: {committed}/{name}")
    return found


def main() -> int:
    (REPO / "build").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fresh-", dir=REPO / "build") as scratch:
        try:
            found = stale(Path(scratch))
        except Failed as failed:
            print(f"fresh: generating from the sources failed: {failed}", file=sys.stderr)
            return 1
    if not found:
        print("fresh: the bundle and both clients are what the sources give")
        return 0
    print(f"fresh: {len(found)} generated files are stale: {FIX}", file=sys.stderr)
    for line in found[:SHOWN]:
        print(f"  {line}", file=sys.stderr)
    if len(found) > SHOWN:
        print(f"  ... and {len(found) - SHOWN} more", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
