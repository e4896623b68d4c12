"""Running the TypeScript tools of the kit's tests: tsc with one set of options (strict) and
Node's test runner. Scratch files go under build/ inside the repo, so that `openapi-fetch` and the
Node types resolve from its node_modules."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from kit.spec import REPO

TSC = REPO / "node_modules" / ".bin" / "tsc"
CLIENT = REPO / "generated" / "ippanel-client-ts"
TESTS = REPO / "tests" / "ts"
# The options of the client's own tsconfig, plus Node's types for the tests' node:test.
OPTIONS = [
    "--strict",
    "--noUncheckedIndexedAccess",
    "--target",
    "ES2022",
    "--module",
    "NodeNext",
    "--moduleResolution",
    "NodeNext",
    "--lib",
    "ES2022,DOM",
    "--types",
    "node",
    "--skipLibCheck",
]
ERROR = re.compile(r"^(?P<file>[^\s(][^(]*)\((?P<line>\d+),\d+\): error TS\d+", re.MULTILINE)


def run(argv: Sequence[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in argv], cwd=REPO, capture_output=True, text=True, timeout=600, **kwargs
    )  # type: ignore[call-overload]


def tsc(files: Sequence[Path], out_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    """tsc --strict over `files`: only type-checks, or also emits into `out_dir`."""
    emit = ["--outDir", str(out_dir), "--rootDir", str(REPO)] if out_dir else ["--noEmit"]
    return run([TSC, *OPTIONS, *emit, *files])


def error_lines(output: str) -> set[tuple[str, int]]:
    """(file, line) of each error tsc printed, the file relative to the repo."""
    return {(Path(m["file"]).name, int(m["line"])) for m in ERROR.finditer(output)}


@contextmanager
def scratch() -> Iterator[Path]:
    """A new directory under build/ (removed afterwards); its emitted JS runs as ES modules."""
    where = REPO / "build" / "ts-tests" / uuid.uuid4().hex[:12]
    where.mkdir(parents=True)
    (where / "package.json").write_text(json.dumps({"type": "module"}))
    try:
        yield where
    finally:
        shutil.rmtree(where, ignore_errors=True)


def node_test(files: Sequence[Path], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Node's test runner over built test files, TAP output."""
    import os

    return run(["node", "--test", "--test-reporter=tap", *files], env={**os.environ, **env})


def tap_counts(output: str) -> dict[str, int]:
    """The closing counts of a TAP run: pass, fail, skip, ..."""
    return {k: int(v) for k, v in re.findall(r"^# (\w+) (\d+)$", output, re.MULTILINE)}
