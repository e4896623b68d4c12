"""Where the client lives and how the client tests run tools over it: one place that knows the
paths."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from kit.spec import BUNDLE, REPO

PROJECT = REPO / "generated" / "ippanel-client"
PACKAGE_NAME = "ippanel_client"
BIN = REPO / ".venv" / "bin"


def run(
    args: list[str], env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=300, env=env, cwd=cwd)


def generate_with_upstream_templates(out: Path) -> None:
    """The same, but with none of generator/templates/: what the generator alone produces."""
    result = run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(BUNDLE),
            "--config",
            str(REPO / "generator" / "config.yaml"),
            "--meta",
            "setup",
            "--output-path",
            str(out),
            "--overwrite",
        ],
        env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"},
    )
    assert result.returncode == 0, result.stdout + result.stderr


# Imports every module of the package found under the project directory given as argv[1], in a
# fresh interpreter, and prints one line per module that fails.
_IMPORT_ALL = """
import importlib, pkgutil, sys, traceback
sys.path.insert(0, sys.argv[1])
package = importlib.import_module(sys.argv[2])
modules = pkgutil.walk_packages(package.__path__, package.__name__ + ".")
names = [package.__name__] + [m.name for m in modules]
for name in names:
    try:
        importlib.import_module(name)
    except Exception as error:
        print(f"{name}: {type(error).__name__}: {error}")
print(f"checked {len(names)} modules")
"""


def import_errors(project: Path) -> tuple[list[str], int]:
    """The modules of `project`'s package that fail to import, and how many were tried."""
    result = run([str(BIN / "python"), "-c", _IMPORT_ALL, str(project), PACKAGE_NAME], cwd=project)
    assert result.returncode == 0, result.stderr
    *errors, summary = result.stdout.strip().splitlines()
    return errors, int(summary.split()[1])


def mypy_strict(targets: list[str], cache: Path, cwd: Path) -> list[str]:
    """mypy --strict over `targets` (paths, or `-p package`), with the committed client importable;
    its error lines."""
    result = run(
        [str(BIN / "mypy"), "--strict", "--cache-dir", str(cache), "--no-error-summary", *targets],
        env={**os.environ, "MYPYPATH": str(PROJECT)},
        cwd=cwd,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert (result.returncode != 0) == bool(errors), result.stdout + result.stderr
    return errors
