"""`make check` fails on a broken file, once per tool: ruff's lint, ruff's format check and mypy,
run with the very command lines of kit/check.py (and the repository's pyproject.toml)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tools.check import commands

# Each: a file that only that tool rejects, and what it must say.
BROKEN = {
    "lint": ("import os\n", "F401"),  # unused import
    "format": ("x = {'a':1}\n", "unformatted: File would be reformatted"),
    "types": ("def half(n: int) -> int:\n    return n / 2\n", "[return-value]"),
}


def run_check(tmp_path: Path, source: str) -> list[subprocess.CompletedProcess[str]]:
    (tmp_path / "broken.py").write_text(source)
    return [
        subprocess.run(line, cwd=tmp_path, capture_output=True, text=True, timeout=120)
        for line in commands(("broken.py",))
    ]


def test_the_commands_are_lint_format_and_types() -> None:
    lint, form, types = commands(("broken.py",))
    assert lint[1:3] == ["check", "--config"] and form[1:3] == ["format", "--check"]
    assert Path(types[0]).name == "mypy" and types[-1] == "broken.py"


@pytest.mark.parametrize("tool", list(BROKEN))
def test_each_tool_fails_on_its_broken_file(tmp_path: Path, tool: str) -> None:
    source, says = BROKEN[tool]
    results = dict(zip(BROKEN, run_check(tmp_path, source), strict=True))
    failing = {name for name, result in results.items() if result.returncode != 0}
    assert failing == {tool}, {n: r.stdout + r.stderr for n, r in results.items()}
    assert says in results[tool].stdout + results[tool].stderr


def test_a_clean_file_passes_all_three(tmp_path: Path) -> None:
    source = "def half(n: int) -> float:\n    return n / 2\n"
    for result in run_check(tmp_path, source):
        assert result.returncode == 0, result.stdout + result.stderr
