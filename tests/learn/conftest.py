"""A scratch copy of the kit for `make learn APPLY=1` to edit (the real tree is never touched),
and `make` run there as QA runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from kit.processes import run
from kit.spec import REPO

# What `make contract-live`, `make learn` and `make generate` read; .venv and node_modules are
# linked, not copied (the copy's `make` finds them installed).
COPIED = (
    "openapi",
    "kit",
    "tools",
    "contract_tests",
    "learn",
    "proxy",
    "generator",
    "generated",
    "mock",
)
FILES = (
    "Makefile",
    "pyproject.toml",
    "redocly.yaml",
    "package.json",
    "package-lock.json",
    "requirements.in",
    "requirements.txt",
)
NOT_COPIED = ("node_modules", "dist", "__pycache__", ".mypy_cache", ".ruff_cache")
# A live run short enough for a test: the server answers at once, and each operation is reached.
QUICK = {
    "IPPANEL_RATE_LIMIT": "1000/s",
    "IPPANEL_MAX_EXAMPLES": "2",
    "IPPANEL_ROUND_TRIPS": "0",
}
Make = Callable[..., subprocess.CompletedProcess[str]]


def scratch_tree(to: Path) -> Path:
    for name in COPIED:
        shutil.copytree(REPO / name, to / name, ignore=shutil.ignore_patterns(*NOT_COPIED))
    for name in FILES:
        shutil.copy2(REPO / name, to / name)  # copy2: mtimes kept, so make installs nothing
    for name in (".venv", "node_modules"):
        (to / name).symlink_to(REPO / name)
    return to


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return scratch_tree(tmp_path / "tree")


def make_in(tree: Path) -> Make:
    def make(target: str, timeout: float = 240, **env: str) -> subprocess.CompletedProcess[str]:
        clean = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("IPPANEL_", "CONTRACT_", "MAKE", "LEARN_", "APPLY"))
        }
        done = run(["make", target], env={**clean, **env}, timeout=timeout, cwd=tree)
        assert done.returncode is not None, f"make {target} timed out:\n{done.stdout}"
        return done.completed()

    return make
