"""Every code block of the README and the guides runs as written, against the mock, or says in its
fence why it cannot (tests/docs/blocks.py has the conventions): Python blocks through
pytest-examples, printed output checked; shell blocks line by line in bash, output checked;
TypeScript blocks type-checked by tsc --strict and run by Node. A broken block of each language
is shown failing."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pytest_examples import CodeExample, EvalExample

from kit.spec import REPO
from tests.docs.blocks import MOCK, PAGES, Block, blocks, commands, same_output, unaccounted
from tests.ts.harness import TSC, scratch

CLIENT_SRC = REPO / "generated" / "ippanel-client-ts" / "src"
ESBUILD = REPO / "node_modules" / ".bin" / "esbuild"
PYTHON_CLIENT = REPO / "generated" / "ippanel-client"


def runnable(page: Path) -> list[Block]:
    return [b for b in blocks(page) if b.runs_as and b.skip is None]


def page_id(page: Path) -> str:
    return page.relative_to(REPO).as_posix()


def test_every_block_runs_or_says_why_not() -> None:
    problems = [u for page in PAGES for b in blocks(page) if (u := unaccounted(b))]
    assert problems == []
    assert sum(len(runnable(p)) for p in PAGES) >= 20


# --- Python ------------------------------------------------------------------------------------


def run_python(found: list[Block], url: str, eval_example: EvalExample) -> None:
    """The page's Python blocks in order, sharing one namespace, as a reader's session."""
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    for block in found:
        example = CodeExample.create(
            block.source.replace(MOCK, url), path=block.page, start_line=block.line
        )
        namespace = eval_example.run_print_check(example, module_globals=namespace)


# --- shell -------------------------------------------------------------------------------------


def run_sh(found: list[Block], url: str, where: Path) -> None:
    """Each script where a reader types it, at the kit's root: here a folder of the test's whose
    entries link to the kit's (make, build/, node_modules/ work as in the checkout), so that a
    file a block makes stays in the test's folder."""
    for entry in REPO.iterdir():
        if entry.name != ".git" and not (where / entry.name).exists():
            (where / entry.name).symlink_to(entry)
    env = {**os.environ, "PYTHONPATH": str(PYTHON_CLIENT)}
    for block in found:
        for command, shown in commands(block.source):
            done = subprocess.run(
                ["bash", "-eu", "-o", "pipefail", "-c", command.replace(MOCK, url)],
                cwd=where,
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert done.returncode == 0, f"{block.where}: {command}\n{done.stderr[-2000:]}"
            if shown:
                assert same_output(shown, done.stdout), f"{block.where}: {command}\n{done.stdout}"


# --- TypeScript --------------------------------------------------------------------------------


def run_ts(found: list[Block], url: str) -> None:
    """Each TypeScript block as a module of its own: all type-checked in one tsc --strict run,
    then each run by Node (esbuild bundles it, the package's imports resolved to the generated
    client). Under build/, where the kit's node_modules resolve (msw, openapi-fetch)."""
    with scratch() as where:
        programs = []
        for i, block in enumerate(found):
            program = where / f"block{i}.mts"
            program.write_text(block.source.replace(MOCK, url) + "\nexport {};\n", "utf-8")
            programs.append((block, program))
        config = {
            "compilerOptions": {
                # tests/ts/harness.py's options, as a tsconfig that maps the package's name.
                "strict": True,
                "noUncheckedIndexedAccess": True,
                "target": "ES2022",
                "module": "NodeNext",
                "moduleResolution": "NodeNext",
                "lib": ["ES2022", "DOM"],
                "types": ["node"],
                "skipLibCheck": True,
                "allowJs": True,  # the package carries the mock's documented.js, typed by JSDoc
                "noEmit": True,
                "allowImportingTsExtensions": True,
                "paths": {
                    "ippanel-client": [str(CLIENT_SRC / "index.ts")],
                    "ippanel-client/msw": [str(CLIENT_SRC / "msw.ts")],
                },
            },
            "files": [str(p) for _, p in programs],
        }
        (where / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
        checked = subprocess.run(
            [str(TSC), "-p", str(where / "tsconfig.json")], capture_output=True, text=True, cwd=REPO
        )
        assert checked.returncode == 0, checked.stdout[-3000:]
        for block, program in programs:
            bundle = program.with_suffix(".mjs")
            built = subprocess.run(
                [
                    str(ESBUILD),
                    str(program),
                    "--bundle",
                    "--format=esm",
                    "--platform=node",
                    f"--alias:ippanel-client/msw={CLIENT_SRC / 'msw.ts'}",
                    f"--alias:ippanel-client={CLIENT_SRC / 'index.ts'}",
                    f"--outfile={bundle}",
                    "--log-level=warning",
                ],
                capture_output=True,
                text=True,
                cwd=REPO,
            )
            assert built.returncode == 0, f"{block.where}: {built.stderr}"
            ran = subprocess.run(["node", str(bundle)], capture_output=True, text=True, timeout=120)
            assert ran.returncode == 0, f"{block.where}: {ran.stderr[-3000:]}"
            shown = [
                line.strip()[3:].removeprefix(" ")
                for line in block.source.splitlines()
                if line.strip().startswith("//>")
            ]
            if shown:
                assert same_output(shown, ran.stdout), f"{block.where}: {ran.stdout}"


# --- the pages ---------------------------------------------------------------------------------


def run_page(page: Path, url: str, where: Path, eval_example: EvalExample) -> None:
    found = runnable(page)
    by_language = {lang: [b for b in found if b.runs_as == lang] for lang in ("python", "sh", "ts")}
    if by_language["python"]:
        run_python(by_language["python"], url, eval_example)
    if by_language["sh"]:
        run_sh(by_language["sh"], url, where)
    if by_language["ts"]:
        run_ts(by_language["ts"], url)


@pytest.mark.parametrize("page", [p for p in PAGES if runnable(p)], ids=page_id)
def test_the_page_s_blocks_run(
    page: Path, mock_url: str, tmp_path: Path, eval_example: EvalExample
) -> None:
    run_page(page, mock_url, tmp_path, eval_example)


# --- each runner bites ------------------------------------------------------------------------

BROKEN = {
    "python": "print(1 + 1)\n#> 3\n",
    "sh": 'printf \'{"a": 1}\'\n#> {"a": 2}\n',
    "ts": 'const n: number = "one";\nconsole.log(n);\n',
}


@pytest.mark.parametrize("language", sorted(BROKEN))
def test_a_broken_block_fails(
    language: str, tmp_path: Path, mock_url: str, eval_example: EvalExample
) -> None:
    page = tmp_path / "broken.md"
    page.write_text(f"# A page\n\n```{language}\n{BROKEN[language]}```\n", encoding="utf-8")
    with pytest.raises((AssertionError, pytest.fail.Exception)):
        run_page(page, mock_url, tmp_path, eval_example)
    fixed = {
        "python": BROKEN["python"].replace("#> 3", "#> 2"),
        "sh": BROKEN["sh"].replace('"a": 2', '"a": 1'),
        "ts": BROKEN["ts"].replace('"one"', "1"),
    }[language]
    page.write_text(f"# A page\n\n```{language}\n{fixed}```\n", encoding="utf-8")
    run_page(page, mock_url, tmp_path, eval_example)


def test_a_block_that_skips_without_saying_why_is_caught(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text('```sh {test="skip"}\nmake mock\n```\n\n```rust\nfn main() {}\n```\n')
    found = [unaccounted(b) for b in blocks(page)]
    assert [f.split(": ", 1)[1] if f else None for f in found] == [
        'skipped without saying why (test="skip: <why>")',
        "```rust: a language neither run nor only shown",
    ]
    said = dataclasses.replace(blocks(page)[0], options={"test": "skip: serves until Ctrl-C"})
    assert unaccounted(said) is None
