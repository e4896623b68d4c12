"""The TypeScript client's public API (generated/ippanel-client-ts/src): its exported types
(`paths`, `operations`, `components` of schema.d.ts, down to each field's type and `?`) and its
exported functions with their parameters, parsed by ts_surface.mjs with the TypeScript compiler
API, for BASE's files (`git show`) and the working tree's in one node run."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from kit.spec import REPO

from .surface import Entry, Key, Names, Surface

CLIENT = "generated/ippanel-client-ts"
FILES = ("schema.d.ts", "client.ts", "index.ts", "examples.ts")
TITLE = f"TypeScript client ({CLIENT})"
SCRIPT = Path(__file__).with_name("ts_surface.mjs")


def show(base: str, path: str) -> str | None:
    result = subprocess.run(
        ["git", "show", f"{base}:{path}"], cwd=REPO, capture_output=True, text=True, check=False
    )
    return result.stdout if result.returncode == 0 else None


def surfaces(base: str) -> tuple[Surface, Surface]:
    """(BASE's, the working tree's)."""
    sides: dict[str, dict[str, str]] = {"old": {}, "new": {}}
    for name in FILES:
        old = show(base, f"{CLIENT}/src/{name}")
        if old is not None:
            sides["old"][name] = old
        current = REPO / CLIENT / "src" / name
        if current.exists():
            sides["new"][name] = current.read_text(encoding="utf-8")
    result = subprocess.run(
        ["node", str(SCRIPT)],
        input=json.dumps(sides),
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"ts_surface.mjs failed: {result.stderr.strip().splitlines()[-1:]}")
    parsed = json.loads(result.stdout)
    old_surface, new_surface = (
        {tuple(key): Entry(str(entry["type"]), bool(entry["optional"])) for key, entry in parsed[s]}
        for s in ("old", "new")
    )
    return old_surface, new_surface


def names(key: Key) -> Names:
    """schema.d.ts names the spec's own keys: components.schemas.<schema>.<field>,
    operations.<operationId> (and its parameters), paths.<path>.<method>."""
    if key[0] != "schema.d.ts" or len(key) < 3:
        return Names()
    if key[1] == "components" and key[2] == "schemas" and len(key) > 3:
        return Names(schema=key[3], field=key[4] if len(key) > 4 else None)
    if key[1] == "operations":
        # operations.<id>.parameters.<in>.<name>: one of its parameters
        parameter = key[5] if len(key) > 5 and key[3] == "parameters" else None
        return Names(operation_id=key[2], field=parameter)
    if key[1] == "paths":
        method = key[3].upper() if len(key) > 3 and key[3] != "parameters" else "*"
        return Names(operation=f"{method} {key[2]}")
    return Names()
