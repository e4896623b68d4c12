"""`make check` fails on a broken file, once per tool: ruff's lint, ruff's format check, mypy and
Biome, run with the very command lines of tools/check.py (and the repository's pyproject.toml and
biome.jsonc)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kit.spec import REPO
from tools.check import commands, js_command

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


def run_biome(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    """Biome over mock/broken.js in a copy of the repository's settings."""
    shutil.copy(REPO / "biome.jsonc", tmp_path)
    (tmp_path / "mock").mkdir()
    (tmp_path / "mock" / "broken.js").write_text(source)
    line = js_command(("mock",))
    return subprocess.run(line, cwd=tmp_path, capture_output=True, text=True, timeout=120)


def test_biome_fails_on_a_broken_js_file(tmp_path: Path) -> None:
    result = run_biome(tmp_path, "'use strict';\nconst half = n => n / 2;\ndebugger;\n")
    assert result.returncode != 0
    assert "lint/suspicious/noDebugger" in result.stdout + result.stderr


def test_biome_fails_on_a_warning_too(tmp_path: Path) -> None:
    result = run_biome(
        tmp_path, "const first = list => list && list[0];\nmodule.exports = first;\n"
    )
    assert result.returncode != 0
    assert "lint/complexity/useOptionalChain" in result.stdout + result.stderr


def test_biome_passes_a_clean_js_file(tmp_path: Path) -> None:
    result = run_biome(
        tmp_path, "'use strict';\nconst half = n => n / 2;\nmodule.exports = { half };\n"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Checked 1 file" in result.stdout + result.stderr
