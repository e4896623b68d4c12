"""Once per session: `make packages`'s npm tarball, built into a scratch folder, and an empty
npm project outside the repository with the tarball installed as a user installs it (its
dependencies from the registry, at the versions the kit pins), with msw and Node's types beside
it. TypeScript and esbuild are the kit's own (`TOOLS`), at the same pins: they resolve imports
from the files they read, so they see the project's packages, and installing them again would
cost the session several seconds."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kit.spec import REPO
from tools.packages import ts_package

# The tools the user's project brings, at the kit's own pins (package.json is their one home).
PINNED = json.loads((REPO / "package.json").read_text(encoding="utf-8"))["devDependencies"]
USER_TOOLS = ("msw", "@types/node")
TOOLS = REPO / "node_modules" / ".bin"


@pytest.fixture(scope="session")
def tarball(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The npm tarball (the wheel's build and install are tests/client/test_install.py's)."""
    return ts_package(tmp_path_factory.mktemp("packages"))


@pytest.fixture(scope="session")
def project(tarball: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    where = tmp_path_factory.mktemp("user-project")
    (where / "package.json").write_text(
        json.dumps({"name": "user", "private": True, "type": "module"})
    )
    tools = [f"{name}@{PINNED[name]}" for name in USER_TOOLS]
    installed = subprocess.run(
        [
            "npm",
            "install",
            "--no-audit",
            "--no-fund",
            "--prefer-offline",
            "--loglevel=error",
            str(tarball),
            *tools,
        ],
        cwd=where,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    yield where
