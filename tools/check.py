"""`make check`: ruff (lint), ruff format (check only) and mypy over the kit's own Python, with
the settings in pyproject.toml, and Biome's lint over its JavaScript and TypeScript, with the
settings in biome.jsonc. The command lines live here only: tests/check runs them on broken
files to show each one fails.

    python -m tools.check            # every path below, from the repository root
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kit.spec import REPO

# The kit's own Python; generated/ is the client, checked with mypy --strict by tests/client.
PATHS = (
    "kit",
    "tools",
    "mock",
    "contract_tests",
    "learn",
    "proxy",
    "tests",
    "bench",
    "conftest.py",
)
CONFIG = REPO / "pyproject.toml"
# The kit's own JavaScript and TypeScript, linted by Biome (biome.jsonc; not generated/).
JS_PATHS = (
    "mock",
    "bench",
    "generator/ts",
    "tests/ts",
    "tests/packages",
    "tests/docs",
    "tools/postman",
)


def tool(name: str) -> str:
    """The pinned tool of the running interpreter's environment (.venv/bin/ruff, ...)."""
    return str(Path(sys.executable).parent / name)


def commands(paths: tuple[str, ...] = PATHS) -> list[list[str]]:
    """The command lines, in order, over `paths` (relative to where they run)."""
    ruff = tool("ruff")
    lines = [
        [ruff, "check", "--config", str(CONFIG), "--no-cache", *paths],
        [ruff, "format", "--check", "--config", str(CONFIG), "--no-cache", *paths],
    ]
    lines.append([tool("mypy"), "--config-file", str(CONFIG), "--no-incremental", *paths])
    return lines


def js_command(paths: tuple[str, ...] = JS_PATHS) -> list[str]:
    """Biome's lint over `paths`, with the biome.jsonc where it runs; a warning fails it too."""
    return [str(REPO / "node_modules" / ".bin" / "biome"), "check", "--error-on-warnings", *paths]


def main(cwd: Path = REPO) -> int:
    failed = 0
    for line in [*commands(), js_command()]:
        print("+ " + " ".join(Path(line[0]).name if i == 0 else a for i, a in enumerate(line)))
        sys.stdout.flush()
        failed |= subprocess.run(line, cwd=cwd, check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
